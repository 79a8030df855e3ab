"""Read ``.cxmap`` text into a :class:`JourneyMap`, refusing bad input with a precise message.

Reading goes in steps, each of which can only fail with :class:`MapFileError`:
bytes → strict UTF-8 → strict JSON (no NaN/Infinity, no duplicate keys) → format and version
check (older versions are migrated) → per-node and per-edge validation → model. The node-link
data is read directly rather than through ``networkx.node_link_graph``: it is the same data, and
validating while building the model halves the cost of opening large maps.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..model.entities import Card, JourneyMap, Lane, Persona, Phase, Touchpoint
from ..model.errors import ModelError
from ..model.values import check_field
from ..model.vocabulary import LaneKind, LinkKind
from .errors import MapFileError
from .format import FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES
from .migrations import migrate

# Attributes the format defines, per node kind; anything else is kept in ``extra`` untouched.
_KNOWN = {
    "phase": {"id", "kind", "name", "order"},
    "touchpoint": {"id", "kind", "name", "channel", "moment_of_truth", "emotion", "order"},
    "lane": {"id", "kind", "lane_kind", "name", "hidden", "order"},
    "card": {"id", "kind", "text", "order", "detail", "color", "owner", "priority", "status"},
}
_GRAPH_KNOWN = {"format", "version", "title", "description", "language", "persona"}
_PERSONA_KNOWN = {"name", "description", "goals", "quote"}


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(raw: bytes) -> Any:
    """Strict JSON from bytes: UTF-8 only, no NaN/Infinity, no duplicate keys."""
    if len(raw) > MAX_FILE_BYTES:
        raise MapFileError(f"the file is {len(raw):,} bytes; maps larger than {MAX_FILE_BYTES:,} are refused")
    if not raw.strip():
        raise MapFileError("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MapFileError(f"the file is not UTF-8 text (bad byte at position {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except _DuplicateKey as exc:
        raise MapFileError(f"the key {exc.args[0]!r} appears twice in one object") from None
    except json.JSONDecodeError as exc:
        problem = "the file ends too early" if exc.pos >= len(text.rstrip()) else exc.msg
        raise MapFileError(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {problem}") from None
    except RecursionError:
        raise MapFileError("the file nests too deeply to be a map") from None
    except ValueError as exc:  # NaN/Infinity, or an integer too long to convert
        raise MapFileError(f"not valid map data: {exc}") from None


def _where(node: dict[str, Any], index: int) -> str:
    node_id = node.get("id")
    kind = node.get("kind")
    label = f"node {node_id!r}" if isinstance(node_id, str) else f"node #{index + 1}"
    return f"{label} ({kind})" if isinstance(kind, str) else label


def _field(where: str, entity: str, node: dict[str, Any], name: str, default: Any = ...) -> Any:
    if name not in node:
        if default is ...:
            raise MapFileError(f"{where}: field {name!r} is missing")
        return default
    try:
        return check_field(entity, name, node[name])
    except ModelError as exc:
        message = str(exc).split(": ", 1)[-1]
        raise MapFileError(f"{where}: field {name!r}: {message}") from None


def _order(where: str, node: dict[str, Any]) -> int:
    value = node.get("order")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise MapFileError(f"{where}: field 'order': expected a whole number ≥ 0, got {value!r}")
    return value


def _extra(node: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k not in known}


def _check_envelope(data: Any) -> tuple[dict[str, Any], list[Any], list[Any]]:
    if not isinstance(data, dict):
        raise MapFileError("not a CX Designer map: the file holds no JSON object")
    graph = data.get("graph")
    if not isinstance(graph, dict) or graph.get("format") != FORMAT_NAME:
        raise MapFileError("not a CX Designer map: graph.format is not 'cxdesigner-map'")
    version = graph.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise MapFileError(f"graph.version: expected a whole number ≥ 1, got {version!r}")
    if version > FORMAT_VERSION:
        raise MapFileError(
            f"this map was saved by a newer CX Designer (format version {version}); "
            f"this version reads up to {FORMAT_VERSION}. Please update CX Designer."
        )
    if version < FORMAT_VERSION:
        data = migrate(data, version)
        graph = data["graph"]
    if data.get("directed") is not True or data.get("multigraph") not in (False, None):
        raise MapFileError("not a CX Designer map: expected a directed graph without parallel edges")
    if "edges" in data and "links" in data:
        raise MapFileError("the file has both 'edges' and 'links'; it is ambiguous")
    # networkx before 3.4 wrote edges under "links": the same data, read the same way.
    edges = data.get("edges", data.get("links"))
    nodes = data.get("nodes")
    if not isinstance(nodes, list):
        raise MapFileError("'nodes' is missing or is not a list")
    if not isinstance(edges, list):
        raise MapFileError("'edges' is missing or is not a list")
    return graph, nodes, edges


def _read_graph(graph: dict[str, Any], m: JourneyMap) -> None:
    m.title = _field("graph", "map", graph, "title", "")
    m.description = _field("graph", "map", graph, "description", "")
    m.language = _field("graph", "map", graph, "language", "en")
    m.extra = _extra(graph, _GRAPH_KNOWN)
    persona = graph.get("persona", {})
    if not isinstance(persona, dict):
        raise MapFileError("graph.persona: expected an object")
    m.persona = Persona(
        name=_field("persona", "persona", persona, "name", ""),
        description=_field("persona", "persona", persona, "description", ""),
        goals=_field("persona", "persona", persona, "goals", []),
        quote=_field("persona", "persona", persona, "quote", ""),
        extra=_extra(persona, _PERSONA_KNOWN),
    )


def _read_nodes(nodes: list[Any]) -> dict[str, tuple[str, Any, int]]:
    """Validate nodes; return id → (kind, object, order)."""
    objects: dict[str, tuple[str, Any, int]] = {}
    for index, node in enumerate(nodes):
        if not isinstance(node, dict):
            raise MapFileError(f"node #{index + 1}: expected an object")
        where = _where(node, index)
        node_id = node.get("id")
        if not isinstance(node_id, str) or not node_id:
            raise MapFileError(f"{where}: field 'id': expected non-empty text")
        if node_id in objects:
            raise MapFileError(f"{where}: the id is used by more than one node")
        kind = node.get("kind")
        build = _BUILDERS.get(kind) if isinstance(kind, str) else None
        if build is None:
            raise MapFileError(f"{where}: field 'kind': expected one of {', '.join(_BUILDERS)}, got {kind!r}")
        objects[node_id] = (kind, build(where, node_id, node), _order(where, node))
    return objects


def _build_phase(where: str, node_id: str, node: dict[str, Any]) -> Phase:
    return Phase(node_id, _field(where, "phase", node, "name"), extra=_extra(node, _KNOWN["phase"]))


def _build_touchpoint(where: str, node_id: str, node: dict[str, Any]) -> Touchpoint:
    return Touchpoint(
        node_id,
        _field(where, "touchpoint", node, "name"),
        _field(where, "touchpoint", node, "channel", "other"),
        _field(where, "touchpoint", node, "moment_of_truth", False),
        _field(where, "touchpoint", node, "emotion", None),
        extra=_extra(node, _KNOWN["touchpoint"]),
    )


def _build_lane(where: str, node_id: str, node: dict[str, Any]) -> Lane:
    try:
        kind = LaneKind(node.get("lane_kind"))
    except ValueError:
        allowed = ", ".join(k.value for k in LaneKind)
        raise MapFileError(f"{where}: field 'lane_kind': expected one of {allowed}, got {node.get('lane_kind')!r}") from None
    return Lane(
        node_id,
        kind,
        _field(where, "lane", node, "name"),
        _field(where, "lane", node, "hidden", False),
        extra=_extra(node, _KNOWN["lane"]),
    )


def _build_card(where: str, node_id: str, node: dict[str, Any]) -> Card:
    f: Callable[..., Any] = lambda name, default=...: _field(where, "card", node, name, default)  # noqa: E731
    return Card(
        node_id,
        f("text"),
        "",
        "",
        detail=f("detail", ""),
        color=f("color", None),
        owner=f("owner", ""),
        priority=f("priority", None),
        status=f("status", None),
        extra=_extra(node, _KNOWN["card"]),
    )


_BUILDERS: dict[str, Callable[[str, str, dict[str, Any]], Any]] = {
    "phase": _build_phase,
    "touchpoint": _build_touchpoint,
    "lane": _build_lane,
    "card": _build_card,
}


def _read_edges(edges: list[Any], objects: dict[str, tuple[str, Any, int]], m: JourneyMap) -> None:
    parent_phase: dict[str, str] = {}
    card_lane: dict[str, str] = {}
    card_anchor: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for index, edge in enumerate(edges):
        where = f"edge #{index + 1}"
        if not isinstance(edge, dict):
            raise MapFileError(f"{where}: expected an object")
        source, target, kind = edge.get("source"), edge.get("target"), edge.get("kind")
        for end, value in (("source", source), ("target", target)):
            if not isinstance(value, str) or value not in objects:
                raise MapFileError(f"{where}: field {end!r}: no node with id {value!r}")
        where = f"edge #{index + 1} ({source!r} → {target!r})"
        if (source, target) in seen:
            raise MapFileError(f"{where}: the same edge appears twice")
        seen.add((source, target))
        pair = (objects[source][0], objects[target][0])
        if kind == "contains" and pair == ("phase", "touchpoint"):
            if target in parent_phase:
                raise MapFileError(f"{where}: touchpoint {target!r} is in more than one phase")
            parent_phase[target] = source
        elif kind == "holds" and pair == ("lane", "card"):
            if target in card_lane:
                raise MapFileError(f"{where}: card {target!r} is in more than one lane")
            card_lane[target] = source
        elif kind == "anchors" and pair in (("touchpoint", "card"), ("phase", "card")):
            if target in card_anchor:
                raise MapFileError(f"{where}: card {target!r} is anchored more than once")
            card_anchor[target] = source
        elif kind == "link" and pair == ("card", "card"):
            if source == target:
                raise MapFileError(f"{where}: a card cannot link to itself")
            try:
                m.links[(source, target)] = LinkKind(edge.get("link"))
            except ValueError:
                allowed = ", ".join(k.value for k in LinkKind)
                raise MapFileError(f"{where}: field 'link': expected one of {allowed}, got {edge.get('link')!r}") from None
        else:
            raise MapFileError(f"{where}: a {kind!r} edge cannot join a {pair[0]} to a {pair[1]}")
    _assemble(objects, parent_phase, card_lane, card_anchor, m)


def _sorted_by_order(items: list[tuple[int, Any]], what: str) -> list[Any]:
    items.sort(key=lambda pair: pair[0])
    orders = [order for order, _ in items]
    if len(set(orders)) != len(orders):
        raise MapFileError(f"{what}: two items share one 'order' value")
    return [obj for _, obj in items]


def _assemble(
    objects: dict[str, tuple[str, Any, int]],
    parent_phase: dict[str, str],
    card_lane: dict[str, str],
    card_anchor: dict[str, str],
    m: JourneyMap,
) -> None:
    phases: list[tuple[int, Phase]] = []
    lanes: list[tuple[int, Lane]] = []
    per_phase: dict[str, list[tuple[int, Touchpoint]]] = {}
    per_cell: dict[tuple[str, str], list[tuple[int, Card]]] = {}
    for node_id, (kind, obj, order) in objects.items():
        if kind == "phase":
            phases.append((order, obj))
        elif kind == "lane":
            lanes.append((order, obj))
        elif kind == "touchpoint":
            if node_id not in parent_phase:
                raise MapFileError(f"node {node_id!r} (touchpoint): no phase contains it")
            per_phase.setdefault(parent_phase[node_id], []).append((order, obj))
        else:
            if node_id not in card_lane or node_id not in card_anchor:
                missing = "lane" if node_id not in card_lane else "touchpoint or phase"
                raise MapFileError(f"node {node_id!r} (card): it has no {missing}")
            obj.lane_id, obj.anchor_id = card_lane[node_id], card_anchor[node_id]
            if not objects[obj.lane_id][1].kind.holds_cards:
                raise MapFileError(f"node {node_id!r} (card): lane {obj.lane_id!r} draws the emotion curve and holds no cards")
            per_cell.setdefault(obj.cell, []).append((order, obj))
    m.phases = _sorted_by_order(phases, "phases")
    for phase in m.phases:
        phase.touchpoints = _sorted_by_order(per_phase.get(phase.id, []), f"touchpoints of phase {phase.id!r}")
    m.lanes = _sorted_by_order(lanes, "lanes")
    for cell, cards in per_cell.items():
        ordered = _sorted_by_order(cards, f"cards in lane {cell[0]!r} at {cell[1]!r}")
        m.cells[cell] = [c.id for c in ordered]
        m.cards.update((c.id, c) for c in ordered)
    m.rebuild_index()


def data_to_map(data: Any) -> JourneyMap:
    """Validate parsed JSON and build the map from it."""
    graph, nodes, edges = _check_envelope(data)
    m = JourneyMap()
    _read_graph(graph, m)
    objects = _read_nodes(nodes)
    _read_edges(edges, objects, m)
    try:
        m.check_invariants()
    except ModelError as exc:  # pragma: no cover - the checks above should catch everything first
        raise MapFileError(str(exc)) from None
    return m


def loads_map(raw: bytes | str) -> JourneyMap:
    """A map from the bytes (or text) of a ``.cxmap`` file."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return data_to_map(parse_json(raw))
