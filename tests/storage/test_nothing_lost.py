"""What a newer version or another tool wrote into a .cxmap survives opening and saving: unknown
top-level keys, unknown attributes of card links and of containment edges (contains, holds,
anchors). Re-saving is byte-identical, undo brings a removed link's attributes back, copies and
ideal states carry them, and they can never override what this version writes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.commands import History, create_ideal_state, move_cards, move_touchpoint, remove_cards
from cxdesigner.commands.edits import link_cards, unlink_cards
from cxdesigner.model import LinkKind
from cxdesigner.model.operations import AddLink, RemoveLink
from cxdesigner.storage import MapFileError, dumps_map, load_map, loads_map, save_map
from tests.factories import small_map

TOP_LEVEL = {
    "x-generator": {"name": "Toinen työkalu", "version": "2.1", "plugins": ["kaari", "😀"]},
    "comments": [{"by": "Äijö", "text": "Tarkista hinnasto"}],
    "schema_hint": None,
}
LINK_ATTRS = {"label": "johtaa → 😀", "style": {"dash": [2, 1], "width": 0.75}}
CONTAINS_ATTRS = {"weight": 0.5}
HOLDS_ATTRS = {"pinned": True, "layer": "workshop 2"}
ANCHORS_ATTRS = {"note": "kiinnitetty 🎯", "since": 20260101}


def canonical(data: dict) -> str:
    """The text CX Designer writes for this data."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def foreign_data() -> tuple[dict, dict[str, tuple[str, str]]]:
    """Node-link data of a small map as a newer version might write it, and the edges it marked."""
    m = small_map()
    thinks = m.lanes[0]
    web = m.touchpoints()[0]
    first, second = m.cells[(thinks.id, web.id)]
    AddLink(first, second, LinkKind.FLOW).apply(m)
    data = json.loads(dumps_map(m))
    data.update(TOP_LEVEL)
    marked = {
        "contains": (m.phase_of(web.id).id, web.id),
        "holds": (thinks.id, first),
        "anchors": (web.id, second),
        "link": (first, second),
    }
    attrs = {"contains": CONTAINS_ATTRS, "holds": HOLDS_ATTRS, "anchors": ANCHORS_ATTRS, "link": LINK_ATTRS}
    for edge in data["edges"]:
        for kind, key in marked.items():
            if (edge["source"], edge["target"]) == key:
                assert edge["kind"] == kind
                edge.update(attrs[kind])
    return data, marked


@pytest.fixture
def foreign_file(tmp_path: Path) -> Path:
    data, _ = foreign_data()
    path = tmp_path / "toisen-tyokalun-kartta.cxmap"
    path.write_text(canonical(data), encoding="utf-8")
    return path


def edge_of(data: dict, key: tuple[str, str]) -> dict | None:
    found = [e for e in data["edges"] if (e["source"], e["target"]) == key]
    assert len(found) <= 1
    return found[0] if found else None


# -- round trips -------------------------------------------------------------------------------


def test_resaving_a_foreign_file_is_byte_identical(foreign_file, tmp_path):
    raw = foreign_file.read_bytes()
    m = load_map(foreign_file)
    assert m.file_extra == TOP_LEVEL
    copy_path = tmp_path / "copy.cxmap"
    save_map(m, copy_path)
    assert copy_path.read_bytes() == raw
    save_map(load_map(foreign_file), foreign_file)  # over itself: the backup is the same bytes
    assert foreign_file.read_bytes() == raw
    assert (tmp_path / (foreign_file.name + ".bak")).read_bytes() == raw


def test_every_kind_of_edge_keeps_its_unknown_attributes(foreign_file):
    _, marked = foreign_data()
    again = json.loads(dumps_map(load_map(foreign_file)))
    assert {k: again[k] for k in TOP_LEVEL} == TOP_LEVEL
    expected = {"contains": CONTAINS_ATTRS, "holds": HOLDS_ATTRS, "anchors": ANCHORS_ATTRS, "link": LINK_ATTRS}
    for kind, key in marked.items():
        edge = edge_of(again, key)
        assert edge is not None and edge["kind"] == kind
        assert {k: edge[k] for k in expected[kind]} == expected[kind]
    # Only the marked edges carry anything beyond what the format defines.
    plain = [e for e in again["edges"] if (e["source"], e["target"]) not in marked.values()]
    assert plain and all(set(e) <= {"kind", "link", "source", "target"} for e in plain)


def test_the_published_schema_allows_what_is_kept():
    from tests.storage.test_format import schema_validator

    data, _ = foreign_data()
    assert list(schema_validator().iter_errors(data)) == []


def test_compact_foreign_text_is_kept_too(tmp_path):
    """Another tool need not write our layout: the data survives, the text becomes ours."""
    data, marked = foreign_data()
    path = tmp_path / "compact.cxmap"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    save_map(load_map(path), path)
    assert path.read_text(encoding="utf-8") == canonical(data)


