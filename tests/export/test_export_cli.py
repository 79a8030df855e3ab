"""``cxdesigner export`` through a real subprocess: exit codes 0, 1, 2 and what it prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxdesigner.commands import History, add_card
from cxdesigner.model import LaneKind
from cxdesigner.storage import save_map
from cxdesigner.templates import load_template
from tests.factories import small_map

from .helpers import all_text, squeeze


def cx(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxdesigner", "export", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "service.cxmap"
    save_map(load_template("service-journey-en"), path)
    return path


def test_poster_export_with_options(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    result = cx(
        str(map_file),
        "-o",
        str(out),
        "--mode",
        "poster",
        "--page-size",
        "A3",
        "--orientation",
        "portrait",
        "--scale",
        "80",
        "--lanes",
        "Pain points,thinks",
        "--title",
        "Wall copy",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    reader = PdfReader(out)
    assert all(round(float(p.mediabox.width)) == 842 and round(float(p.mediabox.height)) == 1191 for p in reader.pages)
    text = all_text(reader)
    assert "Wallcopy" in text and "service.cxmap" in text
    assert squeeze("Pain points") in text and "Expectations" not in text


@pytest.mark.parametrize("mode", ["fit", "handout"])
def test_fit_and_handout(map_file: Path, tmp_path: Path, mode: str) -> None:
    out = tmp_path / f"{mode}.pdf"
    result = cx(str(map_file), "-o", str(out), "--mode", mode, "--page-size", "letter", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{out}: exported" in result.stdout
    assert PdfReader(out).pages


def test_missing_glyphs_warn_on_stderr_and_still_succeed(tmp_path: Path) -> None:
    m = small_map(cards_per_cell=0)
    lane = next(ln for ln in m.lanes if ln.kind is LaneKind.THINKS)
    History(m).push(add_card(m, lane.id, m.touchpoints()[0].id, "漢字 in a note"))
    card_id = next(iter(m.cards))
    source = tmp_path / "cjk.cxmap"
    save_map(m, source)
    result = cx(str(source), "-o", str(tmp_path / "cjk.pdf"), cwd=tmp_path)
    assert result.returncode == 0
    assert "warning" in result.stderr and card_id in result.stderr and "漢" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "out.pdf", "--page-size", "B5"],
        ["-o", "out.pdf", "--mode", "collage"],
        ["-o", "out.pdf", "--orientation", "diagonal"],
        ["-o", "out.pdf", "--scale", "0"],
        ["-o", "out.pdf", "--scale", "big"],
        ["-o", "out.docx"],
        [],
    ],
)
def test_usage_errors_exit_2(map_file: Path, tmp_path: Path, args: list[str]) -> None:
    result = cx(str(map_file), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_failures_exit_1_and_keep_the_existing_file(map_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    for args in (
        [str(tmp_path / "missing.cxmap"), "-o", str(target)],
        [str(map_file), "-o", str(target), "--lanes", "no such lane"],
        [str(map_file), "-o", str(tmp_path / "no-folder" / "out.pdf")],
    ):
        result = cx(*args, cwd=tmp_path)
        assert result.returncode == 1, args
        assert result.stderr.startswith("cxdesigner: ") and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == b"old"
    assert "folder" in result.stderr and "does not exist" in result.stderr


def test_a_folder_named_like_the_target_is_refused(map_file: Path, tmp_path: Path) -> None:
    (tmp_path / "out.pdf").mkdir()
    result = cx(str(map_file), "-o", str(tmp_path / "out.pdf"), cwd=tmp_path)
    assert result.returncode == 1 and "folder" in result.stderr


def test_lanes_by_id_and_name(map_file: Path, tmp_path: Path) -> None:
    m = load_template("service-journey-en")
    pain = next(ln for ln in m.lanes if ln.kind is LaneKind.PAIN_POINTS)
    result = cx(str(map_file), "-o", "sub.pdf", "--lanes", f"{pain.id}, EMOTION CURVE", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = all_text(PdfReader(tmp_path / "sub.pdf"))
    assert squeeze(pain.name) in text and "Thinks" not in text


def test_images_go_to_the_ui_exporter_or_fail_clearly(map_file: Path, tmp_path: Path) -> None:
    result = cx(str(map_file), "-o", "map.png", "--dpi", "72", cwd=tmp_path)
    if result.returncode == 1:
        assert "PNG/SVG export is not available in this build" in result.stderr
    else:  # the Qt exporter is present in this build
        assert result.returncode == 0, result.stderr
        assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")
