"""Recovery at start-up (issue 7 §1): a killed app's unsaved work is offered and restored; a
damaged autosave is reported and moved aside; the app still starts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxdesigner.storage import dumps_map, load_map, save_map
from cxdesigner.storage.lock import lock_path, read_lock
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.app import open_window
from cxdesigner.ui.dialogs.recovery_dialog import RecoveryDialog

from .conftest import small_map

ROOT = Path(__file__).resolve().parents[2]


def _readline(child: subprocess.Popen, timeout: float = 90) -> str:
    """The child's next line of output, or fail (never hang) if none comes in ``timeout`` s."""
    import select

    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        child.kill()
        pytest.fail(f"the child process printed nothing in {timeout} s")
    return child.stdout.readline().strip()


@pytest.fixture
def recovery(settings, tmp_path) -> Path:  # noqa: ANN001
    folder = tmp_path / "recovery"
    settings.setValue("autosave/folder", str(folder))
    settings.setValue("autosave/interval_seconds", 60)
    settings.setValue("autosave/idle_seconds", 0.05)
    settings.sync()
    return folder


@pytest.fixture
def windows(qtbot):  # noqa: ANN001
    """Windows a test opened; closed without prompts at the end."""
    opened: list = []
    yield opened
    from cxdesigner.ui.autosave import _RECOVERED_WINDOWS

    for window in opened + list(_RECOVERED_WINDOWS):
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    _RECOVERED_WINDOWS.clear()


def _press(label: str):  # noqa: ANN202
    """A replacement for RecoveryDialog.exec that presses one of its buttons."""

    def exec_(dialog) -> int:  # noqa: ANN001
        shown.append([dialog.list.topLevelItem(i).text(c) for i in range(dialog.list.topLevelItemCount()) for c in range(3)])
        {"recover": dialog.recover_button, "discard": dialog.discard_button, "later": dialog.later_button}[label].click()
        return int(dialog.result())

    shown: list[list[str]] = []
    exec_.shown = shown  # type: ignore[attr-defined]
    return exec_


