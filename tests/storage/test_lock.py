"""Lock files: a live holder is reported, a crashed one's stale lock is taken over."""

from __future__ import annotations

import json
import subprocess
import sys

from cxdesigner.storage.lock import acquire, lock_path, read_lock, release
from cxdesigner.storage.process import this_host


def test_acquire_and_release(tmp_path):
    path = tmp_path / "map.cxmap"
    assert acquire(path) is None
    info = read_lock(path)
    assert info is not None and info.ours and not info.stale
    assert acquire(path) is None  # re-acquiring our own lock is fine
    release(path)
    assert not lock_path(path).exists()


def test_a_live_holder_is_reported(tmp_path):
    path = tmp_path / "map.cxmap"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(path).write_text(json.dumps({"pid": child.pid, "host": this_host(), "user": "colleague", "since": "2026-11-22T10:00:00+00:00"}))
        holder = acquire(path)
        assert holder is not None and holder.user == "colleague" and not holder.stale
        release(path)  # not ours: left in place
        assert lock_path(path).exists()
    finally:
        child.kill()
        child.wait()
    # Now the holder is gone: its lock is stale and is taken over.
    assert read_lock(path).stale
    assert acquire(path) is None
    assert read_lock(path).ours


def test_unreadable_lock_does_not_block(tmp_path):
    path = tmp_path / "map.cxmap"
    lock_path(path).write_text("garbage")
    assert acquire(path) is None
    assert read_lock(path).ours
