"""Import from and export to other journey-mapping tools' files (Qt-free).

``import_file(path)`` reads OpenJourney (``.ojf``), Enablement Map Studio YAML, Mermaid
``journey`` text or CX Designer CSV into a checked :class:`JourneyMap`; ``export_map(m, path)``
writes OJF, CSV, Markdown or Mermaid, atomically. Both raise :class:`InteropError` whose text
names the file and the line or field. Format modules load lazily (PyYAML only for YAML).
The mapping rules are documented in docs/interop.md.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path

from ..model.entities import JourneyMap
from ..storage.atomic import atomic_write
from ..storage.errors import SaveError
from .common import read_source
from .errors import ExportWriteError, InteropError

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ExportWriteError",
    "InteropError",
    "export_map",
    "guess_format",
    "import_file",
]

# format → (module, reader) and (module, writer); extensions that name each format
IMPORT_FORMATS: dict[str, tuple[str, str]] = {
    "ojf": ("ojf", "read_ojf"),
    "ems": ("ems", "read_ems"),
    "mermaid": ("mermaid", "read_mermaid"),
    "csv": ("csv_format", "read_csv"),
}
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "ojf": ("ojf_export", "write_ojf"),
    "csv": ("csv_format", "write_csv"),
    "markdown": ("markdown", "write_markdown"),
    "mermaid": ("mermaid", "write_mermaid"),
}
_EXTENSIONS = {
    ".ojf": "ojf", ".json": "ojf", ".yaml": "ems", ".yml": "ems", ".mmd": "mermaid", ".mermaid": "mermaid",
    ".csv": "csv", ".md": "markdown", ".markdown": "markdown",
}  # fmt: skip


def _function(table: dict[str, tuple[str, str]], fmt: str) -> Callable:  # type: ignore[type-arg]
    module, name = table[fmt]
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def guess_format(path: Path, raw: bytes | None = None) -> str:
    """The format named by the extension, else recognised from the first lines of ``raw``."""
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt is not None:
        return fmt
    if raw is None:
        raise InteropError(f"{path.name}: cannot tell the format from the extension {path.suffix!r}")
    head = raw[:4096].decode("utf-8-sig", errors="replace").lstrip()
    lines = [ln.strip() for ln in head.splitlines() if ln.strip() and not ln.strip().startswith("%%")]
    if head.startswith("{"):
        return "ojf"
    if "journey" in lines[:20]:  # after optional "---" front matter
        return "mermaid"
    if any(ln.startswith("kind:") for ln in lines):
        return "ems"
    if lines and "phase" in lines[0].lower() and ("," in lines[0] or ";" in lines[0]):
        return "csv"
    raise InteropError(f"{path.name}: cannot tell its format; name it with --format (ojf, ems, mermaid or csv)")


def import_file(path: str | os.PathLike[str], format: str | None = None) -> JourneyMap:  # noqa: A002 - the CLI's word
    """Read another tool's file into a new, checked map; nothing is returned half-built."""
    path = Path(path)
    try:
        raw = read_source(path)
        fmt = format or guess_format(path, raw)
        if fmt not in IMPORT_FORMATS:
            raise InteropError(f"cannot import the format {fmt!r}; choose one of {', '.join(IMPORT_FORMATS)}")
        reader = _function(IMPORT_FORMATS, fmt)
        if fmt == "csv":
            return reader(raw, default_title=path.stem)
        return reader(raw)
    except InteropError as exc:
        message = str(exc)
        raise InteropError(message if message.startswith(f"{path.name}:") else f"{path.name}: {message}") from None
    except RecursionError:
        raise InteropError(f"{path.name}: the data nests too deeply to be a journey map") from None


def export_map(m: JourneyMap, path: str | os.PathLike[str], format: str | None = None) -> None:  # noqa: A002
    """Write ``m`` as OJF, CSV, Markdown or Mermaid (from ``format`` or the extension), atomically."""
    path = Path(path)
    fmt = format or _EXTENSIONS.get(path.suffix.lower())
    fmt = {"md": "markdown", "mmd": "mermaid"}.get(fmt or "", fmt)
    if fmt not in EXPORT_FORMATS:
        raise InteropError(f"{path.name}: cannot export to {fmt or path.suffix!r}; use .ojf, .csv, .md or .mmd")
    text = _function(EXPORT_FORMATS, fmt)(m)
    data = text.encode("utf-8-sig" if fmt == "csv" else "utf-8")  # the BOM makes Excel read UTF-8
    try:
        atomic_write(path, data, keep_backup=False)
    except SaveError as exc:
        raise ExportWriteError(str(exc)) from None
