"""Helpers shared by the subcommands."""

from __future__ import annotations

from pathlib import Path

from ..model.entities import JourneyMap
from ..storage import MapFileError, SaveError, load_map, save_map


class CommandError(Exception):
    """A failure to report as one line on stderr with exit status 1."""


def read_map(path: str | Path) -> JourneyMap:
    try:
        return load_map(path)
    except MapFileError as exc:
        raise CommandError(str(exc)) from None


def write_new_file(path: str | Path, force: bool) -> Path:
    """Check that ``path`` may be written: refuse to overwrite unless ``force``."""
    path = Path(path)
    if path.exists() and not force:
        raise CommandError(f"{path} already exists; use --force to overwrite it")
    if path.is_dir():
        raise CommandError(f"{path} is a folder")
    return path


def write_map(m: JourneyMap, path: str | Path) -> None:
    try:
        save_map(m, path)
    except SaveError as exc:
        raise CommandError(str(exc)) from None
