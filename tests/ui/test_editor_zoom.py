"""Zooming while typing on the map keeps the inline editor open: it moves and scales with its
card and keeps its text, cursor and selection; the commit afterwards is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cxdesigner.ui.canvas.inline_editor import InlineEditor

from .conftest import center, click, vp


def _ctrl_wheel(widget: QWidget, at: QPoint, notches: int) -> None:
    """A real wheel event with Ctrl held, as a mouse wheel delivers it to ``widget``."""
    event = QWheelEvent(
        QPointF(at), QPointF(widget.mapToGlobal(at)), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)


def _open_on_card(window) -> tuple[str, InlineEditor]:  # noqa: ANN001
    m, scene, view = window.document.map, window.scene, window.view
    card = m.cells[(m.lanes[0].id, m.touchpoints()[2].id)][0]  # "third thought"
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(view, center(scene.layout.cards[card].rect)))
    editor = view.editing.editor
    assert editor is not None and editor.isVisible()
    return card, editor


def _on_screen_rect(window, card: str) -> QRect:  # noqa: ANN001
    item = window.scene.cards[card]
    return window.view.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect()


def _assert_follows(window, editor: InlineEditor, card: str) -> None:  # noqa: ANN001
    view = window.view
    assert view.editing.editor is editor and view.editing.active and editor.isVisible()
    assert QApplication.focusWidget() is editor
    card_rect, geometry = _on_screen_rect(window, card), editor.geometry()
    assert abs(geometry.left() - card_rect.left()) <= 4 and abs(geometry.top() - card_rect.top()) <= 4
    assert abs(geometry.width() - card_rect.width()) <= 8
    assert editor.font().pixelSize() == max(6, round(window.scene.style.card_font_size * view.zoom))
    assert view.viewport().rect().intersects(geometry)


def test_ctrl_wheel_over_the_editor_zooms_and_typing_goes_on(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    m, view, stack = w.document.map, w.view, w.document.undo_stack
    card, editor = _open_on_card(w)
    editor.selectAll()
    QTest.keyClicks(editor, "Queue")
    QTest.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    pixels_before = editor.font().pixelSize()
    _ctrl_wheel(editor.viewport(), QPoint(10, 10), 2)
    assert view.zoom > 1.3
    _assert_follows(w, editor, card)
    assert editor.font().pixelSize() > pixels_before
    assert editor.toPlainText() == "Queue" and editor.textCursor().selectedText() == "ue"
    w.grab().save(str(tmp_path / "editor_zoomed.png"))
    QTest.keyClicks(editor, "ry")  # replaces the selection, as it would have before zooming
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert m.cards[card].text == "Query"
    assert [stack.text(i) for i in range(stack.count())] == ["Edit card text"]
    stack.undo()
    assert m.cards[card].text == "third thought"


def test_ctrl_wheel_on_the_canvas_while_typing(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, view = w.document.map, w.view
    card, editor = _open_on_card(w)
    QTest.keyClicks(editor, " again")
    cursor = editor.textCursor().position()
    _ctrl_wheel(view.viewport(), QPoint(40, 300), -2)
    assert view.zoom < 0.8
    _assert_follows(w, editor, card)
    assert editor.textCursor().position() == cursor
    QTest.keyClicks(editor, "!")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert m.cards[card].text == "third thought again!"


def test_ctrl_plus_and_minus_while_typing_a_new_card(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    before = m.snapshot()
    cell = (m.lanes[1].id, m.touchpoints()[3].id)
    click(view, center(scene.layout.cells[cell].rect))
    QTest.keyClicks(view.viewport(), "Ne")
    editor = view.editing.editor
    (card,) = m.cells[cell]
    QTest.keyClick(editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # View > Zoom In
    assert abs(view.zoom - 1.25) < 1e-6
    _assert_follows(w, editor, card)
    QTest.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # View > Zoom Out
    assert abs(view.zoom - 1.0) < 1e-6
    _assert_follows(w, editor, card)
    QTest.keyClicks(editor, "w")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert [m.cards[c].text for c in m.cells[cell]] == ["New"]
    assert [stack.text(i) for i in range(stack.count())] == ["Add card"]
    stack.undo()
    assert m.snapshot() == before


def test_zooming_far_in_keeps_the_card_being_typed_on_screen(make_window) -> None:  # noqa: ANN001
    w = make_window()
    view = w.view
    card, editor = _open_on_card(w)
    # Zoom in about the canvas's top-left corner: the card would leave the view.
    for _ in range(8):
        _ctrl_wheel(view.viewport(), QPoint(5, 5), 1)
    assert view.zoom > 2.5
    _assert_follows(w, editor, card)
    assert view.viewport().rect().contains(editor.geometry().topLeft())
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert w.document.undo_stack.count() == 0
