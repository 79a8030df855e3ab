"""Autosave files: found after a crash, left alone while their instance runs, damaged ones moved aside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from cxdesigner.storage import dumps_map
from cxdesigner.storage.recovery import RecoveryStore
from tests.factories import small_map

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_process_leaves_work_that_the_next_start_recovers(tmp_path):
    folder = tmp_path / "recovery"
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from cxdesigner.storage.recovery import RecoveryStore
        from tests.factories import small_map
        m = small_map()
        m.title = "Unsaved work – äö"
        store = RecoveryStore({str(folder)!r})
        store.save(store.new_key(), m, None)
        print("saved", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "saved"
        store = RecoveryStore(folder)
        live, damaged = store.orphaned()
        assert live == [] and damaged == []  # its process still runs: not offered
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    entries, damaged = RecoveryStore(folder).orphaned()
    assert damaged == []
    (entry,) = entries
    assert entry.title == "Unsaved work – äö" and entry.original is None and entry.pid == child.pid
    expected = small_map()
    expected.title = "Unsaved work – äö"
    assert entry.load().snapshot() == expected.snapshot()
    RecoveryStore(folder).discard(entry.key)
    assert RecoveryStore(folder).orphaned() == ([], [])


def test_own_documents_are_not_offered_and_discard_removes_files(tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.save(key, small_map(), tmp_path / "mine.cxmap")
    assert store.orphaned() == ([], [])
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{key}.cxmap", f"{key}.json"]
    store.discard(key)
    assert list(tmp_path.iterdir()) == []


def test_damaged_recovery_files_are_moved_aside(tmp_path):
    store = RecoveryStore(tmp_path)
    (tmp_path / "broken.cxmap").write_text("{ not json", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"original": null, "title": "x", "saved_at": "2026-01-01T00:00:00", "pid": 1, "host": "h"}')
    (tmp_path / "nometa.cxmap").write_text(dumps_map(small_map()), encoding="utf-8")
    entries, damaged = store.orphaned()
    assert entries == []
    assert sorted(d.key for d in damaged) == ["broken", "nometa"]
    assert "not valid JSON" in next(d.reason for d in damaged if d.key == "broken")
    assert (tmp_path / "damaged" / "broken.cxmap").exists()
    assert not (tmp_path / "broken.cxmap").exists()
    assert store.orphaned() == ([], [])


def test_missing_folder_is_simply_empty(tmp_path):
    assert RecoveryStore(tmp_path / "nothing-yet").orphaned() == ([], [])


def test_pid_check_recognises_a_dead_process():
    from cxdesigner.storage.process import pid_alive

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert pid_alive(os.getpid())
    assert not pid_alive(child.pid)


def test_leftover_temporary_files_of_a_killed_save_are_cleaned_up(tmp_path):
    import time as _time

    from cxdesigner.storage import save_map
    from cxdesigner.storage.atomic import LEFTOVER_AGE_SECONDS, TEMP_SUFFIX

    path = tmp_path / "map.cxmap"
    old = tmp_path / f".map.cxmap.abc123{TEMP_SUFFIX}"
    fresh = tmp_path / f".map.cxmap.def456{TEMP_SUFFIX}"
    other = tmp_path / f".other.cxmap.abc123{TEMP_SUFFIX}"
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"half a map")
    past = _time.time() - LEFTOVER_AGE_SECONDS - 60
    os.utime(old, (past, past))
    os.utime(other, (past, past))
    save_map(small_map(), path)
    assert not old.exists()  # an old leftover of this file: removed
    assert fresh.exists()  # maybe another process's save in progress: kept
    assert other.exists()  # another file's: not ours to touch
