""":class:`JourneyMap` → OpenJourney Format (``.ojf``), the inverse of :mod:`.ojf`.

Phases become stages and lanes swimlanes (the emotion curve is drawn from scores, and blueprint
lanes go back into their nodes' ``blueprint``). Each touchpoint becomes a node in the swimlane it
came from — or, for touchpoints made in CX Designer, in a "Touchpoints" swimlane — and each other
card a node in its lane's swimlane. Values kept in ``extra["ojf"]`` on import are written back, so
an imported file exports to the same content; values edited in the app take precedence.
"""

from __future__ import annotations

import json
from typing import Any

from ..model.entities import Card, JourneyMap, Lane, Phase, Touchpoint
from ..model.vocabulary import CHANNEL_NAMES, Channel
from .common import channel_for_words
from .ojf import BLUEPRINT_LAYERS, HINT_KEY, emotion_to_score, score_to_emotion


def _ojf(obj: Any) -> dict[str, Any]:
    value = obj.extra.get("ojf") if isinstance(obj.extra, dict) else None
    return value if isinstance(value, dict) else {}


class _Ids:
    """Unique ids within one OJF list, preferring the id a thing had when it was imported."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: Any, fallback: str) -> str:
        candidate = wanted if isinstance(wanted, str) and wanted else fallback
        while candidate in self.used:
            candidate += "-2"
        self.used.add(candidate)
        return candidate


def map_to_ojf(m: JourneyMap) -> dict[str, Any]:
    return _Writer(m).document()


class _Writer:
    """Builds the OJF document of one map; the order of nodes follows the map's reading order."""

    def __init__(self, m: JourneyMap) -> None:
        self.m = m
        self.stage_ids, self.lane_ids, self.node_ids = _Ids(), _Ids(), _Ids()
        self.stages = {p.id: _column(p, self.stage_ids) for p in m.phases}
        self.layers = {_ojf(ln).get("blueprint"): ln for ln in m.lanes if _ojf(ln).get("blueprint") in BLUEPRINT_LAYERS}
        self.regular = [ln for ln in m.lanes if ln.kind.holds_cards and ln not in self.layers.values()]
        self.swimlanes = {ln.id: _column(ln, self.lane_ids) for ln in self.regular}
        self.spare: dict[str, Any] = {}  # the "Touchpoints" swimlane, made only when needed
        self.spine: dict[str, None] = {}  # swimlane ids that hold touchpoints, in order
        self.nodes: list[dict[str, Any]] = []
        self.by_source: dict[str, dict[str, Any]] = {}  # imported node id / model id → node
        self.first_in_stage: dict[str, dict[str, Any]] = {}
        self.votes: dict[str, dict[str, int]] = {}  # node id → dots per participant colour

    def document(self) -> dict[str, Any]:
        for phase in self.m.phases:
            self._phase(phase)
        for layer, lane in self.layers.items():
            for phase in self.m.phases:
                for anchor in [phase.id, *(tp.id for tp in phase.touchpoints)]:
                    for card in self.m.cell_cards(lane.id, anchor):
                        self._owner(card, anchor, phase).setdefault("blueprint", {}).setdefault(layer, []).append(
                            _blueprint_item(layer, card)
                        )
        kinds = {self.spare["id"]: "touchpoints"} if self.spare else {}
        kinds.update({self.swimlanes[ln.id]["id"]: ln.kind.value for ln in self.regular})
        hint: dict[str, Any] = {"touchpointSwimlanes": list(self.spine), "laneKinds": kinds}
        curve = next((ln.name for ln in self.m.lanes if not ln.kind.holds_cards), None)
        if curve is not None:
            hint["emotionCurve"] = curve
        if self.votes:
            hint["votes"] = self.votes
        swimlanes = [*([self.spare] if self.spare else []), *self.swimlanes.values()]
        return _root(self.m, _ojf(self.m), list(self.stages.values()), swimlanes, self.nodes, hint)

    def _phase(self, phase: Phase) -> None:
        stage_id = self.stages[phase.id]["id"]
        described: set[str] = set()
        for tp in phase.touchpoints:
            lane_id = self._touchpoint_swimlane(tp)
            node, card = _touchpoint_node(self.m, tp, stage_id, lane_id, self.node_ids)
            if card is not None:
                described.add(card.id)
                self._vote(node, card)
            self._add(node, phase, _ojf(tp).get("node", {}).get("id"), tp.id)
        for lane in self.regular:
            for anchor in [phase.id, *(tp.id for tp in phase.touchpoints)]:
                for card in self.m.cell_cards(lane.id, anchor):
                    if card.id not in described:
                        node = _card_node(card, stage_id, self.swimlanes[lane.id]["id"], self.node_ids)
                        self._vote(node, card)
                        self._add(node, phase, _ojf(card).get("node", {}).get("id"), card.id)

    def _vote(self, node: dict[str, Any], card: Card) -> None:
        """OJF has no votes: write the total as ``voteCount`` for other tools, and whose dots
        they are in the hint, for our own import."""
        if card.votes:
            node["voteCount"] = sum(card.votes.values())
            self.votes[node["id"]] = dict(card.votes)

    def _touchpoint_swimlane(self, tp: Touchpoint | None) -> str:
        """The swimlane a touchpoint came from, else the "Touchpoints" swimlane."""
        lane_id = _ojf(tp).get("swimlane") if tp is not None else None
        if lane_id in self.swimlanes:
            swimlane = self.swimlanes[lane_id]
        else:
            if not self.spare:
                names, name = {ln.name for ln in self.regular}, "Touchpoints"
                while name in names:
                    name += " (journey)"
                self.spare.update(id=self.lane_ids.take("touchpoints", "touchpoints"), name=name)
            swimlane = self.spare
        self.spine[swimlane["id"]] = None
        return swimlane["id"]

    def _add(self, node: dict[str, Any], phase: Phase, *sources: Any) -> None:
        self.nodes.append(node)
        for key in sources:
            if isinstance(key, str):
                self.by_source.setdefault(key, node)
        self.first_in_stage.setdefault(phase.id, node)

    def _owner(self, card: Card, anchor: str, phase: Phase) -> dict[str, Any]:
        """The node a blueprint card belongs to: its own, its touchpoint's, or its stage's first."""
        owner = (
            self.by_source.get(_ojf(card).get("of")) or self.by_source.get(anchor) or self.first_in_stage.get(phase.id)
        )
        if owner is None:  # a blueprint card in a stage without nodes: give the stage one
            owner = {
                "id": self.node_ids.take(None, f"node-{phase.id}"),
                "stageId": self.stages[phase.id]["id"],
                "swimlaneId": self._touchpoint_swimlane(None),
                "title": phase.name,
            }
            self._add(owner, phase, phase.id)
        return owner


