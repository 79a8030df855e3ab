"""Primitive edits of a :class:`JourneyMap`, each with an exact inverse.

``op.apply(m)`` changes ``m``, announces the change on ``m.changed`` and returns the operation
that undoes it; applying that returns an operation equal to the first. An operation that would
break an invariant raises :class:`ModelError` and leaves the map untouched. Undo/redo (Qt's undo
stack in the UI, plain lists in tests) is built on nothing else.

Invariants kept here: ids are unique across the map; every card's lane and anchor exist; a
removal refuses while anything still depends on the removed object (cards on a touchpoint,
links on a card), so callers decide explicitly what happens to dependants
(see :mod:`cxdesigner.commands`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .entities import Card, IdealState, JourneyMap, Lane, Phase, Touchpoint
from .errors import ModelError
from .values import check_field
from .vocabulary import LinkKind


class Operation:
    """Base class: subclasses implement :meth:`apply`."""

    def apply(self, m: JourneyMap) -> Operation:  # pragma: no cover - abstract
        raise NotImplementedError


def _insert_index(index: int | None, length: int) -> int:
    if index is None:
        return length
    if not 0 <= index <= length:
        raise ModelError(f"position {index} is outside 0…{length}")
    return index


def _check_new_id(m: JourneyMap, new_id: str) -> None:
    if not new_id or not isinstance(new_id, str):
        raise ModelError("an id must be non-empty text")
    if new_id in m.all_ids():
        raise ModelError(f"id {new_id!r} is already used")


# -- fields -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetFields(Operation):
    """Set fields of the map, the persona, or one phase/touchpoint/lane/card."""

    entity: str
    target_id: str
    values: dict[str, Any] = field(default_factory=dict)

    def _target(self, m: JourneyMap) -> Any:
        getters = {
            "map": lambda _id: m,
            "persona": lambda _id: m.persona,
            "phase": m.phase,
            "touchpoint": m.touchpoint,
            "lane": m.lane,
            "card": lambda i: m.cards[i],
            "state": m.ideal_state,
        }
        try:
            return getters[self.entity](self.target_id)
        except KeyError:
            raise ModelError(f"no {self.entity} {self.target_id!r}") from None

    def apply(self, m: JourneyMap) -> Operation:
        target = self._target(m)
        checked = {k: check_field(self.entity, k, v) for k, v in self.values.items()}
        if self.entity == "lane" and "kind" in checked and not checked["kind"].holds_cards:
            if any(lane_id == self.target_id for lane_id, _ in m.cells if m.cells[(lane_id, _)]):
                raise ModelError("a lane with cards cannot become an emotion curve")
        old = {k: copy.deepcopy(getattr(target, k)) for k in checked}
        for k, v in checked.items():
            setattr(target, k, v)
        m._emit(self.entity, "updated", self.target_id)
        return SetFields(self.entity, self.target_id, old)


# -- phases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class InsertPhase(Operation):
    """Insert a phase (with any touchpoints it carries) at ``index`` (None: at the end)."""

    phase: Phase
    index: int | None = None

    def apply(self, m: JourneyMap) -> Operation:
        phase = copy.deepcopy(self.phase)
        index = _insert_index(self.index, len(m.phases))
        check_field("phase", "name", phase.name)
        ids = [phase.id] + [tp.id for tp in phase.touchpoints]
        if len(set(ids)) != len(ids):
            raise ModelError("a phase's touchpoints need distinct ids")
        for new_id in ids:
            _check_new_id(m, new_id)
        for tp in phase.touchpoints:
            _check_touchpoint(tp)
        m.phases.insert(index, phase)
        for tp in phase.touchpoints:
            m._index_touchpoint(tp, phase)
        for new_id in ids:
            m.note_id(new_id)
        m._emit("phase", "added", phase.id)
        return RemovePhase(phase.id)


@dataclass(frozen=True)
class RemovePhase(Operation):
    """Remove an empty-handed phase: no card may be anchored to it or to its touchpoints."""

    phase_id: str

    def apply(self, m: JourneyMap) -> Operation:
        phase = _find_phase(m, self.phase_id)
        anchors = {phase.id} | {tp.id for tp in phase.touchpoints}
        if any(card.anchor_id in anchors for card in m.cards.values()):
            raise ModelError(f"phase {phase.id!r} still has cards; move or delete them first")
        index = m.phases.index(phase)
        del m.phases[index]
        for tp in phase.touchpoints:
            m._unindex_touchpoint(tp.id)
        for key in [k for k in m.cells if k[1] in anchors]:
            del m.cells[key]
        m._emit("phase", "removed", phase.id)
        return InsertPhase(copy.deepcopy(phase), index)


@dataclass(frozen=True)
class MovePhase(Operation):
    """Move a phase (its touchpoints and cards travel with it) to ``index``."""

    phase_id: str
    index: int

    def apply(self, m: JourneyMap) -> Operation:
        phase = _find_phase(m, self.phase_id)
        old = m.phases.index(phase)
        if not 0 <= self.index < len(m.phases):
            raise ModelError(f"position {self.index} is outside 0…{len(m.phases) - 1}")
        m.phases.insert(self.index, m.phases.pop(old))
        m._emit("phase", "moved", phase.id)
        return MovePhase(phase.id, old)


# -- touchpoints ----------------------------------------------------------------------------


def _check_touchpoint(tp: Touchpoint) -> None:
    for name in ("name", "channel", "moment_of_truth", "emotion", "nps", "ces"):
        setattr(tp, name, check_field("touchpoint", name, getattr(tp, name)))


@dataclass(frozen=True)
class InsertTouchpoint(Operation):
    touchpoint: Touchpoint
    phase_id: str
    index: int | None = None

    def apply(self, m: JourneyMap) -> Operation:
        tp = copy.deepcopy(self.touchpoint)
        phase = _find_phase(m, self.phase_id)
        index = _insert_index(self.index, len(phase.touchpoints))
        _check_new_id(m, tp.id)
        _check_touchpoint(tp)
        phase.touchpoints.insert(index, tp)
        m._index_touchpoint(tp, phase)
        m.note_id(tp.id)
        m._emit("touchpoint", "added", tp.id)
        return RemoveTouchpoint(tp.id)


@dataclass(frozen=True)
class RemoveTouchpoint(Operation):
    """Remove a touchpoint that no card is anchored to."""

    touchpoint_id: str

    def apply(self, m: JourneyMap) -> Operation:
        if not m.has_touchpoint(self.touchpoint_id):
            raise ModelError(f"no touchpoint {self.touchpoint_id!r}")
        if m.cards_at(self.touchpoint_id):
            raise ModelError(
                f"touchpoint {self.touchpoint_id!r} still has cards; move or delete them first"
            )
        phase = m.phase_of(self.touchpoint_id)
        tp = m.touchpoint(self.touchpoint_id)
        index = phase.touchpoints.index(tp)
        del phase.touchpoints[index]
        m._unindex_touchpoint(tp.id)
        for key in [k for k in m.cells if k[1] == tp.id]:
            del m.cells[key]
        m._emit("touchpoint", "removed", tp.id)
        return InsertTouchpoint(copy.deepcopy(tp), phase.id, index)


@dataclass(frozen=True)
class MoveTouchpoint(Operation):
    """Move a touchpoint within its phase or to another phase; its cards travel with it."""

    touchpoint_id: str
    phase_id: str
    index: int

    def apply(self, m: JourneyMap) -> Operation:
        if not m.has_touchpoint(self.touchpoint_id):
            raise ModelError(f"no touchpoint {self.touchpoint_id!r}")
        source = m.phase_of(self.touchpoint_id)
        target = _find_phase(m, self.phase_id)
        tp = m.touchpoint(self.touchpoint_id)
        old = source.touchpoints.index(tp)
        limit = len(target.touchpoints) - (1 if target is source else 0)
        if not 0 <= self.index <= limit:
            raise ModelError(f"position {self.index} is outside 0…{limit}")
        source.touchpoints.pop(old)
        target.touchpoints.insert(self.index, tp)
        m._index_touchpoint(tp, target)
        m._emit("touchpoint", "moved", tp.id)
        return MoveTouchpoint(tp.id, source.id, old)


# -- lanes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InsertLane(Operation):
    lane: Lane
    index: int | None = None

    def apply(self, m: JourneyMap) -> Operation:
        lane = copy.deepcopy(self.lane)
        index = _insert_index(self.index, len(m.lanes))
        _check_new_id(m, lane.id)
        for name in ("name", "kind", "hidden"):
            setattr(lane, name, check_field("lane", name, getattr(lane, name)))
        m.lanes.insert(index, lane)
        m.note_id(lane.id)
        m._emit("lane", "added", lane.id)
        return RemoveLane(lane.id)


@dataclass(frozen=True)
class RemoveLane(Operation):
    """Remove a lane that holds no cards."""

    lane_id: str

    def apply(self, m: JourneyMap) -> Operation:
        lane = _find_lane(m, self.lane_id)
        if any(card.lane_id == lane.id for card in m.cards.values()):
            raise ModelError(f"lane {lane.id!r} still has cards; move or delete them first")
        index = m.lanes.index(lane)
        del m.lanes[index]
        for key in [k for k in m.cells if k[0] == lane.id]:
            del m.cells[key]
        m._emit("lane", "removed", lane.id)
        return InsertLane(copy.deepcopy(lane), index)


@dataclass(frozen=True)
class MoveLane(Operation):
    lane_id: str
    index: int

    def apply(self, m: JourneyMap) -> Operation:
        lane = _find_lane(m, self.lane_id)
        old = m.lanes.index(lane)
        if not 0 <= self.index < len(m.lanes):
            raise ModelError(f"position {self.index} is outside 0…{len(m.lanes) - 1}")
        m.lanes.insert(self.index, m.lanes.pop(old))
        m._emit("lane", "moved", lane.id)
        return MoveLane(lane.id, old)


# -- cards -----------------------------------------------------------------------------------


def _check_cell(m: JourneyMap, lane_id: str, anchor_id: str) -> None:
    lane = _find_lane(m, lane_id)
    if not lane.kind.holds_cards:
        raise ModelError(f"lane {lane.name!r} draws the emotion curve and holds no cards")
    if not m.is_anchor(anchor_id):
        raise ModelError(f"no touchpoint or phase {anchor_id!r}")


@dataclass(frozen=True)
class InsertCard(Operation):
    """Insert a card into its cell (its ``lane_id``/``anchor_id``) at ``index``."""

    card: Card
    index: int | None = None

    def apply(self, m: JourneyMap) -> Operation:
        card = copy.deepcopy(self.card)
        _check_new_id(m, card.id)
        _check_cell(m, card.lane_id, card.anchor_id)
        for name in ("text", "detail", "color", "owner", "priority", "status", "moment_of_truth", "votes"):
            setattr(card, name, check_field("card", name, getattr(card, name)))
        cell = m.cells.setdefault(card.cell, [])
        index = _insert_index(self.index, len(cell))
        cell.insert(index, card.id)
        m.cards[card.id] = card
        m.note_id(card.id)
        m._emit("card", "added", card.id)
        return RemoveCard(card.id)


@dataclass(frozen=True)
class RemoveCard(Operation):
    """Remove a card that no link refers to."""

    card_id: str

    def apply(self, m: JourneyMap) -> Operation:
        card = _find_card(m, self.card_id)
        if m.links_of(card.id):
            raise ModelError(f"card {card.id!r} is still linked; remove its links first")
        cell = m.cells[card.cell]
        index = cell.index(card.id)
        del cell[index]
        if not cell:
            del m.cells[card.cell]
        del m.cards[card.id]
        m._emit("card", "removed", card.id)
        return InsertCard(copy.deepcopy(card), index)


@dataclass(frozen=True)
class MoveCard(Operation):
    """Move a card to position ``index`` of the cell (``lane_id``, ``anchor_id``)."""

    card_id: str
    lane_id: str
    anchor_id: str
    index: int

    def apply(self, m: JourneyMap) -> Operation:
        card = _find_card(m, self.card_id)
        _check_cell(m, self.lane_id, self.anchor_id)
        source = m.cells[card.cell]
        old_cell, old_index = card.cell, source.index(card.id)
        target_key = (self.lane_id, self.anchor_id)
        target = m.cells.get(target_key, [])
        limit = len(target) - (1 if target_key == old_cell else 0)
        if not 0 <= self.index <= limit:
            raise ModelError(f"position {self.index} is outside 0…{limit}")
        source.pop(old_index)
        if not source:
            del m.cells[old_cell]
        m.cells.setdefault(target_key, []).insert(self.index, card.id)
        card.lane_id, card.anchor_id = target_key
        m._emit("card", "moved", card.id)
        return MoveCard(card.id, old_cell[0], old_cell[1], old_index)


# -- links ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddLink(Operation):
    source_id: str
    target_id: str
    kind: LinkKind = LinkKind.RELATES
    # Attributes a file gave the link that this version does not know (undoing a removal
    # brings them back; see JourneyMap.link_extra).
    extra: dict[str, Any] = field(default_factory=dict)

    def apply(self, m: JourneyMap) -> Operation:
        _find_card(m, self.source_id)
        _find_card(m, self.target_id)
        if self.source_id == self.target_id:
            raise ModelError("a card cannot link to itself")
        key = (self.source_id, self.target_id)
        if key in m.links:
            raise ModelError(f"cards {self.source_id!r} and {self.target_id!r} are already linked")
        try:
            kind = LinkKind(self.kind)
        except ValueError:
            raise ModelError(f"unknown link kind {self.kind!r}") from None
        m.links[key] = kind
        if self.extra:
            m.link_extra[key] = copy.deepcopy(self.extra)
        else:  # a new link never inherits what an earlier link between the same cards carried
            m.link_extra.pop(key, None)
        m._emit("link", "added", *key)
        return RemoveLink(*key)


@dataclass(frozen=True)
class RemoveLink(Operation):
    source_id: str
    target_id: str

    def apply(self, m: JourneyMap) -> Operation:
        key = (self.source_id, self.target_id)
        if key not in m.links:
            raise ModelError(f"no link from {self.source_id!r} to {self.target_id!r}")
        kind = m.links.pop(key)
        extra = m.link_extra.pop(key, {})
        m._emit("link", "removed", *key)
        return AddLink(self.source_id, self.target_id, kind, extra)


# -- ideal states -------------------------------------------------------------------------


@dataclass(frozen=True)
class AddIdealState(Operation):
    """Add an ideal state (its map must be a flat map without states of its own)."""

    state: IdealState
    index: int | None = None

    def apply(self, m: JourneyMap) -> Operation:
        index = _insert_index(self.index, len(m.ideal_states))
        _check_new_id(m, self.state.id)
        check_field("state", "name", self.state.name)
        if self.state.map.ideal_states or self.state.map is m:
            raise ModelError("an ideal state cannot hold states of its own")
        m.ideal_states.insert(index, self.state)  # the same object: undo restores it as it was
        m.note_id(self.state.id)
        m._emit("state", "added", self.state.id)
        return RemoveIdealState(self.state.id)


@dataclass(frozen=True)
class RemoveIdealState(Operation):
    state_id: str

    def apply(self, m: JourneyMap) -> Operation:
        try:
            state = m.ideal_state(self.state_id)
        except KeyError:
            raise ModelError(f"no ideal state {self.state_id!r}") from None
        index = m.ideal_states.index(state)
        del m.ideal_states[index]
        m._emit("state", "removed", state.id)
        return AddIdealState(state, index)


# -- several at once ------------------------------------------------------------------------


@dataclass(frozen=True)
class Batch(Operation):
    """Apply operations in order, all or nothing."""

    operations: tuple[Operation, ...]

    def apply(self, m: JourneyMap) -> Operation:
        inverses: list[Operation] = []
        try:
            for op in self.operations:
                inverses.append(op.apply(m))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(m)
            raise
        return Batch(tuple(reversed(inverses)))


# -- lookups that raise ModelError ------------------------------------------------------------


def _find_phase(m: JourneyMap, phase_id: str) -> Phase:
    try:
        return m.phase(phase_id)
    except KeyError:
        raise ModelError(f"no phase {phase_id!r}") from None


def _find_lane(m: JourneyMap, lane_id: str) -> Lane:
    try:
        return m.lane(lane_id)
    except KeyError:
        raise ModelError(f"no lane {lane_id!r}") from None


def _find_card(m: JourneyMap, card_id: str) -> Card:
    try:
        return m.cards[card_id]
    except KeyError:
        raise ModelError(f"no card {card_id!r}") from None
