"""Write the hostile corpus (tests/data/hostile/*.cxmap) from one small valid map.

Run with the project's Python: ``python tests/data/hostile/generate.py``. Each file breaks one
thing; the expected messages live in tests/storage/test_hostile_files.py and in README.md.
"""

import json
from pathlib import Path

from cxdesigner.commands import History, add_card, add_lane, add_link, add_phase, add_touchpoint, set_fields
from cxdesigner.model import JourneyMap
from cxdesigner.model.vocabulary import Channel, LaneKind, LinkKind
from cxdesigner.storage import dumps_map

OUT = Path(__file__).resolve().parent

m = JourneyMap("Käyttäjän polku", "A small map", "fi")
h = History(m)
h.push(add_phase(m, "Etsiminen"))  # ph-1
h.push(add_phase(m, "Sopimus"))  # ph-2
h.push(add_touchpoint(m, "ph-1", "Netti", Channel.WEB))  # tp-3
h.push(add_touchpoint(m, "ph-2", "Puhelin", Channel.PHONE))  # tp-4
h.push(add_lane(m, LaneKind.THINKS))  # ln-5
h.push(add_lane(m, LaneKind.IMPROVEMENTS))  # ln-6
h.push(add_lane(m, LaneKind.EMOTION_CURVE))  # ln-7
h.push(add_card(m, "ln-5", "tp-3", "Onko tämä luotettava?"))  # cd-8
h.push(add_card(m, "ln-5", "ph-2", "Liian monta vaihetta"))  # cd-9
h.push(add_card(m, "ln-6", "tp-4", "Soita takaisin", priority="high"))  # cd-10
h.push(add_link(m, "cd-10", "cd-9", LinkKind.ADDRESSES))
h.push(set_fields(m, "touchpoint", "tp-3", "x", emotion=1, moment_of_truth=True))
BASE = dumps_map(m)
assert [n["id"] for n in json.loads(BASE)["nodes"]] == [
    "ph-1",
    "tp-3",
    "ph-2",
    "tp-4",
    "ln-5",
    "ln-6",
    "ln-7",
    "cd-8",
    "cd-9",
    "cd-10",
], json.loads(BASE)["nodes"]


def data():
    return json.loads(BASE)


def node(d, node_id):
    return next(n for n in d["nodes"] if n["id"] == node_id)


def edge(d, s, t):
    return next(e for e in d["edges"] if (e["source"], e["target"]) == (s, t))


