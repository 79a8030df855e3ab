"""Malformed and hostile input fails with one readable line naming the file and the line or field."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.interop import InteropError, import_file
from cxdesigner.interop.common import MAX_IMPORT_BYTES
from cxdesigner.interop.csv_format import read_csv
from cxdesigner.interop.ems import read_ems
from cxdesigner.interop.mermaid import read_mermaid
from cxdesigner.interop.ojf import read_ojf

from .helpers import DATA, EMS_FILE, HANDWRITTEN

CUSTOMER_SUPPORT = DATA / "ojf" / "customer-support.ojf"
HOTEL = DATA / "ojf" / "hotel-check-in-blueprint.ojf"


def fails(path, *fragments):
    with pytest.raises(InteropError) as info:
        import_file(path)
    message = str(info.value)
    assert message.startswith(f"{path.name}: "), message
    for fragment in fragments:
        assert fragment in message, message
    assert "\n" not in message and "Traceback" not in message
    return message


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def edited(tmp_path, source, change, name=None):
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data)
    return write(tmp_path, name or source.name, json.dumps(data, indent=2))


# -- OJF ---------------------------------------------------------------------------------------
def test_truncated_json_names_the_line(tmp_path):
    text = CUSTOMER_SUPPORT.read_text(encoding="utf-8")
    path = write(tmp_path, "cut.ojf", text[: len(text) // 2])
    fails(path, "line ", "not valid JSON", "ends too early")


def test_json_syntax_error_names_line_and_column(tmp_path):
    path = write(tmp_path, "bad.ojf", '{\n  "stages": [],\n  "swimlanes": [,]\n}')
    fails(path, "line 3, column 17", "not valid JSON")


@pytest.mark.parametrize(
    ("change", "fragments"),
    [
        (lambda d: d["nodes"][3].update(score="high"), ["nodes[3] ('Bot Loop').score", "expected a number", "'high'"]),
        (lambda d: d["nodes"][0].update(score=9), ["nodes[0]", ".score", "from -5 to 5", "9"]),
        (lambda d: d["nodes"][4].update(isMomentOfTruth="yes"), ["nodes[4]", ".isMomentOfTruth", "true or false"]),
        (lambda d: d["nodes"][1].update(title=["Frustrated"]), ["nodes[1].title", "expected text", "a list"]),
        (lambda d: d["nodes"][2].update(tags="Chat"), ["nodes[2]", ".tags", "a list of texts"]),
        (lambda d: d.update(stages={"id": "s1"}), ["stages: expected a list"]),
        (lambda d: d.pop("nodes"), ["nodes: missing", "not an OpenJourney"]),
        (lambda d: d["stages"][1].pop("id"), ["nodes[2]", ".stageId: no stage has the id 's2'"]),
        (lambda d: d["nodes"][0].pop("stageId"), ["nodes[0]", ".stageId: missing"]),
        (lambda d: d["nodes"][0].update(swimlaneId="sl9"), ["nodes[0]", ".swimlaneId: no swimlane has the id 'sl9'"]),
        (lambda d: d["stages"][1].update(id="s1"), ["stages[1]", ".id: 's1' is used twice"]),
        (lambda d: d["stages"][0].update(name=7), ["stages[0].name: expected text, got 7"]),
        (lambda d: d.update(persona={"name": "Sam"}), ["customer-support.ojf: persona: expected text, got an object"]),
        (lambda d: d["nodes"][0].update(title="x" * 10_001), ["nodes[0]", "limit is 10000"]),
    ],
)
def test_ojf_wrong_types_and_references_name_the_field(tmp_path, change, fragments):
    fails(edited(tmp_path, CUSTOMER_SUPPORT, change), *fragments)


def test_ojf_bad_blueprint_names_the_layer(tmp_path):
    path = edited(tmp_path, HOTEL, lambda d: d["nodes"][0]["blueprint"]["onstage"][0].update(action=None))
    fails(path, "nodes[0] ('Arrive at Entrance').blueprint.onstage[0].action: expected text")
    path = edited(tmp_path, HOTEL, lambda d: d["nodes"][1]["blueprint"].update(frontstage=[]))
    fails(path, "blueprint.frontstage: unknown layer")


def test_missing_node_ids_are_generated(tmp_path):
    m = import_file(edited(tmp_path, HOTEL, lambda d: [n.pop("id") for n in d["nodes"]]))
    assert [tp.extra["ojf"]["node"]["id"] for tp in m.touchpoints()] == ["node-1", "node-2", "node-3", "node-4"]


def test_missing_stage_id_without_nodes_is_generated(tmp_path):
    def change(d):
        d["stages"].append({"name": "Follow-up"})

    m = import_file(edited(tmp_path, CUSTOMER_SUPPORT, change))
    assert m.phases[-1].name == "Follow-up" and m.phases[-1].extra["ojf"]["id"] == "stage-5"


def test_not_an_object_and_not_utf8(tmp_path):
    fails(write(tmp_path, "list.ojf", "[1, 2]"), "expected a JSON object")
    path = tmp_path / "latin1.ojf"
    path.write_bytes('{"title": "Käyttäjä"}'.encode("latin-1"))
    fails(path, "not UTF-8")
    fails(write(tmp_path, "empty.ojf", "  \n"), "the file is empty")


def test_deeply_nested_json_fails_cleanly(tmp_path):
    fails(write(tmp_path, "deep.ojf", "[" * 100_000 + "]" * 100_000), "nests too deeply")
    deep = '{"stages": [], "swimlanes": [], "nodes": [], "extra": ' + "[" * 40 + "]" * 40 + "}"
    fails(write(tmp_path, "deep2.ojf", deep), "nests too deeply")


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.ojf"
    with path.open("wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk
    fails(path, "files larger than")


def test_folder_and_missing_file(tmp_path):
    (tmp_path / "dir.ojf").mkdir()
    fails(tmp_path / "dir.ojf", "is a folder")
    fails(tmp_path / "nope.ojf", "no such file")


# -- EMS YAML -----------------------------------------------------------------------------------
def test_bad_yaml_names_the_line(tmp_path):
    text = EMS_FILE.read_text(encoding="utf-8").replace("    name: 設計レビュー", "    name: [設計レビュー", 1)
    line = text.splitlines().index("    name: [設計レビュー") + 1
    message = fails(write(tmp_path, "bad.yaml", text), "not valid YAML")
    assert f"line {line}" in message or f"line {line + 1}" in message


@pytest.mark.parametrize(
    ("old", "new", "fragments"),
    [
        (
            "    emotion_score: 0\n",
            "    emotion_score: neutral\n",
            ["line 41, actions[1].emotion_score", "whole number from -2 to 2"],
        ),
        ("    emotion_score: 1\n", "    emotion_score: 3\n", ["line 74, actions[4].emotion_score", "from -2 to 2"]),
        (
            "    phase: cjm:phase:uat\n",
            "    phase: cjm:phase:qa\n",
            ["line 44, actions[2].phase: no phase has the id 'cjm:phase:qa'"],
        ),
        ("      - テスト環境\n", "      - {a: 1}\n", ["line 45, actions[2].touchpoints[0]: expected text"]),
        ("  - id: cjm:phase:uat\n", "  - idx: cjm:phase:uat\n", ["line 14, phases[2]: field 'id' is missing"]),
        ("kind: cjm\n", "kind: cjmx\n", ["no 'kind: cjm' document", "found: cjmx, em, outcome, sbp"]),
    ],
)
def test_ems_wrong_values_name_line_and_field(tmp_path, old, new, fragments):
    text = EMS_FILE.read_text(encoding="utf-8")
    assert old in text
    fails(write(tmp_path, "sample.yaml", text.replace(old, new, 1)), *fragments)


def test_billion_laughs_is_refused_quickly(tmp_path):
    lines = ["kind: cjm", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    lines += ["phases: *a9", "actions: []"]
    started = time.monotonic()
    fails(write(tmp_path, "lol.yaml", "\n".join(lines)), "line 3", "aliases")
    assert time.monotonic() - started < 2


def test_deep_yaml_and_python_tags_are_refused(tmp_path):
    fails(write(tmp_path, "deep.yaml", "kind: cjm\nx: " + "[" * 200 + "]" * 200), "nests more than 64 levels")
    fails(
        write(tmp_path, "tag.yaml", "kind: cjm\nx: !!python/object/apply:os.system ['true']\n"),
        "line 2",
        "not valid YAML",
    )


# -- Mermaid --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("journey\n  section A\n  Task: five: Me\n", ["line 3", "'five' is not a whole number"]),
        ("journey\n  section A\n  Task: 7: Me\n", ["line 3", "outside 0…5"]),
        ("journey\n  section A\n  just words\n", ["line 3", "expected 'title …', 'section …'"]),
        ("flowchart LR\n  A --> B\n", ["line 1", "expected 'journey'"]),
        ("journey\n  accDescr {\n  never closed\n", ["accDescr {", "never closed"]),
    ],
)
def test_mermaid_errors_name_the_line(tmp_path, text, fragments):
    fails(write(tmp_path, "bad.mmd", text), *fragments)


# -- CSV ------------------------------------------------------------------------------------------
CSV_HEAD = "phase,touchpoint,channel,moment_of_truth,emotion,lane,lane_kind,text,detail\n"


@pytest.mark.parametrize(
    ("body", "fragments"),
    [
        ("A,Web,web,no,0,Thinks,thinks,Hello\n", ["line 2: expected 9 fields, found 8"]),
        (
            "A,Web,web,no,0,Thinks,thinks,Hi,\nA,Web,web,no,9,Thinks,thinks,Hi,\n",
            ["line 3, column 'emotion'", "from -2 to 2"],
        ),
        ("A,Web,webb,no,0,Thinks,thinks,Hi,\n", ["line 2, column 'channel'", "'webb'"]),
        ("A,Web,web,maybe,0,Thinks,thinks,Hi,\n", ["line 2, column 'moment_of_truth'", "yes or no"]),
        ("A,Web,web,no,0,Thinks,thinkz,Hi,\n", ["line 2, column 'lane_kind'"]),
        (
            "A,Web,web,no,0,Thinks,thinks,Hi,\nA,Web,web,no,1,Thinks,thinks,Ho,\n",
            ["line 3, column 'emotion'", "conflicts with line 2"],
        ),
        ("A,Web,web,no,0,Curve,emotion_curve,Hi,\n", ["line 2, column 'lane'", "holds no cards"]),
        ("A,Web,web,no,0,,,Hi,\n", ["line 2, column 'lane'", "the row has a card"]),
        ('A,Web,web,no,0,Thinks,thinks,"unclosed,\n', ["line 2", "not valid CSV"]),
    ],
)
def test_csv_bad_rows_name_line_and_column(tmp_path, body, fragments):
    fails(write(tmp_path, "bad.csv", CSV_HEAD + body), *fragments)


def test_csv_bad_header(tmp_path):
    fails(write(tmp_path, "h.csv", "phase,lane,text,colour\n"), "line 1, column 4: unknown column 'colour'")
    fails(write(tmp_path, "h2.csv", "phase,text\n"), "line 1: the header has no 'lane' column")


def test_csv_card_field_errors_name_the_column(tmp_path):
    path = write(tmp_path, "c.csv", "phase,lane,text,color,priority\nA,Thinks,Hi,red,\n")
    fails(path, "line 2, column 'color'", "#a1b2c3")
    path = write(tmp_path, "p.csv", "phase,lane,text,color,priority\nA,Thinks,Hi,,urgent\n")
    fails(path, "line 2, column 'priority'", "'urgent'")


def test_unknown_format_is_explained(tmp_path):
    fails(write(tmp_path, "notes.txt", "hello\n"), "cannot tell its format")
    with pytest.raises(InteropError, match="cannot import the format 'pdf'"):
        import_file(HANDWRITTEN / "library-card.mmd", "pdf")


def test_format_is_recognised_from_content(tmp_path):
    sources = (CUSTOMER_SUPPORT, EMS_FILE, HANDWRITTEN / "library-card.mmd", HANDWRITTEN / "palvelupolku.mmd")
    for source in (*sources, HANDWRITTEN / "palvelupolku.csv"):
        copy = tmp_path / (source.stem + ".txt")
        copy.write_bytes(source.read_bytes())
        assert import_file(copy).counts() == import_file(source).counts()


def test_large_yaml_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("kind: cjm\n" + "# padding\n" * 500_000, encoding="utf-8")
    started = time.monotonic()
    fails(path, "YAML files larger than")
    assert time.monotonic() - started < 2


def test_a_large_ojf_file_imports_in_reasonable_time(tmp_path):
    # 20,000 nodes without ids: guards against work that grows with the square of the node count
    stages = [{"id": f"s{i}", "name": f"Stage {i}"} for i in range(20)]
    nodes = [
        {"stageId": f"s{i % 20}", "swimlaneId": "sl2" if i % 4 else "sl1", "title": f"Node {i}", "score": i % 11 - 5}
        for i in range(20_000)
    ]
    data = {
        "version": "1.0",
        "stages": stages,
        "swimlanes": [{"id": "sl1", "name": "Actions"}, {"id": "sl2", "name": "Pain points"}],
        "nodes": nodes,
    }
    path = write(tmp_path, "big.ojf", json.dumps(data))
    started = time.monotonic()
    m = import_file(path)
    assert m.counts()["touchpoints"] == 5_000 and m.counts()["cards"] == 15_000
    assert time.monotonic() - started < 20


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_devices_are_refused_instead_of_read_forever():
    with pytest.raises(InteropError, match="zero: is not a regular file"):
        import_file("/dev/zero", "ojf")


READERS = {"ojf": read_ojf, "ems": read_ems, "mermaid": read_mermaid, "csv": read_csv}
SAMPLES = {
    "ojf": CUSTOMER_SUPPORT.read_bytes(),
    "ems": EMS_FILE.read_bytes()[:3000],
    "mermaid": (HANDWRITTEN / "library-card.mmd").read_bytes(),
    "csv": (HANDWRITTEN / "palvelupolku.csv").read_bytes(),
}


@given(st.sampled_from(sorted(READERS)), st.data())
def test_damaged_files_fail_only_with_a_readable_error(fmt, data):
    """Cut, spliced or overwritten versions of real files: a map or an InteropError, nothing else."""
    raw = SAMPLES[fmt]
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, min(len(raw), start + 40)))
    patch = data.draw(
        st.binary(max_size=8) | st.sampled_from([b"", b"\n", b'"', b":", b",", b"{", b"- ", b"*a", b"\xff"])
    )
    damaged = raw[:start] + patch + raw[end:]
    try:
        m = READERS[fmt](damaged)
    except InteropError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        m.check_invariants()