def _column(obj: Phase | Lane, ids: _Ids) -> dict[str, Any]:
    kept = {k: v for k, v in _ojf(obj).items() if k not in ("id", "blueprint")}
    return {"id": ids.take(_ojf(obj).get("id"), obj.id), "name": obj.name, **kept}


def _touchpoint_node(
    m: JourneyMap, tp: Touchpoint, stage_id: str, lane_id: str, ids: _Ids
) -> tuple[dict[str, Any], Card | None]:
    ojf = _ojf(tp)
    kept = dict(ojf.get("node", {}))
    node: dict[str, Any] = {
        "id": ids.take(kept.pop("id", None), tp.id),
        "stageId": stage_id,
        "swimlaneId": lane_id,
        "title": tp.name,
    }
    card = m.cards.get(ojf.get("card", ""))
    if card is not None and card.cell == (ojf.get("swimlane"), tp.id):
        node["description"] = card.text
        if card.priority is not None:
            kept["severity"] = str(card.priority)
    else:
        card = None
    original = kept.get("score")
    if tp.emotion is None:
        kept.pop("score", None)
    elif not (isinstance(original, (int, float)) and score_to_emotion(original) == tp.emotion):
        kept["score"] = emotion_to_score(tp.emotion)
    if tp.moment_of_truth or "isMomentOfTruth" in kept:
        kept["isMomentOfTruth"] = tp.moment_of_truth
    tags = kept.get("tags")
    tags = list(tags) if isinstance(tags, list) else []
    if tp.channel is not Channel.OTHER and channel_for_words([str(t) for t in tags]) is not tp.channel:
        kept["tags"] = [*tags, CHANNEL_NAMES[tp.channel]]
    return {**node, **kept}, card


def _card_node(card: Card, stage_id: str, lane_id: str, ids: _Ids) -> dict[str, Any]:
    kept = dict(_ojf(card).get("node", {}))
    node: dict[str, Any] = {
        "id": ids.take(kept.pop("id", None), card.id),
        "stageId": stage_id,
        "swimlaneId": lane_id,
        "title": card.text,
    }
    if card.detail:
        node["description"] = card.detail
    if card.priority is not None:
        kept["severity"] = str(card.priority)
    if card.moment_of_truth or "isMomentOfTruth" in kept:
        kept["isMomentOfTruth"] = card.moment_of_truth
    return {**node, **kept}


def _blueprint_item(layer: str, card: Card) -> dict[str, Any]:
    _, _, text_key, second_key, field = BLUEPRINT_LAYERS[layer]
    ojf = _ojf(card)
    item: dict[str, Any] = {text_key: card.text}
    second = getattr(card, field)
    if second or ojf.get("absent") != second_key:
        item[second_key] = second
    kept = ojf.get("item")
    return {**item, **(kept if isinstance(kept, dict) else {})}


def _root(
    m: JourneyMap, meta: dict[str, Any], stages: list[Any], swimlanes: list[Any], nodes: list[Any], hint: dict[str, Any]
) -> dict[str, Any]:
    extra_root = meta.get("root") if isinstance(meta.get("root"), dict) else {}
    body = {"stages": stages, "swimlanes": swimlanes, "nodes": nodes, HINT_KEY: hint}
    if meta.get("dialect") == "flat" and not m.description:
        head = {"version": "1.0", **extra_root, "persona": m.persona.name, "pointOfView": m.title}
        return {**head, **body}
    rest = meta.get("metadata") if isinstance(meta.get("metadata"), dict) else {}
    metadata = {"title": m.title, "persona": m.persona.name, "pov": m.description, "version": "1.1.0", **rest}
    return {"metadata": metadata, **body, **{k: v for k, v in extra_root.items() if k != "version"}}


def write_ojf(m: JourneyMap) -> str:
    return json.dumps(map_to_ojf(m), ensure_ascii=False, indent=2) + "\n"