def dump(d):
    return json.dumps(d, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


files: dict[str, bytes | str] = {}


def mut(name, f):
    d = data()
    f(d)
    files[name] = dump(d)


files["empty.cxmap"] = b""
files["whitespace-only.cxmap"] = b"  \n\t\r\n   \n"
files["truncated.cxmap"] = BASE[: len(BASE) // 2]
files["not-json-yaml.cxmap"] = "title: My journey\nphases:\n  - Search\n  - Buy\n"
files["not-utf8-latin1.cxmap"] = BASE.encode("latin-1")
files["utf16-with-bom.cxmap"] = BASE.encode("utf-16")
files["ok-utf8-bom.cxmap"] = b"\xef\xbb\xbf" + BASE.encode()
files["nan.cxmap"] = BASE.replace('"emotion": 1', '"emotion": NaN')
files["infinity.cxmap"] = BASE.replace('"emotion": 1', '"emotion": Infinity')
files["minus-infinity.cxmap"] = BASE.replace('"emotion": 1', '"emotion": -Infinity')
files["duplicate-key-top-level.cxmap"] = BASE.replace('"directed": true,', '"directed": true,\n  "nodes": [],', 1)
files["duplicate-key-in-node.cxmap"] = BASE.replace(
    '"name": "Etsiminen",', '"name": "Etsiminen",\n      "name": "Haku",', 1
)
files["huge-integer.cxmap"] = BASE.replace('"emotion": 1', '"emotion": 1' + "0" * 4999)
files["huge-float.cxmap"] = BASE.replace('"emotion": 1', '"emotion": 1e999')
files["top-level-list.cxmap"] = "[" + BASE + "]\n"
files["top-level-string.cxmap"] = json.dumps(BASE) + "\n"
files["top-level-number.cxmap"] = "42\n"
files["top-level-null.cxmap"] = "null\n"
mut("format-missing.cxmap", lambda d: d["graph"].pop("format"))
mut("format-wrong.cxmap", lambda d: d["graph"].update(format="mindmap"))
mut("graph-missing.cxmap", lambda d: d.pop("graph"))
files["foreign-package-json.cxmap"] = (
    json.dumps(
        {
            "name": "left-pad",
            "version": "1.3.0",
            "main": "index.js",
            "scripts": {"test": "node test.js"},
            "dependencies": {},
        },
        indent=2,
    )
    + "\n"
)
mut("version-99.cxmap", lambda d: d["graph"].update(version=99))
mut("version-string.cxmap", lambda d: d["graph"].update(version="1"))
mut("version-bool.cxmap", lambda d: d["graph"].update(version=True))
mut("version-zero.cxmap", lambda d: d["graph"].update(version=0))
mut("multigraph-true.cxmap", lambda d: d.update(multigraph=True))
mut("undirected.cxmap", lambda d: d.update(directed=False))
mut("nodes-missing.cxmap", lambda d: d.pop("nodes"))
mut("nodes-not-list.cxmap", lambda d: d.update(nodes={"ph-1": {"kind": "phase"}}))
mut("edges-missing.cxmap", lambda d: d.pop("edges"))
mut("node-not-object.cxmap", lambda d: d["nodes"].__setitem__(2, "ph-2"))
mut("node-without-id.cxmap", lambda d: node(d, "ph-2").pop("id"))
mut("node-empty-id.cxmap", lambda d: node(d, "ph-2").update(id=""))
mut("node-id-number.cxmap", lambda d: node(d, "ph-2").update(id=2))
mut("duplicate-ids.cxmap", lambda d: node(d, "tp-4").update(id="tp-3"))
mut("unknown-kind.cxmap", lambda d: node(d, "cd-9").update(kind="sticker"))
mut("kind-missing.cxmap", lambda d: node(d, "cd-9").pop("kind"))
mut("phase-without-name.cxmap", lambda d: node(d, "ph-2").pop("name"))
mut("card-without-text.cxmap", lambda d: node(d, "cd-9").pop("text"))
mut("name-is-number.cxmap", lambda d: node(d, "tp-4").update(name=42))
mut("title-is-number.cxmap", lambda d: d["graph"].update(title=2024))
mut("persona-not-object.cxmap", lambda d: d["graph"].update(persona="Maija"))
mut("goals-not-list.cxmap", lambda d: d["graph"]["persona"].update(goals="save money"))
mut("language-invalid.cxmap", lambda d: d["graph"].update(language="Finnish!"))
mut("moment-of-truth-yes.cxmap", lambda d: node(d, "tp-3").update(moment_of_truth="yes"))
mut("emotion-3.cxmap", lambda d: node(d, "tp-3").update(emotion=3))
mut("emotion-1.5.cxmap", lambda d: node(d, "tp-3").update(emotion=1.5))
mut("emotion-true.cxmap", lambda d: node(d, "tp-3").update(emotion=True))
mut("hidden-is-1.cxmap", lambda d: node(d, "ln-6").update(hidden=1))
mut("channel-invalid.cxmap", lambda d: node(d, "tp-4").update(channel="fax"))
mut("lane-kind-invalid.cxmap", lambda d: node(d, "ln-5").update(lane_kind="dreams"))
mut("priority-invalid.cxmap", lambda d: node(d, "cd-10").update(priority="urgent"))
mut("status-invalid.cxmap", lambda d: node(d, "cd-10").update(status="someday"))
mut("link-kind-invalid.cxmap", lambda d: edge(d, "cd-10", "cd-9").update(link="causes"))
mut("colour-invalid.cxmap", lambda d: node(d, "cd-8").update(color="red"))
mut("text-over-limit.cxmap", lambda d: node(d, "cd-8").update(text="a" * 10_001))
mut("edge-to-missing-node.cxmap", lambda d: edge(d, "ln-5", "cd-9").update(target="cd-99"))
mut("edge-source-not-string.cxmap", lambda d: edge(d, "ph-1", "tp-3").update(source=1))
mut("edge-source-missing.cxmap", lambda d: edge(d, "ph-1", "tp-3").pop("source"))
mut("edge-not-object.cxmap", lambda d: d["edges"].__setitem__(0, ["ph-1", "tp-3"]))
mut("edge-kind-unknown.cxmap", lambda d: edge(d, "ph-1", "tp-3").update(kind="owns"))
mut("edge-wrong-ends.cxmap", lambda d: d["edges"].append({"source": "ln-5", "target": "tp-4", "kind": "holds"}))
mut("duplicate-edge.cxmap", lambda d: d["edges"].append(dict(edge(d, "ph-1", "tp-3"))))
mut("card-without-lane.cxmap", lambda d: d["edges"].remove(edge(d, "ln-5", "cd-9")))
mut("card-without-anchor.cxmap", lambda d: d["edges"].remove(edge(d, "ph-2", "cd-9")))
mut("card-in-two-lanes.cxmap", lambda d: d["edges"].append({"source": "ln-6", "target": "cd-9", "kind": "holds"}))
mut("card-with-two-anchors.cxmap", lambda d: d["edges"].append({"source": "tp-3", "target": "cd-9", "kind": "anchors"}))
mut(
    "touchpoint-in-two-phases.cxmap",
    lambda d: d["edges"].append({"source": "ph-1", "target": "tp-4", "kind": "contains"}),
)
mut("touchpoint-in-no-phase.cxmap", lambda d: d["edges"].remove(edge(d, "ph-2", "tp-4")))


def _curve(d):
    edge(d, "ln-5", "cd-9").update(source="ln-7")


mut("card-in-emotion-curve-lane.cxmap", _curve)
mut(
    "self-link.cxmap",
    lambda d: d["edges"].append({"source": "cd-8", "target": "cd-8", "kind": "link", "link": "relates"}),
)
mut("duplicate-order.cxmap", lambda d: node(d, "ph-2").update(order=0))
mut("negative-order.cxmap", lambda d: node(d, "ln-6").update(order=-1))
mut("order-missing.cxmap", lambda d: node(d, "ln-6").pop("order"))


def _links(d):
    d["links"] = d.pop("edges")


mut("ok-networkx-links-key.cxmap", _links)
mut("edges-and-links.cxmap", lambda d: d.update(links=list(d["edges"])))


def _deep(d):
    x = []
    y = x
    for _ in range(100):
        y.append([])
        y = y[0]
    node(d, "cd-8")["plugin_data"] = x


files["deep-nesting-in-extra-field.cxmap"] = BASE.replace(
    '"text": "Onko tämä luotettava?"',
    '"plugin_data": ' + "[" * 100 + "]" * 100 + ',\n      "text": "Onko tämä luotettava?"',
    1,
)
files["lone-surrogate.cxmap"] = BASE.replace("Onko tämä luotettava?", "Onko \\ud83d tämä luotettava?")
mut("version-with-4000-digits.cxmap", lambda d: d["graph"].update(version=10**3999))


def _with_state(d, change=None):
    inner = json.loads(BASE)
    if change:
        change(inner)
    d["graph"]["ideal_states"] = [{"id": "st-11", "name": "Tavoitetila", "map": inner}]
    return d["graph"]["ideal_states"][0]


mut("votes-invalid-colour.cxmap", lambda d: node(d, "cd-8").update(votes={"red": 2}))
mut("votes-zero-dots.cxmap", lambda d: node(d, "cd-8").update(votes={"#ff0000": 0}))
files["votes-same-colour-twice.cxmap"] = BASE.replace(
    '"text": "Onko tämä luotettava?"',
    '"text": "Onko tämä luotettava?",\n      "votes": {"#FF0000": 3, "#ff0000": 2}',
    1,
)
mut("nps-wrong-length.cxmap", lambda d: node(d, "tp-3").update(nps=[1, 2, 3]))
mut("ces-negative.cxmap", lambda d: node(d, "tp-4").update(ces=[-1, 0, 0, 0, 0]))
mut("card-moment-of-truth-string.cxmap", lambda d: node(d, "cd-8").update(moment_of_truth="true"))
mut("ideal-states-not-list.cxmap", lambda d: d["graph"].update(ideal_states={"st-11": {}}))
mut("ideal-state-not-object.cxmap", lambda d: d["graph"].update(ideal_states=["Tavoitetila"]))
mut("ideal-state-id-clash.cxmap", lambda d: _with_state(d).update(id="ph-1"))
mut("ideal-state-without-name.cxmap", lambda d: _with_state(d).pop("name"))
mut(
    "ideal-state-nested-states.cxmap",
    lambda d: _with_state(
        d, lambda inner: inner["graph"].update(ideal_states=[{"id": "st-12", "name": "x", "map": json.loads(BASE)}])
    ),
)
mut("ideal-state-broken-map.cxmap", lambda d: _with_state(d, lambda inner: node(inner, "cd-9").pop("text")))
mut("ok-ideal-state.cxmap", _with_state)
files["deep-nesting-short.cxmap"] = "[" * 5000 + "]" * 5000 + "\n"

for old in OUT.glob("*.cxmap"):
    old.unlink()
for name, content in files.items():
    (OUT / name).write_bytes(content if isinstance(content, bytes) else content.encode())
print(len(files), "files;", sum(1 for n in files if not n.startswith("ok-")), "hostile")
