"""Read ``.cxmap`` text into a :class:`JourneyMap`, refusing bad input with a precise message.

Reading goes in steps, each of which can only fail with :class:`MapFileError`:
bytes → strict UTF-8 → strict JSON (no NaN/Infinity, no duplicate keys) → format and version
check (older versions are migrated) → per-node and per-edge validation → model. The node-link
data is read directly rather than through ``networkx.node_link_graph``: it is the same data, and
validating while building the model halves the cost of opening large maps.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable
from typing import Any

from ..model.entities import Card, IdealState, JourneyMap, Lane, Persona, Phase, Touchpoint
from ..model.errors import ModelError
from ..model.values import MAX_PHOTO_BYTES, MAX_TEXT_LENGTH, check_field, photo_type
from ..model.values import short_repr as _short
from ..model.vocabulary import LaneKind, LinkKind
from .errors import MapFileError
from .format import FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, MAX_NESTING
from .migrations import migrate

# Attributes the format defines, per node kind; anything else is kept in ``extra`` untouched.
_KNOWN = {
    "phase": {"id", "kind", "name", "order"},
    "touchpoint": {"id", "kind", "name", "channel", "moment_of_truth", "emotion", "nps", "ces", "order"},
    "lane": {"id", "kind", "lane_kind", "name", "hidden", "order"},
    "card": {"id", "kind", "text", "order", "detail", "color", "owner", "priority", "status", "moment_of_truth", "votes"},
}
_GRAPH_KNOWN = {"format", "version", "title", "description", "language", "persona", "ideal_states"}
_PERSONA_KNOWN = {"name", "description", "goals", "quote", "needs", "frustrations", "photo"}
# "links" is where networkx before 3.4 put the edges; anything else at the top level is kept.
_FILE_KNOWN = {"directed", "multigraph", "graph", "nodes", "edges", "links"}
_EDGE_KNOWN = {"source", "target", "kind"}
_LINK_KNOWN = {"source", "target", "kind", "link"}


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key, _describe_object(result))
            seen.add(key)
    return result


def _describe_object(obj: dict[str, Any]) -> str:
    """Where a JSON object sits, as far as its own keys tell (for duplicate-key messages)."""
    if isinstance(obj.get("id"), str):
        return f"node {_short(obj['id'])}"
    if "source" in obj and "target" in obj:
        return f"the edge {_short(obj['source'])} → {_short(obj['target'])}"
    if "nodes" in obj or "directed" in obj:
        return "the top-level object"
    if "format" in obj or "version" in obj:
        return "graph"
    return "one object"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses as infinity, which JSON cannot hold
        raise ValueError(f"the number {text[:40]} is too large")
    return value


_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# A \u escape of a UTF-16 surrogate: JSON allows a lone one, Python keeps it, UTF-8 cannot hold it.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _check_strings(data: Any) -> None:
    """Refuse lone surrogates (``"\\ud800"``): the map could never be saved as UTF-8 again."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise MapFileError(f"the text {_short(value)} holds an unpaired UTF-16 surrogate") from None


