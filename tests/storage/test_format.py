"""The format's rules: schema, versions, networkx's old key, precise error messages."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from cxdesigner.storage import FORMAT_VERSION, MapFileError, decode, dumps_map, loads_map, migrations
from tests.factories import small_map


def schema_validator():
    schema = json.loads(resources.files("cxdesigner_resources").joinpath("schema", "cxmap.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def small_data():
    return json.loads(dumps_map(small_map()))


def test_saved_maps_satisfy_the_published_schema():
    errors = list(schema_validator().iter_errors(small_data()))
    assert errors == []


def _first(data, kind):
    return next(n for n in data["nodes"] if n["kind"] == kind)


BREAKAGES = [
    ("card color", lambda d: _first(d, "card").update(color="red"), "field 'color'"),
    ("touchpoint emotion", lambda d: _first(d, "touchpoint").update(emotion=3), "field 'emotion'"),
    ("touchpoint channel", lambda d: _first(d, "touchpoint").update(channel="fax"), "field 'channel'"),
    ("lane kind", lambda d: _first(d, "lane").update(lane_kind="dreams"), "field 'lane_kind'"),
    ("phase name type", lambda d: _first(d, "phase").update(name=5), "field 'name'"),
    ("card text missing", lambda d: _first(d, "card").pop("text"), "field 'text' is missing"),
    ("unknown kind", lambda d: _first(d, "card").update(kind="sticker"), "field 'kind'"),
    ("negative order", lambda d: _first(d, "lane").update(order=-1), "field 'order'"),
    ("edge kind", lambda d: d["edges"][0].update(kind="owns"), "edge #1"),
    ("format", lambda d: d["graph"].update(format="other"), "not a CX Designer map"),
]


@pytest.mark.parametrize("name, breakage, fragment", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_loader_and_schema_agree_and_the_loader_names_the_problem(name, breakage, fragment):
    data = small_data()
    breakage(data)
    assert list(schema_validator().iter_errors(data)), "the schema accepted a broken map"
    with pytest.raises(MapFileError) as error:
        loads_map(json.dumps(data))
    assert fragment in str(error.value)


def test_error_names_the_node_and_the_field():
    data = small_data()
    card = _first(data, "card")
    card["color"] = "red"
    with pytest.raises(MapFileError) as error:
        loads_map(json.dumps(data))
    assert str(error.value) == (
        f"node {card['id']!r} (card): field 'color': expected a colour like #a1b2c3, got 'red'"
    )


def test_newer_version_is_refused_with_a_clear_message():
    data = small_data()
    data["graph"]["version"] = FORMAT_VERSION + 1
    with pytest.raises(MapFileError, match="newer CX Designer"):
        loads_map(json.dumps(data))


def test_older_versions_are_migrated(monkeypatch):
    """Route a 'version 1' file through a registered upgrade, as if the format were at 2."""
    calls = []

    def upgrade(data):
        calls.append(data["graph"]["version"])
        for node in data["nodes"]:
            if node["kind"] == "phase":
                node["name"] = node["name"].upper()
        return data

    monkeypatch.setattr(decode, "FORMAT_VERSION", 2)
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, upgrade)
    m = loads_map(json.dumps(small_data()))
    assert calls == [1]
    assert [p.name for p in m.phases] == ["SEARCH", "BUY"]


def test_networkx_old_links_key_is_read_with_all_edges():
    m = small_map()
    data = json.loads(dumps_map(m))
    data["links"] = data.pop("edges")
    loaded = loads_map(json.dumps(data))
    assert loaded.snapshot() == m.snapshot()
    assert len(loaded.cards) == len(m.cards) > 0


def test_both_edges_and_links_is_refused():
    data = small_data()
    data["links"] = []
    with pytest.raises(MapFileError, match="both 'edges' and 'links'"):
        loads_map(json.dumps(data))
