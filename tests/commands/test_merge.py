"""A command folded into a done command replays both as one, with no Qt involved."""

from __future__ import annotations

import pytest

from cxdesigner.commands import add_card, set_fields
from cxdesigner.commands.merge import merged
from tests.factories import small_map


def test_added_card_and_its_text_undo_and_redo_as_one_command():
    m = small_map()
    lane, anchor = m.lanes[0].id, m.touchpoints()[1].id
    before = m.snapshot()
    add = add_card(m, lane, anchor, "", 0, color="#f4a6a6")
    add.redo(m)
    card_id = add.focus[0]
    text = set_fields(m, "card", card_id, "Edit card text", text="Queue is long")
    text.redo(m)
    after = m.snapshot()

    both = merged(add, text)
    assert both.name == "Add card" and both.focus == (card_id,)
    for _ in range(3):  # back and forth, as often as the user likes
        both.undo(m)
        assert m.snapshot() == before
        both.redo(m)
        assert m.snapshot() == after
    card = m.cards[card_id]
    assert (card.text, card.color, m.cells[(lane, anchor)][0]) == ("Queue is long", "#f4a6a6", card_id)
    m.check_invariants()


def test_only_done_commands_merge():
    m = small_map()
    add = add_card(m, m.lanes[0].id, m.touchpoints()[0].id, "x")
    with pytest.raises(ValueError):
        merged(add, set_fields(m, "card", "nope", "Edit card text", text="y"))
