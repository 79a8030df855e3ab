"""Turn a :class:`JourneyMap` into networkx node-link data, deterministically.

Nodes are the map's objects, typed by ``kind``; edges carry containment (phase → touchpoint,
lane → card, anchor → card) and card links; graph attributes hold the format name, the schema
version and the map's metadata. Each object's position among its siblings is its ``order``.
Nodes and edges come out in journey order (phases with their touchpoints, lanes, then cards by
cell), so the same map always yields the same text and maps diff cleanly.

Attributes the map kept from a file without knowing them (``extra`` of nodes, the graph and the
persona; ``link_extra``, ``containment_extra`` and ``file_extra`` of the map) are written back,
always beneath the known attributes: an extra can never override what this version writes.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


from ..model.entities import Card, JourneyMap, Lane, Phase, Touchpoint
from ..model.values import photo_type
from .format import FORMAT_NAME, FORMAT_VERSION

# The keys networkx's node-link data puts at the top level (and "links", its pre-3.4 edge key).
_TOP_LEVEL_KEYS = frozenset({"directed", "multigraph", "graph", "nodes", "edges", "links"})


def _with_extra(extra: dict[str, Any] | None, attrs: dict[str, Any]) -> dict[str, Any]:
    return {**extra, **attrs} if extra else attrs


def _without_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _phase_attrs(p: Phase, order: int) -> dict[str, Any]:
    return {**p.extra, "kind": "phase", "name": p.name, "order": order}


def _touchpoint_attrs(tp: Touchpoint, order: int) -> dict[str, Any]:
    attrs = {
        **tp.extra,
        "kind": "touchpoint",
        "name": tp.name,
        "channel": str(tp.channel),
        "moment_of_truth": tp.moment_of_truth,
        "order": order,
    }
    if tp.emotion is not None:
        attrs["emotion"] = tp.emotion
    if tp.nps is not None:
        attrs["nps"] = list(tp.nps)
    if tp.ces is not None:
        attrs["ces"] = list(tp.ces)
    return attrs


def _lane_attrs(lane: Lane, order: int) -> dict[str, Any]:
    return {
        **lane.extra,
        "kind": "lane",
        "lane_kind": str(lane.kind),
        "name": lane.name,
        "hidden": lane.hidden,
        "order": order,
    }


def _card_attrs(c: Card, order: int) -> dict[str, Any]:
    attrs = {**c.extra, "kind": "card", "text": c.text, "order": order}
    optional = {
        "detail": c.detail or None,
        "color": c.color,
        "owner": c.owner or None,
        "priority": str(c.priority) if c.priority else None,
        "status": str(c.status) if c.status else None,
        "moment_of_truth": True if c.moment_of_truth else None,
        "votes": dict(c.votes) if c.votes else None,
    }
    attrs.update(_without_none(optional))
    return attrs


def graph_attributes(m: JourneyMap) -> dict[str, Any]:
    persona = m.persona
    attrs = {
        **m.extra,
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": m.title,
        "description": m.description,
        "language": m.language,
        "persona": {
            **persona.extra,
            "name": persona.name,
            "description": persona.description,
            "goals": list(persona.goals),
            "quote": persona.quote,
            "needs": list(persona.needs),
            "frustrations": list(persona.frustrations),
        },
    }
    if persona.photo:
        mime = photo_type(persona.photo)
        attrs["persona"]["photo"] = f"data:{mime};base64,{base64.b64encode(persona.photo).decode('ascii')}"
    if m.ideal_states:
        # Each ideal state is a whole map of its own, stored as nested node-link data.
        attrs["ideal_states"] = [{"id": s.id, "name": s.name, "map": map_to_data(s.map)} for s in m.ideal_states]
    return attrs


def _ordered_cards(m: JourneyMap) -> list[tuple[Card, int]]:
    anchors = [a for p in m.phases for a in [p.id, *(tp.id for tp in p.touchpoints)]]
    result = []
    for lane in m.lanes:
        for anchor in anchors:
            for order, card_id in enumerate(m.cells.get((lane.id, anchor), ())):
                result.append((m.cards[card_id], order))
    return result


def map_to_graph(m: JourneyMap) -> nx.DiGraph:
    """The map as a networkx directed graph (also what analysis code reads)."""
    import networkx as nx  # only analysis needs the graph object; saving does not

    g = nx.DiGraph()
    g.graph.update(graph_attributes(m))
    for order, phase in enumerate(m.phases):
        g.add_node(phase.id, **_phase_attrs(phase, order))
        for tp_order, tp in enumerate(phase.touchpoints):
            g.add_node(tp.id, **_touchpoint_attrs(tp, tp_order))
    for order, lane in enumerate(m.lanes):
        g.add_node(lane.id, **_lane_attrs(lane, order))
    cards = _ordered_cards(m)
    for card, order in cards:
        g.add_node(card.id, **_card_attrs(card, order))
    held = m.current_containment_extra()
    link_extra = m.current_link_extra()
    for phase in m.phases:
        for tp in phase.touchpoints:
            g.add_edge(phase.id, tp.id, **_with_extra(held.get((phase.id, tp.id)), {"kind": "contains"}))
    for card, _ in cards:
        g.add_edge(card.lane_id, card.id, **_with_extra(held.get((card.lane_id, card.id)), {"kind": "holds"}))
        g.add_edge(card.anchor_id, card.id, **_with_extra(held.get((card.anchor_id, card.id)), {"kind": "anchors"}))
    for (source, target), kind in sorted(m.links.items()):
        g.add_edge(source, target, **_with_extra(link_extra.get((source, target)), {"kind": "link", "link": str(kind)}))
    return g


def map_to_data(m: JourneyMap) -> dict[str, Any]:
    """networkx node-link data of the map (``edges`` key, as networkx >= 3.4 writes it).

    Built directly rather than through ``nx.node_link_data(map_to_graph(m), edges="edges")``:
    the result is identical (tests compare the two on generated maps) and saving a large map
    takes half the time. Edges come grouped by source in node order, as networkx lists them.
    Unknown top-level keys kept from the file (``m.file_extra``) sit beside the node-link data;
    networkx has no place for them in a graph, so they are the one part ``map_to_graph`` lacks.
    """
    nodes: list[dict[str, Any]] = []
    out_edges: dict[str, list[dict[str, Any]]] = {}

    def node(node_id: str, attrs: dict[str, Any]) -> None:
        attrs["id"] = node_id
        nodes.append(attrs)
        out_edges[node_id] = []

    for order, phase in enumerate(m.phases):
        node(phase.id, _phase_attrs(phase, order))
        for tp_order, tp in enumerate(phase.touchpoints):
            node(tp.id, _touchpoint_attrs(tp, tp_order))
    for order, lane in enumerate(m.lanes):
        node(lane.id, _lane_attrs(lane, order))
    cards = _ordered_cards(m)
    for card, order in cards:
        node(card.id, _card_attrs(card, order))
    for phase in m.phases:
        for tp in phase.touchpoints:
            out_edges[phase.id].append({"kind": "contains", "source": phase.id, "target": tp.id})
    for card, _ in cards:
        out_edges[card.lane_id].append({"kind": "holds", "source": card.lane_id, "target": card.id})
        out_edges[card.anchor_id].append({"kind": "anchors", "source": card.anchor_id, "target": card.id})
    for (source, target), kind in sorted(m.links.items()):
        out_edges[source].append({"kind": "link", "link": str(kind), "source": source, "target": target})
    edges = [edge for edges in out_edges.values() for edge in edges]
    # A link joins two cards and a containment edge never starts at a card: the keys never clash.
    kept_edges = {**m.current_containment_extra(), **m.current_link_extra()}
    if kept_edges:  # rare; checked once so that saving a large map pays nothing for it
        edges = [_with_extra(kept_edges.get((e["source"], e["target"])), e) for e in edges]
    kept = {k: v for k, v in m.file_extra.items() if k not in _TOP_LEVEL_KEYS}
    return {
        **kept,
        "directed": True,
        "multigraph": False,
        "graph": graph_attributes(m),
        "nodes": nodes,
        "edges": edges,
    }


def dumps_map(m: JourneyMap) -> str:
    """The file's text: sorted keys, two-space indent, UTF-8 characters as they are, final newline."""
    return json.dumps(map_to_data(m), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