def parse_json(raw: bytes) -> Any:
    """Strict JSON from bytes: UTF-8 only, no NaN/Infinity, no duplicate keys."""
    if len(raw) > MAX_FILE_BYTES:
        raise MapFileError(f"the file is {len(raw):,} bytes; maps larger than {MAX_FILE_BYTES:,} are refused")
    if not raw.strip():
        raise MapFileError("the file is empty")
    if raw.startswith(_UTF16_32_BOMS):
        raise MapFileError("the file is UTF-16 or UTF-32 text; map files are UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MapFileError(f"the file is not UTF-8 text (bad byte at position {exc.start})") from None
    try:
        data = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant, parse_float=_finite_float
        )
    except _DuplicateKey as exc:
        raise MapFileError(f"the key {_short(exc.args[0])} appears twice in {exc.args[1]}") from None
    except json.JSONDecodeError as exc:
        # An unterminated string can only run into the end of the text (newlines inside are refused).
        at_end = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        problem = "the file ends too early (is it truncated?)" if at_end else exc.msg
        raise MapFileError(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {problem}") from None
    except RecursionError:
        raise MapFileError("the file nests too deeply to be a map") from None
    except ValueError as exc:  # NaN/Infinity, or an integer too long to convert
        if "integer string conversion" in str(exc):
            raise MapFileError("not valid map data: a number in the file has thousands of digits") from None
        raise MapFileError(f"not valid map data: {exc}") from None
    if _SURROGATE_ESCAPE.search(text):
        _check_strings(data)
    return data


class _NodeWhere:
    """Names a node in messages; formatted only when there is a problem to report (hot path)."""

    __slots__ = ("index", "node")

    def __init__(self, node: dict[str, Any], index: int) -> None:
        self.node, self.index = node, index

    def __str__(self) -> str:
        return _where(self.node, self.index)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _where(node: dict[str, Any], index: int) -> str:
    node_id = node.get("id")
    kind = node.get("kind")
    label = f"node {_short(node_id)}" if isinstance(node_id, str) and node_id else f"node #{index + 1}"
    if isinstance(kind, str):
        # A kind as the file spells it, but one line: a control character (a newline from a broken
        # file) is shown escaped, as in the rest of the message.
        shown = kind if kind.isprintable() else _short(kind, 22)[1:-1]
        return f"{label} ({shown if len(shown) <= 20 else shown[:19] + '…'})"
    return label


_TEXT_FIELDS = frozenset({"name", "text", "detail", "owner", "title", "description", "quote"})


def _field(where: Any, entity: str, node: dict[str, Any], name: str, default: Any = ...) -> Any:
    if name not in node:
        if default is ...:
            raise MapFileError(f"{where}: field {name!r} is missing")
        return default
    value = node[name]
    # Fast path for the commonest field: plain text within the limit needs no further checks.
    if type(value) is str and name in _TEXT_FIELDS and len(value) <= MAX_TEXT_LENGTH:
        return value
    try:
        return check_field(entity, name, node[name])
    except ModelError as exc:
        message = str(exc).split(": ", 1)[-1]
        raise MapFileError(f"{where}: field {name!r}: {message}") from None


def _order(where: Any, node: dict[str, Any]) -> int:
    value = node.get("order")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise MapFileError(f"{where}: field 'order': expected a whole number ≥ 0, got {_short(value)}")
    return value


def _extra(node: dict[str, Any], known: set[str], where: Any = "graph") -> dict[str, Any]:
    if node.keys() <= known:  # the usual case: nothing unknown to keep
        return {}
    extra = {k: v for k, v in node.items() if k not in known}
    for key, value in extra.items():
        if isinstance(value, (dict, list)):
            _check_nesting(value, f"{where}: field {_short(key)}")
    return extra


def _check_nesting(value: Any, where: str) -> None:
    """Unknown fields are kept as they are; refuse deep nesting there (copying and saving recurse)."""
    level: list[Any] = [value]
    for _ in range(MAX_NESTING):
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, (dict, list))
        ]
        if not level:
            return
    raise MapFileError(f"{where}: nested more than {MAX_NESTING} levels deep")


def _check_envelope(data: Any) -> tuple[dict[str, Any], list[Any], list[Any], dict[str, Any]]:
    """The graph attributes, nodes, edges and unknown top-level keys of (migrated) data."""
    if not isinstance(data, dict):
        raise MapFileError("not a CX Designer map: the file holds no JSON object")
    graph = data.get("graph")
    if not isinstance(graph, dict):
        raise MapFileError("not a CX Designer map: it has no 'graph' object with the format name")
    if graph.get("format") != FORMAT_NAME:
        found = "missing" if "format" not in graph else _short(graph["format"])
        raise MapFileError(f"not a CX Designer map: graph.format is {found}, not {FORMAT_NAME!r}")
    version = graph.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise MapFileError(f"graph.version: expected a whole number ≥ 1, got {_short(version)}")
    if version > FORMAT_VERSION:
        raise MapFileError(
            f"this map was saved by a newer CX Designer (format version {_short(version)}); "
            f"this version reads up to {FORMAT_VERSION}. Please update CX Designer."
        )
    if version < FORMAT_VERSION:
        data = migrate(data, version)
        graph = data["graph"]
    if data.get("directed") is not True:
        raise MapFileError(f"not a CX Designer map: expected a directed graph ('directed': true), got {_short(data.get('directed'))}")
    if data.get("multigraph", False) is not False:
        raise MapFileError(f"not a CX Designer map: parallel edges are not allowed ('multigraph' must be false), got {_short(data.get('multigraph'))}")
    if "edges" in data and "links" in data:
        raise MapFileError("the file has both 'edges' and 'links'; it is ambiguous")
    # networkx before 3.4 wrote edges under "links": the same data, read the same way.
    edges = data.get("edges", data.get("links"))
    nodes = data.get("nodes")
    if not isinstance(nodes, list):
        raise MapFileError(f"'nodes' is {'missing' if 'nodes' not in data else 'not a list'}")
    if not isinstance(edges, list):
        key = "links" if "links" in data else "edges"
        raise MapFileError(f"{key!r} is {'missing' if key not in data else 'not a list'}")
    return graph, nodes, edges, _extra(data, _FILE_KNOWN, "the top-level object")


