"""Files: save → reopen equality, the unsaved-changes prompt, errors in dialogs, the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxdesigner.commands import edits
from cxdesigner.storage import load_map, save_map
from cxdesigner.ui.dialogs.template_chooser import TemplateChooser

Button = QMessageBox.StandardButton


def _answer(monkeypatch, button: Button) -> list[str]:  # noqa: ANN001
    asked: list[str] = []

    def exec_(box) -> int:  # noqa: ANN001
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _modify(window) -> None:  # noqa: ANN001
    assert window.document.edit(edits.set_fields, "map", "", "Rename map", title="Changed")


def _save_dialog(monkeypatch, path: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_save_then_reopen_gives_the_same_map(make_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    _modify(w)
    target = tmp_path / "journey"
    _save_dialog(monkeypatch, target)
    assert w.windowTitle().startswith("Untitled")
    assert w.isWindowModified()
    assert w.save()  # no path yet: Save As
    saved = tmp_path / "journey.cxmap"
    assert w.document.path == saved
    assert not w.isWindowModified()
    assert w.windowTitle().startswith("journey.cxmap")
    snapshot = w.document.map.snapshot()
    assert load_map(saved).snapshot() == snapshot
    assert w.open_path(saved)
    assert w.document.map.snapshot() == snapshot
    assert w.recent_files()[0] == str(saved)


def test_a_map_opened_through_a_link_is_listed_under_the_link_once(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    real = tmp_path / "archive" / "journey.cxmap"
    real.parent.mkdir()
    save_map(w.document.map, real)
    shortcut = tmp_path / "desk" / "Current journey.cxmap"
    shortcut.parent.mkdir()
    shortcut.symlink_to(real)
    assert w.open_path(shortcut, ask=False)
    assert w.recent_files()[0] == str(shortcut)  # where the user opened it, not the link's target
    assert w.open_path(real, ask=False)
    assert w.recent_files()[0] == str(real)
    assert str(shortcut) not in w.recent_files()  # the same file is listed once
    other = tmp_path / "other.cxmap"
    save_map(w.document.map, other)
    assert w.open_path(other, ask=False)
    assert w.recent_files()[:2] == [str(other), str(real)]


def test_title_marker_follows_the_undo_stack(make_window) -> None:  # noqa: ANN001
    w = make_window()
    assert not w.isWindowModified()
    _modify(w)
    assert w.isWindowModified()
    w.document.undo_stack.undo()
    assert not w.isWindowModified()


@pytest.mark.parametrize("trigger", ["close", "new", "open"])
def test_unsaved_prompt_cancel_keeps_everything(make_window, monkeypatch, trigger) -> None:  # noqa: ANN001
    w = make_window()
    _modify(w)
    doc = w.document
    asked = _answer(monkeypatch, Button.Cancel)
    monkeypatch.setattr(TemplateChooser, "choose", staticmethod(lambda parent=None: pytest.fail("not asked")))
    if trigger == "close":
        assert not w.close()
        assert w.isVisible()
    elif trigger == "new":
        assert not w.new_map()
    else:
        assert not w.open_map()
    assert len(asked) == 1 and "Untitled" in asked[0]
    assert w.document is doc and doc.map.title == "Changed"


def test_unsaved_prompt_discard_drops_the_changes(make_window, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    _modify(w)
    _answer(monkeypatch, Button.Discard)
    monkeypatch.setattr(TemplateChooser, "choose", staticmethod(lambda parent=None: "blank"))
    assert w.new_map()
    assert w.document.map.title != "Changed"
    assert not w.isWindowModified()


def test_unsaved_prompt_save_saves_first(make_window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    _modify(w)
    _answer(monkeypatch, Button.Save)
    _save_dialog(monkeypatch, tmp_path / "kept.cxmap")
    assert w.close()
    assert load_map(tmp_path / "kept.cxmap").title == "Changed"


def test_unsaved_prompt_save_but_save_dialog_cancelled_keeps_window(make_window, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    _modify(w)
    _answer(monkeypatch, Button.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert not w.close()
    assert w.document.map.title == "Changed"


def test_opening_a_bad_file_shows_the_reason_and_keeps_the_map(make_window, tmp_path, no_modal_dialogs) -> None:  # noqa: ANN001
    w = make_window()
    bad = tmp_path / "bad.cxmap"
    bad.write_text("{not json", encoding="utf-8")
    doc = w.document
    assert not w.open_path(bad)
    assert w.document is doc
    assert no_modal_dialogs == ["Cannot open the map"]


def test_save_error_is_reported(make_window, tmp_path, no_modal_dialogs) -> None:  # noqa: ANN001
    w = make_window()
    _modify(w)
    assert not w._save_to(tmp_path / "missing-folder" / "x.cxmap")
    assert no_modal_dialogs == ["Cannot save the map"]
    assert w.isWindowModified()


def test_revert_goes_back_to_the_saved_file(make_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    path = tmp_path / "r.cxmap"
    assert w._save_to(path)
    saved = w.document.map.snapshot()
    _modify(w)
    _answer(monkeypatch, Button.Discard)
    assert w.revert()
    assert w.document.map.snapshot() == saved
    assert not w.isWindowModified()


def test_new_from_template_chooser(make_window, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    monkeypatch.setattr(TemplateChooser, "choose", staticmethod(lambda parent=None: "palvelupolku-fi"))
    assert w.new_map()
    assert w.document.map.language == "fi"
    assert w.document.path is None


def test_template_chooser_previews_each_template(qtbot) -> None:  # noqa: ANN001
    dialog = TemplateChooser()
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 5
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        assert dialog._scene is not None and dialog._scene.layout is not None
    assert dialog.selected_name()
