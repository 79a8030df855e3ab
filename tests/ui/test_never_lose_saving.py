"""Saving (issue 7 §2) in the app: a failing save names the cause, keeps the document open and
unsaved and offers Save As; a file changed on disk is not overwritten without asking; a map open
elsewhere is offered read-only or as a copy; a crash's stale lock is cleared silently; quitting
with a failing save does not quit."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxdesigner.commands import edits
from cxdesigner.storage import load_map, save_map
from cxdesigner.storage.lock import lock_path, read_lock

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


class Boxes:
    """Message boxes answered in turn by the text of a button; records title, text and buttons."""

    def __init__(self, monkeypatch, *labels: str) -> None:  # noqa: ANN001
        self.queue = list(labels)
        self.seen: list[tuple[str, str, list[str]]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box) -> int:  # noqa: ANN001
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        self.seen.append((box.windowTitle(), f"{box.text()}\n{box.informativeText()}", buttons))
        label = self.queue.pop(0) if self.queue else "Cancel"
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return int(box.standardButton(button).value)
        return int(QMessageBox.StandardButton.Cancel.value)

    @property
    def titles(self) -> list[str]:
        return [t for t, _, _ in self.seen]


def _save_dialog(monkeypatch, path: Path | None, calls: list | None = None) -> None:  # noqa: ANN001
    def get(*args, **kwargs):  # noqa: ANN002,ANN003,ANN202
        if calls is not None:
            calls.append(path)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get))


def _rename(window, title: str = "Changed") -> None:  # noqa: ANN001
    assert window.document.edit(edits.set_fields, "map", "", "Rename map", title=title)


@pytest.fixture
def opened(make_window, tmp_path):  # noqa: ANN001
    """A window showing a saved map (tmp/maps/journey.cxmap) with one unsaved change."""
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "journey.cxmap"
    save_map(small_map(), path)
    window = make_window()
    assert window.open_path(path)
    _rename(window)
    return window, path


# -- a save that fails ---------------------------------------------------------------------------


def _fail_writes(monkeypatch, code: int = errno.ENOSPC) -> list[bool]:  # noqa: ANN001
    failing = [True]
    real_write = os.write

    def write(fd: int, data) -> int:  # noqa: ANN001
        if failing[0]:
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    return failing


def test_a_full_disk_names_the_cause_keeps_the_map_unsaved_and_offers_save_as(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    before = path.read_bytes()
    _fail_writes(monkeypatch)
    boxes = Boxes(monkeypatch, "Cancel")
    assert not window.save()
    (title, text, buttons), = boxes.seen
    assert title == "Cannot save the map"
    assert "Could not save journey.cxmap: the disk is full." in text
    assert "Save As…" in buttons
    assert window.document.modified and window.isWindowModified() and window.document.map.title == "Changed"
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".cxtmp")] == []


def test_save_as_after_a_full_disk_saves_elsewhere(opened, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    failing = _fail_writes(monkeypatch)
    elsewhere = tmp_path / "usb-stick.cxmap"
    calls: list = []

    def get(*args, **kwargs):  # noqa: ANN002,ANN003,ANN202
        calls.append(1)
        failing[0] = False  # the user picked a disk with room
        return (str(elsewhere), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get))
    boxes = Boxes(monkeypatch, "Save As…")
    assert window.save()
    assert boxes.titles == ["Cannot save the map"] and calls == [1]
    assert load_map(elsewhere).title == "Changed"
    assert window.document.path == elsewhere and not window.document.modified
    assert read_lock(elsewhere).ours and not lock_path(path).exists()  # the lock moved with it


def test_a_vanished_folder_names_the_cause(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    shutil.rmtree(path.parent)
    boxes = Boxes(monkeypatch, "Cancel")
    assert not window.save()
    (title, text, buttons), = boxes.seen
    assert title == "Cannot save the map" and "does not exist" in text and str(path.parent) in text
    assert "Save As…" in buttons and window.document.modified


def test_a_deleted_file_is_simply_written_again(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    path.unlink()
    boxes = Boxes(monkeypatch)
    assert window.save()
    assert boxes.seen == [] and load_map(path).title == "Changed"


def test_quitting_when_the_save_fails_does_not_quit(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    _fail_writes(monkeypatch)
    boxes = Boxes(monkeypatch, "Save", "Cancel")  # save the changes? Save. It fails: Cancel.
    assert not window.close()
    assert boxes.titles == ["Unsaved changes", "Cannot save the map"]
    assert window.isVisible() and window.document.modified
    assert read_lock(path).ours  # still ours: the window did not close


_UNPRIVILEGED = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox
    from cxdesigner.commands import edits
    from cxdesigner.ui.app import ensure_app, open_window

    path, ini = sys.argv[1:3]
    seen = []
    def exec_(box):
        seen.append([box.windowTitle(), box.text(), [b.text().replace("&", "") for b in box.buttons()]])
        return int(QMessageBox.StandardButton.Cancel.value)
    QMessageBox.exec = exec_
    app = ensure_app([sys.argv[0]])
    window = open_window(path, QSettings(ini, QSettings.Format.IniFormat))
    assert window.document.edit(edits.set_fields, "map", "", "Rename map", title="Changed")
    saved = window.save()
    print(json.dumps({"saved": saved, "modified": window.document.modified, "seen": seen}))
    window.document.undo_stack.setClean()
    """
)


