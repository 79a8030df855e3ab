"""Hostile map files: each is refused with MapFileError and a message naming the problem.

The corpus lives in tests/data/hostile/ (its README lists every file and the expected error).
Files too large to commit (100,000 nested brackets, an oversized file, megabyte-long values) are
generated here. Every load runs under a time limit, so a hang fails instead of stalling the suite.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cxdesigner.storage as storage
from cxdesigner.storage import MapFileError, decode, dumps_map, load_map, loads_map
from tests.storage.helpers import HOSTILE_DIR, time_limit

# file name → a fragment the message must contain (it names the node, field or problem).
HOSTILE: dict[str, str] = {
    "empty.cxmap": "the file is empty",
    "whitespace-only.cxmap": "the file is empty",
    "truncated.cxmap": "the file ends too early",
    "not-json-yaml.cxmap": "not valid JSON at line 1, column 1",
    "not-utf8-latin1.cxmap": "not UTF-8 text (bad byte at position",
    "utf16-with-bom.cxmap": "UTF-16 or UTF-32 text; map files are UTF-8",
    "nan.cxmap": "NaN is not a number JSON allows",
    "infinity.cxmap": "Infinity is not a number JSON allows",
    "minus-infinity.cxmap": "-Infinity is not a number JSON allows",
    "duplicate-key-top-level.cxmap": "the key 'nodes' appears twice in the top-level object",
    "duplicate-key-in-node.cxmap": "the key 'name' appears twice in node 'ph-1'",
    "deep-nesting-short.cxmap": "nests too deeply",
    "deep-nesting-in-extra-field.cxmap": "node 'cd-8' (card): field 'plugin_data': nested more than 64 levels",
    "huge-integer.cxmap": "a number in the file has thousands of digits",
    "huge-float.cxmap": "the number 1e999 is too large",
    "top-level-list.cxmap": "the file holds no JSON object",
    "top-level-string.cxmap": "the file holds no JSON object",
    "top-level-number.cxmap": "the file holds no JSON object",
    "top-level-null.cxmap": "the file holds no JSON object",
    "format-missing.cxmap": "graph.format is missing",
    "format-wrong.cxmap": "graph.format is 'mindmap'",
    "graph-missing.cxmap": "it has no 'graph' object",
    "foreign-package-json.cxmap": "not a CX Designer map",
    "version-99.cxmap": "newer CX Designer (format version 99)",
    "version-string.cxmap": "graph.version: expected a whole number ≥ 1, got '1'",
    "version-bool.cxmap": "graph.version: expected a whole number ≥ 1, got True",
    "version-zero.cxmap": "graph.version: expected a whole number ≥ 1, got 0",
    "multigraph-true.cxmap": "'multigraph' must be false",
    "undirected.cxmap": "expected a directed graph",
    "nodes-missing.cxmap": "'nodes' is missing",
    "nodes-not-list.cxmap": "'nodes' is not a list",
    "edges-missing.cxmap": "'edges' is missing",
    "node-not-object.cxmap": "node #3: expected an object",
    "node-without-id.cxmap": "node #3 (phase): field 'id' is missing",
    "node-empty-id.cxmap": "node #3 (phase): field 'id': expected non-empty text, got ''",
    "node-id-number.cxmap": "node #3 (phase): field 'id': expected non-empty text, got 2",
    "duplicate-ids.cxmap": "node 'tp-3' (touchpoint): the id is used by more than one node",
    "unknown-kind.cxmap": "node 'cd-9' (sticker): field 'kind': expected one of phase, touchpoint, lane, card",
    "kind-missing.cxmap": "node 'cd-9': field 'kind' is missing",
    "phase-without-name.cxmap": "node 'ph-2' (phase): field 'name' is missing",
    "card-without-text.cxmap": "node 'cd-9' (card): field 'text' is missing",
    "name-is-number.cxmap": "node 'tp-4' (touchpoint): field 'name': expected text, got int",
    "title-is-number.cxmap": "graph: field 'title': expected text",
    "persona-not-object.cxmap": "graph.persona: expected an object",
    "goals-not-list.cxmap": "graph.persona: field 'goals': expected a list of texts",
    "language-invalid.cxmap": "graph: field 'language': expected a language code",
    "moment-of-truth-yes.cxmap": "node 'tp-3' (touchpoint): field 'moment_of_truth': expected true or false, got 'yes'",
    "emotion-3.cxmap": "node 'tp-3' (touchpoint): field 'emotion': expected an emotion score from -2 to 2, got 3",
    "emotion-1.5.cxmap": "field 'emotion': expected an emotion score from -2 to 2, got 1.5",
    "emotion-true.cxmap": "field 'emotion': expected an emotion score from -2 to 2, got True",
    "hidden-is-1.cxmap": "node 'ln-6' (lane): field 'hidden': expected true or false, got 1",
    "channel-invalid.cxmap": "node 'tp-4' (touchpoint): field 'channel': expected one of web,",
    "lane-kind-invalid.cxmap": "node 'ln-5' (lane): field 'lane_kind': expected one of touchpoints,",
    "priority-invalid.cxmap": "node 'cd-10' (card): field 'priority': expected one of low, medium, high; got 'urgent'",
    "status-invalid.cxmap": "node 'cd-10' (card): field 'status': expected one of idea,",
    "link-kind-invalid.cxmap": "('cd-10' → 'cd-9'): field 'link': expected one of flow, addresses, relates, got 'causes'",
    "colour-invalid.cxmap": "node 'cd-8' (card): field 'color': expected a colour like #a1b2c3, got 'red'",
    "text-over-limit.cxmap": "node 'cd-8' (card): field 'text': text is 10001 characters long; the limit is 10000",
    "edge-to-missing-node.cxmap": "field 'target': no node with id 'cd-99'",
    "edge-source-not-string.cxmap": "edge #1: field 'source': expected a node id (text), got 1",
    "edge-source-missing.cxmap": "edge #1: field 'source' is missing",
    "edge-not-object.cxmap": "edge #1: expected an object",
    "edge-kind-unknown.cxmap": "('ph-1' → 'tp-3'): field 'kind': expected one of contains, holds, anchors, link, got 'owns'",
    "edge-wrong-ends.cxmap": "('ln-5' → 'tp-4'): a 'holds' edge cannot join a lane to a touchpoint",
    "duplicate-edge.cxmap": "('ph-1' → 'tp-3'): the same edge appears twice",
    "card-without-lane.cxmap": "node 'cd-9' (card): it has no lane",
    "card-without-anchor.cxmap": "node 'cd-9' (card): it has no touchpoint or phase",
    "card-in-two-lanes.cxmap": "card 'cd-9' is in more than one lane",
    "card-with-two-anchors.cxmap": "card 'cd-9' is anchored more than once",
    "touchpoint-in-two-phases.cxmap": "touchpoint 'tp-4' is in more than one phase",
    "touchpoint-in-no-phase.cxmap": "node 'tp-4' (touchpoint): no phase contains it",
    "card-in-emotion-curve-lane.cxmap": "node 'cd-9' (card): lane 'ln-7' draws the emotion curve and holds no cards",
    "self-link.cxmap": "('cd-8' → 'cd-8'): a card cannot link to itself",
    "duplicate-order.cxmap": "phases: nodes 'ph-1' and 'ph-2' have the same 'order' value 0",
    "negative-order.cxmap": "node 'ln-6' (lane): field 'order': expected a whole number ≥ 0, got -1",
    "order-missing.cxmap": "node 'ln-6' (lane): field 'order': expected a whole number ≥ 0, got None",
    "edges-and-links.cxmap": "both 'edges' and 'links'",
    "lone-surrogate.cxmap": "holds an unpaired UTF-16 surrogate",
    "version-with-4000-digits.cxmap": "newer CX Designer (format version a number with 4000 digits)",
    "votes-invalid-colour.cxmap": "node 'cd-8' (card): field 'votes': expected a participant colour like #a1b2c3, got 'red'",
    "votes-zero-dots.cxmap": "node 'cd-8' (card): field 'votes': expected a positive number of dots, got 0",
    "votes-same-colour-twice.cxmap": "node 'cd-8' (card): field 'votes': participant colour #ff0000 appears twice",
    "nps-wrong-length.cxmap": "node 'tp-3' (touchpoint): field 'nps': expected 11 answer counts",
    "ces-negative.cxmap": "node 'tp-4' (touchpoint): field 'ces': expected 5 answer counts (whole numbers ≥ 0), got [-1,",
    "card-moment-of-truth-string.cxmap": "node 'cd-8' (card): field 'moment_of_truth': expected true or false, got 'true'",
    "ideal-states-not-list.cxmap": "graph.ideal_states: expected a list",
    "ideal-state-not-object.cxmap": "graph.ideal_states[0]: expected an object with 'id', 'name' and 'map'",
    "ideal-state-id-clash.cxmap": "graph.ideal_states[0]: field 'id': expected text not used by any other item, got 'ph-1'",
    "ideal-state-without-name.cxmap": "graph.ideal_states[0]: field 'name' is missing",
    "ideal-state-nested-states.cxmap": "ideal state 'Tavoitetila': an ideal state cannot hold ideal states of its own",
    "ideal-state-broken-map.cxmap": "ideal state 'Tavoitetila': node 'cd-9' (card): field 'text' is missing",
}

# Awkward but valid: these must load.
LOADABLE = [
    "ok-utf8-bom.cxmap",
    "ok-networkx-links-key.cxmap",
    "ok-ideal-state.cxmap",
]

TIME_LIMIT = 10  # seconds per file; the slowest takes milliseconds


def test_the_corpus_is_complete_and_large_enough():
    on_disk = {p.name for p in HOSTILE_DIR.glob("*.cxmap")}
    assert on_disk == set(HOSTILE) | set(LOADABLE)
    assert len(HOSTILE) >= 40
    readme = (HOSTILE_DIR / "README.md").read_text(encoding="utf-8")
    missing = [name for name in on_disk if f"`{name}`" not in readme]
    assert missing == [], "files not described in tests/data/hostile/README.md"
    too_big = [p.name for p in HOSTILE_DIR.glob("*.cxmap") if p.stat().st_size > 16_000]
    assert too_big == []


def _refusal(path: Path) -> str:
    with time_limit(TIME_LIMIT), pytest.raises(MapFileError) as error:
        load_map(path)
    return str(error.value)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_with_a_specific_message(name):
    message = _refusal(HOSTILE_DIR / name)
    assert message.startswith(f"{name}: "), "the message names the file"
    assert HOSTILE[name] in message
    assert "\n" not in message and len(message) < 400, "one readable line"
    assert "Traceback" not in message and "Error(" not in message


def test_bom_then_valid_map_loads():
    with time_limit(TIME_LIMIT):
        m = load_map(HOSTILE_DIR / "ok-utf8-bom.cxmap")
    m.check_invariants()
    assert m.title == "Käyttäjän polku"
    assert m.counts() == {"phases": 2, "touchpoints": 2, "lanes": 3, "cards": 3, "links": 1}


def test_networkx_links_key_loads_with_every_edge():
    path = HOSTILE_DIR / "ok-networkx-links-key.cxmap"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "edges" not in data and len(data["links"]) == 9
    with time_limit(TIME_LIMIT):
        m = load_map(path)
    # 2 contains + 3 holds + 3 anchors + 1 link: every edge arrived, none was dropped.
    assert m.counts() == {"phases": 2, "touchpoints": 2, "lanes": 3, "cards": 3, "links": 1}
    assert [tp.id for p in m.phases for tp in p.touchpoints] == ["tp-3", "tp-4"]
    assert {c.id: c.cell for c in m.cards.values()} == {
        "cd-8": ("ln-5", "tp-3"),
        "cd-9": ("ln-5", "ph-2"),
        "cd-10": ("ln-6", "tp-4"),
    }
    resaved = json.loads(dumps_map(m))
    assert len(resaved["edges"]) == 9 and "links" not in resaved
    bom = load_map(HOSTILE_DIR / "ok-utf8-bom.cxmap")
    assert m.snapshot() == bom.snapshot()


def test_an_id_with_a_5000_digit_number_loads_and_new_ids_stay_fresh(tmp_path):
    from cxdesigner.commands import History, add_card

    big_id = "cd-" + "9" * 5000
    path = tmp_path / "big-id.cxmap"
    path.write_text(
        (HOSTILE_DIR / "ok-utf8-bom.cxmap").read_text(encoding="utf-8-sig").replace('"cd-10"', f'"{big_id}"')
    )
    with time_limit(TIME_LIMIT):
        m = load_map(path)
    assert big_id in m.cards
    History(m).push(add_card(m, "ln-5", "tp-3", "new"))
    assert len(m.cards) == 4 and len(m.all_ids()) == 11
    text = dumps_map(m)
    assert loads_map(text).snapshot() == m.snapshot()


def test_an_ideal_state_loads_as_its_own_map():
    with time_limit(TIME_LIMIT):
        m = load_map(HOSTILE_DIR / "ok-ideal-state.cxmap")
    [state] = m.ideal_states
    assert (state.id, state.name) == ("st-11", "Tavoitetila")
    assert state.map.snapshot() == {**m.snapshot(), "ideal_states": []}
    assert state.map is not m and state.map.cards is not m.cards
    assert loads_map(dumps_map(m)).snapshot() == m.snapshot()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
    ],
    ids=["open-brackets", "balanced-brackets", "objects"],
)
def test_100k_nested_brackets_are_refused(tmp_path, text):
    path = tmp_path / "deep.cxmap"
    path.write_text(text)
    message = _refusal(path)
    assert "nests too deeply" in message


def test_100k_nested_lists_inside_a_valid_map_are_refused(tmp_path):
    base = (HOSTILE_DIR / "ok-utf8-bom.cxmap").read_bytes()[3:].decode()
    deep = "[" * 100_000 + "]" * 100_000
    path = tmp_path / "deep-in-map.cxmap"
    path.write_text(base.replace('"order": 0', f'"order": 0, "extension": {deep}', 1))
    assert "nests too deeply" in _refusal(path)


def test_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.cxmap"
    path.write_bytes((HOSTILE_DIR / "ok-utf8-bom.cxmap").read_bytes())
    size = path.stat().st_size
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", size - 1)

    def no_reading(self):
        raise AssertionError("the oversized file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    message = _refusal(path)
    assert f"the file is {size:,} bytes; maps larger than {size - 1:,} are refused" in message


def test_oversized_bytes_are_refused_by_loads_map(monkeypatch):
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 100)
    with pytest.raises(MapFileError, match="maps larger than 100 are refused"):
        loads_map(b"{" + b" " * 200 + b"}")


def test_a_file_at_the_limit_still_loads(tmp_path, monkeypatch):
    path = tmp_path / "exact.cxmap"
    path.write_bytes((HOSTILE_DIR / "ok-utf8-bom.cxmap").read_bytes())
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", path.stat().st_size)
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", path.stat().st_size)
    assert load_map(path).counts()["cards"] == 3


@pytest.mark.parametrize("where", ["kind", "id", "channel", "key"])
def test_megabyte_values_give_a_short_message(tmp_path, where):
    base = json.loads((HOSTILE_DIR / "ok-utf8-bom.cxmap").read_bytes()[3:])
    huge = "x" * 2_000_000
    tp = next(n for n in base["nodes"] if n["kind"] == "touchpoint")
    if where == "key":
        text = json.dumps(base)
        text = text.replace('"directed": true', f'"directed": true, "{huge}": 1, "{huge}": 2', 1)
    else:
        if where == "id":
            base["nodes"].append(dict(tp, id=huge, order=5))
            base["nodes"].append(dict(tp, id=huge, order=6))
        else:
            tp[where] = huge
        text = json.dumps(base)
    path = tmp_path / "huge-value.cxmap"
    path.write_text(text)
    message = _refusal(path)
    assert len(message) < 400
    assert "xxxx…" in message


def test_hostile_files_are_refused_by_the_command_line_in_one_run():
    names = sorted(HOSTILE) + LOADABLE
    paths = [str(HOSTILE_DIR / name) for name in names]
    result = subprocess.run(
        [sys.executable, "-m", "cxdesigner", "validate", *paths],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths), "one line per file"
    for name, path, line in zip(names, paths, lines, strict=True):
        assert line.startswith(f"{path}: ")
        if name in HOSTILE:
            assert HOSTILE[name] in line
        else:
            assert line == f"{path}: OK"


def test_devices_pipes_folders_and_missing_files_are_refused_without_hanging(tmp_path):
    zero = tmp_path / "zero.cxmap"
    zero.symlink_to("/dev/zero")  # endless bytes: reading it would never finish
    pipe = tmp_path / "pipe.cxmap"
    os.mkfifo(pipe)  # opening it would wait for a writer forever
    folder = tmp_path / "folder.cxmap"
    folder.mkdir()
    cases = {
        zero: "zero.cxmap: is a device, pipe or socket, not a map file",
        pipe: "pipe.cxmap: is a device, pipe or socket, not a map file",
        folder: "folder.cxmap: is a folder, not a map file",
        tmp_path / "missing.cxmap": "missing.cxmap: cannot be read: the file does not exist",
    }
    for path, expected in cases.items():
        assert _refusal(path) == expected
    result = subprocess.run(
        [sys.executable, "-m", "cxdesigner", "validate", *map(str, cases)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [f"{path}: {expected.split(': ', 1)[1]}" for path, expected in cases.items()]


# -- fuzzing around the corpus: whatever the bytes, MapFileError or a map that saves cleanly --------

_BASE = (HOSTILE_DIR / "ok-utf8-bom.cxmap").read_bytes()[3:]


def _loads_cleanly_or_refuses(raw: bytes) -> None:
    try:
        with time_limit(TIME_LIMIT):
            m = loads_map(raw)
    except MapFileError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    # Accepted: it must be a consistent map that survives save → load unchanged.
    m.check_invariants()
    text = dumps_map(m)
    again = loads_map(text)
    assert again.snapshot() == m.snapshot()
    assert dumps_map(again) == text


@given(st.data())
def test_mangled_bytes_never_escape_as_another_error(data):
    raw = bytearray(_BASE)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "cut"]))
        if action == "flip":
            raw[position] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del raw[position : position + data.draw(st.integers(1, 40))]
        elif action == "insert":
            raw[position:position] = data.draw(
                st.sampled_from([b"[", b"{", b"\\u", b'"', b",", b"\xff", b"1e999", b"-"])
            )
        else:
            del raw[position:]
        if not raw:
            break
    _loads_cleanly_or_refuses(bytes(raw))


def _json_containers(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    _json_containers,
    max_leaves=8,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


_KEYS = [
    "id", "kind", "name", "text", "order", "emotion", "nps", "ces", "votes", "moment_of_truth", "color",
    "priority", "status", "hidden", "lane_kind", "channel", "source", "target", "link", "ideal_states",
    "map", "links", "edges", "version", "format", "persona", "goals", "extension",
]  # fmt: skip
_VALID_VALUES = st.sampled_from(
    [None, True, 0, 1, -2, 2, "cd-8", "ph-1", "tp-3", "ln-5", "card", "phase", "link", "#ff0000", [], {},
     [0] * 5, [1] * 11, {"#ff0000": 2}, "relates", "high", "done"]
)  # fmt: skip


@pytest.mark.parametrize("kind", ["\n", "card\n", "\r\n", "\x00", "a\u2028b", "\t" * 40])
def test_a_kind_with_control_characters_gets_a_one_line_message(kind):
    """Found by the fuzz test below in CI: a kind of "\n" printed a raw newline in the message."""
    document = json.loads((HOSTILE_DIR / "ok-utf8-bom.cxmap").read_text(encoding="utf-8-sig"))
    node = next(n for n in document["nodes"] if n["kind"] == "card")
    node["kind"] = kind
    with pytest.raises(MapFileError) as refused:
        loads_map(json.dumps(document).encode())
    message = str(refused.value)
    assert "\n" not in message and "\r" not in message and "\u2028" not in message and "\x00" not in message
    assert message.startswith(f"node {node['id']!r} (") and "field 'kind'" in message


@given(st.data())
def test_any_value_replaced_anywhere_gives_map_file_error_or_a_clean_map(data):
    base = data.draw(st.sampled_from(["ok-utf8-bom.cxmap", "ok-ideal-state.cxmap"]))
    document = json.loads((HOSTILE_DIR / base).read_text(encoding="utf-8-sig"))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(list(_paths(document))[1:]))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["delete", "replace", "add"]))
        value = copy.deepcopy(data.draw(st.one_of(_VALID_VALUES, _JSON_VALUES)))  # never one object twice
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.sampled_from(_KEYS))] = value
        else:
            parent[path[-1]] = value
    _loads_cleanly_or_refuses(json.dumps(document).encode())
