"""OpenJourney Format (``.ojf``, the Ptolemy editor's JSON) → :class:`JourneyMap`.

OJF is a grid: ``stages`` (columns), ``swimlanes`` (rows) and ``nodes`` placed at (stage,
swimlane). CX Designer maps have touchpoints inside phases, so the mapping (docs/interop.md) is:

* each stage becomes a phase, each swimlane a lane (its kind guessed from its name);
* nodes in the *touchpoint swimlanes* — those whose kind is ``touchpoints`` or ``does`` and that
  hold nodes, else the first swimlane — become touchpoints (title → name, score → emotion,
  ``isMomentOfTruth`` kept) with their description as a card in that lane;
* every other node becomes a card (title → text, description → detail, severity → priority,
  ``isMomentOfTruth`` → the card's moment-of-truth flag), anchored to its stage's touchpoint when the stage has exactly one, else to the phase;
* ``blueprint`` items become cards in four lanes (evidence, onstage, backstage, support) at the
  node's anchor.

Whatever OJF holds that the model has no field for (ids, sentiment, icon, tags, the original
score…) is kept in ``extra["ojf"]`` so that :mod:`.ojf_export` writes it back.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..model.entities import Card, JourneyMap, Lane, Phase, Touchpoint
from ..model.vocabulary import LaneKind, Priority
from .common import (
    MapBuilder,
    channel_for_words,
    checked,
    decode_text,
    depth_of,
    expect,
    lane_kind_for_name,
    round_half_away,
)
from .errors import InteropError

SCORE_MIN, SCORE_MAX = -5, 5
# name, lane kind, the item's text field, and which model field its second field fills
BLUEPRINT_LAYERS: dict[str, tuple[str, LaneKind, str, str, str]] = {
    "evidence": ("Evidence", LaneKind.SEES, "item", "type", "detail"),
    "onstage": ("Onstage", LaneKind.CUSTOM, "action", "actor", "owner"),
    "backstage": ("Backstage", LaneKind.BACKSTAGE, "action", "actor", "owner"),
    "support": ("Support processes", LaneKind.CUSTOM, "system", "description", "detail"),
}
# The root key our exporter adds so that a re-import picks the same touchpoint swimlanes; other
# tools ignore unknown keys.
HINT_KEY = "x-cxdesigner"
_NODE_MODELLED = {"stageId", "swimlaneId", "title", "description", "blueprint"}


def score_to_emotion(score: float) -> int:
    """−5…+5 → −2…+2: ×2/5, rounded half away from zero (±1 → 0, ±2 and ±3 → ±1, ±4 and ±5 → ±2)."""
    return round_half_away(score * 2 / 5)


def emotion_to_score(emotion: int) -> int:
    """−2…+2 → −5…+5: ×5/2, rounded half away from zero (±1 → ±3, which reads back as ±1)."""
    return round_half_away(emotion * 5 / 2)


def parse_json(text: str) -> Any:
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        problem = "the file ends too early" if exc.pos >= len(text.rstrip()) else exc.msg
        raise InteropError(f"line {exc.lineno}, column {exc.colno}: not valid JSON: {problem}") from None
    except RecursionError:
        raise InteropError("the JSON nests too deeply to be a journey map") from None
    except ValueError as exc:
        raise InteropError(f"not valid JSON: {exc}") from None
    if depth_of(data) > 32:  # an OJF file nests about seven levels deep; far deeper is not one
        raise InteropError("the JSON nests too deeply to be a journey map")
    return data


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _text(obj: dict[str, Any], key: str, where: str, default: str = "") -> str:
    return expect(obj.get(key, default), str, f"{where}.{key}" if where else key, "text")


def _label(obj: dict[str, Any], index: int, what: str) -> str:
    title = obj.get("title", obj.get("name"))
    return f"{what}[{index}]" + (f" ({title[:30]!r})" if isinstance(title, str) and title else "")


def read_ojf(raw: bytes) -> JourneyMap:
    data = parse_json(decode_text(raw))
    root = expect(data, dict, "the file", "a JSON object (an OpenJourney map)")
    for key in ("stages", "swimlanes", "nodes"):
        if key not in root:
            raise InteropError(f"{key}: missing; this is not an OpenJourney (.ojf) file")
        expect(root[key], list, key, "a list")
    b = MapBuilder()
    m = b.m
    _read_header(root, m)
    stages = _read_columns(root["stages"], "stages", lambda name, where, extra: b.phase(name, where, extra))
    lanes = _read_columns(
        root["swimlanes"],
        "swimlanes",
        lambda name, where, extra: b.lane(_lane_kind(root, extra, name), name, where, extra),
    )
    nodes = _read_nodes(root["nodes"], stages, lanes)
    spine = _touchpoint_lanes(root, lanes, nodes)
    blueprint_lanes = _blueprint_lanes(b, nodes)
    # Touchpoints first: other nodes of a stage anchor to its touchpoint when there is just one.
    anchors: dict[str, str] = {}
    voters: dict[str, tuple[str, dict[str, Any]]] = {}  # node id → (its card's id, the node's kept values)
    for node, where, node_id, phase, lane in nodes:
        if lane.id in spine:
            tp = _add_touchpoint(b, node, where, node_id, phase, lane)
            anchors[node_id] = tp.id
            if "card" in tp.extra["ojf"]:
                voters[node_id] = (tp.extra["ojf"]["card"], tp.extra["ojf"]["node"])
    for node, where, node_id, phase, lane in nodes:
        if lane.id not in spine:
            anchor = phase.touchpoints[0].id if len(phase.touchpoints) == 1 else phase.id
            anchors[node_id] = anchor
            card = _add_node_card(b, node, where, node_id, lane, anchor)
            voters[node_id] = (card.id, card.extra["ojf"]["node"])
    for node, where, node_id, _, _ in nodes:
        _add_blueprint(b, node, where, node_id, anchors[node_id], blueprint_lanes)
    hint = root.get(HINT_KEY) if isinstance(root.get(HINT_KEY), dict) else {}
    _read_votes(hint, m, voters)
    curve = hint.get("emotionCurve")
    if isinstance(curve, str) or any(tp.emotion is not None for tp in m.touchpoints()):
        b.lane(LaneKind.EMOTION_CURVE, curve if isinstance(curve, str) else "Emotion curve", f"{HINT_KEY}.emotionCurve")
    return b.finish()


def _read_header(root: dict[str, Any], m: JourneyMap) -> None:
    known = {"stages", "swimlanes", "nodes", HINT_KEY}
    if "metadata" in root:
        meta = expect(root["metadata"], dict, "metadata", "an object")
        m.title = _text(meta, "title", "metadata")
        m.persona.name = _text(meta, "persona", "metadata")
        m.description = _text(meta, "pov", "metadata")
        rest = {k: v for k, v in meta.items() if k not in ("title", "persona", "pov")}
        m.extra["ojf"] = {"dialect": "metadata", "metadata": rest}
        known.add("metadata")
    else:
        # The flat dialect has no title: its point of view names the journey best.
        m.title = _text(root, "pointOfView", "")
        m.persona.name = _text(root, "persona", "")
        m.extra["ojf"] = {"dialect": "flat"}
        known |= {"persona", "pointOfView"}
    checked("map", "title", m.title, "title")
    checked("map", "description", m.description, "point of view")
    checked("persona", "name", m.persona.name, "persona")
    m.extra["ojf"]["root"] = {k: v for k, v in root.items() if k not in known}


def _read_columns(items: list[Any], key: str, make: Any) -> dict[str, Any]:
    """Stages or swimlanes by OJF id, in file order; missing ids are generated."""
    by_id: dict[str, Any] = {}
    given = {i.get("id") for i in items if isinstance(i, dict)}
    for index, item in enumerate(items):
        where = _label(item, index, key) if isinstance(item, dict) else f"{key}[{index}]"
        expect(item, dict, where, "an object")
        if "id" in item:
            ojf_id = expect(item["id"], str, f"{where}.id", "text")
            if ojf_id in by_id:
                raise InteropError(f"{where}.id: {ojf_id!r} is used twice")
        else:
            ojf_id = f"{key[:-1]}-{index + 1}"
            while ojf_id in given:
                ojf_id += "x"
            given.add(ojf_id)
        extra = {k: v for k, v in item.items() if k not in ("id", "name")}
        by_id[ojf_id] = make(_text(item, "name", where), f"{where}.name", {"ojf": {"id": ojf_id, **extra}})
    return by_id


def _lane_kind(root: dict[str, Any], extra: dict[str, Any], name: str) -> LaneKind:
    """The kind our own export recorded for this swimlane, else the kind its name clearly means."""
    hint = root.get(HINT_KEY)
    kinds = hint.get("laneKinds") if isinstance(hint, dict) else None
    recorded = kinds.get(extra["ojf"]["id"]) if isinstance(kinds, dict) else None
    if recorded in {k.value for k in LaneKind if k.holds_cards}:
        return LaneKind(recorded)
    return lane_kind_for_name(name)


def _read_nodes(
    items: list[Any], stages: dict[str, Phase], lanes: dict[str, Lane]
) -> list[tuple[dict[str, Any], str, str, Phase, Lane]]:
    result = []
    uses = Counter(i.get("id") for i in items if isinstance(i, dict) and isinstance(i.get("id"), str))
    given = set(uses)
    for index, node in enumerate(items):
        where = _label(node, index, "nodes") if isinstance(node, dict) else f"nodes[{index}]"
        expect(node, dict, where, "an object")
        refs = []
        for key, table, what in (("stageId", stages, "stage"), ("swimlaneId", lanes, "swimlane")):
            if key not in node:
                raise InteropError(f"{where}.{key}: missing; every node sits in one {what}")
            ref = expect(node[key], str, f"{where}.{key}", "text")
            if ref not in table:
                raise InteropError(f"{where}.{key}: no {what} has the id {ref!r}")
            refs.append(table[ref])
        if "id" in node:
            node_id = expect(node["id"], str, f"{where}.id", "text")
            if uses[node_id] > 1:
                raise InteropError(f"{where}.id: {node_id!r} is used twice")
        else:
            node_id = f"node-{index + 1}"
            while node_id in given:
                node_id += "x"
            given.add(node_id)
        for key in ("title", "description", "severity", "sentiment", "purpose", "icon", "iconColor"):
            if key in node:
                _text(node, key, where)
        if "score" in node:
            score = expect(node["score"], (int, float), f"{where}.score", "a number")
            if not SCORE_MIN <= score <= SCORE_MAX:
                raise InteropError(f"{where}.score: expected a number from -5 to 5, got {score!r}")
        if "isMomentOfTruth" in node:
            expect(node["isMomentOfTruth"], bool, f"{where}.isMomentOfTruth", "true or false")
        for i, tag in enumerate(expect(node.get("tags", []), list, f"{where}.tags", "a list of texts")):
            expect(tag, str, f"{where}.tags[{i}]", "text")
        result.append((node, where, node_id, refs[0], refs[1]))
    return result


def _touchpoint_lanes(root: dict[str, Any], lanes: dict[str, Lane], nodes: list[Any]) -> set[str]:
    """Lane ids whose nodes become touchpoints (see the module docstring)."""
    hint = root.get(HINT_KEY)
    if isinstance(hint, dict) and isinstance(hint.get("touchpointSwimlanes"), list):
        return {lanes[s].id for s in hint["touchpointSwimlanes"] if isinstance(s, str) and s in lanes}
    used = {lane.id for *_, lane in nodes}
    kinds = (LaneKind.TOUCHPOINTS, LaneKind.DOES)
    chosen = {lane.id for lane in lanes.values() if lane.kind in kinds and lane.id in used}
    if chosen:
        return chosen
    return {next(iter(lanes.values())).id} if lanes else set()


def _blueprint_lanes(b: MapBuilder, nodes: list[Any]) -> dict[str, Lane]:
    if not any("blueprint" in node for node, *_ in nodes):
        return {}
    return {
        layer: b.lane(kind, name, f"blueprint layer {layer}", {"ojf": {"blueprint": layer}})
        for layer, (name, kind, *_) in BLUEPRINT_LAYERS.items()
    }


def _priority(node: dict[str, Any]) -> Priority | None:
    """OJF severity uses the same words as card priority; anything else stays in ``extra``."""
    return Priority(node["severity"]) if node.get("severity") in tuple(Priority) else None


def _add_touchpoint(
    b: MapBuilder, node: dict[str, Any], where: str, node_id: str, phase: Phase, lane: Lane
) -> Touchpoint:
    score = node.get("score")
    tp = b.touchpoint(
        phase,
        node.get("title", ""),
        f"{where}.title",
        channel=channel_for_words(node.get("tags", [])),
        moment_of_truth=node.get("isMomentOfTruth", False),
        emotion=None if score is None else score_to_emotion(score),
        extra={},
    )
    kept = {k: v for k, v in node.items() if k not in _NODE_MODELLED}
    kept["id"] = node_id
    ojf: dict[str, Any] = {"node": kept, "swimlane": lane.id}
    if node.get("description"):
        priority = _priority(node)
        card = b.card(lane, tp.id, node["description"], f"{where}.description", priority=priority,
                      extra={"ojf": {"describes": node_id}})  # fmt: skip
        ojf["card"] = card.id
        if priority is not None:
            kept.pop("severity")
    tp.extra["ojf"] = ojf
    return tp


def _read_votes(hint: dict[str, Any], m: JourneyMap, voters: dict[str, tuple[str, dict[str, Any]]]) -> None:
    """Dots per participant colour, which our export keeps in the hint by node id (the node
    itself has only ``voteCount``, the total, which then comes from the model on export)."""
    if "votes" not in hint:
        return
    votes = expect(hint["votes"], dict, f"{HINT_KEY}.votes", "an object")
    for node_id, value in votes.items():
        where = f"{HINT_KEY}.votes.{node_id}"
        if node_id not in voters:
            raise InteropError(f"{where}: no node with a card has the id {node_id[:40]!r}")
        card_id, kept = voters[node_id]
        m.cards[card_id].votes = checked("card", "votes", value, where)
        kept.pop("voteCount", None)


def _add_node_card(b: MapBuilder, node: dict[str, Any], where: str, node_id: str, lane: Lane, anchor: str) -> Card:
    kept = {k: v for k, v in node.items() if k not in _NODE_MODELLED}
    kept["id"] = node_id
    priority = _priority(node)
    if priority is not None:
        kept.pop("severity")
    return b.card(lane, anchor, node.get("title", ""), f"{where}.title", detail=node.get("description", ""),
           priority=priority, moment_of_truth=node.get("isMomentOfTruth", False),
           extra={"ojf": {"node": kept}})  # fmt: skip


def _add_blueprint(
    b: MapBuilder, node: dict[str, Any], where: str, node_id: str, anchor: str, lanes: dict[str, Lane]
) -> None:
    if "blueprint" not in node:
        return
    blueprint = expect(node["blueprint"], dict, f"{where}.blueprint", "an object")
    for layer, items in blueprint.items():
        if layer not in BLUEPRINT_LAYERS:
            raise InteropError(f"{where}.blueprint.{layer}: unknown layer; expected {', '.join(BLUEPRINT_LAYERS)}")
        _, _, text_key, second_key, field = BLUEPRINT_LAYERS[layer]
        for index, item in enumerate(expect(items, list, f"{where}.blueprint.{layer}", "a list")):
            item_where = f"{where}.blueprint.{layer}[{index}]"
            expect(item, dict, item_where, "an object")
            text = _text(item, text_key, item_where)
            second = _text(item, second_key, item_where)
            kept: dict[str, Any] = {
                "of": node_id,
                "item": {k: v for k, v in item.items() if k not in (text_key, second_key)},
            }
            if second_key not in item:
                kept["absent"] = second_key  # write back exactly what was there, no empty field
            b.card(lanes[layer], anchor, text, f"{item_where}.{text_key}", **{field: second}, extra={"ojf": kept})
