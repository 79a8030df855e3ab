"""Is a process still running? Used to tell stale locks and orphaned autosaves from live ones."""

from __future__ import annotations

import errno
import os
import socket


def this_host() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """True if a process with ``pid`` exists on this machine (POSIX); assume alive elsewhere."""
    if pid <= 0:
        return False
    if os.name != "posix":  # pragma: no cover - no cheap, reliable check without extra libraries
        return True
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM  # exists, owned by someone else
    return True
