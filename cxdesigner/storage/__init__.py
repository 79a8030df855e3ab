"""The ``.cxmap`` file format: networkx node-link JSON, validated, versioned, saved atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..model.entities import JourneyMap
from .atomic import atomic_write, backup_path, describe_os_error
from .decode import loads_map
from .errors import MapFileError, SaveError
from .format import EXTENSION, FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES

__all__ = [
    "EXTENSION",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MapFileError",
    "SaveError",
    "atomic_write",
    "backup_path",
    "dumps_map",
    "load_map",
    "loads_map",
    "map_to_graph",
    "save_map",
]


def dumps_map(m: JourneyMap) -> str:
    from .encode import dumps_map as _dumps  # networkx is imported only when saving

    return _dumps(m)


def map_to_graph(m: JourneyMap):  # type: ignore[no-untyped-def]
    """The map as a ``networkx.DiGraph`` (for analysis)."""
    from .encode import map_to_graph as _to_graph

    return _to_graph(m)


def load_map(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a map file; raise :class:`MapFileError` with a readable reason on any problem."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # /dev/zero or a named pipe would be read forever
            raise MapFileError(f"{path.name}: is a device, pipe or socket, not a map file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise MapFileError(f"{path.name}: the file is {size:,} bytes; maps larger than {MAX_FILE_BYTES:,} are refused")
        raw = path.read_bytes()
    except IsADirectoryError:
        raise MapFileError(f"{path.name}: is a folder, not a map file") from None
    except FileNotFoundError:
        raise MapFileError(f"{path.name}: cannot be read: the file does not exist") from None
    except OSError as exc:
        raise MapFileError(f"{path.name}: cannot be read: {describe_os_error(exc)}") from None
    try:
        return loads_map(raw)
    except MapFileError as exc:
        if str(exc).startswith(f"{path.name}:"):
            raise
        raise MapFileError(f"{path.name}: {exc}") from None


def save_map(m: JourneyMap, path: str | os.PathLike[str], *, keep_backup: bool = True) -> None:
    """Save atomically (see :mod:`.atomic`); raise :class:`SaveError` if it cannot be done."""
    atomic_write(path, dumps_map(m).encode("utf-8"), keep_backup=keep_backup)
