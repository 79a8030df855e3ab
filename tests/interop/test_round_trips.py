"""Import → export → import keeps what each format can hold (docs/interop.md says what that is).

Sources: every real file in tests/data/interop and every built-in template (maps made in
CX Designer itself).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from cxdesigner.commands import History, add_card
from cxdesigner.interop import import_file
from cxdesigner.interop.csv_format import read_csv, write_csv
from cxdesigner.interop.markdown import write_markdown
from cxdesigner.interop.mermaid import read_mermaid, write_mermaid
from cxdesigner.interop.ojf import HINT_KEY, read_ojf
from cxdesigner.interop.ojf_export import write_ojf
from cxdesigner.model import LaneKind
from cxdesigner.templates import list_templates, load_template

from ..strategies import journey_maps
from .helpers import ALL_FILES, DATA, HANDWRITTEN, OJF_FILES, cards_by_cell, lanes, structure, surveys

SOURCES = [str(p.relative_to(DATA)) for p in ALL_FILES] + [f"template:{t.name}" for t in list_templates()]


def load(source: str):
    if source.startswith("template:"):
        return load_template(source.removeprefix("template:"))
    return import_file(DATA / source)


def _cells_of(data: dict) -> dict:
    cells: dict = {}
    for node in data["nodes"]:
        cells.setdefault((node["stageId"], node["swimlaneId"]), []).append(node)
    return cells


@pytest.mark.parametrize("path", OJF_FILES, ids=lambda p: p.name)
def test_ojf_file_exports_back_to_the_same_content(path):
    original = json.loads(path.read_text(encoding="utf-8"))
    exported = json.loads(write_ojf(import_file(path)))
    assert exported.pop(HINT_KEY)["touchpointSwimlanes"]
    a_cells, b_cells = _cells_of(original), _cells_of(exported)
    for key, nodes in b_cells.items():
        for new, old in zip(nodes, a_cells.get(key, []), strict=False):
            if "id" not in old:  # generated on import (the issue asks for it) and written out
                assert new.pop("id").startswith("node-")
    assert b_cells == a_cells
    for key in ("nodes",):
        original.pop(key), exported.pop(key)
    assert exported == original  # header (either dialect), stages and swimlanes, all as they were


@pytest.mark.parametrize("path", OJF_FILES, ids=lambda p: p.name)
def test_ojf_map_round_trip_is_exact(path):
    m = import_file(path)
    again = read_ojf(write_ojf(m).encode())
    assert again.snapshot() == m.snapshot()


@pytest.mark.parametrize("source", SOURCES)
def test_csv_round_trip_keeps_phases_touchpoints_lanes_and_cards(source):
    m = load(source)
    again = read_csv(write_csv(m).encode("utf-8-sig"), default_title=m.title)
    assert structure(again) == structure(m)
    assert lanes(again) == lanes(m)
    assert cards_by_cell(again) == cards_by_cell(m)
    assert surveys(again) == surveys(m)
    assert again.title == m.title


@pytest.mark.parametrize("source", SOURCES)
def test_ojf_round_trip_keeps_what_ojf_holds(source):
    m = load(source)
    again = read_ojf(write_ojf(m).encode())
    assert structure(again) == structure(m)
    assert (again.title, again.description, again.persona.name) == (m.title, m.description, m.persona.name)
    # lanes keep name and kind; a map made elsewhere gains the swimlane its touchpoints sit in
    kept = [lane for lane in lanes(again) if lane in lanes(m)]
    assert kept == [lane for lane in lanes(m) if lane[1] is not LaneKind.EMOTION_CURVE or lane in lanes(again)]
    extra = [lane for lane in lanes(again) if lane not in lanes(m)]
    assert all(kind is LaneKind.TOUCHPOINTS for _, kind in extra) and len(extra) <= 1

    def texts(mm):  # OJF places notes per stage and has no colour, owner or status for them
        blueprint = {lane.name for lane in mm.lanes if "blueprint" in lane.extra.get("ojf", {})}
        return {
            key: [(t, d, p, mot) if key[0] not in blueprint else (t, d, o) for t, d, _, o, p, _, mot in cards]
            for key, cards in cards_by_cell(mm, phase_only=True).items()
        }

    assert texts(again) == texts(m)


@pytest.mark.parametrize("source", SOURCES)
def test_mermaid_round_trip_keeps_sections_tasks_and_scores(source):
    m = load(source)
    again = read_mermaid(write_mermaid(m).encode())
    assert again.title == m.title.replace("#", "＃").replace(";", "；").strip()
    expected = [
        (p.name.strip() or "-", [(tp.name, 0 if tp.emotion is None else tp.emotion) for tp in p.touchpoints])
        for p in m.phases
    ]
    assert [(p.name, [(tp.name, tp.emotion) for tp in p.touchpoints]) for p in again.phases] == expected


@pytest.mark.parametrize("path", sorted(HANDWRITTEN.glob("*.mmd")), ids=lambda p: p.name)
def test_mermaid_file_round_trip_is_exact(path):
    m = import_file(path)
    assert read_mermaid(write_mermaid(m).encode()).snapshot() == m.snapshot()


@pytest.mark.parametrize("source", SOURCES)
def test_exported_text_is_stable_through_a_second_round(source):
    m = load(source)
    for write, read in ((write_csv, read_csv), (write_ojf, read_ojf), (write_mermaid, read_mermaid)):
        text = write(m)
        assert write(read(text.encode())) == text


def test_edits_made_in_the_app_win_over_the_values_kept_from_the_file():
    m = import_file(DATA / "ojf" / "ecommerce-purchase.ojf")
    search = m.touchpoints()[0]
    search.emotion, search.moment_of_truth, search.name = -2, True, "Search again"
    description = m.cards[search.extra["ojf"]["card"]]
    description.text = "Rewritten in a workshop"
    overload = next(c for c in m.cards.values() if c.text == "Information Overload")
    overload.priority, overload.moment_of_truth = None, True
    nodes = {n["id"]: n for n in json.loads(write_ojf(m))["nodes"]}
    first = nodes[search.extra["ojf"]["node"]["id"]]
    assert (first["title"], first["description"], first["score"], first["isMomentOfTruth"]) == (
        "Search again",
        "Rewritten in a workshop",
        -5,
        True,
    )
    assert first["tags"] == ["Search", "Mobile"]  # the channel the tags imply is unchanged
    second = nodes[overload.extra["ojf"]["node"]["id"]]
    assert "severity" not in second and second["isMomentOfTruth"] is True
    assert second["sentiment"] == "confused"  # what the model has no field for is kept


def test_a_map_made_in_cx_designer_exports_touchpoints_to_their_own_swimlane():
    m = load_template("service-journey-en")
    data = json.loads(write_ojf(m))
    assert data["metadata"]["title"] == m.title and data["metadata"]["version"] == "1.1.0"
    assert data["swimlanes"][0] == {"id": "touchpoints", "name": "Touchpoints"}
    assert data[HINT_KEY]["touchpointSwimlanes"] == ["touchpoints"]
    spine = [n for n in data["nodes"] if n["swimlaneId"] == "touchpoints"]
    assert [n["title"] for n in spine] == [tp.name for tp in m.touchpoints()]
    contact = next(n for n in spine if n["title"] == "Contact form")
    assert (contact["score"], contact["isMomentOfTruth"], contact["tags"]) == (-5, True, ["Contact form"])
    assert len(data["nodes"]) == len(spine) + len(m.cards)


def test_blueprint_cards_follow_their_node_or_stage():
    m = import_file(DATA / "ojf" / "hotel-check-in-blueprint.ojf")
    evidence = next(lane for lane in m.lanes if lane.name == "Evidence")
    # a card added in the app to the third phase's touchpoint joins that touchpoint's node
    room = m.phases[2].touchpoints[0]
    History(m).push(add_card(m, evidence.id, room.id, "Welcome letter"))
    nodes = json.loads(write_ojf(m))["nodes"]
    access = next(n for n in nodes if n["title"] == "Room Access")
    assert access["blueprint"]["evidence"][-1] == {"item": "Welcome letter", "type": ""}


@given(journey_maps())
def test_any_map_survives_every_export_and_import(m):
    """Awkward text (emoji, right-to-left, markup, line breaks, blanks) never breaks a format."""
    again = read_ojf(write_ojf(m).encode())
    assert structure(again) == structure(m)
    assert sorted(c.text for c in again.cards.values()) == sorted(c.text for c in m.cards.values())
    mermaid = read_mermaid(write_mermaid(m).encode())
    assert [len(p.touchpoints) for p in mermaid.phases] == [len(p.touchpoints) for p in m.phases]
    csv_map = read_csv(write_csv(m).encode())
    assert sorted(c.text for c in csv_map.cards.values()) == sorted(
        c.text.replace("\r\n", "\n") for c in m.cards.values()
    )
    assert write_markdown(m).startswith("# ")
