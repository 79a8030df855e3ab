"""Drags on the canvas with real mouse events: each is one undo step that undoes exactly."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from .conftest import center, click, drag


def _undo_redo(window, before, check) -> None:  # noqa: ANN001
    m = window.document.map
    stack = window.document.undo_stack
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    check()


def test_move_card_to_another_lane(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    card_id = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][0]
    target_lane = m.lanes[1].id
    target = scene.layout.cells[(target_lane, m.touchpoints()[3].id)].rect
    drag(view, center(scene.layout.cards[card_id].rect), center(target))

    def check() -> None:
        assert m.cards[card_id].cell == (target_lane, m.touchpoints()[3].id)
        m.check_invariants()

    check()
    assert w.document.undo_stack.count() == 1
    assert w.document.undo_stack.text(0) == "Move card"
    qtbot.waitUntil(lambda: scene.cards[card_id].box.lane_id == target_lane)
    _undo_redo(w, before, check)


def test_move_several_selected_cards_at_once(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    thinks = m.lanes[0].id
    a, b = m.cells[(thinks, m.touchpoints()[0].id)]
    c = m.cells[(thinks, m.touchpoints()[2].id)][0]
    click(view, center(scene.layout.cards[a].rect))
    click(view, center(scene.layout.cards[c].rect), Qt.KeyboardModifier.ControlModifier)
    assert set(scene.selected_ids()) == {a, c}
    dest = (thinks, m.touchpoints()[1].id)
    drag(view, center(scene.layout.cards[c].rect), center(scene.layout.cells[dest].rect))

    def check() -> None:
        assert m.cells[dest] == [a, c]
        assert m.cells[(thinks, m.touchpoints()[0].id)] == [b]
        m.check_invariants()

    check()
    assert w.document.undo_stack.count() == 1
    assert w.document.undo_stack.text(0) == "Move 2 cards"
    _undo_redo(w, before, check)


def test_reorder_cards_inside_a_cell(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    cell = (m.lanes[0].id, m.touchpoints()[0].id)
    first, second = m.cells[cell]
    below = scene.layout.cards[second].rect
    drag(w.view, center(scene.layout.cards[first].rect), QPointF(below.x + 20, below.bottom - 2))
    assert m.cells[cell] == [second, first]
    _undo_redo(w, before, lambda: m.cells[cell] == [second, first])


def test_reorder_phases_by_header(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    first = m.phases[0].id
    last_box = scene.layout.phases[-1].rect
    start = center(scene.layout.phases[0].rect)
    drag(w.view, start, QPointF(last_box.right - 5, start.y()))

    def check() -> None:
        assert [p.id for p in m.phases][-1] == first
        assert len(m.phases[-1].touchpoints) == 2  # its touchpoints travel with it

    check()
    assert w.document.undo_stack.text(0) == "Move phase"
    _undo_redo(w, before, check)


def test_move_touchpoint_to_another_phase_with_its_cards(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    tp = m.touchpoints()[0].id
    cards = [c.id for c in m.cards_at(tp)]
    second_phase = m.phases[1]
    target_tp = scene.layout.touchpoints[3].rect  # the second phase's last touchpoint
    start = center(scene.layout.touchpoints[0].rect)
    drag(w.view, start, QPointF(target_tp.right - 5, start.y()))

    def check() -> None:
        assert [t.id for t in m.phase(second_phase.id).touchpoints][-1] == tp
        assert {c.id for c in m.cards_at(tp)} == set(cards)

    check()
    _undo_redo(w, before, check)


def test_reorder_touchpoints_inside_a_phase(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    phase = m.phases[0]
    a, b = (t.id for t in phase.touchpoints)
    boxes = {t.id: t.rect for t in scene.layout.touchpoints}
    start = center(boxes[a])
    drag(w.view, start, QPointF(boxes[b].right - 4, start.y()))
    assert [t.id for t in m.phases[0].touchpoints] == [b, a]
    _undo_redo(w, before, lambda: [t.id for t in m.phases[0].touchpoints] == [b, a])


def test_reorder_lanes_by_header(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    first = m.lanes[0].id
    header = scene.layout.lanes[0].header
    second = scene.layout.lanes[1].band
    drag(w.view, center(header), QPointF(header.x + 20, second.bottom - 3))
    assert [lane.id for lane in m.lanes][1] == first
    _undo_redo(w, before, lambda: [lane.id for lane in m.lanes][1] == first)


def test_drop_where_nothing_can_go_changes_nothing(make_window) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    card = next(iter(m.cards))
    curve = scene.layout.curves[0].band
    vp = view.viewport()
    start = view.mapFromScene(center(scene.layout.cards[card].rect))
    end = view.mapFromScene(QPointF(curve.x + 300, curve.y + 10))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, (start + end) / 2)
    QTest.mouseMove(vp, end)
    assert vp.cursor().shape() == Qt.CursorShape.ForbiddenCursor
    assert not scene.drop_indicator.isVisible()
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert vp.cursor().shape() != Qt.CursorShape.ForbiddenCursor
    assert m.snapshot() == before
    assert w.document.undo_stack.count() == 0
    assert not scene.drop_indicator.isVisible()


def test_emotion_point_drag_snaps_and_undoes(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    curve = scene.layout.curves[0]
    tp = m.touchpoints()[1].id  # no score yet: a hollow point on the neutral line
    point = scene.curve_points[(curve.lane_id, tp)]
    start = point.scenePos()
    drag(w.view, start, QPointF(start.x(), curve.y_for(-2) + 3))

    def check() -> None:
        assert m.touchpoint(tp).emotion == -2

    check()
    assert w.document.undo_stack.text(0) == "Set emotion"
    qtbot.waitUntil(lambda: point.score == -2)
    _undo_redo(w, before, check)
