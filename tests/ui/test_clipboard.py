"""Cut, copy, paste and duplicate: map data between two maps, plain text for other programs."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from cxdesigner.ui.clipboard import cards_from_mime

from .conftest import center, click, small_map


def _key(view, standard: QKeySequence.StandardKey) -> None:  # noqa: ANN001
    combo = QKeySequence(standard)[0]
    QTest.keyClick(view.viewport(), combo.key(), combo.keyboardModifiers())


def test_copy_paste_between_two_maps(make_window, qtbot) -> None:  # noqa: ANN001
    source = make_window()
    m1 = source.document.map
    ids = m1.cells[(m1.lanes[0].id, m1.touchpoints()[0].id)]
    click(source.view, center(source.scene.layout.cards[ids[0]].rect))
    click(source.view, center(source.scene.layout.cards[ids[1]].rect), Qt.KeyboardModifier.ControlModifier)
    source.activateWindow()
    qtbot.waitUntil(source.isActiveWindow)
    _key(source.view, QKeySequence.StandardKey.Copy)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "first thought\n\nsecond thought"
    assert m1.snapshot() == source.document.map.snapshot()

    other = small_map()
    target = make_window(other)
    m2 = target.document.map
    before = m2.snapshot()
    cell = (m2.lanes[1].id, m2.touchpoints()[3].id)
    click(target.view, center(target.scene.layout.cells[cell].rect))
    qtbot.waitUntil(target.isActiveWindow)
    _key(target.view, QKeySequence.StandardKey.Paste)

    def check() -> None:
        assert [m2.cards[c].text for c in m2.cells[cell]] == ["first thought", "second thought"]
        m2.check_invariants()

    check()
    assert target.document.undo_stack.text(0) == "Paste 2 cards"
    target.document.undo_stack.undo()
    assert m2.snapshot() == before
    target.document.undo_stack.redo()
    check()


def test_cut_removes_and_paste_restores_elsewhere(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    card = m.cells[(m.lanes[1].id, m.touchpoints()[1].id)][0]
    click(w.view, center(w.scene.layout.cards[card].rect))
    assert w.cut()
    assert card not in m.cards
    w.scene.set_current_cell((m.lanes[0].id, m.phases[2].id))
    assert w.paste()
    assert [m.cards[c].text for c in m.cells[(m.lanes[0].id, m.phases[2].id)]] == ["it hurts"]


def test_duplicate_puts_copies_after_the_originals(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    cell = (m.lanes[0].id, m.touchpoints()[2].id)
    card = m.cells[cell][0]
    click(w.view, center(w.scene.layout.cards[card].rect))
    QTest.keyClick(w.view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [m.cards[c].text for c in m.cells[cell]] == ["third thought", "third thought"]
    assert w.document.undo_stack.text(0) == "Duplicate card"


def test_pasted_html_becomes_plain_text_cards(make_window) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setHtml("<p><b>Bold</b> words</p><p>second &amp; para</p>")
    specs = cards_from_mime(mime)
    assert specs == [{"text": "Bold words\nsecond & para"}]  # markup gone, entities decoded
    plain = QMimeData()
    plain.setText("one\n\ntwo\nlines")
    assert [s["text"] for s in cards_from_mime(plain)] == ["one", "two\nlines"]


def test_damaged_clipboard_data_falls_back_to_text() -> None:
    mime = QMimeData()
    mime.setData("application/x-cxdesigner-cards", b"{not json")
    mime.setText("still here")
    assert cards_from_mime(mime) == [{"text": "still here"}]


def test_pasting_html_into_the_inline_editor_gives_plain_text(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    card = next(iter(m.cards))
    w.scene.select_ids([card])
    assert w.view.edit_selection()
    editor = w.view.editing.editor
    editor.selectAll()
    mime = QMimeData()
    mime.setHtml("<h1>Big</h1><script>x</script><i>tilt</i>")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert "<" not in m.cards[card].text and "Big" in m.cards[card].text and "tilt" in m.cards[card].text
