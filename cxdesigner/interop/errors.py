"""The errors the import/export code raises: ``str(error)`` is a line a user can act on."""

from ..storage.errors import SaveError


class InteropError(Exception):
    """A file could not be imported or exported; says which file and which line or field."""


class ExportWriteError(InteropError, SaveError):
    """An export could not be written (disk full, no such folder…); the old file is unchanged.

    Also a :class:`SaveError`, so callers that already report failed saves report this one too.
    """
