"""Alt+drag from a card onto another links them: real mouse events, one undo step per link."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from cxdesigner.commands import History, edits
from cxdesigner.layout.links import LINK_STYLES
from cxdesigner.model import Channel, JourneyMap, LaneKind, LinkKind
from cxdesigner.ui.canvas.link_drag import LinkDrag, card_hint

from .conftest import center, drag, vp

ALT = Qt.KeyboardModifier.AltModifier


def link_map() -> JourneyMap:
    """Thoughts early and late, a pain point, and an improvement placed before the pain point
    (so the method's direction, improvement → pain point, is not simply the journey's order)."""
    m = JourneyMap("Linking")
    h = History(m)
    h.push(edits.add_phase(m, "Aware"))
    h.push(edits.add_phase(m, "Use"))
    p1, p2 = (p.id for p in m.phases)
    for phase, name in ((p1, "Ad"), (p1, "Site"), (p2, "Shop")):
        h.push(edits.add_touchpoint(m, phase, name, Channel.WEB))
    for kind in (LaneKind.THINKS, LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS):
        h.push(edits.add_lane(m, kind))
    thinks, pains, fixes = (lane.id for lane in m.lanes)
    t0, t1, t2 = (t.id for t in m.touchpoints())
    h.push(edits.add_card(m, thinks, t0, "early thought"))
    h.push(edits.add_card(m, thinks, t2, "late thought"))
    h.push(edits.add_card(m, pains, t1, "the form loses my data"))
    h.push(edits.add_card(m, fixes, t0, "save drafts"))
    return m


def card(m: JourneyMap, text: str) -> str:
    return next(c.id for c in m.cards.values() if c.text == text)


def card_center(window, card_id: str) -> QPointF:  # noqa: ANN001
    return center(window.scene.layout.cards[card_id].rect)


def alt_drag(window, source: str, end: QPointF) -> None:  # noqa: ANN001
    drag(window.view, card_center(window, source), end, modifiers=ALT)


def test_improvement_and_pain_point_link_as_addresses_from_the_improvement(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    before = m.snapshot()
    pain, fix = card(m, "the form loses my data"), card(m, "save drafts")
    alt_drag(w, pain, card_center(w, fix))  # dragged from the pain point: the link still points from the fix
    assert m.links == {(fix, pain): LinkKind.ADDRESSES}
    stack = w.document.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Link improvement to pain point"
    assert m.cards[pain].cell != m.cards[fix].cell  # nothing moved
    assert m.snapshot()["cells"] == before["cells"]
    qtbot.waitUntil(lambda: (fix, pain) in w.scene.link_layer.items)
    stack.undo()
    assert m.links == {} and m.snapshot() == before
    qtbot.waitUntil(lambda: not w.scene.link_layer.items)


def test_two_thoughts_link_as_flow_from_earlier_to_later(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    before = m.snapshot()
    early, late = card(m, "early thought"), card(m, "late thought")
    alt_drag(w, late, card_center(w, early))
    assert m.links == {(early, late): LinkKind.FLOW}
    assert w.document.undo_stack.count() == 1
    w.document.undo_stack.undo()
    assert m.snapshot() == before


def test_release_on_empty_space_changes_nothing(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    before = m.snapshot()
    thinks, t1 = m.lanes[0].id, m.touchpoints()[1].id
    assert not m.cells.get((thinks, t1))  # an empty cell
    alt_drag(w, card(m, "early thought"), center(w.scene.layout.cells[(thinks, t1)].rect))
    assert m.snapshot() == before and w.document.undo_stack.count() == 0
    assert not w.scene.drop_indicator.isVisible()
    assert not [i for i in w.scene.items() if i.zValue() == 55.0]  # the provisional arrow is gone


def test_escape_during_the_drag_cancels_it(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m, view = w.document.map, w.view
    before = m.snapshot()
    a = vp(view, card_center(w, card(m, "late thought")))
    b = view.mapFromScene(card_center(w, card(m, "early thought")))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, ALT, a)
    for i in range(1, 5):
        QTest.mouseMove(view.viewport(), a + (b - a) * (i / 4))
    assert isinstance(view._drag, LinkDrag) and view._drag.allowed
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view._drag is None and not w.scene.drop_indicator.isVisible()
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, ALT, b)
    assert m.snapshot() == before and w.document.undo_stack.count() == 0


def test_already_linked_cards_are_not_linked_again(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early, late = card(m, "early thought"), card(m, "late thought")
    alt_drag(w, early, card_center(w, late))
    assert len(m.links) == 1
    linked = m.snapshot()
    alt_drag(w, late, card_center(w, early))  # the other way round: still the same two cards
    assert m.snapshot() == linked and w.document.undo_stack.count() == 1
    assert w.statusBar().currentMessage() == "These cards are already linked."


def test_plain_drag_still_moves_the_card(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early, late = card(m, "early thought"), card(m, "late thought")
    drag(w.view, card_center(w, early), card_center(w, late))
    assert m.links == {}
    assert m.cards[early].cell == m.cards[late].cell
    assert w.document.undo_stack.text(0) == "Move card"


def test_provisional_arrow_mid_drag(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m, view, scene = w.document.map, w.view, w.scene
    pain, fix = card(m, "the form loses my data"), card(m, "save drafts")
    a = vp(view, card_center(w, fix))
    target = view.mapFromScene(card_center(w, pain))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, ALT, a)
    half = a + (target - a) / 2
    for i in range(1, 4):
        QTest.mouseMove(view.viewport(), a + (half - a) * (i / 3))
    link = view._drag
    assert isinstance(link, LinkDrag) and not link.allowed and link.arrow.isVisible()
    # Between the cards the arrow is neutral and ends at the cursor.
    assert link.arrow.head.polygon()[0] == view.mapToScene(half)
    assert link.arrow.pen().style() == Qt.PenStyle.CustomDashLine
    _save(view, tmp_path / "link_drag_between.png")
    for i in range(1, 4):
        QTest.mouseMove(view.viewport(), half + (target - half) * (i / 3))
    assert link.allowed and link.target == pain
    assert scene.drop_indicator.isVisible()
    assert link.arrow.pen().color() == QColor(LINK_STYLES[LinkKind.ADDRESSES].color)
    # Over the target the arrow stops at the target's edge, starting from the source's edge.
    tip = link.arrow.head.polygon()[0]
    pain_rect, fix_rect = scene.layout.cards[pain].rect, scene.layout.cards[fix].rect
    on_edge = (abs(tip.x() - pain_rect.x) < 0.5 or abs(tip.x() - pain_rect.right) < 0.5
               or abs(tip.y() - pain_rect.y) < 0.5 or abs(tip.y() - pain_rect.bottom) < 0.5)
    assert on_edge, (tip, pain_rect)
    start = link.arrow.path().elementAt(0)
    inside = fix_rect.x + 0.5 < start.x < fix_rect.right - 0.5 and fix_rect.y + 0.5 < start.y < fix_rect.bottom - 0.5
    assert not inside, (start.x, start.y, fix_rect)
    image = _save(view, tmp_path / "link_drag_target.png")
    tip_px = view.mapFromScene(tip)
    ink = QColor(LINK_STYLES[LinkKind.ADDRESSES].color)
    near = [image.pixelColor(QPoint(tip_px.x() + dx, tip_px.y() + dy)) for dx in range(-6, 7) for dy in range(-6, 7)]
    assert any(abs(c.red() - ink.red()) < 30 and abs(c.green() - ink.green()) < 30 for c in near)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, ALT, target)
    assert m.links == {(fix, pain): LinkKind.ADDRESSES}
    assert link.arrow.scene() is None


def test_preview_points_the_way_the_link_will(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m, view, scene = w.document.map, w.view, w.scene
    pain, fix = card(m, "the form loses my data"), card(m, "save drafts")
    a = vp(view, card_center(w, pain))
    b = view.mapFromScene(card_center(w, fix))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, ALT, a)
    for i in range(1, 5):
        QTest.mouseMove(view.viewport(), a + (b - a) * (i / 4))
    link = view._drag
    assert isinstance(link, LinkDrag) and link.target == fix
    tip = link.arrow.head.polygon()[0]
    pain_rect = scene.layout.cards[pain].rect
    # Dragged from the pain point, yet the head sits on the pain point: the fix addresses it.
    assert pain_rect.x - 0.5 <= tip.x() <= pain_rect.right + 0.5
    assert abs(tip.y() - pain_rect.bottom) < 0.5
    _save(view, tmp_path / "link_drag_reversed.png")
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, ALT, b)
    assert m.links == {(fix, pain): LinkKind.ADDRESSES}


def test_cards_say_how_to_link_them(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(link_map())
    assert "Alt+drag" in card_hint()
    viewport = w.view.viewport()
    pos = vp(w.view, card_center(w, card(w.document.map, "early thought")))
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert QToolTip.isVisible() and QToolTip.text() == card_hint()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    corner = QPoint(2, 2)  # the title area: no card, no tooltip
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, corner, viewport.mapToGlobal(corner)))
    QTest.qWait(20)
    assert not QToolTip.isVisible()


def _save(view, path: Path):  # noqa: ANN001, ANN202
    image = view.viewport().grab().toImage()
    keep = os.environ.get("CX_SHOTS")  # a folder to keep the pictures in, for looking at them
    image.save(str(Path(keep) / path.name) if keep else str(path))
    return image
