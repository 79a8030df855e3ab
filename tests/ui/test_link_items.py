"""Links between cards on the canvas: one item per link, following the model through the real
commands and undo, following a dragged card, highlighted with its cards, never in the mouse's
way, and hidden or shown by View ▸ Show Card Links (remembered)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from cxdesigner.commands import edits
from cxdesigner.layout import Rect
from cxdesigner.layout.links import LINK_STYLES
from cxdesigner.model import LinkKind
from cxdesigner.ui.canvas.link_items import LinkItem

from .conftest import center, click, vp


def _card(m, text: str) -> str:  # noqa: ANN001
    return next(c.id for c in m.cards.values() if c.text == text)


def _link(window, a: str, b: str, kind: LinkKind, qtbot) -> LinkItem:  # noqa: ANN001
    """Select two cards and link them through the Edit menu's action."""
    window.scene.select_ids([a, b])
    qtbot.waitUntil(lambda: len(window.scene.selected_ids("card")) == 2)
    window.link_actions[kind].trigger()
    qtbot.waitUntil(lambda: len(window.scene.link_layer.items) == 1)
    return next(iter(window.scene.link_layer.items.values()))


def _rect_of(item) -> Rect:  # noqa: ANN001 - a CardItem where it is now (dragged or not)
    return Rect(item.pos().x(), item.pos().y(), item.box.rect.w, item.box.rect.h)


def _on_edge(point: QPointF, r: Rect, tolerance: float = 0.01) -> bool:
    x, y = point.x(), point.y()
    inside_x = r.x - tolerance <= x <= r.right + tolerance
    inside_y = r.y - tolerance <= y <= r.bottom + tolerance
    on_vertical = inside_y and (abs(x - r.x) < tolerance or abs(x - r.right) < tolerance)
    on_horizontal = inside_x and (abs(y - r.y) < tolerance or abs(y - r.bottom) < tolerance)
    return on_vertical or on_horizontal


def _ends(item: LinkItem) -> tuple[QPointF, QPointF]:
    path = item.path()
    return path.pointAtPercent(0.0), path.pointAtPercent(1.0)


