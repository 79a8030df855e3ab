"""Errors the storage layer reports to users: one readable sentence, never a traceback."""


class MapFileError(Exception):
    """A map file could not be read: ``str(error)`` says where and why."""


class SaveError(Exception):
    """A file could not be written; the file that was there before is unchanged."""