def _read_graph(graph: dict[str, Any], m: JourneyMap) -> None:
    m.title = _field("graph", "map", graph, "title", "")
    m.description = _field("graph", "map", graph, "description", "")
    m.language = _field("graph", "map", graph, "language", "en")
    m.extra = _extra(graph, _GRAPH_KNOWN)
    persona = graph.get("persona", {})
    if not isinstance(persona, dict):
        raise MapFileError("graph.persona: expected an object")
    m.persona = Persona(
        name=_field("graph.persona", "persona", persona, "name", ""),
        description=_field("graph.persona", "persona", persona, "description", ""),
        goals=_field("graph.persona", "persona", persona, "goals", []),
        quote=_field("graph.persona", "persona", persona, "quote", ""),
        needs=_field("graph.persona", "persona", persona, "needs", []),
        frustrations=_field("graph.persona", "persona", persona, "frustrations", []),
        photo=_photo(persona),
        extra=_extra(persona, _PERSONA_KNOWN, "graph.persona"),
    )


def _photo(persona: dict[str, Any]) -> bytes:
    """The persona's photo: a ``data:image/jpeg;base64,…`` (or PNG) URI in the file."""
    uri = persona.get("photo")
    if uri is None or uri == "":
        return b""
    prefix = "graph.persona: field 'photo'"
    if not isinstance(uri, str):
        raise MapFileError(f"{prefix}: expected a data URI, got {_short(uri)}")
    head, sep, payload = uri.partition(",")
    if not sep or head not in ("data:image/jpeg;base64", "data:image/png;base64"):
        raise MapFileError(f"{prefix}: expected data:image/jpeg;base64,… or data:image/png;base64,…")
    if len(payload) > MAX_PHOTO_BYTES * 4 // 3 + 4:
        raise MapFileError(f"{prefix}: the photo is larger than {MAX_PHOTO_BYTES // 1024} KiB")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise MapFileError(f"{prefix}: the image data is not valid base64") from None
    if photo_type(data) != head[5:-7]:
        raise MapFileError(f"{prefix}: the data is not the {head[5:-7]} image it claims to be")
    return _field("graph.persona", "persona", {"photo": data}, "photo")


def _read_nodes(nodes: list[Any]) -> dict[str, tuple[str, Any, int]]:
    """Validate nodes; return id → (kind, object, order)."""
    objects: dict[str, tuple[str, Any, int]] = {}
    for index, node in enumerate(nodes):
        if not isinstance(node, dict):
            raise MapFileError(f"node #{index + 1}: expected an object")
        where = _NodeWhere(node, index)
        node_id = node.get("id")
        if "id" not in node:
            raise MapFileError(f"{where}: field 'id' is missing")
        if not isinstance(node_id, str) or not node_id:
            raise MapFileError(f"{where}: field 'id': expected non-empty text, got {_short(node_id)}")
        if node_id in objects:
            raise MapFileError(f"{where}: the id is used by more than one node")
        if "kind" not in node:
            raise MapFileError(f"{where}: field 'kind' is missing")
        kind = node.get("kind")
        build = _BUILDERS.get(kind) if isinstance(kind, str) else None
        if build is None:
            raise MapFileError(f"{where}: field 'kind': expected one of {', '.join(_BUILDERS)}, got {_short(kind)}")
        objects[node_id] = (kind, build(where, node_id, node), _order(where, node))
    return objects


def _build_phase(where: str, node_id: str, node: dict[str, Any]) -> Phase:
    return Phase(node_id, _field(where, "phase", node, "name"), extra=_extra(node, _KNOWN["phase"], where))


def _build_touchpoint(where: str, node_id: str, node: dict[str, Any]) -> Touchpoint:
    return Touchpoint(
        node_id,
        _field(where, "touchpoint", node, "name"),
        _field(where, "touchpoint", node, "channel", "other"),
        _field(where, "touchpoint", node, "moment_of_truth", False),
        _field(where, "touchpoint", node, "emotion", None),
        _field(where, "touchpoint", node, "nps", None),
        _field(where, "touchpoint", node, "ces", None),
        extra=_extra(node, _KNOWN["touchpoint"], where),
    )