def test_link_items_follow_link_unlink_undo_and_redo(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, stack = w.document.map, w.scene, w.document.undo_stack
    assert scene.link_layer.items == {}
    idea, pain = _card(w.document.map, "third thought"), _card(m, "it hurts")
    item = _link(w, idea, pain, LinkKind.RELATES, qtbot)
    (key,) = m.links
    assert item.item_id == key and item.link.kind is LinkKind.RELATES
    start, end = _ends(item)
    assert _on_edge(start, scene.layout.cards[key[0]].rect) and _on_edge(end, scene.layout.cards[key[1]].rect)
    scene.select_ids([idea, pain])
    w.unlink_action.trigger()
    qtbot.waitUntil(lambda: scene.link_layer.items == {})
    assert m.links == {}
    stack.undo()
    qtbot.waitUntil(lambda: list(scene.link_layer.items) == [key])
    stack.undo()
    qtbot.waitUntil(lambda: scene.link_layer.items == {})
    stack.redo()
    qtbot.waitUntil(lambda: list(scene.link_layer.items) == [key])
    # Deleting a linked card removes its links with it, and so its item.
    scene.select_ids([pain])
    qtbot.waitUntil(lambda: scene.selected_ids("card") == [pain])
    assert w.view.delete_selection()
    qtbot.waitUntil(lambda: scene.link_layer.items == {})
    stack.undo()
    qtbot.waitUntil(lambda: list(scene.link_layer.items) == [key])


def test_dragging_a_card_drags_its_link_end_along(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    first, pain = _card(m, "first thought"), _card(m, "it hurts")
    item = _link(w, first, pain, LinkKind.FLOW, qtbot)
    scene.clearSelection()
    source_end, target_end = _ends(item)
    card = scene.cards[pain]
    assert _on_edge(target_end, _rect_of(card))
    # Press on the pain point and move it with the mouse, button held: a drag in progress.
    viewport = view.viewport()
    start = center(scene.layout.cards[pain].rect)
    goal = center(scene.layout.cells[(m.lanes[1].id, m.touchpoints()[3].id)].rect)
    a, b = vp(view, start), view.mapFromScene(goal)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 7):
        p = a + (b - a) * (i / 6)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    assert card.pos() != QPointF(scene.layout.cards[pain].rect.x, scene.layout.cards[pain].rect.y)
    moved_source, moved_end = _ends(item)
    assert moved_end != target_end
    assert _on_edge(moved_end, _rect_of(card)), (moved_end, _rect_of(card))
    assert _on_edge(moved_source, _rect_of(scene.cards[first]))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    # Dropped in the "Call" cell: one undo step; the link now ends on the card's new place.
    assert m.cards[pain].cell == (m.lanes[1].id, m.touchpoints()[3].id)
    qtbot.waitUntil(lambda: scene.layout.cards[pain].anchor_id == m.touchpoints()[3].id)
    assert _on_edge(_ends(item)[1], scene.layout.cards[pain].rect)
    w.document.undo_stack.undo()
    qtbot.waitUntil(lambda: scene.layout.cards[pain].anchor_id == m.touchpoints()[1].id)
    assert _ends(item)[1] == target_end


def test_hovering_or_selecting_a_card_highlights_its_links(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    idea, pain, other = _card(m, "third thought"), _card(m, "it hurts"), _card(m, "second thought")
    item = _link(w, idea, pain, LinkKind.ADDRESSES, qtbot)
    scene.clearSelection()
    qtbot.waitUntil(lambda: not item.highlighted)
    QTest.mouseMove(view.viewport(), vp(view, center(scene.layout.cards[pain].rect)))
    qtbot.waitUntil(lambda: item.highlighted)
    assert item.zValue() > scene.cards[pain].zValue()
    QTest.mouseMove(view.viewport(), vp(view, center(scene.layout.cards[other].rect)))
    qtbot.waitUntil(lambda: not item.highlighted)
    click(view, center(scene.layout.cards[idea].rect))
    assert scene.selected_ids("card") == [idea] and item.highlighted  # the mouse rests on it too
    QTest.mouseMove(view.viewport(), vp(view, center(scene.layout.cards[other].rect)))
    qtbot.waitUntil(lambda: scene.link_layer.hovered == other)
    assert item.highlighted  # still selected
    click(view, center(scene.layout.cards[other].rect))
    assert not item.highlighted


def test_a_link_over_a_card_leaves_the_card_clickable(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    thinks, friend = m.lanes[0].id, m.touchpoints()[1].id
    assert w.document.edit(edits.add_card, thinks, friend, "in the way")
    scene.flush()
    blocker = _card(m, "in the way")
    item = _link(w, _card(m, "first thought"), _card(m, "third thought"), LinkKind.FLOW, qtbot)
    scene.clearSelection()
    box = scene.layout.cards[blocker].rect
    crossing = [item.path().pointAtPercent(i / 100) for i in range(101)]
    over = [p for p in crossing if box.x + 10 < p.x() < box.right - 10 and box.y < p.y() < box.bottom]
    assert over, "the link runs across the card in its way"
    point = over[len(over) // 2]
    assert not any(isinstance(i, LinkItem) for i in view.items(vp(view, point)))
    click(view, point)
    assert scene.selected_ids("card") == [blocker]


def _has_ink(image, view, point: QPointF, color: str) -> bool:  # noqa: ANN001
    want = QColor(color)
    at = view.mapFromScene(point)
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            c = image.pixelColor(at.x() + dx, at.y() + dy)
            close = all(abs(a - b) < 70 for a, b in zip(c.getRgb()[:3], want.getRgb()[:3], strict=True))
            if close and c.red() + c.green() + c.blue() < 500:
                return True
    return False


def test_show_card_links_hides_them_and_is_remembered(make_window, qtbot, settings) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    action = w.show_links_action
    assert action.isChecked() and action in w.actions_.view_menu.actions()
    item = _link(w, _card(m, "first thought"), _card(m, "it hurts"), LinkKind.ADDRESSES, qtbot)
    scene.clearSelection()
    QTest.mouseMove(view.viewport(), QPoint(2, 2))
    mid = item.path().pointAtPercent(0.5)
    view.ensureVisible(mid.x() - 1, mid.y() - 1, 2, 2, 80, 80)
    ink = LINK_STYLES[LinkKind.ADDRESSES].color
    qtbot.waitUntil(lambda: _has_ink(view.viewport().grab().toImage(), view, mid, ink))
    action.trigger()
    assert not action.isChecked() and not item.isVisible()
    qtbot.waitUntil(lambda: not _has_ink(view.viewport().grab().toImage(), view, mid, ink))
    assert str(settings.value("view/show_links")).lower() == "false"
    # A link made while they are hidden stays hidden; a new window starts with them hidden.
    w.document.undo_stack.undo()
    qtbot.waitUntil(lambda: scene.link_layer.items == {})
    w.document.undo_stack.redo()
    qtbot.waitUntil(lambda: len(scene.link_layer.items) == 1)
    assert not any(i.isVisible() for i in scene.link_layer.items.values())
    w2 = make_window(m.copy())
    assert not w2.show_links_action.isChecked()
    assert w2.scene.link_layer.items and not any(i.isVisible() for i in w2.scene.link_layer.items.values())
    w2.show_links_action.trigger()
    assert all(i.isVisible() for i in w2.scene.link_layer.items.values())
    assert str(settings.value("view/show_links")).lower() == "true"
