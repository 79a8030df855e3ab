"""Errors raised by the model when an operation would break an invariant."""


class ModelError(ValueError):
    """An operation was refused because it would leave the map inconsistent."""
