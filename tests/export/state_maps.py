"""A map with an ideal state that differs from it in known ways, for the comparison tests."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.commands import History, add_card, create_ideal_state, remove_cards, set_fields
from cxdesigner.model import JourneyMap, LaneKind
from cxdesigner.templates import load_template


@dataclass
class Changes:
    state_id: str
    state_name: str
    added: str  # the text of the card only the ideal state has
    removed: str  # the text of the card only the current state has
    changed_before: str
    changed_after: str
    emotion_up: str  # a touchpoint's name whose emotion goes from -2 to +1
    emotion_down: str  # from +1 to 0


def map_with_ideal_state(template: str = "service-journey-en", name: str = "Ideal 2027") -> tuple[JourneyMap, Changes]:
    m = load_template(template)
    History(m).push(create_ideal_state(m, name))
    state = m.ideal_states[-1]
    ideal = state.map
    h = History(ideal)
    improvements = next(ln for ln in ideal.lanes if ln.kind is LaneKind.IMPROVEMENTS)
    form = next(tp for tp in ideal.touchpoints() if tp.emotion == -2)
    added = "Call-back booked online within the hour"
    h.push(add_card(ideal, improvements.id, form.id, added))
    pains = next(ln for ln in ideal.lanes if ln.kind is LaneKind.PAIN_POINTS)
    gone = ideal.cell_cards(pains.id, form.id)[0] if ideal.cell_cards(pains.id, form.id) else next(
        c for c in ideal.cards.values() if c.lane_id == pains.id
    )
    removed = gone.text
    h.push(remove_cards(ideal, [gone.id]))
    thinks = next(ln for ln in ideal.lanes if ln.kind is LaneKind.THINKS)
    card = next(c for c in ideal.cards.values() if c.lane_id == thinks.id)
    before_text, after_text = card.text, "Now I know exactly what happens next"
    h.push(set_fields(ideal, "card", card.id, "Edit", text=after_text))
    h.push(set_fields(ideal, "touchpoint", form.id, "Emotion", emotion=1))
    down = next(tp for tp in ideal.touchpoints() if tp.emotion == 1 and tp.id != form.id)
    h.push(set_fields(ideal, "touchpoint", down.id, "Emotion", emotion=0))
    return m, Changes(state.id, name, added, removed, before_text, after_text, form.name, down.name)
