"""``cxdesigner export --checklist``, ``--actions`` and ``--compare STATE`` through real subprocesses: the PDF,
exit codes 0/1/2, one clear line on stderr, and an existing file left alone on failure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxdesigner.commands import History, create_ideal_state
from cxdesigner.model import LaneKind
from cxdesigner.storage import save_map
from cxdesigner.templates import load_template
from tests.export.helpers import all_text, squeeze
from tests.export.state_maps import map_with_ideal_state


def cx(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "cxdesigner", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def states_file(tmp_path: Path) -> tuple[Path, object]:
    m, changes = map_with_ideal_state()
    path = tmp_path / "states.cxmap"
    save_map(m, path)
    return path, changes


def test_checklist_adds_the_findings(tmp_path: Path) -> None:
    path = tmp_path / "service.cxmap"
    save_map(load_template("service-journey-en"), path)
    result = cx("export", str(path), "-o", "out.pdf", "--checklist", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "out.pdf")
    assert len(reader.pages) >= 2
    assert squeeze("Analysis checklist") in squeeze(reader.pages[1].extract_text())
    assert "service.cxmap" in all_text(reader)


def test_actions_adds_the_plan_after_the_checklist(tmp_path: Path) -> None:
    path = tmp_path / "service.cxmap"
    save_map(load_template("service-journey-en"), path)
    assert cx("export", str(path), "-o", "plain.pdf", "--checklist", cwd=tmp_path).returncode == 0
    result = cx("export", str(path), "-o", "plan.pdf", "--checklist", "--actions", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    plain, plan = PdfReader(tmp_path / "plain.pdf"), PdfReader(tmp_path / "plan.pdf")
    assert len(plan.pages) == len(plain.pages) + 1
    last = squeeze(plan.pages[-1].extract_text())
    assert last.startswith("Actionplan") and "service.cxmap" in last
    m = load_template("service-journey-en")
    improvements = [c.text for c in m.cards.values() if m.lane(c.lane_id).kind is LaneKind.IMPROVEMENTS]
    assert improvements and all(squeeze(text) in last for text in improvements)


@pytest.mark.parametrize("by", ["id", "name"])
def test_compare_by_id_or_exact_name(states_file, tmp_path: Path, by: str) -> None:  # type: ignore[no-untyped-def]
    path, ch = states_file
    state = ch.state_id if by == "id" else ch.state_name
    args = ("-o", "cmp.pdf", "--compare", state, "--checklist", "--page-size", "a3")
    result = cx("export", str(path), *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "cmp.pdf: exported"
    reader = PdfReader(tmp_path / "cmp.pdf")
    assert reader.trailer["/Root"]["/PageLayout"] == "/TwoPageRight"
    pages = [squeeze(p.extract_text()) for p in reader.pages]
    assert pages[1].startswith("Currentstate") and pages[2].startswith(squeeze(ch.state_name))
    assert squeeze(ch.added) in pages[2] and any(p.startswith("Analysischecklist") for p in pages[4:])


def test_unknown_state_fails_listing_the_states_and_keeps_the_file(states_file, tmp_path: Path) -> None:  # noqa: ANN001
    path, ch = states_file
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    result = cx("export", str(path), "-o", str(target), "--compare", "ideal 2027", cwd=tmp_path)  # names match exactly
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"cxdesigner: no ideal state 'ideal 2027' in this map; its ideal states are: {ch.state_name} ({ch.state_id})"
    )
    assert target.read_bytes() == b"old"


def test_a_map_without_ideal_states_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plain.cxmap"
    save_map(load_template("service-journey-en"), path)
    result = cx("export", str(path), "-o", "out.pdf", "--compare", "Ideal", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "cxdesigner: no ideal state 'Ideal': this map has no ideal states"
    assert not (tmp_path / "out.pdf").exists()


def test_two_states_with_one_name_must_be_named_by_id(tmp_path: Path) -> None:
    m = load_template("service-journey-en")
    h = History(m)
    h.push(create_ideal_state(m, "Next year"))
    h.push(create_ideal_state(m, "Next year"))
    path = tmp_path / "two.cxmap"
    save_map(m, path)
    result = cx("export", str(path), "-o", "out.pdf", "--compare", "Next year", cwd=tmp_path)
    assert result.returncode == 1 and "several ideal states are called 'Next year'" in result.stderr
    ids = [s.id for s in m.ideal_states]
    assert all(i in result.stderr for i in ids)
    assert cx("export", str(path), "-o", "out.pdf", "--compare", ids[1], cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "out.png", "--checklist"], "--checklist needs a .pdf output, not .png"),
        (["-o", "out.svg", "--actions"], "--actions needs a .pdf output, not .svg"),
        (["-o", "out.md", "--checklist", "--actions", "--compare", "x"],
         "--checklist, --actions and --compare need a .pdf output, not .md"),
        (["-o", "out.csv", "--checklist", "--compare", "x"], "--checklist and --compare need a .pdf output, not .csv"),
        (["-o", "out.pdf", "--compare", "x", "--mode", "poster"], "cannot be combined with --mode poster"),
        (["-o", "out.pdf", "--compare"], "expected one argument"),
    ],
)
def test_usage_errors_exit_2(states_file, tmp_path: Path, extra: list[str], message: str) -> None:  # noqa: ANN001
    path, _ch = states_file
    result = cx("export", str(path), *extra, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("usage:")
    assert result.stderr.strip().splitlines()[-1].startswith("cxdesigner export: error: ")
    assert message in result.stderr
    assert not any(p.suffix in (".png", ".csv", ".pdf") for p in tmp_path.iterdir())


def test_analyze_json_stays_english_for_a_finnish_map(tmp_path: Path) -> None:
    path = tmp_path / "fi.cxmap"
    save_map(load_template("palvelupolku-fi"), path)
    result = cx("analyze", str(path), "--json", cwd=tmp_path)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data and all(set(d) == {"kind", "item_id", "item_name", "message"} for d in data)
    first = {}
    for d in data:
        first.setdefault(d["kind"], d["message"])
    assert first["unaddressed_pain_point"] == "No improvement addresses this pain point."
    assert first["channel_switch"] == "The customer switches from Social media to Friends & colleagues."
    assert first["emotion_low_point"] == "The journey's lowest emotion (-2)."