@pytest.mark.parametrize("read_only, reason", [("folder", "permission denied"), ("file", "the file is read-only")])
def test_read_only_folder_or_file_as_an_unprivileged_user(read_only, reason) -> None:  # noqa: ANN001
    """As root, permission bits stop nothing; so the app runs as user 65534 (nobody)."""
    import json

    if os.geteuid() != 0:
        pytest.skip("needs root to switch to an unprivileged user")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is not installed, so there is no way to drop root here")
    base = Path(tempfile.mkdtemp(prefix="cx-ui-read-only-"))
    try:
        base.chmod(0o755)
        folder, home = base / "maps", base / "home"
        folder.mkdir()
        home.mkdir()
        path = folder / "map.cxmap"
        save_map(small_map(), path)
        before = path.read_bytes()
        for p in (folder, path, home):
            os.chown(p, 65534, 65534)
        if read_only == "folder":
            folder.chmod(0o555)
        else:
            path.chmod(0o444)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_RUNTIME_DIR": str(home),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"), "PYTHONPATH": str(ROOT)}
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", _UNPRIVILEGED,
                   str(path), str(home / "settings.ini")]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, cwd=str(home))
        if result.returncode != 0 and "setpriv" in result.stderr:
            pytest.skip(f"could not drop privileges: {result.stderr.strip()}")
        assert result.returncode == 0, result.stdout + result.stderr
        outcome = json.loads(result.stdout.strip().splitlines()[-1])
        assert outcome["saved"] is False and outcome["modified"] is True
        (title, text, buttons), = outcome["seen"]
        assert title == "Cannot save the map"
        assert text == f"Could not save map.cxmap: {reason}."
        assert "Save As…" in buttons
        assert path.read_bytes() == before
    finally:
        shutil.rmtree(base)


# -- changed on disk -------------------------------------------------------------------------------


def _change_on_disk(path: Path) -> bytes:
    other = small_map()
    other.title = "Written by a sync client"
    save_map(other, path, keep_backup=False)
    return path.read_bytes()


