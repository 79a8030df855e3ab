"""Constants of the ``.cxmap`` file format (see docs/file-format.md)."""

FORMAT_NAME = "cxdesigner-map"
FORMAT_VERSION = 1
EXTENSION = ".cxmap"
MAX_FILE_BYTES = 256 * 1024 * 1024  # refuse anything larger before reading it into memory
MAX_NESTING = 64  # no valid map nests deeper than a handful of levels