def _build_lane(where: str, node_id: str, node: dict[str, Any]) -> Lane:
    try:
        kind = LaneKind(node.get("lane_kind"))
    except ValueError:
        allowed = ", ".join(k.value for k in LaneKind)
        raise MapFileError(f"{where}: field 'lane_kind': expected one of {allowed}, got {_short(node.get('lane_kind'))}") from None
    return Lane(
        node_id,
        kind,
        _field(where, "lane", node, "name"),
        _field(where, "lane", node, "hidden", False),
        extra=_extra(node, _KNOWN["lane"], where),
    )


_CARD_OPTIONAL = ("detail", "color", "owner", "priority", "status", "moment_of_truth", "votes")


def _build_card(where: Any, node_id: str, node: dict[str, Any]) -> Card:
    # The hot path of opening a big map: most cards have only text, so check the rest only if present.
    text = node.get("text")
    if type(text) is not str or len(text) > MAX_TEXT_LENGTH:
        text = _field(where, "card", node, "text")
    card = Card(node_id, text, "", "")
    for name in _CARD_OPTIONAL:
        if name in node:
            setattr(card, name, _field(where, "card", node, name))
    if not node.keys() <= _KNOWN["card"]:
        card.extra = _extra(node, _KNOWN["card"], where)
    return card


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
    kinds = {node_id: entry[0] for node_id, entry in objects.items()}
    # Which edge kind may join which node kinds, and the table it fills (None: a card link).
    targets: dict[tuple[Any, str, str], dict[str, str] | None] = {
        ("contains", "phase", "touchpoint"): parent_phase,
        ("holds", "lane", "card"): card_lane,
        ("anchors", "touchpoint", "card"): card_anchor,
        ("anchors", "phase", "card"): card_anchor,
        ("link", "card", "card"): None,
    }
    for index, edge in enumerate(edges):
        if type(edge) is not dict:
            raise MapFileError(f"edge #{index + 1}: expected an object, got {_short(edge)}")
        source, target, kind = edge.get("source"), edge.get("target"), edge.get("kind")
        if type(source) is not str or type(target) is not str or source not in kinds or target not in kinds:
            _bad_edge_end(index, edge, objects)
        key = (source, target)
        if key in seen:
            raise MapFileError(f"{_EdgeWhere(index, source, target)}: the same edge appears twice")
        seen.add(key)
        try:
            table = targets[(kind, kinds[source], kinds[target])]
        except (KeyError, TypeError):  # TypeError: an unhashable kind such as a list
            _bad_edge_kind(index, source, target, kind, kinds)
        if table is not None:
            if target in table:
                _edge_conflict(index, source, target, kind)
            table[target] = source
            if len(edge) > 3:  # source, target and kind were all read above; more are unknown
                m.containment_extra[key] = _extra(edge, _EDGE_KNOWN, _EdgeWhere(index, source, target))
            continue
        if source == target:
            raise MapFileError(f"{_EdgeWhere(index, source, target)}: a card cannot link to itself")
        try:
            m.links[key] = LinkKind(edge.get("link"))
        except ValueError:
            allowed = ", ".join(k.value for k in LinkKind)
            raise MapFileError(
                f"{_EdgeWhere(index, source, target)}: field 'link': expected one of {allowed}, got {_short(edge.get('link'))}"
            ) from None
        if len(edge) > 4:  # so were link and the rest
            m.link_extra[key] = _extra(edge, _LINK_KNOWN, _EdgeWhere(index, source, target))
    _assemble(objects, parent_phase, card_lane, card_anchor, m)


class _EdgeWhere:
    __slots__ = ("index", "source", "target")

    def __init__(self, index: int, source: str, target: str) -> None:
        self.index, self.source, self.target = index, source, target

    def __str__(self) -> str:
        return f"edge #{self.index + 1} ({_short(self.source)} → {_short(self.target)})"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _bad_edge_kind(index: int, source: str, target: str, kind: Any, kinds: dict[str, str]) -> None:
    where = _EdgeWhere(index, source, target)
    if kind not in ("contains", "holds", "anchors", "link"):
        raise MapFileError(f"{where}: field 'kind': expected one of contains, holds, anchors, link, got {_short(kind)}")
    raise MapFileError(f"{where}: a {kind!r} edge cannot join a {kinds[source]} to a {kinds[target]}")


def _edge_conflict(index: int, source: str, target: str, kind: str) -> None:
    where = _EdgeWhere(index, source, target)
    problem = {
        "contains": f"touchpoint {_short(target)} is in more than one phase",
        "holds": f"card {_short(target)} is in more than one lane",
        "anchors": f"card {_short(target)} is anchored more than once",
    }[kind]
    raise MapFileError(f"{where}: {problem}")


