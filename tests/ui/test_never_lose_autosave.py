"""Autosave (issue 7 §1): unsaved work is copied to the recovery folder after an edit and on a
timer, without touching the user's file, the undo stack or the saved state; a clean close, a save
or a deliberate Discard removes the copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cxdesigner.commands import edits
from cxdesigner.storage import load_map, save_map
from cxdesigner.storage.lock import lock_path
from cxdesigner.ui.autosave import recovery_folder

from .conftest import small_map


@pytest.fixture
def recovery(settings, tmp_path) -> Path:  # noqa: ANN001
    """The recovery folder of this test; autosave a moment after each edit."""
    folder = tmp_path / "recovery"
    settings.setValue("autosave/folder", str(folder))
    settings.setValue("autosave/interval_seconds", 60)
    settings.setValue("autosave/idle_seconds", 0.05)
    return folder


def _answer(monkeypatch, *labels: str) -> list[str]:  # noqa: ANN001
    """Message boxes in turn press the button with the given text; returns the texts shown."""
    shown: list[str] = []
    queue = list(labels)

    def exec_(box) -> int:  # noqa: ANN001
        shown.append(box.text())
        label = queue.pop(0) if queue else "Cancel"
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return int(box.standardButton(button).value)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _autosaves(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.cxmap")) if folder.is_dir() else []


def _rename(window, title: str = "Changed") -> None:  # noqa: ANN001
    assert window.document.edit(edits.set_fields, "map", "", "Rename map", title=title)


def _open_saved(window, tmp_path) -> Path:  # noqa: ANN001
    path = tmp_path / "mine.cxmap"
    save_map(small_map(), path)
    assert window.open_path(path)
    return path


def test_the_recovery_folder_is_the_per_user_data_folder_unless_set(settings, tmp_path) -> None:  # noqa: ANN001
    folder = recovery_folder(settings)
    assert folder.name == "recovery" and folder.is_absolute()
    settings.setValue("autosave/folder", str(tmp_path / "elsewhere"))
    assert recovery_folder(settings) == tmp_path / "elsewhere"


def test_an_edit_is_autosaved_without_touching_the_file_the_undo_stack_or_the_saved_state(
    make_window, recovery, tmp_path, qtbot  # noqa: ANN001
) -> None:
    w = make_window()
    path = _open_saved(w, tmp_path)
    before_bytes, before_mtime = path.read_bytes(), path.stat().st_mtime_ns
    _rename(w)
    stack = w.document.undo_stack
    index, count, clean_index = stack.index(), stack.count(), stack.cleanIndex()
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    (autosave,) = _autosaves(recovery)
    assert load_map(autosave).snapshot() == w.document.map.snapshot()
    meta = json.loads(autosave.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["original"] == str(path) and meta["title"] == "Changed"
    # The user's file, the undo stack and the saved state are as they were.
    assert path.read_bytes() == before_bytes and path.stat().st_mtime_ns == before_mtime
    assert (stack.index(), stack.count(), stack.cleanIndex()) == (index, count, clean_index)
    assert not stack.isClean() and w.isWindowModified()
    # A further edit updates the same autosave.
    _rename(w, "Changed again")
    qtbot.waitUntil(lambda: load_map(autosave).title == "Changed again", timeout=5000)
    assert _autosaves(recovery) == [autosave]


def test_untitled_maps_are_autosaved_too(make_window, recovery, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    meta = json.loads(_autosaves(recovery)[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["original"] is None


def test_the_timer_autosaves_even_while_the_user_keeps_working(make_window, settings, recovery, qtbot) -> None:  # noqa: ANN001
    settings.setValue("autosave/idle_seconds", 3600)  # never idle: only the interval timer fires
    settings.setValue("autosave/interval_seconds", 0.2)
    w = make_window()
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)


def test_interval_zero_turns_autosave_off(make_window, settings, recovery, qtbot) -> None:  # noqa: ANN001
    settings.setValue("autosave/interval_seconds", 0)
    w = make_window()
    _rename(w)
    assert not w.autosaver.autosave_now()
    qtbot.wait(300)
    assert _autosaves(recovery) == []


def test_saving_removes_the_autosave(make_window, recovery, tmp_path, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    path = _open_saved(w, tmp_path)
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    assert w.save()
    assert _autosaves(recovery) == [] and list(recovery.glob("*.json")) == []
    assert load_map(path).title == "Changed"


def test_undoing_back_to_the_saved_state_removes_the_autosave(make_window, recovery, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    w.document.undo_stack.undo()
    assert _autosaves(recovery) == []


@pytest.mark.parametrize("how", ["discard", "save"])
def test_a_clean_close_removes_the_autosave_and_the_lock(make_window, recovery, tmp_path, qtbot, monkeypatch, how) -> None:  # noqa: ANN001,E501
    w = make_window()
    path = _open_saved(w, tmp_path)
    assert lock_path(path).exists()
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    shown = _answer(monkeypatch, "Discard" if how == "discard" else "Save")
    assert w.close()
    assert len(shown) == 1 and "mine.cxmap" in shown[0]
    assert _autosaves(recovery) == [] and list(recovery.glob("*.json")) == []
    assert not lock_path(path).exists()
    assert load_map(path).title == ("Test map" if how == "discard" else "Changed")


def test_a_cancelled_close_keeps_the_autosave(make_window, recovery, qtbot, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    _answer(monkeypatch, "Cancel")
    assert not w.close()
    assert len(_autosaves(recovery)) == 1


def test_replacing_the_document_after_discard_removes_its_autosave(make_window, recovery, tmp_path, qtbot, monkeypatch) -> None:  # noqa: ANN001,E501
    w = make_window()
    _rename(w)
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
    other = tmp_path / "other.cxmap"
    save_map(small_map(), other)
    _answer(monkeypatch, "Discard")
    assert w.open_path(other)
    assert _autosaves(recovery) == []


def test_a_failing_autosave_goes_to_the_status_bar(make_window, settings, tmp_path, qtbot) -> None:  # noqa: ANN001
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be")
    settings.setValue("autosave/folder", str(blocker / "recovery"))
    settings.setValue("autosave/idle_seconds", 0.05)
    w = make_window()
    _rename(w)
    qtbot.waitUntil(lambda: "Autosave failed" in w.statusBar().currentMessage(), timeout=5000)
    assert w.isWindowModified() and w.document.map.title == "Changed"


def test_turning_autosave_on_in_preferences_takes_effect_at_once(make_window, settings, recovery, qtbot) -> None:  # noqa: ANN001,E501
    settings.setValue("autosave/interval_seconds", 0)
    w = make_window()
    _rename(w)
    qtbot.wait(200)
    assert _autosaves(recovery) == []
    settings.setValue("autosave/interval_seconds", 60)  # what the Preferences dialog writes
    _rename(w, "Later")
    qtbot.waitUntil(lambda: len(_autosaves(recovery)) == 1, timeout=5000)
