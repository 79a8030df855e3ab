"""Named commands: removals deal with dependants explicitly; multi-card moves are one step."""

from __future__ import annotations

import pytest

from cxdesigner.commands import (
    History,
    add_card,
    add_link,
    move_cards,
    remove_cards,
    remove_lane,
    remove_phase,
    remove_touchpoint,
)
from cxdesigner.model import LinkKind, ModelError
from tests.factories import small_map


def check_undo_redo(m, command):
    h = History(m)
    before = m.snapshot()
    h.push(command)
    after = m.snapshot()
    m.check_invariants()
    assert h.undo() and m.snapshot() == before
    assert h.redo() and m.snapshot() == after
    return after


def test_remove_touchpoint_deletes_its_cards_and_links():
    m = small_map()
    web = m.phases[0].touchpoints[0]
    cards = [c.id for c in m.cards_at(web.id)]
    other = next(c for c in m.cards if c not in cards)
    History(m).push(add_link(m, cards[0], other, LinkKind.ADDRESSES))
    check_undo_redo(m, remove_touchpoint(m, web.id))
    assert not m.has_touchpoint(web.id)
    assert not any(c in m.cards for c in cards)
    assert m.links == {}


def test_remove_touchpoint_can_keep_cards_on_the_phase():
    m = small_map()
    phase = m.phases[0]
    web = phase.touchpoints[0]
    cards = [c.id for c in m.cards_at(web.id)]
    check_undo_redo(m, remove_touchpoint(m, web.id, keep_cards=True))
    assert all(m.cards[c].anchor_id == phase.id for c in cards)
    lane = m.lanes[0].id
    assert m.cells[(lane, phase.id)] == [c for c in cards if m.cards[c].lane_id == lane]


def test_remove_phase_and_lane_take_their_cards():
    m = small_map()
    n = len(m.cards)
    phase = m.phases[1]
    check_undo_redo(m, remove_phase(m, phase.id))
    assert len(m.cards) == n - 3 * 2
    check_undo_redo(m, remove_lane(m, m.lanes[0].id))
    assert all(c.lane_id != "ln-missing" for c in m.cards.values())


def test_move_cards_keeps_relative_order_and_is_one_step():
    m = small_map(cards_per_cell=3)
    thinks, feels = m.lanes[0], m.lanes[1]
    web, friends = m.phases[0].touchpoints
    a, b, c = m.cells[(thinks.id, web.id)]
    d = m.cells[(thinks.id, friends.id)][0]
    target = list(m.cells[(feels.id, web.id)])
    cmd = move_cards(m, [d, a, c], feels.id, web.id, 1)
    assert cmd.name == "Move 3 cards"
    check_undo_redo(m, cmd)
    assert m.cells[(feels.id, web.id)] == [target[0], a, c, d, target[1], target[2]]
    assert m.cells[(thinks.id, web.id)] == [b]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_move_cards_within_one_cell(index):
    m = small_map(cards_per_cell=4)
    lane, tp = m.lanes[0].id, m.phases[0].touchpoints[0].id
    a, b, c, d = m.cells[(lane, tp)]
    check_undo_redo(m, move_cards(m, [d, b], lane, tp, index))
    others = [a, c]
    assert m.cells[(lane, tp)] == others[:index] + [b, d] + others[index:]


def test_move_cards_refuses_bad_positions():
    m = small_map()
    lane, tp = m.lanes[0].id, m.phases[0].touchpoints[0].id
    with pytest.raises(ModelError):
        move_cards(m, list(m.cells[(lane, tp)]), lane, tp, 5)


def test_remove_cards_names_the_count():
    m = small_map()
    ids = list(m.cards)[:3]
    assert remove_cards(m, ids).name == "Delete 3 cards"
    assert remove_cards(m, ids[:1]).name == "Delete card"
    check_undo_redo(m, remove_cards(m, ids))


def test_add_card_to_phase_cell():
    m = small_map()
    phase = m.phases[0]
    check_undo_redo(m, add_card(m, m.lanes[0].id, phase.id, "about the whole phase"))
    assert [c.text for c in m.cell_cards(m.lanes[0].id, phase.id)] == ["about the whole phase"]


def test_link_cards_direction_and_unlink():
    from cxdesigner.commands import edits
    from cxdesigner.commands.edits import link_cards, unlink_cards
    from cxdesigner.model import LaneKind

    m = small_map()
    h = History(m)
    h.push(edits.add_lane(m, LaneKind.IMPROVEMENTS))
    improvements = m.lanes[-1].id
    pains = next(lane.id for lane in m.lanes if lane.kind is LaneKind.PAIN_POINTS)
    web = m.phases[0].touchpoints[0].id
    h.push(add_card(m, improvements, web, "Show prices"))
    fix = m.cells[(improvements, web)][0]
    pain = m.cells[(pains, web)][0]
    # Whatever the selection order, the improvement addresses the pain point.
    check_undo_redo(m, link_cards(m, [pain, fix], LinkKind.ADDRESSES))
    assert m.links == {(fix, pain): LinkKind.ADDRESSES}
    first, later = m.cells[(m.lanes[0].id, web)][0], m.cells[(m.lanes[0].id, m.phases[1].touchpoints[0].id)][0]
    check_undo_redo(m, link_cards(m, [later, first], LinkKind.FLOW))
    assert (first, later) in m.links
    check_undo_redo(m, unlink_cards(m, [fix, pain]))
    assert (fix, pain) not in m.links and (first, later) in m.links
    with pytest.raises(ModelError):
        link_cards(m, [fix], LinkKind.RELATES)
    with pytest.raises(ModelError):
        unlink_cards(m, [fix, pain])