def test_edges_under_the_old_networkx_key_keep_their_attributes():
    """networkx before 3.4 wrote the edges as "links"; they are re-saved as "edges", attributes and all."""
    data, marked = foreign_data()
    data["links"] = data.pop("edges")
    again = json.loads(dumps_map(loads_map(json.dumps(data))))
    assert "links" not in again
    assert edge_of(again, marked["link"])["label"] == LINK_ATTRS["label"]
    assert edge_of(again, marked["holds"])["pinned"] is True


def test_an_ideal_state_keeps_its_own_unknown_keys():
    data, marked = foreign_data()
    inner, _ = foreign_data()
    inner["x-state-only"] = "vain tavoitetilassa"
    data["graph"]["ideal_states"] = [{"id": "st-900", "name": "Tavoitetila", "map": inner}]
    m = loads_map(canonical(data))
    state_map = m.ideal_states[0].map
    assert state_map.file_extra == {**TOP_LEVEL, "x-state-only": "vain tavoitetilassa"}
    assert state_map.link_extra[marked["link"]] == LINK_ATTRS
    assert dumps_map(m) == canonical(data)


# -- the known attributes always win ------------------------------------------------------------


def test_extras_cannot_override_known_keys():
    m = small_map()
    web = m.touchpoints()[0].id
    first, second = m.cells[(m.lanes[0].id, web)]
    third = m.cells[(m.lanes[1].id, web)][0]
    posing = {"kind": "holds", "link": "bogus", "source": "x", "target": third, "ok": 1}
    AddLink(first, second, LinkKind.ADDRESSES, posing).apply(m)
    card = m.cards[third]
    m.containment_extra[(card.lane_id, card.id)] = {"kind": "link", "link": "flow", "source": first, "ok": 2}
    m.file_extra = {"directed": False, "multigraph": True, "graph": {}, "nodes": [], "edges": [], "links": [], "ok": 3}
    text = dumps_map(m)
    data = json.loads(text)
    assert data["directed"] is True and data["multigraph"] is False and "links" not in data and data["ok"] == 3
    assert data["graph"]["title"] == "Small map" and len(data["nodes"]) == len(m.all_ids())
    link = edge_of(data, (first, second))
    assert link == {"kind": "link", "link": "addresses", "source": first, "target": second, "ok": 1}
    holds = edge_of(data, (card.lane_id, card.id))
    assert holds == {"kind": "holds", "link": "flow", "source": card.lane_id, "target": card.id, "ok": 2}
    loaded = loads_map(text)  # and the file is a valid map
    assert loaded.links[(first, second)] is LinkKind.ADDRESSES
    assert loaded.link_extra[(first, second)] == {"ok": 1}
    assert dumps_map(loaded) == text


# -- undo, redo, moves -------------------------------------------------------------------------


def test_undoing_unlink_restores_the_links_attributes(foreign_file):
    m = load_map(foreign_file)
    original = dumps_map(m)
    _, marked = foreign_data()
    h = History(m)
    h.push(unlink_cards(m, list(marked["link"])))
    assert marked["link"] not in m.links and marked["link"] not in m.link_extra
    assert edge_of(json.loads(dumps_map(m)), marked["link"]) is None
    h.undo()
    assert m.link_extra[marked["link"]] == LINK_ATTRS
    assert dumps_map(m) == original
    h.redo()
    assert marked["link"] not in m.link_extra
    h.undo()
    assert dumps_map(m) == original


def test_a_new_link_between_the_same_cards_starts_without_attributes(foreign_file):
    m = load_map(foreign_file)
    _, marked = foreign_data()
    h = History(m)
    h.push(unlink_cards(m, list(marked["link"])))
    h.push(link_cards(m, list(marked["link"]), LinkKind.RELATES))
    assert edge_of(json.loads(dumps_map(m)), marked["link"]) == {
        "kind": "link", "link": "relates", "source": marked["link"][0], "target": marked["link"][1]
    }
    h.undo()
    h.undo()
    assert edge_of(json.loads(dumps_map(m)), marked["link"])["label"] == LINK_ATTRS["label"]


def test_remove_link_operation_carries_the_attributes_into_its_inverse():
    m = small_map()
    a, b = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)]
    AddLink(a, b, LinkKind.FLOW, {"label": "x"}).apply(m)
    inverse = RemoveLink(a, b).apply(m)
    assert inverse == AddLink(a, b, LinkKind.FLOW, {"label": "x"})
    assert RemoveLink(a, b) == inverse.apply(m)
    assert m.link_extra == {(a, b): {"label": "x"}}


