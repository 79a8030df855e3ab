"""Checks over a journey map, as the method asks: unanswered pain points, thin touchpoints,
moments of truth without a metric, emotional low points and channel switches.

The checks read the map's networkx graph (the same graph the file stores), so they see exactly
what is saved. Each finding names one item so the UI can select and scroll to it.

Messages are worded by a :class:`Wording`: by default in a language through the Qt-free
catalogue (English for ``cxdesigner analyze``, whose output scripts read; the map's language in a
PDF checklist), or through Qt's translator in the analysis panel, which speaks the UI's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from ..i18n import translate
from ..model.entities import JourneyMap
from ..model.vocabulary import Channel, LaneKind, channel_names
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


KINDS = ("unaddressed_pain_point", "empty_lanes", "moment_without_metric", "emotion_low_point", "channel_switch")


@dataclass(frozen=True)
class Wording:
    """How findings are worded: ``text`` translates an English "Analysis" text and ``channel``
    names a channel; when None, the Qt-free catalogue and channel names of ``language`` serve.
    ``minus`` signs negative scores: "-" keeps ``cxdesigner analyze`` output as scripts know it,
    "−" (U+2212) is what people read."""

    language: str = "en"
    text: Callable[[str], str] | None = None
    channel: Callable[[Channel], str] | None = None
    minus: str = "-"

    def channel_name(self, channel: Channel) -> str:
        if self.channel is not None:
            return self.channel(channel)
        return channel_names(self.language)[channel]

    def score(self, score: int) -> str:
        return f"{score:+d}".replace("-", self.minus)


def printed_wording(language: str) -> Wording:
    """Findings as a map in ``language`` prints them (a PDF checklist)."""
    return Wording(language, minus="\u2212")


def _tr(text: str, wording: Wording) -> str:
    if wording.text is not None:
        return wording.text(text)
    return translate("Analysis", text, wording.language)


def kind_label(kind: str, wording: Wording | None = None) -> str:
    """A kind's name for people ("Pain point without improvement"), worded by ``wording``."""
    w = wording or Wording()
    labels = {
        "unaddressed_pain_point": _tr("Pain point without improvement", w),
        "empty_lanes": _tr("Touchpoint with empty lanes", w),
        "moment_without_metric": _tr("Moment of truth without metric", w),
        "emotion_low_point": _tr("Emotion low point", w),
        "channel_switch": _tr("Channel switch", w),
    }
    return labels.get(kind, kind)


def analyze(m: JourneyMap, language: str = "en", *, wording: Wording | None = None) -> list[Finding]:
    """Every finding, in journey order within each kind; messages in ``language`` (or as
    ``wording`` words them)."""
    w = wording or Wording(language)
    g = map_to_graph(m)
    return (
        _unaddressed_pain_points(m, g, w)
        + _empty_lanes(m, g, w)
        + _moments_without_metric(m, g, w)
        + _emotion_low_points(m, w)
        + _channel_switches(m, w)
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unaddressed_pain_points(m: JourneyMap, g: nx.DiGraph, w: Wording) -> list[Finding]:
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
                message = _tr("No improvement addresses this pain point.", w)
                findings.append(Finding("unaddressed_pain_point", card, _short(text), message))
    return findings


def _empty_lanes(m: JourneyMap, g: nx.DiGraph, w: Wording) -> list[Finding]:
    describing = [lane for lane in m.lanes if lane.kind in _DESCRIBING and not lane.hidden]
    findings = []
    for tp in m.touchpoints():
        filled = {_lane_of(g, card) for card in g.successors(tp.id)}
        empty = [lane.name for lane in describing if lane.id not in filled]
        if empty:
            findings.append(
                Finding("empty_lanes", tp.id, tp.name, _tr("Nothing yet in: %1.", w).replace("%1", ", ".join(empty)))
            )
    return findings


def _lane_of(g: nx.DiGraph, card: str) -> str:
    return next(lane for lane, _ in g.in_edges(card) if g.edges[lane, card]["kind"] == "holds")


def _moments_without_metric(m: JourneyMap, g: nx.DiGraph, w: Wording) -> list[Finding]:
    metric_lanes = {lane.id for lane in m.lanes if lane.kind is LaneKind.METRICS}
    findings = []
    for tp in m.touchpoints():
        if not tp.moment_of_truth:
            continue
        has_card = any(_lane_of(g, card) in metric_lanes for card in g.successors(tp.id))
        if not (has_card or any(tp.nps or ()) or any(tp.ces or ())):
            message = _tr("A moment of truth with no metric (NPS, CES or a metric card).", w)
            findings.append(Finding("moment_without_metric", tp.id, tp.name, message))
    return findings


def _emotion_low_points(m: JourneyMap, w: Wording) -> list[Finding]:
    scored = [tp for tp in m.touchpoints() if tp.emotion is not None]
    if not scored:
        return []
    lowest = min(tp.emotion for tp in scored)  # type: ignore[type-var]
    if lowest > -1:
        return []
    message = _tr("The journey's lowest emotion (%1).", w).replace("%1", w.score(lowest))
    return [Finding("emotion_low_point", tp.id, tp.name, message) for tp in scored if tp.emotion == lowest]


def _channel_switches(m: JourneyMap, w: Wording) -> list[Finding]:
    findings = []
    touchpoints = m.touchpoints()
    for before, after in zip(touchpoints, touchpoints[1:], strict=False):
        if before.channel != after.channel:
            message = (
                _tr("The customer switches from %1 to %2.", w)
                .replace("%1", w.channel_name(before.channel))
                .replace("%2", w.channel_name(after.channel))
            )
            findings.append(Finding("channel_switch", after.id, after.name, message))
    return findings
