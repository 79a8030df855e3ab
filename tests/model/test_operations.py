"""Primitive operations keep invariants, announce changes and have exact inverses."""

from __future__ import annotations

import pytest

from cxdesigner.model import Card, Change, JourneyMap, Lane, LaneKind, LinkKind, ModelError, Phase, Touchpoint
from cxdesigner.model.operations import (
    AddLink,
    Batch,
    InsertCard,
    InsertLane,
    InsertPhase,
    InsertTouchpoint,
    MoveCard,
    MoveLane,
    MovePhase,
    MoveTouchpoint,
    RemoveCard,
    RemoveLane,
    RemoveLink,
    RemovePhase,
    RemoveTouchpoint,
    SetFields,
)
from tests.factories import small_map


def round_trip(m: JourneyMap, op) -> None:
    """Apply ``op``, undo it, redo it: the map must match exactly at each end."""
    before = m.snapshot()
    inverse = op.apply(m)
    after = m.snapshot()
    assert after != before, "the operation changed nothing"
    m.check_invariants()
    redo = inverse.apply(m)
    assert m.snapshot() == before
    m.check_invariants()
    redo.apply(m)
    assert m.snapshot() == after


def test_every_operation_has_an_exact_inverse():
    m = small_map()
    search, buy = m.phases
    web, friends = search.touchpoints
    store = buy.touchpoints[0]
    thinks, feels = m.lanes[0], m.lanes[1]
    first, second = m.cells[(thinks.id, web.id)][:2]
    ops = [
        SetFields("map", "", {"title": "New title", "language": "fi"}),
        SetFields("persona", "", {"name": "Maija", "goals": ["a", "b"]}),
        SetFields("phase", search.id, {"name": "Etsiminen"}),
        SetFields("touchpoint", web.id, {"emotion": -2, "moment_of_truth": True, "channel": "chat"}),
        SetFields("lane", thinks.id, {"name": "Ajattelee", "hidden": True}),
        SetFields("card", first, {"text": "<b>bold?</b>", "color": "#AABBCC", "priority": "high"}),
        InsertPhase(Phase("ph-new", "New", [Touchpoint("tp-new", "T")]), 1),
        MovePhase(buy.id, 0),
        InsertTouchpoint(Touchpoint("tp-x", "X"), buy.id, 0),
        MoveTouchpoint(friends.id, buy.id, 1),
        MoveTouchpoint(friends.id, search.id, 0),
        InsertLane(Lane("ln-x", LaneKind.SEES, "Sees"), 0),
        MoveLane(feels.id, 0),
        InsertCard(Card("cd-x", "hello", feels.id, store.id), 0),
        InsertCard(Card("cd-y", "phase card", feels.id, buy.id)),
        MoveCard(first, feels.id, store.id, 0),
        MoveCard(first, thinks.id, web.id, 1),
        AddLink(first, second, LinkKind.FLOW),
        Batch((MovePhase(buy.id, 0), SetFields("phase", buy.id, {"name": "Osto"}))),
    ]
    for op in ops:
        round_trip(m, op)


def test_removals_have_exact_inverses():
    m = small_map()
    thinks = m.lanes[0]
    web = m.phases[0].touchpoints[0]
    card_id = m.cells[(thinks.id, web.id)][0]
    m2 = small_map()
    AddLink(card_id, m.cells[(thinks.id, web.id)][1], LinkKind.RELATES).apply(m)
    round_trip(m, RemoveLink(card_id, m.cells[(thinks.id, web.id)][1]))
    round_trip(m2, RemoveCard(card_id))
    empty = JourneyMap()
    InsertPhase(Phase("ph-1", "Only", [Touchpoint("tp-1", "T")])).apply(empty)
    InsertLane(Lane("ln-1", LaneKind.DOES, "Does")).apply(empty)
    round_trip(empty, RemoveTouchpoint("tp-1"))
    round_trip(empty, RemoveLane("ln-1"))
    round_trip(empty, RemovePhase("ph-1"))


@pytest.mark.parametrize(
    "make_op, message",
    [
        (lambda m: InsertPhase(Phase(m.phases[0].id, "dup")), "already used"),
        (lambda m: RemoveTouchpoint(m.phases[0].touchpoints[0].id), "still has cards"),
        (lambda m: RemovePhase(m.phases[0].id), "still has cards"),
        (lambda m: RemoveLane(m.lanes[0].id), "still has cards"),
        (lambda m: InsertCard(Card("cd-z", "x", m.lanes[3].id, m.phases[0].id)), "emotion curve"),
        (lambda m: InsertCard(Card("cd-z", "x", "ln-missing", m.phases[0].id)), "no lane"),
        (lambda m: InsertCard(Card("cd-z", "x", m.lanes[0].id, "tp-missing")), "no touchpoint or phase"),
        (lambda m: MovePhase(m.phases[0].id, 5), "outside"),
        (lambda m: SetFields("touchpoint", m.phases[0].touchpoints[0].id, {"emotion": 3}), "emotion score"),
        (lambda m: SetFields("card", next(iter(m.cards)), {"color": "red"}), "colour"),
        (lambda m: SetFields("card", next(iter(m.cards)), {"text": "x" * 10_001}), "limit"),
        (lambda m: SetFields("card", next(iter(m.cards)), {"lane_id": "elsewhere"}), "no editable field"),
        (lambda m: SetFields("lane", m.lanes[0].id, {"kind": "emotion_curve"}), "emotion curve"),
        (lambda m: AddLink(next(iter(m.cards)), next(iter(m.cards))), "itself"),
        (lambda m: Batch((MovePhase(m.phases[0].id, 1), RemoveLane(m.lanes[0].id))), "still has cards"),
    ],
)
def test_refused_operations_leave_the_map_untouched(make_op, message):
    m = small_map()
    before = m.snapshot()
    with pytest.raises(ModelError, match=message):
        make_op(m).apply(m)
    assert m.snapshot() == before
    m.check_invariants()


def test_changes_are_announced():
    m = small_map()
    seen: list[Change] = []
    m.changed.connect(seen.append)
    phase = m.phases[0]
    MovePhase(phase.id, 1).apply(m)
    SetFields("phase", phase.id, {"name": "Renamed"}).apply(m)
    assert seen == [Change("phase", "moved", (phase.id,)), Change("phase", "updated", (phase.id,))]


def test_new_ids_are_unique_and_never_reused():
    m = small_map()
    existing = m.all_ids()
    a = m.new_id("card")
    b = m.new_id("card")
    assert a != b and a not in existing and b not in existing
    m2 = JourneyMap()
    InsertPhase(Phase("ph-41", "From a file")).apply(m2)
    assert m2.new_id("phase") == "ph-42"


def test_snapshot_detects_order_changes():
    m = small_map()
    before = m.snapshot()
    cell = m.cells[(m.lanes[0].id, m.phases[0].touchpoints[0].id)]
    MoveCard(cell[0], m.lanes[0].id, m.phases[0].touchpoints[0].id, 1).apply(m)
    assert m.snapshot() != before
