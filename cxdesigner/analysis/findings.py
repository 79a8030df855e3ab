"""Checks over a journey map, as the method asks: unanswered pain points, thin touchpoints,
moments of truth without a metric, emotional low points and channel switches.

The checks read the map's networkx graph (the same graph the file stores), so they see exactly
what is saved. Each finding names one item so the UI can select and scroll to it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ..model.entities import JourneyMap
from ..model.vocabulary import CHANNEL_NAMES, LaneKind
from ..storage import map_to_graph

# Lanes a fully described touchpoint has cards in; the others are optional by nature.
_DESCRIBING = {LaneKind.DOES, LaneKind.THINKS, LaneKind.FEELS, LaneKind.SEES, LaneKind.HEARS, LaneKind.EXPECTATIONS}


@dataclass(frozen=True)
class Finding:
    kind: str  # unaddressed_pain_point, empty_lanes, moment_without_metric, emotion_low_point, channel_switch
    item_id: str
    item_name: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def analyze(m: JourneyMap) -> list[Finding]:
    """Every finding, in journey order within each kind."""
    g = map_to_graph(m)
    return (
        _unaddressed_pain_points(m, g)
        + _empty_lanes(m, g)
        + _moments_without_metric(m, g)
        + _emotion_low_points(m)
        + _channel_switches(m)
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unaddressed_pain_points(m: JourneyMap, g: nx.DiGraph) -> list[Finding]:
    findings = []
    for lane in m.lanes:
        if lane.kind is not LaneKind.PAIN_POINTS:
            continue
        for card in g.successors(lane.id):
            addressed = any(
                g.edges[source, card].get("link") == "addresses" for source in g.predecessors(card)
            )
            if not addressed:
                text = g.nodes[card]["text"]
                findings.append(
                    Finding("unaddressed_pain_point", card, _short(text), "No improvement addresses this pain point.")
                )
    return findings


def _empty_lanes(m: JourneyMap, g: nx.DiGraph) -> list[Finding]:
    describing = [lane for lane in m.lanes if lane.kind in _DESCRIBING and not lane.hidden]
    findings = []
    for tp in m.touchpoints():
        filled = {_lane_of(g, card) for card in g.successors(tp.id)}
        empty = [lane.name for lane in describing if lane.id not in filled]
        if empty:
            findings.append(
                Finding("empty_lanes", tp.id, tp.name, "Nothing yet in: " + ", ".join(empty) + ".")
            )
    return findings


def _lane_of(g: nx.DiGraph, card: str) -> str:
    return next(lane for lane, _ in g.in_edges(card) if g.edges[lane, card]["kind"] == "holds")


def _moments_without_metric(m: JourneyMap, g: nx.DiGraph) -> list[Finding]:
    metric_lanes = {lane.id for lane in m.lanes if lane.kind is LaneKind.METRICS}
    findings = []
    for tp in m.touchpoints():
        if not tp.moment_of_truth:
            continue
        has_card = any(_lane_of(g, card) in metric_lanes for card in g.successors(tp.id))
        if not (has_card or any(tp.nps or ()) or any(tp.ces or ())):
            findings.append(
                Finding("moment_without_metric", tp.id, tp.name, "A moment of truth with no metric (NPS, CES or a metric card).")
            )
    return findings


def _emotion_low_points(m: JourneyMap) -> list[Finding]:
    scored = [tp for tp in m.touchpoints() if tp.emotion is not None]
    if not scored:
        return []
    lowest = min(tp.emotion for tp in scored)  # type: ignore[type-var]
    if lowest > -1:
        return []
    return [
        Finding("emotion_low_point", tp.id, tp.name, f"The journey's lowest emotion ({tp.emotion:+d}).")
        for tp in scored
        if tp.emotion == lowest
    ]


def _channel_switches(m: JourneyMap) -> list[Finding]:
    findings = []
    touchpoints = m.touchpoints()
    for before, after in zip(touchpoints, touchpoints[1:], strict=False):
        if before.channel != after.channel:
            findings.append(
                Finding(
                    "channel_switch",
                    after.id,
                    after.name,
                    f"The customer switches from {CHANNEL_NAMES[before.channel]} to {CHANNEL_NAMES[after.channel]}.",
                )
            )
    return findings