def _bad_edge_end(index: int, edge: dict[str, Any], objects: dict[str, Any]) -> None:
    where = f"edge #{index + 1}"
    for end in ("source", "target"):
        value = edge.get(end)
        if end not in edge:
            raise MapFileError(f"{where}: field {end!r} is missing")
        if not isinstance(value, str):
            raise MapFileError(f"{where}: field {end!r}: expected a node id (text), got {_short(value)}")
        if value not in objects:
            raise MapFileError(f"{where}: field {end!r}: no node with id {_short(value)}")
    raise AssertionError("unreachable")  # pragma: no cover


def _sorted_by_order(items: list[tuple[int, Any]], what: str) -> list[Any]:
    items.sort(key=lambda pair: pair[0])
    for (order, first), (next_order, second) in zip(items, items[1:], strict=False):
        if order == next_order:
            raise MapFileError(
                f"{what}: nodes {_short(first.id)} and {_short(second.id)} have the same 'order' value {order}"
            )
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
                raise MapFileError(f"node {_short(node_id)} (touchpoint): no phase contains it")
            per_phase.setdefault(parent_phase[node_id], []).append((order, obj))
        else:
            lane_id, anchor_id = card_lane.get(node_id), card_anchor.get(node_id)
            if lane_id is None or anchor_id is None:
                missing = "lane" if lane_id is None else "touchpoint or phase"
                raise MapFileError(f"node {_short(node_id)} (card): it has no {missing}")
            obj.lane_id, obj.anchor_id = lane_id, anchor_id
            cell = per_cell.get((lane_id, anchor_id))
            if cell is None:
                cell = per_cell[(lane_id, anchor_id)] = []
            cell.append((order, obj))
    for (lane_id, _), cards in per_cell.items():
        if not objects[lane_id][1].kind.holds_cards:
            card_id = cards[0][1].id
            raise MapFileError(f"node {_short(card_id)} (card): lane {_short(lane_id)} draws the emotion curve and holds no cards")
    m.phases = _sorted_by_order(phases, "phases")
    for phase in m.phases:
        phase.touchpoints = _sorted_by_order(per_phase.get(phase.id, []), f"touchpoints of phase {_short(phase.id)}")
    m.lanes = _sorted_by_order(lanes, "lanes")
    for cell, cards in per_cell.items():
        ordered = _sorted_by_order(cards, f"cards in lane {_short(cell[0])} at {_short(cell[1])}")
        m.cells[cell] = [c.id for c in ordered]
        m.cards.update((c.id, c) for c in ordered)
    m.rebuild_index()


def data_to_map(data: Any, nested: bool = False) -> JourneyMap:
    """Validate parsed JSON and build the map from it (with its ideal states, unless nested)."""
    graph, nodes, edges, file_extra = _check_envelope(data)
    m = JourneyMap()
    m.file_extra = file_extra
    _read_graph(graph, m)
    objects = _read_nodes(nodes)
    _read_edges(edges, objects, m)
    states = graph.get("ideal_states", [])
    if nested and states:
        raise MapFileError("an ideal state cannot hold ideal states of its own")
    m.ideal_states = _read_ideal_states(states, set(objects))
    # No m.check_invariants() here: every rule it checks was checked above while reading (the
    # fuzz and state-machine tests hold the loaded maps to it), and it would cost 10 % of a load.
    for state in m.ideal_states:
        m.note_id(state.id)
    return m


def _read_ideal_states(states: Any, taken: set[str]) -> list[IdealState]:
    if not isinstance(states, list):
        raise MapFileError("graph.ideal_states: expected a list")
    result = []
    for index, state in enumerate(states):
        where = f"graph.ideal_states[{index}]"
        if not isinstance(state, dict) or not isinstance(state.get("map"), dict):
            raise MapFileError(f"{where}: expected an object with 'id', 'name' and 'map'")
        state_id = state.get("id")
        if not isinstance(state_id, str) or not state_id or state_id in taken:
            raise MapFileError(f"{where}: field 'id': expected text not used by any other item, got {_short(state_id)}")
        taken.add(state_id)
        name = _field(where, "state", state, "name")
        try:
            state_map = data_to_map(state["map"], nested=True)
        except MapFileError as exc:
            raise MapFileError(f"ideal state {_short(name)}: {exc}") from None
        result.append(IdealState(state_id, name, state_map))
    return result


def loads_map(raw: bytes | str) -> JourneyMap:
    """A map from the bytes (or text) of a ``.cxmap`` file."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return data_to_map(parse_json(raw))
