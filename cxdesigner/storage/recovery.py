"""Autosaved copies of unsaved work, and finding them again after a crash.

Each open document autosaves to ``KEY.cxmap`` plus ``KEY.json`` (where it came from, its title,
when, and which process wrote it) in the per-user recovery folder, never touching the user's own
file. A clean close deletes both. At start-up, entries whose writing process is gone are offered
for recovery; entries of a still-running instance are left alone. A recovery file that cannot be
read is moved into ``damaged/`` and reported, so one bad file never stops the app from starting.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..model.entities import JourneyMap
from . import atomic_write, dumps_map
from .decode import loads_map
from .errors import MapFileError
from .process import pid_alive, this_host


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    map_file: Path
    original: Path | None  # None: an untitled map
    title: str
    saved_at: datetime
    pid: int
    host: str

    def load(self) -> JourneyMap:
        return loads_map(self.map_file.read_bytes())


@dataclass(frozen=True)
class DamagedEntry:
    key: str
    moved_to: Path
    reason: str


class RecoveryStore:
    """One folder of autosaves, shared by every instance of the app for this user."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def new_key(self) -> str:
        return f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:8]}"

    def save(self, key: str, m: JourneyMap, original: Path | None) -> None:
        """Write the autosave for ``key`` atomically (raises SaveError)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.folder / f"{key}.cxmap", dumps_map(m).encode("utf-8"), keep_backup=False)
        meta = {
            "original": str(original) if original else None,
            "title": m.title,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": this_host(),
        }
        atomic_write(self.folder / f"{key}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"), keep_backup=False)

    def discard(self, key: str) -> None:
        for suffix in (".cxmap", ".json"):
            try:
                (self.folder / f"{key}{suffix}").unlink()
            except FileNotFoundError:
                pass

    def orphaned(self) -> tuple[list[RecoveryEntry], list[DamagedEntry]]:
        """Autosaves whose process is gone (recoverable), and damaged ones moved aside."""
        entries: list[RecoveryEntry] = []
        damaged: list[DamagedEntry] = []
        if not self.folder.is_dir():
            return entries, damaged
        for map_file in sorted(self.folder.glob("*.cxmap")):
            key = map_file.stem
            try:
                entry = self._read_entry(key, map_file)
            except (OSError, ValueError, KeyError, TypeError, MapFileError) as exc:
                damaged.append(self._move_aside(key, str(exc) or type(exc).__name__))
                continue
            if entry.host == this_host() and entry.pid != os.getpid() and pid_alive(entry.pid):
                continue  # another running instance is still working on it
            if entry.pid == os.getpid() and entry.host == this_host():
                continue  # our own, live document
            entries.append(entry)
        return entries, damaged

    def _read_entry(self, key: str, map_file: Path) -> RecoveryEntry:
        meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        loads_map(map_file.read_bytes())  # must load, or it is damaged
        return RecoveryEntry(
            key,
            map_file,
            Path(meta["original"]) if meta["original"] else None,
            str(meta["title"]),
            datetime.fromisoformat(meta["saved_at"]),
            int(meta["pid"]),
            str(meta["host"]),
        )

    def _move_aside(self, key: str, reason: str) -> DamagedEntry:
        target = self.folder / "damaged"
        target.mkdir(exist_ok=True)
        for suffix in (".cxmap", ".json"):
            source = self.folder / f"{key}{suffix}"
            if source.exists():
                os.replace(source, target / source.name)
        return DamagedEntry(key, target / f"{key}.cxmap", reason)
