"""A lock file beside an open map, so two windows or two instances don't overwrite each other.

``.NAME.cxlock`` records who holds the map (process id, host, user, time). A lock whose process
no longer runs on this host was left by a crash: it is stale and may be taken over.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .atomic import NAME_MAX_DEFAULT, final_target, fitting_name
from .errors import SaveError
from .process import pid_alive, this_host

LOCK_SUFFIX = ".cxlock"
# The lock is written as ".NAME.cxlock.PID" first; Linux process ids have at most 7 digits.
_PID_ROOM = len(".4194304")


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    user: str
    since: str

    @property
    def stale(self) -> bool:
        return self.host == this_host() and not pid_alive(self.pid)

    @property
    def ours(self) -> bool:
        return self.host == this_host() and self.pid == os.getpid()


def lock_path(map_path: Path) -> Path:
    """``.NAME.cxlock`` beside the map's file. Through a symbolic link it sits beside the file the
    link points at, so opening the link and opening the file take the same lock; a name too long
    for it is shortened as a backup's is (see :func:`.atomic.shortened_name`)."""
    try:
        target = final_target(Path(map_path))
    except SaveError:  # a link that leads back to itself: there is no file to guard
        target = Path(map_path)
    return target.with_name("." + fitting_name(target.name, LOCK_SUFFIX, NAME_MAX_DEFAULT - 1 - _PID_ROOM))


def read_lock(map_path: Path) -> LockInfo | None:
    """Who holds ``map_path``, or None (an unreadable lock counts as none: it cannot be honoured)."""
    try:
        data = json.loads(lock_path(map_path).read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def acquire(map_path: Path) -> LockInfo | None:
    """Take the lock; return None on success, or the live holder's info if someone else has it.

    Stale locks (a crashed process on this host) are cleared and taken over.
    """
    holder = read_lock(map_path)
    if holder is not None and not holder.stale and not holder.ours:
        return holder
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    me = {"pid": os.getpid(), "host": this_host(), "user": user, "since": datetime.now().astimezone().isoformat(timespec="seconds")}
    path = lock_path(map_path)
    try:
        tmp = path.with_name(path.name + f".{os.getpid()}")
        tmp.write_text(json.dumps(me), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return None  # a read-only folder: nobody can save there anyway; don't block opening
    return None


def release(map_path: Path) -> None:
    holder = read_lock(map_path)
    if holder is not None and holder.ours:
        try:
            lock_path(map_path).unlink()
        except OSError:
            pass
