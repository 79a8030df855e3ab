"""Analysis findings on a map built for the test, and through the command line."""

from __future__ import annotations

import json
import subprocess
import sys

from cxdesigner.analysis import analyze
from cxdesigner.commands import History, add_card, add_lane, add_link, add_phase, add_touchpoint, set_fields
from cxdesigner.model import Channel, JourneyMap, LaneKind, LinkKind
from cxdesigner.storage import save_map


def built_map():
    m = JourneyMap("Analysis test")
    h = History(m)
    h.push(add_phase(m, "Find"))
    phase = m.phases[0].id
    h.push(add_touchpoint(m, phase, "Web", Channel.WEB))
    h.push(add_touchpoint(m, phase, "Call", Channel.PHONE))
    h.push(add_touchpoint(m, phase, "Chat", Channel.PHONE))
    web, call, chat = (tp.id for tp in m.phases[0].touchpoints)
    for kind in (LaneKind.DOES, LaneKind.THINKS, LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS, LaneKind.METRICS):
        h.push(add_lane(m, kind))
    does, thinks, pains, improvements, metrics = (lane.id for lane in m.lanes)
    for tp in (web, call, chat):
        h.push(add_card(m, does, tp, "does"))
    h.push(add_card(m, thinks, web, "thinks"))
    h.push(add_card(m, thinks, call, "thinks"))
    h.push(add_card(m, pains, web, "Prices are hidden"))
    h.push(add_card(m, pains, call, "Queue is long"))
    h.push(add_card(m, improvements, web, "Show prices"))
    hidden_prices, queue = m.cells[(pains, web)][0], m.cells[(pains, call)][0]
    h.push(add_link(m, m.cells[(improvements, web)][0], hidden_prices, LinkKind.ADDRESSES))
    h.push(set_fields(m, "touchpoint", call, "Mark", moment_of_truth=True, emotion=-2))
    h.push(set_fields(m, "touchpoint", web, "Mark", moment_of_truth=True, emotion=1))
    h.push(add_card(m, metrics, web, "NPS 35"))
    return m, {"web": web, "call": call, "chat": chat, "queue": queue}


def test_findings_on_a_built_map():
    m, ids = built_map()
    got = {(f.kind, f.item_id) for f in analyze(m)}
    assert got == {
        ("unaddressed_pain_point", ids["queue"]),
        ("empty_lanes", ids["chat"]),
        ("moment_without_metric", ids["call"]),
        ("emotion_low_point", ids["call"]),
        ("channel_switch", ids["call"]),
    }
    chat = next(f for f in analyze(m) if f.kind == "empty_lanes")
    assert chat.message == "Nothing yet in: Thinks."


def test_analyze_command(tmp_path):
    m, ids = built_map()
    path = tmp_path / "m.cxmap"
    save_map(m, path)
    out = subprocess.run([sys.executable, "-m", "cxdesigner", "analyze", str(path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    lines = [line.split("\t") for line in out.stdout.splitlines()]
    assert len(lines) == 5 and all(len(parts) == 4 for parts in lines)
    assert ["unaddressed_pain_point", ids["queue"], "Queue is long", "No improvement addresses this pain point."] in lines
    data = json.loads(
        subprocess.run([sys.executable, "-m", "cxdesigner", "analyze", str(path), "--json"], capture_output=True, text=True, timeout=60).stdout
    )
    assert {d["kind"] for d in data} == {k for k, *_ in lines}
