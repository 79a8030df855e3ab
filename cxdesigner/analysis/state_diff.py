"""What differs between two states of a journey (e.g. *nykytila* and *tavoitetila*).

Items are matched by id: an ideal state starts as a copy of the current one, so an id present in
both is the same card or touchpoint, changed or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.entities import Card, JourneyMap

_CARD_FIELDS = ("text", "detail", "lane_id", "anchor_id", "color", "owner", "priority", "status", "moment_of_truth")


@dataclass(frozen=True)
class CardChange:
    before: Card
    after: Card
    fields: tuple[str, ...]


@dataclass(frozen=True)
class EmotionChange:
    touchpoint_id: str
    name: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class StateDiff:
    added: list[Card] = field(default_factory=list)
    removed: list[Card] = field(default_factory=list)
    changed: list[CardChange] = field(default_factory=list)
    emotions: list[EmotionChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.emotions)


def diff_states(before: JourneyMap, after: JourneyMap) -> StateDiff:
    """Cards added, removed and changed, and every touchpoint whose emotion differs."""
    diff = StateDiff()
    for card_id, card in after.cards.items():
        old = before.cards.get(card_id)
        if old is None:
            diff.added.append(card)
            continue
        fields = tuple(f for f in _CARD_FIELDS if getattr(old, f) != getattr(card, f))
        if fields:
            diff.changed.append(CardChange(old, card, fields))
    diff.removed.extend(card for card_id, card in before.cards.items() if card_id not in after.cards)
    old_tps = {tp.id: tp for tp in before.touchpoints()}
    new_tps = {tp.id: tp for tp in after.touchpoints()}
    for tp_id in [*old_tps, *(i for i in new_tps if i not in old_tps)]:
        old_tp, new_tp = old_tps.get(tp_id), new_tps.get(tp_id)
        old_e = old_tp.emotion if old_tp else None
        new_e = new_tp.emotion if new_tp else None
        if old_e != new_e:
            diff.emotions.append(EmotionChange(tp_id, (new_tp or old_tp).name, old_e, new_e))  # type: ignore[union-attr]
    return diff