def test_changed_on_disk_cancel_changes_nothing(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    theirs = _change_on_disk(path)
    boxes = Boxes(monkeypatch, "Cancel")
    assert not window.save()
    (title, text, buttons), = boxes.seen
    assert title == "File changed on disk" and "journey.cxmap" in text
    assert {"Overwrite", "Save As…", "Reload from Disk", "Cancel"} <= set(buttons)
    assert path.read_bytes() == theirs and window.document.modified


def test_changed_on_disk_overwrite(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    _change_on_disk(path)
    boxes = Boxes(monkeypatch, "Overwrite")
    assert window.save()
    assert boxes.titles == ["File changed on disk"]
    assert load_map(path).title == "Changed" and not window.document.modified
    boxes.seen.clear()
    _rename(window, "Again")
    assert window.save() and boxes.seen == []  # our own save is not a change by another program


def test_changed_on_disk_save_as(opened, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    theirs = _change_on_disk(path)
    Boxes(monkeypatch, "Save As…")
    mine = tmp_path / "mine.cxmap"
    _save_dialog(monkeypatch, mine)
    assert window.save()
    assert path.read_bytes() == theirs
    assert load_map(mine).title == "Changed" and window.document.path == mine


def test_changed_on_disk_reload(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    _change_on_disk(path)
    Boxes(monkeypatch, "Reload from Disk")
    assert not window.save()  # the user's version was not saved: a close must not go on
    assert window.document.map.title == "Written by a sync client"
    assert not window.document.modified and window.document.path == path
    assert window.document.holds_lock and read_lock(path).ours


def test_unsaved_prompt_then_changed_on_disk_cancel_keeps_the_window(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    _change_on_disk(path)
    boxes = Boxes(monkeypatch, "Save", "Cancel")
    assert not window.close()
    assert boxes.titles == ["Unsaved changes", "File changed on disk"] and window.isVisible()


# -- the same map open twice ---------------------------------------------------------------------

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cxdesigner.storage.lock import acquire
    assert acquire(Path(sys.argv[1])) is None
    print("locked", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def held(tmp_path):  # noqa: ANN001
    """A saved map whose lock a live child process holds (through storage.lock)."""
    path = tmp_path / "shared.cxmap"
    save_map(small_map(), path)
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert _readline(child) == "locked"
        yield path, child
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def test_a_map_held_by_another_instance_warns_and_cancel_opens_nothing(make_window, held, monkeypatch) -> None:  # noqa: ANN001
    path, child = held
    window = make_window()
    doc = window.document
    boxes = Boxes(monkeypatch, "Cancel")
    assert not window.open_path(path)
    (title, text, buttons), = boxes.seen
    assert title == "Map already open" and "shared.cxmap" in text and f"process {child.pid}" in text
    assert {"Open Read-Only", "Open a Copy", "Cancel"} <= set(buttons)
    assert window.document is doc
    assert read_lock(path).pid == child.pid


def test_read_only_open_asks_for_a_new_name_when_saving(make_window, held, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    path, child = held
    window = make_window()
    Boxes(monkeypatch, "Open Read-Only")
    assert window.open_path(path)
    doc = window.document
    assert doc.read_only and doc.path == path and not doc.holds_lock
    _rename(window)
    before = path.read_bytes()
    calls: list = []
    _save_dialog(monkeypatch, tmp_path / "my-copy.cxmap", calls)
    assert window.save()
    assert calls and path.read_bytes() == before
    assert load_map(tmp_path / "my-copy.cxmap").title == "Changed"
    assert doc.path == tmp_path / "my-copy.cxmap" and not doc.read_only and doc.holds_lock
    assert read_lock(path).pid == child.pid  # the other instance's lock is left alone


def test_save_as_onto_the_held_file_is_refused(make_window, held, monkeypatch) -> None:  # noqa: ANN001
    path, child = held
    window = make_window()
    Boxes(monkeypatch, "Open Read-Only")
    assert window.open_path(path)
    _rename(window)
    before = path.read_bytes()
    boxes = Boxes(monkeypatch, "OK")
    _save_dialog(monkeypatch, path)
    assert not window.save()
    assert boxes.titles == ["Cannot save the map"] and "Choose another name" in boxes.seen[0][1]
    assert path.read_bytes() == before and window.document.modified


def test_open_a_copy_makes_an_untitled_document(make_window, held, monkeypatch) -> None:  # noqa: ANN001
    path, _child = held
    window = make_window()
    Boxes(monkeypatch, "Open a Copy")
    assert window.open_path(path)
    doc = window.document
    assert doc.path is None and not doc.read_only and not doc.holds_lock
    assert doc.map.snapshot() == load_map(path).snapshot()
    assert window.windowTitle().startswith("Untitled")


def test_a_stale_lock_of_a_crashed_instance_is_cleared_silently(make_window, held, monkeypatch) -> None:  # noqa: ANN001
    path, child = held
    child.kill()
    child.wait()
    assert read_lock(path).stale
    window = make_window()
    boxes = Boxes(monkeypatch)
    assert window.open_path(path)
    assert boxes.seen == []
    assert window.document.holds_lock and read_lock(path).ours


def test_the_same_map_in_a_second_window_of_this_instance(make_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    path = tmp_path / "twice.cxmap"
    save_map(small_map(), path)
    first, second = make_window(), make_window()
    assert first.open_path(path)
    boxes = Boxes(monkeypatch, "Open Read-Only")
    assert second.open_path(path)
    (title, text, _buttons), = boxes.seen
    assert title == "Map already open" and "another window of CX Designer" in text
    assert second.document.read_only and first.document.holds_lock
    # Reopening in the window that has it asks nothing.
    boxes.seen.clear()
    assert first.open_path(path) and boxes.seen == [] and first.document.holds_lock
    # The first window closes: its lock goes; the second still cannot overwrite silently.
    first.document.undo_stack.setClean()
    assert first.close()
    assert not lock_path(path).exists()


def test_revert_keeps_the_lock(opened, monkeypatch) -> None:  # noqa: ANN001
    window, path = opened
    Boxes(monkeypatch, "Discard")
    assert window.revert()
    assert window.document.holds_lock and read_lock(path).ours and window.document.map.title == "Test map"
