"""Edit ▸ Link Cards: two selected cards get a link in the method's direction, as one undo step."""

from __future__ import annotations

from cxdesigner.model import LaneKind, LinkKind


def test_link_two_selected_cards_and_undo(make_window, qtbot):  # noqa: ANN001
    window = make_window()
    m = window.document.map
    lanes = {lane.kind: lane.id for lane in m.lanes}
    a_pain = next(c for c in m.cards.values() if c.lane_id == lanes.get(LaneKind.PAIN_POINTS))
    other = next(c for c in m.cards.values() if c.id != a_pain.id)
    before = m.snapshot()
    window.scene.select_ids([a_pain.id, other.id])
    qtbot.waitUntil(lambda: len(window.scene.selected_ids("card")) == 2)
    window.link_actions[LinkKind.RELATES].trigger()
    assert len(m.links) == 1 and set(next(iter(m.links))) == {a_pain.id, other.id}
    window.unlink_action.trigger()
    assert m.links == {}
    window.document.undo_stack.undo()
    assert len(m.links) == 1
    window.document.undo_stack.undo()
    assert m.snapshot() == before


def test_linking_needs_exactly_two_cards(make_window, qtbot):  # noqa: ANN001
    window = make_window()
    m = window.document.map
    window.scene.select_ids([next(iter(m.cards))])
    qtbot.waitUntil(lambda: len(window.scene.selected_ids("card")) == 1)
    window.link_actions[LinkKind.FLOW].trigger()
    assert m.links == {} and window.document.undo_stack.count() == 0
    assert "two cards" in window.statusBar().currentMessage()
