"""Text is data (issue 7 §4): a card holds at most MAX_TEXT_LENGTH characters; a longer paste
into the inline editor or the inspector is cut, with a message in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest

from cxdesigner.model.values import MAX_TEXT_LENGTH

from .conftest import center, vp


def _mime(text: str, html: bool = False) -> QMimeData:
    mime = QMimeData()
    if html:
        mime.setHtml(f"<p><b>{text}</b></p>")
    else:
        mime.setText(text)
    return mime


def _open_editor(window):  # noqa: ANN001, ANN202
    m, scene, view = window.document.map, window.scene, window.view
    card = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][0]
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(view, center(scene.layout.cards[card].rect)))
    editor = view.editing.editor
    assert editor is not None and editor.isVisible()
    return card, editor


def test_a_long_paste_into_the_inline_editor_is_cut_with_a_message(make_window) -> None:  # noqa: ANN001
    w = make_window()
    card, editor = _open_editor(w)
    editor.selectAll()
    editor.insertFromMimeData(_mime("ä😀" * 15_000))  # astral characters: 2 UTF-16 units each
    assert len(editor.toPlainText()) == MAX_TEXT_LENGTH
    assert "cut to" in w.statusBar().currentMessage()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert w.document.map.cards[card].text == ("ä😀" * 5_000)
    assert w.document.undo_stack.text(w.document.undo_stack.index() - 1) == "Edit card text"


def test_typing_and_html_paste_at_the_limit_are_cut_too(make_window) -> None:  # noqa: ANN001
    w = make_window()
    card, editor = _open_editor(w)
    editor.selectAll()
    editor.insertFromMimeData(_mime("x" * (MAX_TEXT_LENGTH - 2)))
    w.statusBar().clearMessage()
    editor.insertFromMimeData(_mime("abcdef", html=True))  # HTML becomes its plain text, cut to fit
    assert editor.toPlainText().endswith("ab") and len(editor.toPlainText()) == MAX_TEXT_LENGTH
    assert "cut to" in w.statusBar().currentMessage()
    QTest.keyClicks(editor, "more")
    assert len(editor.toPlainText()) == MAX_TEXT_LENGTH
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert len(w.document.map.cards[card].text) == MAX_TEXT_LENGTH


def test_a_short_paste_is_not_cut(make_window) -> None:  # noqa: ANN001
    w = make_window()
    _card, editor = _open_editor(w)
    editor.selectAll()
    editor.insertFromMimeData(_mime("short"))
    assert editor.toPlainText() == "short" and w.statusBar().currentMessage() == ""


def test_a_long_paste_into_the_inspector_is_cut_with_a_message(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    card = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][0]
    w.scene.select_ids((card,))
    box = w.inspector.card_text
    assert box.toPlainText() == m.cards[card].text
    box.selectAll()
    box.insertFromMimeData(_mime("y" * 25_000))
    assert len(box.toPlainText()) == MAX_TEXT_LENGTH
    assert "cut to" in w.statusBar().currentMessage()
    box.editing_finished.emit()
    assert m.cards[card].text == "y" * MAX_TEXT_LENGTH


def test_a_long_name_in_an_inspector_line_is_cut(make_window) -> None:  # noqa: ANN001
    w = make_window()
    tp = w.document.map.touchpoints()[0].id
    w.scene.select_ids((tp,))
    line = w.inspector.tp_name
    line.setText("n" * 12_000)
    assert len(line.text()) == MAX_TEXT_LENGTH
    assert "cut to" in w.statusBar().currentMessage()
