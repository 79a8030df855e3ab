"""Text still being typed on the canvas is part of what Save and Export write."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from cxdesigner.storage import load_map
from tests.ui.conftest import center, vp


def _start_typing(w, text: str) -> str:  # noqa: ANN001
    m, scene, view = w.document.map, w.scene, w.view
    card = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][0]
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(view, center(scene.layout.cards[card].rect)))
    editor = w.focusWidget()
    assert isinstance(editor, (QPlainTextEdit, QTextEdit))
    editor.selectAll()
    QTest.keyClicks(editor, text)
    return card


def test_ctrl_s_while_typing_saves_the_typed_text(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    path = tmp_path / "typing.cxmap"
    w.document.save(path)
    card = _start_typing(w, "typed but not yet committed")
    QTest.keyClick(w.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_map(path).cards[card].text == "typed but not yet committed"
    assert not w.document.modified


def test_exporting_while_typing_exports_the_typed_text(make_window, tmp_path) -> None:  # noqa: ANN001
    from cxdesigner.ui.export_ui.pdf_dialog import PdfExportDialog

    w = make_window()
    card = _start_typing(w, "in the export too")
    dialog = w.export_actions.pdf_dialog()
    try:
        assert isinstance(dialog, PdfExportDialog)
        assert w.document.map.cards[card].text == "in the export too"
        assert dialog._map.cards[card].text == "in the export too"  # noqa: SLF001 - what it prints
    finally:
        dialog.reject()
        dialog.deleteLater()


def test_undo_from_the_toolbar_while_typing_a_new_card_takes_back_the_whole_card(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, view = w.document.map, w.view
    steps = w.document.undo_stack.count()
    cell = (m.lanes[0].id, m.touchpoints()[1].id)
    before = list(m.cells.get(cell, []))
    w.scene.current_cell = cell
    view.setFocus()
    assert view.quick_capture("a new idea")  # a new card, its editor open with the first letters
    QTest.keyClicks(w.focusWidget(), " still typing")
    undo_button = w.actions_.toolbar.widgetForAction(w.actions_.undo)
    QTest.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert m.cells.get(cell, []) == before and w.document.undo_stack.count() == steps + 1
    w.actions_.redo.trigger()
    (new,) = [c for c in m.cells[cell] if c not in before]
    assert m.cards[new].text.endswith("still typing")