def _answer_boxes(monkeypatch, label: str) -> list[tuple[str, str]]:  # noqa: ANN001
    shown: list[tuple[str, str]] = []

    def exec_(box) -> int:  # noqa: ANN001
        shown.append((box.windowTitle(), box.text()))
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return int(box.standardButton(button).value)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _orphan(folder: Path, m, original: Path | None) -> str:  # noqa: ANN001
    """An autosave left by a process that is gone."""
    store = RecoveryStore(folder)
    key = store.new_key()
    store.save(key, m, original)
    meta_file = folder / f"{key}.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["pid"] = _dead_pid()
    meta_file.write_text(json.dumps(meta), encoding="utf-8")
    return key


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from cxdesigner.commands import edits
    from cxdesigner.storage import save_map
    from cxdesigner.ui.app import ensure_app, open_window

    ini, map_path, expected, folder = sys.argv[1:5]
    app = ensure_app([sys.argv[0]])
    window = open_window(map_path, QSettings(ini, QSettings.Format.IniFormat))
    window.show()
    doc = window.document
    assert doc.edit(edits.set_fields, "map", "", "Rename map", title="Edited before the crash")
    lane, touchpoint = doc.map.lanes[0].id, doc.map.touchpoints()[0].id
    assert doc.edit(edits.add_card, lane, touchpoint, "a card nobody saved – äö")
    save_map(doc.map, expected)  # what the test expects back (not the user's file)

    def poll():
        if list(Path(folder).glob("*.json")):
            print("autosaved", flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    app.exec()
    """
)


def test_work_of_a_killed_app_is_recovered_at_the_next_start(settings, recovery, tmp_path, windows, monkeypatch) -> None:  # noqa: ANN001,E501
    path = tmp_path / "journey.cxmap"
    save_map(small_map(), path)
    original_bytes = path.read_bytes()
    expected = tmp_path / "expected.cxmap"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, settings.fileName(), str(path), str(expected), str(recovery)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = _readline(child)
        assert line == "autosaved", child.stderr.read() if child.poll() is not None else line
        assert read_lock(path).pid == child.pid  # the child holds the map
        # While it runs, its autosave is not offered to another instance.
        assert RecoveryStore(recovery).orphaned() == ([], [])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert path.read_bytes() == original_bytes  # autosave never touched the user's file
    assert lock_path(path).exists() and read_lock(path).stale  # left behind by the kill

    press = _press("recover")
    monkeypatch.setattr(RecoveryDialog, "exec", press)
    window = open_window(None, settings, recover=True)
    windows.append(window)
    assert len(press.shown) == 1 and "journey.cxmap" in press.shown[0][0] and press.shown[0][1] == str(tmp_path)
    doc = window.document
    assert doc.map.snapshot() == load_map(expected).snapshot()
    assert doc.path == path and doc.modified and window.isWindowModified()
    assert read_lock(path).ours  # the crashed instance's stale lock was taken over silently
    assert doc.undo_stack.count() == 0
    # The recovered autosave now belongs to this instance: another start would not offer it.
    assert RecoveryStore(recovery).orphaned() == ([], [])
    # Save writes to the original file, and the autosave goes.
    assert window.save()
    assert load_map(path).snapshot() == load_map(expected).snapshot()
    assert list(recovery.glob("*.cxmap")) == []


def test_a_damaged_autosave_is_reported_and_the_app_starts(settings, recovery, windows, no_modal_dialogs, monkeypatch) -> None:  # noqa: ANN001,E501
    recovery.mkdir()
    (recovery / "broken.cxmap").write_text("{ not json", encoding="utf-8")
    (recovery / "broken.json").write_text('{"original": null, "title": "x", "saved_at": "2026-01-01T00:00:00", "pid": 1, "host": "h"}')
    good = small_map()
    good.title = "Good work"
    _orphan(recovery, good, None)
    shown = _answer_boxes(monkeypatch, "OK")
    monkeypatch.setattr(RecoveryDialog, "exec", _press("recover"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    (title, text), = shown
    assert title == "Damaged recovery file"
    assert "broken.cxmap" in text and "not valid JSON" in text and str(recovery / "damaged") in text
    assert (recovery / "damaged" / "broken.cxmap").exists()
    assert window.document.map.title == "Good work"  # the rest is still offered and recovered


def test_decide_later_keeps_the_autosaves(settings, recovery, windows, monkeypatch) -> None:  # noqa: ANN001
    key = _orphan(recovery, small_map(), None)
    monkeypatch.setattr(RecoveryDialog, "exec", _press("later"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    assert not window.document.modified  # the example map
    assert [e.key for e in RecoveryStore(recovery).orphaned()[0]] == [key]


def test_closing_the_recovery_dialog_means_decide_later(settings, recovery, windows, no_modal_dialogs) -> None:  # noqa: ANN001
    key = _orphan(recovery, small_map(), None)
    window = open_window(None, settings, recover=True)  # conftest: the dialog is rejected
    windows.append(window)
    assert no_modal_dialogs == ["Recover unsaved work"]
    assert [e.key for e in RecoveryStore(recovery).orphaned()[0]] == [key]


@pytest.mark.parametrize("confirm", ["Discard", "Cancel"])
def test_discard_deletes_the_checked_autosaves_after_asking(settings, recovery, windows, monkeypatch, confirm) -> None:  # noqa: ANN001,E501
    key = _orphan(recovery, small_map(), None)
    asked = _answer_boxes(monkeypatch, confirm)
    monkeypatch.setattr(RecoveryDialog, "exec", _press("discard"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    assert [t for t, _ in asked] == ["Discard autosaved work"]
    left = [e.key for e in RecoveryStore(recovery).orphaned()[0]]
    assert left == ([] if confirm == "Discard" else [key])


def test_an_unchecked_entry_is_kept_for_later(settings, recovery, windows, monkeypatch) -> None:  # noqa: ANN001
    first = small_map()
    first.title = "First"
    second = small_map()
    second.title = "Second"
    _orphan(recovery, first, None)
    kept = _orphan(recovery, second, None)

    def exec_(dialog) -> int:  # noqa: ANN001
        from PySide6.QtCore import Qt

        row = [e.key for e in dialog.entries].index(kept)
        dialog.list.topLevelItem(row).setCheckState(0, Qt.CheckState.Unchecked)
        dialog.recover_button.click()
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    window = open_window(None, settings, recover=True)
    windows.append(window)
    assert window.document.map.title == "First" and window.document.modified
    assert [e.key for e in RecoveryStore(recovery).orphaned()[0]] == [kept]


def test_several_maps_are_recovered_into_windows_of_their_own(settings, recovery, tmp_path, windows, monkeypatch) -> None:  # noqa: ANN001,E501
    from cxdesigner.ui.autosave import _RECOVERED_WINDOWS

    titles = ["One", "Two", "Three"]
    for title in titles:
        m = small_map()
        m.title = title
        _orphan(recovery, m, tmp_path / f"{title}.cxmap")
    monkeypatch.setattr(RecoveryDialog, "exec", _press("recover"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    shown = [window, *_RECOVERED_WINDOWS]
    assert sorted(w.document.map.title for w in shown) == sorted(titles)
    assert all(w.document.modified and w.isVisible() for w in _RECOVERED_WINDOWS)
    assert {w.document.path for w in shown} == {tmp_path / f"{t}.cxmap" for t in titles}


def test_a_recovered_map_whose_folder_is_gone_offers_save_as(settings, recovery, tmp_path, windows, monkeypatch) -> None:  # noqa: ANN001,E501
    m = small_map()
    m.title = "Homeless"
    _orphan(recovery, m, tmp_path / "gone" / "map.cxmap")
    monkeypatch.setattr(RecoveryDialog, "exec", _press("recover"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    shown = _answer_boxes(monkeypatch, "Save As…")
    target = tmp_path / "found.cxmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.save()
    (title, text), = shown
    assert title == "Cannot save the map" and "does not exist" in text
    assert load_map(target).title == "Homeless" and window.document.path == target


def test_a_recovered_file_replaces_the_same_untouched_file_opened_at_start(settings, recovery, tmp_path, windows, monkeypatch) -> None:  # noqa: ANN001,E501
    from cxdesigner.ui.autosave import _RECOVERED_WINDOWS

    path = tmp_path / "journey.cxmap"
    save_map(small_map(), path)
    m = small_map()
    m.title = "Newer work"
    _orphan(recovery, m, path)
    monkeypatch.setattr(RecoveryDialog, "exec", _press("recover"))
    window = open_window(path, settings, recover=True)
    windows.append(window)
    assert _RECOVERED_WINDOWS == []
    assert window.document.map.title == "Newer work" and window.document.path == path
    assert window.document.holds_lock and not window.document.read_only and read_lock(path).ours


def test_run_app_with_a_damaged_autosave_starts_and_quits(tmp_path) -> None:  # noqa: ANN001
    """The real start-up path: a damaged autosave in the per-user folder does not stop run_app."""
    home = tmp_path / "home"
    folder = home / ".local" / "share" / "CX Designer" / "CX Designer" / "recovery"  # AppDataLocation
    folder.mkdir(parents=True)
    (folder / "bad.cxmap").write_bytes(b"\xff\xfe garbage")
    (folder / "bad.json").write_text("{}")
    orphan = small_map()
    (folder / "lost.cxmap").write_text(dumps_map(orphan), encoding="utf-8")
    (folder / "lost.json").write_text(json.dumps({"original": None, "title": orphan.title, "saved_at": "2026-01-01T00:00:00+00:00", "pid": _dead_pid(), "host": os.uname().nodename}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONPATH": str(ROOT)}
    code = "from cxdesigner.ui.app import run_app; raise SystemExit(run_app(None, quit_after=0.5))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "damaged" / "bad.cxmap").exists()
    assert (folder / "lost.cxmap").exists()  # nobody answered: decided later


def test_saving_a_recovered_map_over_a_newer_file_asks_first(settings, recovery, tmp_path, windows, monkeypatch) -> None:  # noqa: ANN001,E501
    path = tmp_path / "journey.cxmap"
    m = small_map()
    m.title = "Autosaved work"
    key = _orphan(recovery, m, path)
    meta_file = recovery / f"{key}.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta["saved_at"] = "2026-01-01T10:00:00+00:00"  # long before the file below was written
    meta_file.write_text(json.dumps(meta), encoding="utf-8")
    newer = small_map()
    newer.title = "Saved later by someone else"
    save_map(newer, path)
    monkeypatch.setattr(RecoveryDialog, "exec", _press("recover"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    assert window.document.map.title == "Autosaved work"
    asked = _answer_boxes(monkeypatch, "Cancel")
    assert not window.save()
    assert [t for t, _ in asked] == ["File changed on disk"]
    assert load_map(path).title == "Saved later by someone else"


def test_a_recovered_map_is_taken_over_even_with_autosave_off(settings, recovery, windows, monkeypatch) -> None:  # noqa: ANN001,E501
    settings.setValue("autosave/interval_seconds", 0)
    _orphan(recovery, small_map(), None)
    monkeypatch.setattr(RecoveryDialog, "exec", _press("recover"))
    window = open_window(None, settings, recover=True)
    windows.append(window)
    assert window.document.modified
    assert RecoveryStore(recovery).orphaned() == ([], [])  # ours now: not offered to another start
