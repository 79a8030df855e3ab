"""Small maps built in code for tests (no files involved)."""

from __future__ import annotations

from cxdesigner.commands import History, add_card, add_lane, add_phase, add_touchpoint
from cxdesigner.model import Channel, JourneyMap, LaneKind


def small_map(cards_per_cell: int = 2) -> JourneyMap:
    """Two phases (2 + 1 touchpoints), lanes thinks/feels/pain points/emotion curve, some cards."""
    m = JourneyMap("Small map", "For tests", "en")
    h = History(m)
    for name in ("Search", "Buy"):
        h.push(add_phase(m, name))
    search, buy = (p.id for p in m.phases)
    h.push(add_touchpoint(m, search, "Web", Channel.WEB))
    h.push(add_touchpoint(m, search, "Friends", Channel.FRIENDS_COLLEAGUES))
    h.push(add_touchpoint(m, buy, "Store", Channel.STORE))
    for kind in (LaneKind.THINKS, LaneKind.FEELS, LaneKind.PAIN_POINTS, LaneKind.EMOTION_CURVE):
        h.push(add_lane(m, kind))
    for lane in m.lanes[:3]:
        for tp in m.touchpoints():
            for i in range(cards_per_cell):
                h.push(add_card(m, lane.id, tp.id, f"{lane.name} at {tp.name} #{i}"))
    return m


def generated_map(n_cards: int, phases: int = 6, touchpoints_per_phase: int = 4, lanes: int = 8) -> JourneyMap:
    """A large map for benchmarks and stress tests, filled directly (fast) and checked."""
    from cxdesigner.model import Card, Lane, Phase, Touchpoint

    m = JourneyMap(f"Generated map with {n_cards} cards", "Benchmark map", "en")
    kinds = [k for k in LaneKind if k.holds_cards]
    number = iter(range(1, 10**9))
    for p in range(phases):
        phase = Phase(f"ph-{next(number)}", f"Phase {p + 1}")
        for t in range(touchpoints_per_phase):
            phase.touchpoints.append(
                Touchpoint(f"tp-{next(number)}", f"Touchpoint {p + 1}.{t + 1}", list(Channel)[t % 13], t == 0, (t % 5) - 2)
            )
        m.phases.append(phase)
    for i in range(lanes):
        m.lanes.append(Lane(f"ln-{next(number)}", kinds[i % len(kinds)], f"Lane {i + 1}"))
    anchors = [tp.id for tp in m.touchpoints()]
    words = "customer wants clear prices and quick answers without calling anyone twice".split()
    for i in range(n_cards):
        lane = m.lanes[i % lanes]
        anchor = anchors[(i // lanes) % len(anchors)]
        text = " ".join(words[(i + k) % len(words)] for k in range(3 + i % 9))
        card = Card(f"cd-{next(number)}", f"{i}: {text}", lane.id, anchor)
        m.cards[card.id] = card
        m.cells.setdefault(card.cell, []).append(card.id)
    m.rebuild_index()
    return m
