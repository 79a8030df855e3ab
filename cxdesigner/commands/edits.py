"""Functions that turn a user's intent into a :class:`Command` for the current map.

They read the map to decide (positions, dependants) but never change it: pushing the returned
command does. Removals say explicitly what happens to dependants: removing a touchpoint either
deletes its cards or moves them to its phase; removing cards first removes their links.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model.entities import Card, IdealState, JourneyMap, Lane, Phase, Touchpoint
from ..model.errors import ModelError
from ..model.operations import (
    AddIdealState,
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
    Operation,
    RemoveCard,
    RemoveIdealState,
    RemoveLane,
    RemoveLink,
    RemovePhase,
    RemoveTouchpoint,
    SetFields,
)
from ..model.vocabulary import LANE_KIND_NAMES, Channel, LaneKind, LinkKind
from .command import Command


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else f"{n} {many}"


def set_fields(m: JourneyMap, entity: str, target_id: str, name: str, /, **values: Any) -> Command:
    """Change fields of one object; ``name`` is the undo text, e.g. "Rename phase".

    The first four parameters are positional-only, so a field called ``name`` can be set too.
    """
    return Command(name, SetFields(entity, target_id, values), focus=(target_id,))


def add_phase(m: JourneyMap, name: str, index: int | None = None) -> Command:
    phase = Phase(m.new_id("phase"), name)
    return Command("Add phase", InsertPhase(phase, index), focus=(phase.id,))


def add_touchpoint(
    m: JourneyMap,
    phase_id: str,
    name: str,
    channel: Channel = Channel.OTHER,
    index: int | None = None,
) -> Command:
    tp = Touchpoint(m.new_id("touchpoint"), name, channel)
    return Command("Add touchpoint", InsertTouchpoint(tp, phase_id, index), focus=(tp.id,))


def add_lane(m: JourneyMap, kind: LaneKind, name: str | None = None, index: int | None = None) -> Command:
    lane = Lane(m.new_id("lane"), kind, name if name is not None else LANE_KIND_NAMES[kind])
    return Command("Add lane", InsertLane(lane, index), focus=(lane.id,))


def add_card(
    m: JourneyMap,
    lane_id: str,
    anchor_id: str,
    text: str = "",
    index: int | None = None,
    **fields: Any,
) -> Command:
    card = Card(m.new_id("card"), text, lane_id, anchor_id, **fields)
    return Command("Add card", InsertCard(card, index), focus=(card.id,))


def add_link(m: JourneyMap, source_id: str, target_id: str, kind: LinkKind) -> Command:
    return Command("Link cards", AddLink(source_id, target_id, kind), focus=(source_id, target_id))


def _unlink(m: JourneyMap, card_ids: Iterable[str]) -> list[Operation]:
    wanted = set(card_ids)
    keys = sorted({(s, t) for (s, t) in m.links if s in wanted or t in wanted})
    return [RemoveLink(s, t) for s, t in keys]


def _remove_cards_ops(m: JourneyMap, card_ids: Iterable[str]) -> list[Operation]:
    ids = [c for c in dict.fromkeys(card_ids)]
    missing = [c for c in ids if c not in m.cards]
    if missing:
        raise ModelError(f"no card {missing[0]!r}")
    return _unlink(m, ids) + [RemoveCard(c) for c in ids]


def remove_cards(m: JourneyMap, card_ids: Sequence[str]) -> Command:
    ops = _remove_cards_ops(m, card_ids)
    n = len(set(card_ids))
    return Command(f"Delete {_plural(n, 'card', 'cards')}", Batch(tuple(ops)))


def remove_touchpoint(m: JourneyMap, touchpoint_id: str, keep_cards: bool = False) -> Command:
    """Delete a touchpoint; its cards are deleted too, or kept on its phase with ``keep_cards``."""
    if not m.has_touchpoint(touchpoint_id):
        raise ModelError(f"no touchpoint {touchpoint_id!r}")
    cards = m.cards_at(touchpoint_id)
    ops: list[Operation]
    if keep_cards:
        phase_id = m.phase_of(touchpoint_id).id
        ops = []
        for card in cards:
            end = len(m.cells.get((card.lane_id, phase_id), [])) + sum(
                1 for o in ops if isinstance(o, MoveCard) and o.lane_id == card.lane_id
            )
            ops.append(MoveCard(card.id, card.lane_id, phase_id, end))
    else:
        ops = _remove_cards_ops(m, [c.id for c in cards])
    ops.append(RemoveTouchpoint(touchpoint_id))
    return Command("Delete touchpoint", Batch(tuple(ops)))


def remove_phase(m: JourneyMap, phase_id: str) -> Command:
    """Delete a phase with its touchpoints and every card on them."""
    if not m.has_phase(phase_id):
        raise ModelError(f"no phase {phase_id!r}")
    phase = m.phase(phase_id)
    anchors = {phase.id} | {tp.id for tp in phase.touchpoints}
    cards = [c.id for c in m.cards.values() if c.anchor_id in anchors]
    ops = _remove_cards_ops(m, cards) + [RemovePhase(phase_id)]
    return Command("Delete phase", Batch(tuple(ops)))


def remove_lane(m: JourneyMap, lane_id: str) -> Command:
    """Delete a lane and every card in it."""
    cards = [c.id for c in m.cards.values() if c.lane_id == lane_id]
    ops = _remove_cards_ops(m, cards) + [RemoveLane(lane_id)]
    return Command("Delete lane", Batch(tuple(ops)))


def move_phase(m: JourneyMap, phase_id: str, index: int) -> Command:
    return Command("Move phase", MovePhase(phase_id, index), focus=(phase_id,))


def move_touchpoint(m: JourneyMap, touchpoint_id: str, phase_id: str, index: int) -> Command:
    return Command("Move touchpoint", MoveTouchpoint(touchpoint_id, phase_id, index), focus=(touchpoint_id,))


def move_lane(m: JourneyMap, lane_id: str, index: int) -> Command:
    return Command("Move lane", MoveLane(lane_id, index), focus=(lane_id,))


def move_cards(m: JourneyMap, card_ids: Sequence[str], lane_id: str, anchor_id: str, index: int) -> Command:
    """Move cards together into one cell, starting at ``index`` of that cell as it is now.

    The cards keep their relative order (journey order of their current cells, then their
    order within a cell). ``index`` counts positions among the cell's other cards.
    """
    ids = list(dict.fromkeys(card_ids))
    for cid in ids:
        if cid not in m.cards:
            raise ModelError(f"no card {cid!r}")
    moving = set(ids)
    others = [c for c in m.cells.get((lane_id, anchor_id), []) if c not in moving]
    if not 0 <= index <= len(others):
        raise ModelError(f"position {index} is outside 0…{len(others)}")
    ordered = sorted(ids, key=_position_key(m))
    final = others[:index] + ordered + others[index:]
    ops = _moves_in_order(m, ordered, lane_id, anchor_id, final)
    return Command(f"Move {_plural(len(ids), 'card', 'cards')}", Batch(ops), focus=tuple(ordered))


def _moves_in_order(
    m: JourneyMap, ordered: list[str], lane_id: str, anchor_id: str, final: list[str]
) -> tuple[Operation, ...]:
    """Plan single-card moves whose net effect puts the target cell in ``final`` order.

    Cards move in ascending final order; each is inserted just after the card that precedes it
    in ``final`` and is already in the cell. The target cell is simulated so every index is
    valid at the moment its move applies.
    """
    rank = {c: i for i, c in enumerate(final)}
    cell = list(m.cells.get((lane_id, anchor_id), []))
    ops: list[Operation] = []
    for cid in ordered:
        if cid in cell:
            cell.remove(cid)
        before = [i for i, c in enumerate(cell) if rank.get(c, len(final)) < rank[cid]]
        position = before[-1] + 1 if before else 0
        cell.insert(position, cid)
        ops.append(MoveCard(cid, lane_id, anchor_id, position))
    return tuple(ops)


def _position_key(m: JourneyMap) -> Any:
    lane_order = {lane.id: i for i, lane in enumerate(m.lanes)}
    anchor_order: dict[str, int] = {}
    for phase in m.phases:
        anchor_order[phase.id] = len(anchor_order)
        for tp in phase.touchpoints:
            anchor_order[tp.id] = len(anchor_order)

    def key(card_id: str) -> tuple[int, int, int]:
        card = m.cards[card_id]
        return (
            anchor_order.get(card.anchor_id, 0),
            lane_order.get(card.lane_id, 0),
            m.cells[card.cell].index(card_id),
        )

    return key


# -- additions for the canvas editor ---------------------------------------------------------

CARD_SPEC_FIELDS = ("text", "detail", "color", "owner", "priority", "status")


def insert_cards(
    m: JourneyMap,
    specs: Sequence[dict[str, Any]],
    lane_id: str,
    anchor_id: str,
    index: int | None = None,
    name: str | None = None,
) -> Command:
    """Add new cards made from ``specs`` (dicts of card fields) into one cell, in order.

    Used by paste and duplicate: every card gets a fresh id; keys other than the card's
    fields are ignored, so clipboard data from another map or version does no harm.
    """
    if not specs:
        raise ModelError("nothing to insert")
    start = len(m.cells.get((lane_id, anchor_id), [])) if index is None else index
    taken: set[str] = set()
    ops: list[Operation] = []
    for offset, spec in enumerate(specs):
        fields = {k: spec[k] for k in CARD_SPEC_FIELDS if k in spec and spec[k] is not None}
        text = fields.pop("text", "")
        card_id = m.new_id("card")
        while card_id in taken:  # new_id only grows, but stay safe if it is ever reset
            card_id = m.new_id("card")
        taken.add(card_id)
        ops.append(InsertCard(Card(card_id, text, lane_id, anchor_id, **fields), start + offset))
    n = len(ops)
    title = name or f"Paste {_plural(n, 'card', 'cards')}"
    return Command(title, Batch(tuple(ops)), focus=tuple(op.card.id for op in ops))  # type: ignore[attr-defined]


def set_cards_fields(m: JourneyMap, card_ids: Sequence[str], name: str, **values: Any) -> Command:
    """Set the same fields on several cards in one step (colour, owner, …)."""
    ids = list(dict.fromkeys(card_ids))
    for cid in ids:
        if cid not in m.cards:
            raise ModelError(f"no card {cid!r}")
    ops = tuple(SetFields("card", cid, dict(values)) for cid in ids)
    return Command(name, Batch(ops), focus=tuple(ids))


def create_ideal_state(m: JourneyMap, name: str) -> Command:
    """An ideal state (*tavoitetila*) that starts as a copy of the current state."""
    state = IdealState(m.new_id("state"), name, m.copy())
    return Command("Create ideal state", AddIdealState(state), focus=(state.id,))


def remove_ideal_state(m: JourneyMap, state_id: str) -> Command:
    return Command("Delete ideal state", RemoveIdealState(state_id))


def link_cards(m: JourneyMap, card_ids: Sequence[str], kind: LinkKind) -> Command:
    """Link two cards. The direction follows the method: an improvement addresses a pain point;
    otherwise the earlier card in the journey points to the later one."""
    if len(set(card_ids)) != 2:
        raise ModelError("select exactly two cards to link")
    a, b = sorted(set(card_ids), key=_position_key(m))
    if kind is LinkKind.ADDRESSES:
        lane_kind = {c: m.lane(m.cards[c].lane_id).kind for c in (a, b)}
        if lane_kind[b] is LaneKind.IMPROVEMENTS and lane_kind[a] is not LaneKind.IMPROVEMENTS:
            a, b = b, a
    names = {LinkKind.FLOW: "Link cards in flow", LinkKind.ADDRESSES: "Link improvement to pain point", LinkKind.RELATES: "Link cards"}
    return Command(names[kind], AddLink(a, b, kind), focus=(a, b))


def unlink_cards(m: JourneyMap, card_ids: Sequence[str]) -> Command:
    """Remove every link between the given cards."""
    wanted = set(card_ids)
    keys = sorted((s, t) for (s, t) in m.links if s in wanted and t in wanted)
    if not keys:
        raise ModelError("the selected cards are not linked to each other")
    return Command("Unlink cards", Batch(tuple(RemoveLink(s, t) for s, t in keys)), focus=tuple(card_ids))
