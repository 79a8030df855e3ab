"""Adding a card and typing its text is one undo step, whichever way the card was started;
Esc (or committing no text) takes a card just added back as if it had never been added."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from cxdesigner.commands import edits
from cxdesigner.ui.canvas.inline_editor import InlineEditor
from cxdesigner.ui.panels.palette import palette_mime

from .conftest import center, click, drag, drop_from_palette


def _editor(window) -> InlineEditor:  # noqa: ANN001
    editor = window.view.editing.editor
    assert editor is not None and editor.isVisible() and not editor.finished
    return editor


def _steps(window) -> list[str]:  # noqa: ANN001
    stack = window.document.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def _card_texts(m, cell) -> list[str]:  # noqa: ANN001
    return [m.cards[c].text for c in m.cells.get(cell, [])]


def test_palette_card_and_its_text_are_one_undo_step(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, stack = w.document.map, w.scene, w.document.undo_stack
    before = m.snapshot()
    thinks = m.lanes[0].id
    cell = (thinks, m.touchpoints()[0].id)
    first, second = m.cells[cell]
    # A pain-point card dropped between the two thoughts of the thinks lane keeps its colour.
    between = QPointF(scene.layout.cards[second].rect.x + 20, scene.layout.cards[second].rect.y + 3)
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), between)
    new_id = m.cells[cell][1]
    assert new_id not in (first, second) and m.cards[new_id].text == ""
    assert stack.count() == 1  # the card is there at once, as one step waiting for its text
    QTest.keyClicks(_editor(w), "Why so many forms?")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)

    def check() -> None:
        assert m.cells[cell] == [first, new_id, second]
        assert m.cards[new_id].text == "Why so many forms?"
        assert m.cards[new_id].color == scene.style.lane_colors[m.lanes[1].kind]
        m.check_invariants()

    check()
    assert _steps(w) == ["Add card"]
    stack.undo()  # one Ctrl+Z: the card is gone, not just its text
    assert m.snapshot() == before and not stack.canUndo()
    scene.flush()
    assert new_id not in scene.cards
    stack.redo()  # and one redo brings it back with its text
    check()
    assert not stack.canRedo()
    scene.flush()
    assert scene.cards[new_id].box.text.lines == ("Why so many forms?",)


def test_escape_on_a_dropped_card_leaves_no_card_and_no_step(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, doc = w.document.map, w.scene, w.document
    before = m.snapshot()
    assert not doc.modified
    cell = (m.lanes[1].id, m.touchpoints()[3].id)
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), center(scene.layout.cells[cell].rect))
    assert len(m.cells[cell]) == 1 and doc.modified
    QTest.keyClicks(_editor(w), "never mind")
    QTest.keyClick(_editor(w), Qt.Key.Key_Escape)
    assert m.snapshot() == before
    assert doc.undo_stack.count() == 0 and not doc.undo_stack.canRedo()
    assert not doc.modified  # the window does not ask to save a card that never was
    scene.flush()
    assert set(scene.cards) == set(m.cards)


def test_committing_a_new_card_empty_removes_it(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    cell = (m.lanes[0].id, m.touchpoints()[1].id)
    assert drop_from_palette(w.view, palette_mime("card:thinks"), center(scene.layout.cells[cell].rect))
    QTest.keyClicks(_editor(w), "   ")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)
    assert m.snapshot() == before and w.document.undo_stack.count() == 0


def test_ctrl_return_adds_a_card_in_one_step_and_escape_takes_it_back(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    before = m.snapshot()
    cell = (m.lanes[1].id, m.touchpoints()[2].id)
    click(view, center(scene.layout.cells[cell].rect))
    assert scene.current_cell == cell
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_editor(w), "Oops")
    QTest.keyClick(_editor(w), Qt.Key.Key_Escape)
    assert m.snapshot() == before and stack.count() == 0

    QTest.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_editor(w), "Login fails")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(_editor(w), "twice")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)
    assert _card_texts(m, cell) == ["Login fails\ntwice"]
    assert _steps(w) == ["Add card"]
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    assert _card_texts(m, cell) == ["Login fails\ntwice"]


def test_quick_capture_is_one_step_and_escape_leaves_nothing(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    before = m.snapshot()
    cell = (m.lanes[0].id, m.touchpoints()[3].id)
    click(view, center(scene.layout.cells[cell].rect))
    QTest.keyClicks(view.viewport(), "Wait")
    assert _editor(w).toPlainText() == "Wait"
    QTest.keyClick(_editor(w), Qt.Key.Key_Escape)
    assert m.snapshot() == before and stack.count() == 0

    QTest.keyClicks(view.viewport(), "On hold")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)
    assert _card_texts(m, cell) == ["On hold"] and _steps(w) == ["Add card"]
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    assert _card_texts(m, cell) == ["On hold"]


def test_clicking_elsewhere_commits_the_new_card_as_one_step(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    cell = (m.lanes[1].id, m.touchpoints()[0].id)
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), center(scene.layout.cells[cell].rect))
    QTest.keyClicks(_editor(w), "Ad was misleading")
    click(view, center(scene.layout.cells[(m.lanes[0].id, m.touchpoints()[3].id)].rect))
    assert w.view.editing.editor is None
    assert _card_texts(m, cell) == ["Ad was misleading"] and _steps(w) == ["Add card"]
    w.document.undo_stack.undo()
    assert m.snapshot() == before


def test_a_new_card_typed_after_another_edit_never_changes_that_edit(make_window) -> None:  # noqa: ANN001
    """If something else became an undo step while the card was typed, the text is a step of its
    own: folding it into the latest step would make that step undo the wrong thing."""
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    before = m.snapshot()
    cell = (m.lanes[0].id, m.touchpoints()[1].id)
    click(view, center(scene.layout.cells[cell].rect))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(w)
    phase = m.phases[2].id
    assert w.document.edit(edits.set_fields, "phase", phase, "Rename phase", name="Ending")  # e.g. a panel
    QTest.keyClicks(editor, "Hmm")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert _card_texts(m, cell) == ["Hmm"] and m.phase(phase).name == "Ending"
    assert _steps(w) == ["Add card", "Rename phase", "Edit card text"]
    stack.undo()
    assert _card_texts(m, cell) == [""] and m.phase(phase).name == "Ending"
    stack.undo()
    assert m.phase(phase).name == "Use"
    stack.undo()
    assert m.snapshot() == before


def test_escape_after_another_edit_deletes_the_card_as_its_own_step(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    cell = (m.lanes[0].id, m.touchpoints()[1].id)
    click(view, center(scene.layout.cells[cell].rect))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(w)
    assert w.document.edit(edits.set_fields, "phase", m.phases[2].id, "Rename phase", name="Ending")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert _card_texts(m, cell) == [] and m.phases[2].name == "Ending"
    assert _steps(w) == ["Add card", "Rename phase", "Delete card"]
    stack.undo()
    assert _card_texts(m, cell) == [""]


def test_saving_while_typing_keeps_the_saved_step(make_window, tmp_path) -> None:  # noqa: ANN001
    """The file saved holds the card as it was then ("S", the first key of quick capture); the
    rest of its text becomes a step after the save, so undo returns exactly to what was saved."""
    w = make_window()
    m, scene, view, doc = w.document.map, w.scene, w.view, w.document
    cell = (m.lanes[1].id, m.touchpoints()[2].id)
    click(view, center(scene.layout.cells[cell].rect))
    QTest.keyClicks(view.viewport(), "Slow")
    doc.save(tmp_path / "saved.cxmap")
    assert not doc.modified
    QTest.keyClicks(_editor(w), " page")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)
    assert _card_texts(m, cell) == ["Slow page"] and _steps(w) == ["Add card", "Edit card text"]
    doc.undo_stack.undo()
    assert _card_texts(m, cell) == ["S"] and not doc.modified


def test_a_second_drop_while_the_first_new_card_is_still_empty(make_window) -> None:  # noqa: ANN001
    """The first card, never typed into, goes; the second lands where it was dropped."""
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    cell = (m.lanes[0].id, m.touchpoints()[1].id)
    rect = scene.layout.cells[cell].rect
    assert drop_from_palette(w.view, palette_mime("card:thinks"), center(rect))
    first = w.view.editing.editor
    scene.flush()
    (first_id,) = m.cells[cell]
    below = scene.layout.cards[first_id].rect
    assert drop_from_palette(w.view, palette_mime("card:thinks"), QPointF(below.x + 20, below.bottom + 4))
    assert first.finished and first_id not in m.cards
    QTest.keyClicks(_editor(w), "Second")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)
    assert _card_texts(m, cell) == ["Second"] and _steps(w) == ["Add card"]
    w.document.undo_stack.undo()
    assert m.snapshot() == before


def test_pressing_on_a_new_card_left_empty_takes_it_back_cleanly(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    cell = (m.lanes[1].id, m.touchpoints()[2].id)
    assert drop_from_palette(view, palette_mime("card:pain_points"), center(scene.layout.cells[cell].rect))
    scene.flush()
    (card_id,) = m.cells[cell]
    start = center(scene.layout.cards[card_id].rect)
    # Dragging the empty new card away: the press commits it empty, so there is nothing to drag.
    drag(view, start, center(scene.layout.cells[(m.lanes[0].id, m.touchpoints()[3].id)].rect))
    assert m.snapshot() == before and w.document.undo_stack.count() == 0
    assert card_id not in scene.cards


def test_document_withdraws_only_the_last_step_with_nothing_to_redo(qapp) -> None:  # noqa: ANN001
    from cxdesigner.ui.document import Document

    from .conftest import small_map

    doc = Document(small_map())
    m, stack = doc.map, doc.undo_stack
    lane, anchor = m.lanes[0].id, m.touchpoints()[1].id
    first = edits.add_card(m, lane, anchor, "a")
    assert doc.push(first)
    second = edits.add_card(m, lane, anchor, "b")
    assert doc.push(second)
    assert not doc.withdraw(first)  # not the last step: it stays
    stack.undo()
    assert not doc.withdraw(first)  # "b" waits to be redone on top of it: it stays
    assert _card_texts(m, (lane, anchor)) == ["a"] and stack.count() == 2
    stack.redo()
    assert doc.withdraw(second)
    assert _card_texts(m, (lane, anchor)) == ["a"] and stack.count() == 1 and not stack.canRedo()
