"""Save → load is identity, and re-saving is byte-identical, for awkward generated maps."""

from __future__ import annotations

import json

import networkx as nx
from hypothesis import given

from cxdesigner.storage import dumps_map, load_map, loads_map, map_to_graph, save_map
from tests.factories import small_map
from tests.strategies import journey_maps


@given(journey_maps())
def test_save_load_is_identity_and_resave_is_byte_stable(m):
    text = dumps_map(m)
    loaded = loads_map(text)
    assert loaded.snapshot() == m.snapshot()
    assert dumps_map(loaded) == text
    assert text.endswith("}\n")


@given(journey_maps())
def test_files_are_networkx_node_link_data(m):
    data = json.loads(dumps_map(m))
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_directed() and not g.is_multigraph()
    assert g.number_of_nodes() == len(m.all_ids())
    expected_edges = len(m.touchpoints()) + 2 * len(m.cards) + len(m.links)
    assert g.number_of_edges() == expected_edges
    assert nx.utils.graphs_equal(g, map_to_graph(m))
    # What we write is exactly what networkx writes for the same graph, byte for byte, beside the
    # unknown top-level keys a file brought with it (a graph has no place for them).
    written_by_networkx = {**m.file_extra, **nx.node_link_data(map_to_graph(m), edges="edges")}
    assert data == json.loads(json.dumps(written_by_networkx))
    canonical = json.dumps(written_by_networkx, ensure_ascii=False, indent=2, sort_keys=True)
    assert dumps_map(m) == canonical + "\n"


def test_save_to_disk_and_back(tmp_path):
    m = small_map()
    path = tmp_path / "map.cxmap"
    save_map(m, path)
    assert load_map(path).snapshot() == m.snapshot()
    raw = path.read_bytes()
    save_map(load_map(path), path)
    assert path.read_bytes() == raw
    assert (tmp_path / "map.cxmap.bak").read_bytes() == raw


def test_unknown_attributes_survive_a_round_trip():
    m = small_map()
    data = json.loads(dumps_map(m))
    data["graph"]["future_setting"] = {"zoom": 2}
    data["graph"]["persona"]["pronouns"] = "she/her"
    data["nodes"][0]["colour_theme"] = "ocean"
    card = next(n for n in data["nodes"] if n["kind"] == "card")
    card["stickers"] = {"red": 2}
    text = json.dumps(data)
    again = json.loads(dumps_map(loads_map(text)))
    assert again["graph"]["future_setting"] == {"zoom": 2}
    assert again["graph"]["persona"]["pronouns"] == "she/her"
    assert again["nodes"][0]["colour_theme"] == "ocean"
    assert next(n for n in again["nodes"] if n["id"] == card["id"])["stickers"] == {"red": 2}


def test_text_is_written_as_readable_utf8():
    m = small_map()
    m.title = "Palvelupolku – äö 😀"
    text = dumps_map(m)
    assert "Palvelupolku – äö 😀" in text
    assert "\\u" not in text
