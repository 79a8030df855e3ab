"""Current and ideal states in the app: create from the current state, switch, edit each on its
own, undo across states, rename, delete, save, and the side-by-side comparison."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from cxdesigner.commands import edits
from cxdesigner.storage import load_map


@pytest.fixture
def answer_name(monkeypatch):  # noqa: ANN001
    """The next name dialog is answered with the given text, as if typed and confirmed."""
    answers: list[str | None] = []

    def exec_(dialog) -> int:  # noqa: ANN001
        text = answers.pop(0)
        if text is None:
            return int(QDialog.DialogCode.Rejected.value)
        dialog.setTextValue(text)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    return answers


def _card_text(m, text):  # noqa: ANN001, ANN202
    return next(c for c in m.cards.values() if c.text == text)


def test_an_ideal_state_starts_as_a_copy_and_is_shown(make_window, answer_name) -> None:  # noqa: ANN001
    w = make_window()
    root = w.document.root
    answer_name.append("Tavoitetila 2027")
    w.states.create.trigger()
    doc = w.document
    assert [s.name for s in root.ideal_states] == ["Tavoitetila 2027"]
    state = root.ideal_states[0]
    assert doc.state_id == state.id and doc.map is state.map
    assert state.map.snapshot()["cards"] == root.snapshot()["cards"]
    assert w.scene.document.map is state.map
    assert "Tavoitetila 2027" in w.scene.layout.title.lines[0]
    assert "Tavoitetila 2027" in w.windowTitle()
    assert w.states.box.currentText() == "Tavoitetila 2027"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.text(0) == "Create ideal state"


def test_cancelling_the_name_creates_nothing(make_window, answer_name) -> None:  # noqa: ANN001
    w = make_window()
    answer_name.append(None)
    w.states.create.trigger()
    assert w.document.root.ideal_states == [] and w.document.undo_stack.count() == 0


def test_edits_stay_in_their_state_and_undo_shows_the_state_it_changes(make_window) -> None:  # noqa: ANN001
    w = make_window()
    root = w.document.root
    assert w.states.create_state("Ideal")
    ideal = w.document.map
    thought = _card_text(ideal, "first thought")
    assert w.document.edit(edits.remove_cards, [thought.id])
    assert thought.id not in ideal.cards and thought.id in root.cards

    # Back to the current state with the toolbar's box, driven by the keyboard.
    w.states.box.setFocus()
    QTest.keyClick(w.states.box, Qt.Key.Key_Up)
    assert w.document.state_id is None and w.document.map is root
    assert w.scene.document.map is root
    assert w.states.box.currentText() == "Current state"

    # Undo changes the ideal state, so the ideal state comes on screen first.
    w.document.undo_stack.undo()
    assert w.document.map is ideal and thought.id in ideal.cards
    assert w.states.box.currentText() == "Ideal"
    w.document.undo_stack.redo()
    assert thought.id not in ideal.cards and thought.id in root.cards


def test_next_and_previous_state_keys_cycle_through_the_states(make_window) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("A")
    w.states.create_state("B")
    a, b = (s.id for s in w.document.root.ideal_states)
    assert w.document.state_id == b
    w.view.setFocus()
    QTest.keyClick(w.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.document.state_id is None  # wraps around to the current state
    QTest.keyClick(w.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.document.state_id == a
    QTest.keyClick(w.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert w.document.state_id is None


def test_switching_keeps_the_zoom_and_the_place(make_window) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    w.view.set_zoom(1.5)
    w.view.horizontalScrollBar().setValue(200)
    w.states.switch(None)
    assert w.view.zoom == pytest.approx(1.5)
    assert w.view.horizontalScrollBar().value() == 200


def test_rename_and_delete_are_undo_steps(make_window, answer_name) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    state = w.document.root.ideal_states[0]
    ideal = state.map
    w.document.edit(edits.set_fields, "map", "", "Edit title", title="Changed in ideal")

    answer_name.append("  Ideal 2030  ")
    w.states.rename.trigger()
    assert state.name == "Ideal 2030" and w.states.box.currentText() == "Ideal 2030"
    assert w.document.undo_stack.text(w.document.undo_stack.index() - 1) == "Rename ideal state"

    w.states.delete.trigger()
    assert w.document.root.ideal_states == [] and w.document.state_id is None
    assert w.states.box.count() == 1 and not w.states.delete.isEnabled()

    w.document.undo_stack.undo()  # the deletion: the same state returns, with its edits
    assert w.document.root.ideal_states == [state] and state.map is ideal
    assert ideal.title == "Changed in ideal"
    assert w.states.box.count() == 2
    w.document.undo_stack.undo()  # the rename
    assert state.name == "Ideal"


def test_undoing_the_creation_of_the_state_on_screen_returns_to_the_current_state(make_window) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    w.document.undo_stack.undo()
    assert w.document.root.ideal_states == []
    assert w.document.state_id is None and w.scene.document.map is w.document.root
    w.document.undo_stack.redo()
    assert len(w.document.root.ideal_states) == 1


def test_saving_while_an_ideal_state_is_shown_writes_every_state(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    ideal = w.document.map
    w.document.edit(edits.remove_cards, [_card_text(ideal, "it hurts").id])
    path = tmp_path / "states.cxmap"
    w.document.save(path)
    back = load_map(path)
    assert any(c.text == "it hurts" for c in back.cards.values())
    assert [s.name for s in back.ideal_states] == ["Ideal"]
    assert not any(c.text == "it hurts" for c in back.ideal_states[0].map.cards.values())


def _settle(qtbot) -> None:  # noqa: ANN001
    qtbot.wait(250)  # the difference list refreshes a moment after the maps change


def test_compare_side_by_side_scrolls_and_zooms_together_and_lists_differences(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    root = w.document.root
    w.states.create_state("Ideal")
    ideal = w.document.map
    removed = _card_text(ideal, "it hurts")
    changed = _card_text(ideal, "first thought")
    w.document.edit(edits.remove_cards, [removed.id])
    w.document.edit(edits.set_fields, "card", changed.id, "Edit card text", text="a better first thought")
    tp = root.touchpoints()[0]
    w.document.edit(edits.set_fields, "touchpoint", tp.id, "Set emotion", emotion=2)

    QTest.keyClick(w.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    cw = w.states.compare_window
    assert cw is not None and cw.isVisible()
    qtbot.waitExposed(cw)
    _settle(qtbot)
    assert cw.left_box.currentText() == "Current state" and cw.right_box.currentText() == "Ideal"
    assert cw.left.document.map is root and cw.right.document.map is ideal
    rows = cw.differences.rows()
    assert "Cards removed (1)" in rows and "it hurts" in rows
    assert "a better first thought — changed: text" in rows
    assert f"{tp.name}: +1 → +2 (+1)" in rows
    # What differs is outlined in each pane.
    assert len(cw.left.marks) == 2 and len(cw.right.marks) == 1

    # Scrolling one pane scrolls the other; Ctrl+wheel zooms both.
    cw.zoom_by(2.0)
    left_bar, right_bar = cw.left.pane.horizontalScrollBar(), cw.right.pane.horizontalScrollBar()
    assert left_bar.maximum() > 0
    left_bar.setValue(left_bar.maximum() // 2)
    assert right_bar.value() == left_bar.value()
    cw.right.pane.verticalScrollBar().setValue(40)
    assert cw.left.pane.verticalScrollBar().value() == 40
    before = cw.left.pane.zoom
    viewport = cw.right.pane.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(
        centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert cw.left.pane.zoom == pytest.approx(before * 1.15)
    assert cw.right.pane.zoom == pytest.approx(cw.left.pane.zoom)

    # A row selects its card in both panes.
    group = next(cw.differences.topLevelItem(i) for i in range(cw.differences.topLevelItemCount())
                 if cw.differences.topLevelItem(i).text(0).startswith("Cards changed"))
    row = group.child(0)
    rect = cw.differences.visualItemRect(row)
    QTest.mouseClick(cw.differences.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert cw.left.scene.selected_ids("card") == [changed.id]
    assert cw.right.scene.selected_ids("card") == [changed.id]

    # An edit in the main window shows in the comparison at once.
    w.document.edit(edits.add_card, ideal.lanes[0].id, tp.id, "brand new idea")
    _settle(qtbot)
    assert "brand new idea" in cw.differences.rows()

    # Swap puts the ideal state on the left: what was removed is now added.
    cw.swap()
    _settle(qtbot)
    assert cw.left.document.map is ideal
    assert "Cards added (1)" in cw.differences.rows() and "it hurts" in cw.differences.rows()


def test_double_clicking_a_pane_edits_that_state(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    w.states.switch(None)
    assert w.states.show_compare()
    cw = w.states.compare_window
    qtbot.waitExposed(cw)
    centre = cw.right.pane.viewport().rect().center()
    QTest.mouseDClick(cw.right.pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert w.document.state_id == w.document.root.ideal_states[0].id


def test_the_compare_panes_are_read_only(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    w.states.show_compare()
    cw = w.states.compare_window
    qtbot.waitExposed(cw)
    before = w.document.root.snapshot(), w.document.map.snapshot()
    pane = cw.right.pane
    pane.setFocus()
    QTest.keyClicks(pane.viewport(), "typed into the pane")
    QTest.keyClick(pane.viewport(), Qt.Key.Key_Delete)
    assert (w.document.root.snapshot(), w.document.map.snapshot()) == before
    assert w.document.undo_stack.count() == 1  # only the creation of the state


def test_compare_without_ideal_states_says_what_to_do(make_window) -> None:  # noqa: ANN001
    w = make_window()
    assert not w.states.show_compare()
    assert "Create an ideal state first" in w.statusBar().currentMessage()


def test_presenting_a_workshop_can_step_to_the_ideal_state_and_says_which_is_shown(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("Ideal")
    w.states.switch(None)
    presentation = w.workshop.presentation
    presentation.ZOOM_MS = 1
    presentation.present.trigger()
    qtbot.waitUntil(lambda: presentation.active)
    QTest.keyClick(w.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: presentation.phase_index == 1)
    assert not w.states.badge.isVisible()  # the current state: nothing to point out

    QTest.keyClick(w.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.document.state_id == w.document.root.ideal_states[0].id
    assert presentation.active and presentation.phase_index == 1  # the same phase, now the ideal state
    qtbot.waitUntil(lambda: w.states.badge.isVisible())
    assert w.states.badge.text() == "Ideal"
    assert w.view.map_scene.theme.projector

    presentation.leave()
    qtbot.waitUntil(lambda: not w.states.badge.isVisible())


def test_export_comparison_from_the_compare_window_writes_the_facing_pages(make_window, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from cxdesigner.ui.export_ui.pdf_dialog import PdfExportDialog

    w = make_window()
    w.states.create_state("Ideal 2030")
    w.document.edit(edits.remove_cards, [_card_text(w.document.map, "it hurts").id])
    w.states.show_compare()
    cw = w.states.compare_window
    out = tmp_path / "comparison.pdf"
    seen = {}

    def exec_(dialog) -> int:  # noqa: ANN001 - the dialog as the user would see it, then Export
        seen["compare"] = dialog.compare.currentText()
        seen["mode_enabled"] = dialog.mode.isEnabled()
        assert dialog.export_to(out)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)
    cw.export_button.click()
    assert seen == {"compare": "Ideal 2030", "mode_enabled": False}
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) >= 4
    assert "Current state" in pages[1] and "Ideal 2030" in pages[2]
    assert any("it hurts" in text for text in pages[3:])


def test_comparing_two_ideal_states_cannot_export_and_says_why(make_window, no_modal_dialogs) -> None:  # noqa: ANN001
    w = make_window()
    w.states.create_state("A")
    w.states.create_state("B")
    w.states.show_compare()
    cw = w.states.compare_window
    a, b = (s.id for s in w.document.root.ideal_states)
    cw.show_states(a, b)
    assert not cw.export_pdf()
    assert no_modal_dialogs == ["Cannot export this comparison"]


def test_exporting_while_an_ideal_state_is_shown_prints_that_state_with_its_name(make_window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from cxdesigner.ui.export_ui.pdf_dialog import PdfExportDialog

    w = make_window()
    w.states.create_state("Ideal 2030")
    w.document.edit(edits.add_card, w.document.map.lanes[0].id, w.document.map.touchpoints()[0].id, "only in the ideal")
    out = tmp_path / "ideal.pdf"
    monkeypatch.setattr(
        PdfExportDialog, "exec", lambda dialog: int(QDialog.DialogCode.Accepted.value) if dialog.export_to(out) else 0
    )
    w.export_actions.export_pdf()
    text = PdfReader(out).pages[0].extract_text()
    assert "Test map — Ideal 2030" in text and "only in the ideal" in text


def test_the_comparison_follows_states_being_deleted_and_closes_with_its_document(make_window, qtbot) -> None:  # noqa: ANN001
    from cxdesigner.ui.document import Document
    from tests.ui.conftest import small_map

    w = make_window()
    w.states.create_state("A")
    w.states.create_state("B")
    a, b = (s.id for s in w.document.root.ideal_states)
    w.states.show_compare()
    cw = w.states.compare_window
    cw.show_states(a, b)
    w.states.switch(b)
    w.states.delete_shown()  # B goes: its side falls back to the current state
    qtbot.waitUntil(lambda: cw.right_box.currentData() is None)
    assert cw.left_box.currentData() == a
    assert [cw.right_box.itemText(i) for i in range(cw.right_box.count())] == ["Current state", "A"]

    w.set_document(Document(small_map()))  # another map: its comparison window goes
    qtbot.waitUntil(lambda: w.states.compare_window is None)
    assert w.states.box.count() == 1