def test_deleting_linked_cards_and_undoing_restores_every_edge_attribute(foreign_file):
    m = load_map(foreign_file)
    original = dumps_map(m)
    _, marked = foreign_data()
    h = History(m)
    h.push(remove_cards(m, list(marked["link"])))
    text = dumps_map(m)
    assert "johtaa" not in text and "kiinnitetty" not in text and "pinned" not in text
    h.undo()
    assert dumps_map(m) == original


def test_a_moved_card_leaves_its_old_edges_attributes_behind_until_undone(foreign_file):
    m = load_map(foreign_file)
    original = dumps_map(m)
    _, marked = foreign_data()
    lane_id, card_id = marked["holds"]
    anchor_id = m.cards[card_id].anchor_id
    other_lane = m.lanes[1].id
    h = History(m)
    h.push(move_cards(m, [card_id], other_lane, anchor_id, 0))
    data = json.loads(dumps_map(m))
    assert edge_of(data, (lane_id, card_id)) is None
    assert edge_of(data, (other_lane, card_id)) == {"kind": "holds", "source": other_lane, "target": card_id}
    # What a save writes is what the map holds: reopening it gives the same map.
    assert loads_map(dumps_map(m)).snapshot() == m.snapshot()
    h.undo()
    assert dumps_map(m) == original


def test_a_touchpoint_moved_to_another_phase_gets_a_new_contains_edge(foreign_file):
    m = load_map(foreign_file)
    original = dumps_map(m)
    _, marked = foreign_data()
    phase_id, tp_id = marked["contains"]
    other = next(p for p in m.phases if p.id != phase_id)
    h = History(m)
    h.push(move_touchpoint(m, tp_id, other.id, 0))
    data = json.loads(dumps_map(m))
    assert edge_of(data, (other.id, tp_id)) == {"kind": "contains", "source": other.id, "target": tp_id}
    assert m.current_containment_extra().get((phase_id, tp_id)) is None
    h.undo()
    assert dumps_map(m) == original


# -- copies, snapshots, ideal states ------------------------------------------------------------


def test_copy_and_snapshot_include_the_kept_attributes(foreign_file):
    m = load_map(foreign_file)
    _, marked = foreign_data()
    twin = m.copy()
    assert twin.snapshot() == m.snapshot()
    assert dumps_map(twin) == dumps_map(m)
    twin.link_extra[marked["link"]]["style"]["dash"].append(9)
    twin.file_extra["x-generator"]["plugins"].clear()
    twin.containment_extra[marked["anchors"]]["note"] = "muutettu"
    assert m.link_extra[marked["link"]] == LINK_ATTRS  # the copy is independent
    assert m.file_extra == TOP_LEVEL
    assert m.containment_extra[marked["anchors"]] == ANCHORS_ATTRS
    snapshot = m.snapshot()
    assert twin.snapshot() != snapshot
    for name in ("file_extra", "link_extra", "containment_extra"):
        changed = m.copy()
        getattr(changed, name).clear()
        assert changed.snapshot() != snapshot, f"snapshot() ignores {name}"


def test_an_ideal_state_created_from_the_map_carries_them_into_the_file(foreign_file):
    m = load_map(foreign_file)
    _, marked = foreign_data()
    History(m).push(create_ideal_state(m, "Tavoitetila"))
    data = json.loads(dumps_map(m))
    inner = data["graph"]["ideal_states"][0]["map"]
    assert {k: inner[k] for k in TOP_LEVEL} == TOP_LEVEL
    assert edge_of(inner, marked["link"])["style"] == LINK_ATTRS["style"]
    assert edge_of(inner, marked["anchors"])["note"] == ANCHORS_ATTRS["note"]
    again = loads_map(dumps_map(m))
    assert again.snapshot() == m.snapshot()


# -- hostile extras are still refused -----------------------------------------------------------


def test_deeply_nested_edge_attributes_are_refused_with_the_edge_named():
    data, marked = foreign_data()
    deep: list = []
    for _ in range(80):
        deep = [deep]
    edge_of(data, marked["link"])["plugin"] = deep
    with pytest.raises(MapFileError) as error:
        loads_map(json.dumps(data))
    source, target = marked["link"]
    assert f"({source!r} → {target!r}): field 'plugin': nested more than 64 levels" in str(error.value)


def test_deeply_nested_top_level_keys_are_refused():
    data, _ = foreign_data()
    deep: dict = {}
    for _ in range(80):
        deep = {"a": deep}
    data["x-deep"] = deep
    with pytest.raises(MapFileError, match="the top-level object: field 'x-deep': nested more than 64"):
        loads_map(json.dumps(data))


def test_unknown_attributes_do_not_hide_a_bad_edge():
    data, marked = foreign_data()
    edge_of(data, marked["link"])["link"] = "leads"
    with pytest.raises(MapFileError, match="field 'link': expected one of"):
        loads_map(json.dumps(data))
