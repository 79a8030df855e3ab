"""The action plan's rows, Qt-free: what the PDF's action-plan page prints and the Action Plan
panel lists, in the same order.

Rows are every card of an improvements lane plus any other card given an owner, a priority or a
status, in the shown lanes only (a lane left out of the print may be left out for a reason, so
its cards and pain-point texts stay out here too). Open rows come first, then the completed
ones, each group by priority (high → low → none) and then in journey order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model.entities import Card, JourneyMap
from ..model.vocabulary import LaneKind, LinkKind, Priority, Status

PAIN_POINT_CHARS = 60  # a pain point is named, not quoted in full: its card is on the map
_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2, None: 3}


@dataclass(frozen=True)
class Action:
    """One row of the plan: a card and what the plan says about it."""

    card: Card
    where: str
    addresses: tuple[str, ...]  # texts of the shown pain points it addresses, shortened

    @property
    def done(self) -> bool:
        return self.card.status is Status.DONE


def plan_actions(m: JourneyMap, lane_ids: Iterable[str] | None) -> list[Action]:
    """The rows in plan order; ``lane_ids`` the lanes shown (None: the unhidden lanes)."""
    shown = set(lane_ids) if lane_ids is not None else {ln.id for ln in m.lanes if not ln.hidden}
    kinds = {ln.id: ln.kind for ln in m.lanes}
    lane_rank = {ln.id: i for i, ln in enumerate(m.lanes)}
    journey: list[tuple[str, str]] = []  # (anchor id, where) in journey order, a phase before its touchpoints
    for phase in m.phases:
        journey.append((phase.id, phase.name))
        journey += [(tp.id, f"{phase.name} · {tp.name}") for tp in phase.touchpoints]
    anchor_rank = {anchor: (i, where) for i, (anchor, where) in enumerate(journey)}
    addressed = addressed_index(m, shown)
    rows: list[tuple[tuple[int, ...], Action]] = []
    for (lane_id, anchor_id), ids in m.cells.items():
        if lane_id not in shown or anchor_id not in anchor_rank:
            continue
        for position, card_id in enumerate(ids):
            card = m.cards[card_id]
            follow_up = card.owner.strip() or card.priority is not None or card.status is not None
            if kinds.get(lane_id) is not LaneKind.IMPROVEMENTS and not follow_up:
                continue
            rank, where = anchor_rank[anchor_id]
            key = (
                int(card.status is Status.DONE),
                _PRIORITY_RANK[card.priority],
                rank,
                lane_rank.get(lane_id, len(lane_rank)),
                position,
            )
            rows.append((key, Action(card, where, addressed.get(card.id, ()))))
    rows.sort(key=lambda row: row[0])
    return [action for _key, action in rows]


def addressed_index(m: JourneyMap, shown: set[str]) -> dict[str, tuple[str, ...]]:
    """Card id → the shortened texts of the shown pain points it addresses, in link order.

    Built in one pass over the links: asking link by link for every card made a plan of a big
    workshop map quadratic.
    """
    index: dict[str, list[str]] = {}
    for (source, target), kind in m.links.items():
        if kind is not LinkKind.ADDRESSES:
            continue
        target_card = m.cards.get(target)
        if target_card is not None and target_card.lane_id in shown:
            index.setdefault(source, []).append(short(target_card.text))
    return {card_id: tuple(texts) for card_id, texts in index.items()}


def short(text: str, limit: int = PAIN_POINT_CHARS) -> str:
    """``text`` on one line, cut with an ellipsis after ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
