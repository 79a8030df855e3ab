"""The canvas draws a card's follow-up line (status · owner · priority) below its text."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from cxdesigner.commands import History, edits
from cxdesigner.model import Priority, Status

from .conftest import center, click

CTRL = Qt.KeyboardModifier.ControlModifier


def _pain_card(w) -> str:  # noqa: ANN001 - the "it hurts" card, alone in its cell
    m = w.document.map
    return m.cells[(m.lanes[1].id, m.touchpoints()[1].id)][0]


def _choose_status(w, qtbot, wanted: Status) -> None:  # noqa: ANN001
    """Pick a status in the inspector's combo box with the mouse: open the list, click the entry."""
    combo = w.inspector.card_status
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(combo.findData(wanted), 0)
    popup.scrollTo(index)
    spot = popup.visualRect(index).center()
    QTest.mouseMove(popup.viewport(), spot)
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentData() == wanted


def _view_image(w) -> QImage:  # noqa: ANN001
    w.view.viewport().repaint()
    return w.view.viewport().grab().toImage()


def _differs(a: QImage, b: QImage, area: QRectF) -> int:
    r = area.toAlignedRect()
    return sum(
        a.pixel(x, y) != b.pixel(x, y)
        for x in range(max(r.left(), 0), min(r.right(), a.width() - 1))
        for y in range(max(r.top(), 0), min(r.bottom(), a.height() - 1))
    )


def test_status_set_in_the_inspector_grows_the_card_and_undo_shrinks_it(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    card = _pain_card(w)
    box = w.scene.layout.cards[card]
    click(w.view, center(box.rect))
    assert w.inspector.kind == "card"
    item = w.scene.cards[card]
    height = item.boundingRect().height()
    before = _view_image(w)

    _choose_status(w, qtbot, Status.IN_PROGRESS)
    qtbot.waitUntil(lambda: w.scene.layout.cards[card].meta is not None)
    assert m.cards[card].status == Status.IN_PROGRESS
    stack = w.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Set status"]  # one undo step
    meta = w.scene.layout.cards[card].meta
    assert meta.lines == ("In progress",)
    assert item.boundingRect().height() > height + meta.height - 0.01
    after = _view_image(w)
    area = w.view.mapFromScene(QRectF(meta.x, meta.y, meta.width, meta.height)).boundingRect()
    assert _differs(before, after, QRectF(area)) > 20  # the words are drawn where the card grew
    # Muted ink, not the black of the card's text.
    dark = [
        QColor(after.pixel(x, y))
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
        if QColor(after.pixel(x, y)).lightness() < 140
    ]
    assert dark and min(c.lightness() for c in dark) > 40

    w.view.setFocus()
    QTest.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: w.scene.layout.cards[card].meta is None)
    assert m.cards[card].status is None
    assert item.boundingRect().height() == height
    assert _differs(before, _view_image(w), QRectF(area)) == 0


def test_owner_typed_in_the_inspector_shows_on_the_card(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    card = _pain_card(w)
    click(w.view, center(w.scene.layout.cards[card].rect))
    owner = w.inspector.card_owner
    owner.setFocus()
    qtbot.waitUntil(owner.hasFocus)
    QTest.keyClicks(owner, "Maija Virtanen")
    QTest.keyClick(owner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.scene.layout.cards[card].meta is not None)
    assert w.scene.layout.cards[card].meta.lines == ("Maija Virtanen",)


def test_editing_the_text_of_a_card_with_a_follow_up_line_keeps_it(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    card = _pain_card(w)
    History(m).push(edits.set_fields(m, "card", card, "Set", status=Status.DONE, priority=Priority.HIGH))
    w.scene.flush()
    w.scene.select_ids([card])
    assert w.view.edit_selection()
    editor = w.view.editing.editor
    QTest.keyClicks(editor, " and it keeps hurting for a long long time")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    w.scene.flush()
    assert m.cards[card].text == "it hurts and it keeps hurting for a long long time"
    box = w.scene.layout.cards[card]
    assert len(box.text.lines) > 1
    assert box.meta.lines == ("✓ Done · High priority",)
    assert box.meta.y >= box.text.y + box.text.height
    item = w.scene.cards[card]
    assert item.boundingRect().height() == box.rect.h + 5  # the item follows the layout's rect


def test_projector_theme_draws_the_line_larger_and_darker(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    card = _pain_card(w)
    History(m).push(edits.set_fields(m, "card", card, "Set", status=Status.PLANNED, owner="Ann"))
    w.scene.flush()
    normal = w.scene.layout.cards[card].meta
    w.scene.set_projector(True)
    projected = w.scene.layout.cards[card].meta
    assert projected.size > normal.size and projected.lines == ("Planned · Ann",)
    w.view.ensureVisible(QRectF(projected.x, projected.y, projected.width, projected.height), 20, 20)
    image = _view_image(w)
    origin = w.view.mapFromScene(QPointF(projected.x, projected.y))
    bottom_right = w.view.mapFromScene(QPointF(projected.x + projected.width, projected.y + projected.height))
    inks = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(origin.x(), bottom_right.x())
        for y in range(origin.y(), bottom_right.y())
    ]
    assert min(inks) < 80  # dark enough to read from the back of a room
