"""The journey map's data: plain dataclasses, no Qt, no networkx.

Mutate a map only through :mod:`cxdesigner.model.operations`, which keep the invariants and
announce each change on :attr:`JourneyMap.changed`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import ModelError
from .signals import Change, Signal
from .vocabulary import Channel, LaneKind, LinkKind, Priority, Status


@dataclass(slots=True)
class Persona:
    name: str = ""
    description: str = ""
    goals: list[str] = field(default_factory=list)
    quote: str = ""
    needs: list[str] = field(default_factory=list)
    frustrations: list[str] = field(default_factory=list)
    # A JPEG or PNG image, embedded in the file (at most values.MAX_PHOTO_BYTES); b"": no photo.
    photo: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Touchpoint:
    id: str
    name: str
    channel: Channel = Channel.OTHER
    moment_of_truth: bool = False
    emotion: int | None = None
    # Survey answer counts: nps[i] answers of score i (0–10); ces[i] answers of step i + 1 (1–5).
    nps: tuple[int, ...] | None = None
    ces: tuple[int, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Phase:
    id: str
    name: str
    touchpoints: list[Touchpoint] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Lane:
    id: str
    kind: LaneKind
    name: str
    hidden: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Card:
    """A note in one lane, anchored to a touchpoint or to a whole phase."""

    id: str
    text: str
    lane_id: str
    anchor_id: str
    detail: str = ""
    color: str | None = None  # None: the lane kind's colour
    owner: str = ""
    priority: Priority | None = None
    status: Status | None = None
    moment_of_truth: bool = False
    votes: dict[str, int] = field(default_factory=dict)  # dot voting: participant colour → dots
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cell(self) -> tuple[str, str]:
        return (self.lane_id, self.anchor_id)


@dataclass(slots=True, eq=False)
class IdealState:
    """An ideal (future) state of the journey, *tavoitetila*: a whole map of its own.

    Created as a copy of the current state, so items keep their ids and the two states can be
    compared item by item. Compared by identity: undo restores the very same object.
    """

    id: str
    name: str
    map: JourneyMap


ID_PREFIXES = {"phase": "ph", "touchpoint": "tp", "lane": "ln", "card": "cd", "state": "st"}
# At most 18 digits: a file may hold ids like "cd-999…9" with thousands of digits, which int()
# refuses to convert; ids beyond the counter's range cannot collide with new ones anyway.
_ID_NUMBER = re.compile(r"-(\d{1,18})$")


class JourneyMap:
    """One journey map document.

    Emits :attr:`changed` with a :class:`Change` after every operation applied to it.
    Cards are kept per cell (lane, anchor) in display order; ``links`` maps (source, target)
    card ids to the link kind.

    What a file holds that this version does not know is kept and saved back unchanged: ``extra``
    (graph attributes), ``file_extra`` (top-level keys), ``link_extra`` (attributes of a card
    link, keyed like ``links``; removing the link removes them, its undo restores them) and
    ``containment_extra`` (attributes of a contains/holds/anchors edge, keyed by (source,
    target)). A containment edge is identified by its two ends, so when a card or touchpoint
    moves its edge is a new one without them; they count only while their edge exists
    (:meth:`current_containment_extra`).
    """

    def __init__(
        self,
        title: str = "",
        description: str = "",
        language: str = "en",
        persona: Persona | None = None,
    ) -> None:
        self.title = title
        self.description = description
        self.language = language
        self.persona = persona or Persona()
        self.extra: dict[str, Any] = {}
        self.phases: list[Phase] = []
        self.lanes: list[Lane] = []
        self.cards: dict[str, Card] = {}
        self.cells: dict[tuple[str, str], list[str]] = {}
        self.links: dict[tuple[str, str], LinkKind] = {}
        self.file_extra: dict[str, Any] = {}
        self.link_extra: dict[tuple[str, str], dict[str, Any]] = {}
        self.containment_extra: dict[tuple[str, str], dict[str, Any]] = {}
        # The current state is this map itself; ideal states hang off it (never nested deeper).
        self.ideal_states: list[IdealState] = []
        self._touchpoint_phase: dict[str, Phase] = {}
        self._next_number = 1
        self.changed: Signal[Change] = Signal()

    # -- lookup -------------------------------------------------------------------------
    def phase(self, phase_id: str) -> Phase:
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        phase = self._touchpoint_phase[touchpoint_id]
        for tp in phase.touchpoints:
            if tp.id == touchpoint_id:
                return tp
        raise KeyError(touchpoint_id)  # pragma: no cover - index and lists agree

    def phase_of(self, touchpoint_id: str) -> Phase:
        return self._touchpoint_phase[touchpoint_id]

    def lane(self, lane_id: str) -> Lane:
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def touchpoints(self) -> list[Touchpoint]:
        """Every touchpoint in journey order."""
        return [tp for phase in self.phases for tp in phase.touchpoints]

    def has_touchpoint(self, touchpoint_id: str) -> bool:
        return touchpoint_id in self._touchpoint_phase

    def has_phase(self, phase_id: str) -> bool:
        return any(p.id == phase_id for p in self.phases)

    def has_lane(self, lane_id: str) -> bool:
        return any(lane.id == lane_id for lane in self.lanes)

    def is_anchor(self, anchor_id: str) -> bool:
        return self.has_touchpoint(anchor_id) or self.has_phase(anchor_id)

    def cell_cards(self, lane_id: str, anchor_id: str) -> list[Card]:
        return [self.cards[c] for c in self.cells.get((lane_id, anchor_id), ())]

    def all_ids(self) -> set[str]:
        ids = {p.id for p in self.phases} | set(self._touchpoint_phase) | set(self.cards)
        return ids | {lane.id for lane in self.lanes} | {s.id for s in self.ideal_states}

    def cards_at(self, anchor_id: str) -> list[Card]:
        return [c for c in self.cards.values() if c.anchor_id == anchor_id]

    def links_of(self, card_id: str) -> list[tuple[str, str, LinkKind]]:
        return [(s, t, k) for (s, t), k in self.links.items() if card_id in (s, t)]

    def has_containment_edge(self, source: str, target: str) -> bool:
        """Whether the map has the edge phase → touchpoint, lane → card or anchor → card."""
        card = self.cards.get(target)
        if card is not None:
            return source in (card.lane_id, card.anchor_id)
        phase = self._touchpoint_phase.get(target)
        return phase is not None and phase.id == source

    def current_containment_extra(self) -> dict[tuple[str, str], dict[str, Any]]:
        """The kept attributes of containment edges that exist now (what a save writes).

        Entries of edges that a move or removal took away stay in ``containment_extra`` so that
        undo brings them back with their edge; nothing else sees them.
        """
        return {k: v for k, v in self.containment_extra.items() if v and self.has_containment_edge(*k)}

    def current_link_extra(self) -> dict[tuple[str, str], dict[str, Any]]:
        """The kept attributes of the map's links (only links that exist, only non-empty)."""
        return {k: v for k, v in self.link_extra.items() if v and k in self.links}

    # -- ids ----------------------------------------------------------------------------
    def new_id(self, entity: str) -> str:
        """A fresh id such as ``cd-17``; numbers only grow, so ids are never reused."""
        prefix = ID_PREFIXES[entity]
        existing = self.all_ids()
        while True:
            candidate = f"{prefix}-{self._next_number}"
            self._next_number += 1
            if candidate not in existing:
                return candidate

    def note_id(self, any_id: str) -> None:
        """Keep the id counter ahead of ids that come from files or undo."""
        match = _ID_NUMBER.search(any_id)
        if match:
            self._next_number = max(self._next_number, int(match.group(1)) + 1)

    # -- internal index upkeep (used by operations only) -----------------------------------
    def _index_touchpoint(self, tp: Touchpoint, phase: Phase) -> None:
        self._touchpoint_phase[tp.id] = phase

    def _unindex_touchpoint(self, touchpoint_id: str) -> None:
        del self._touchpoint_phase[touchpoint_id]

    def _emit(self, entity: str, action: str, *ids: str) -> None:
        self.changed.emit(Change(entity, action, tuple(ids)))

    # -- whole-map checks ------------------------------------------------------------------
    def rebuild_index(self) -> None:
        """Recompute lookups after the lists were filled directly (by the file loader)."""
        self._touchpoint_phase = {tp.id: phase for phase in self.phases for tp in phase.touchpoints}
        numbers = [int(m.group(1)) for m in map(_ID_NUMBER.search, self.all_ids()) if m]
        self._next_number = max([self._next_number, *(n + 1 for n in numbers)])

    def check_invariants(self) -> None:
        """Raise :class:`ModelError` if the map is inconsistent; used by the loader and tests."""
        seen: set[str] = set()
        everything = (
            [p.id for p in self.phases]
            + [tp.id for p in self.phases for tp in p.touchpoints]
            + [lane.id for lane in self.lanes]
            + list(self.cards)
        )
        for any_id in everything:
            if any_id in seen:
                raise ModelError(f"id {any_id!r} is used twice")
            seen.add(any_id)
        lanes = {lane.id: lane for lane in self.lanes}
        listed: set[str] = set()
        for (lane_id, anchor_id), ids in self.cells.items():
            for card_id in ids:
                card = self.cards.get(card_id)
                if card is None or card.cell != (lane_id, anchor_id) or card_id in listed:
                    raise ModelError(f"card {card_id!r} is misplaced")
                listed.add(card_id)
        for card in self.cards.values():
            if card.id not in listed:
                raise ModelError(f"card {card.id!r} is in no cell")
            lane = lanes.get(card.lane_id)
            if lane is None:
                raise ModelError(f"card {card.id!r} is in missing lane {card.lane_id!r}")
            if not lane.kind.holds_cards:
                raise ModelError(f"card {card.id!r} is in lane {lane.id!r}, which holds no cards")
            if not self.is_anchor(card.anchor_id):
                raise ModelError(f"card {card.id!r} is anchored to missing {card.anchor_id!r}")
        for source, target in self.links:
            if source not in self.cards or target not in self.cards or source == target:
                raise ModelError(f"link {source!r} → {target!r} does not join two cards")

    # -- comparison -----------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """Everything the map holds as plain, comparable values (order included)."""
        return {
            "title": self.title,
            "description": self.description,
            "language": self.language,
            "persona": copy.deepcopy(self.persona),
            "extra": copy.deepcopy(self.extra),
            "phases": copy.deepcopy(self.phases),
            "lanes": copy.deepcopy(self.lanes),
            "cards": {k: copy.deepcopy(v) for k, v in sorted(self.cards.items())},
            "cells": {k: list(v) for k, v in sorted(self.cells.items()) if v},
            "links": dict(sorted(self.links.items())),
            "file_extra": copy.deepcopy(self.file_extra),
            "link_extra": copy.deepcopy(dict(sorted(self.current_link_extra().items()))),
            "containment_extra": copy.deepcopy(dict(sorted(self.current_containment_extra().items()))),
            "ideal_states": [(s.id, s.name, s.map.snapshot()) for s in self.ideal_states],
        }

    def copy(self) -> JourneyMap:
        """An independent copy with the same ids (ideal states and observers not included)."""
        twin = JourneyMap(self.title, self.description, self.language, copy.deepcopy(self.persona))
        twin.extra = copy.deepcopy(self.extra)
        twin.phases = copy.deepcopy(self.phases)
        twin.lanes = copy.deepcopy(self.lanes)
        twin.cards = copy.deepcopy(self.cards)
        twin.cells = {k: list(v) for k, v in self.cells.items()}
        twin.links = dict(self.links)
        twin.file_extra = copy.deepcopy(self.file_extra)
        twin.link_extra = copy.deepcopy(self.current_link_extra())
        twin.containment_extra = copy.deepcopy(self.current_containment_extra())
        twin.rebuild_index()
        return twin

    def ideal_state(self, state_id: str) -> IdealState:
        for state in self.ideal_states:
            if state.id == state_id:
                return state
        raise KeyError(state_id)

    def counts(self) -> dict[str, int]:
        return {
            "phases": len(self.phases),
            "touchpoints": len(self._touchpoint_phase),
            "lanes": len(self.lanes),
            "cards": len(self.cards),
            "links": len(self.links),
        }

    def __repr__(self) -> str:
        c = self.counts()
        return f"<JourneyMap {self.title!r} {c}>"
