"""The edit builders added for the canvas editor: insert_cards and set_cards_fields."""

from __future__ import annotations

import pytest

from cxdesigner.commands import History
from cxdesigner.commands.edits import add_card, add_lane, add_phase, insert_cards, set_cards_fields
from cxdesigner.model import JourneyMap, LaneKind, ModelError


def _map() -> tuple[JourneyMap, str, str]:
    m = JourneyMap("t")
    h = History(m)
    h.push(add_phase(m, "P"))
    h.push(add_lane(m, LaneKind.THINKS))
    phase, lane = m.phases[0].id, m.lanes[0].id
    h.push(add_card(m, lane, phase, "existing"))
    return m, lane, phase


def test_insert_cards_adds_in_order_with_fresh_ids_and_undoes() -> None:
    m, lane, phase = _map()
    before = m.snapshot()
    h = History(m)
    specs = [{"text": "a", "color": "#ff0000", "bogus": 1}, {"text": "b", "priority": "high", "id": "cd-1"}]
    command = insert_cards(m, specs, lane, phase, 0)
    assert command.name == "Paste 2 cards"
    h.push(command)
    texts = [m.cards[c].text for c in m.cells[(lane, phase)]]
    assert texts == ["a", "b", "existing"]
    assert len(set(m.cards)) == 3 and set(command.focus) <= set(m.cards)
    assert m.cards[command.focus[0]].color == "#ff0000"
    m.check_invariants()
    h.undo()
    assert m.snapshot() == before
    h.redo()
    assert [m.cards[c].text for c in m.cells[(lane, phase)]] == ["a", "b", "existing"]


def test_insert_cards_refuses_nothing_and_bad_values() -> None:
    m, lane, phase = _map()
    with pytest.raises(ModelError):
        insert_cards(m, [], lane, phase)
    before = m.snapshot()
    with pytest.raises(ModelError):
        History(m).push(insert_cards(m, [{"text": "x"}, {"text": "y", "color": "red"}], lane, phase))
    assert m.snapshot() == before  # all or nothing


def test_set_cards_fields_is_one_step() -> None:
    m, lane, phase = _map()
    h = History(m)
    h.push(insert_cards(m, [{"text": "a"}, {"text": "b"}], lane, phase))
    before = m.snapshot()
    ids = list(m.cards)
    h.push(set_cards_fields(m, ids, "Change colour", color="#00ff00"))
    assert {m.cards[c].color for c in ids} == {"#00ff00"}
    h.undo()
    assert m.snapshot() == before
    with pytest.raises(ModelError):
        set_cards_fields(m, ["nope"], "x", color="#000000")
