"""``cxdesigner import`` through a real subprocess: exit codes, messages, no overwrite, valid maps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ALL_FILES, DATA

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "cxdesigner", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd or ROOT,
    )


def test_every_real_file_imports_and_validates(tmp_path):
    outputs = []
    for index, source in enumerate(ALL_FILES):
        out = tmp_path / f"map{index}.cxmap"
        result = cli("import", source, "-o", out)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert f"from {source.name}" in result.stdout
        outputs.append(out)
    result = cli("validate", *outputs)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count(": OK") == len(ALL_FILES)


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "map.cxmap"
    source = DATA / "ojf" / "event-booking.ojf"
    assert cli("import", source, "-o", out).returncode == 0
    before = out.read_bytes()
    result = cli("import", DATA / "ems" / "sample.yaml", "-o", out)
    assert result.returncode == 1
    assert result.stderr.strip() == f"cxdesigner: {out} already exists; use --force to overwrite it"
    assert out.read_bytes() == before
    result = cli("import", DATA / "ems" / "sample.yaml", "-o", out, "--force")
    assert result.returncode == 0, result.stderr
    assert "要件定義".encode() in out.read_bytes()


def test_malformed_source_exits_1_with_one_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.ojf"
    bad.write_text(
        '{"stages": [{"id": "s1", "name": "A"}], "swimlanes": [], "nodes": [{"stageId": "s1"', encoding="utf-8"
    )
    out = tmp_path / "map.cxmap"
    result = cli("import", bad, "-o", out)
    assert result.returncode == 1
    assert result.stderr.startswith("cxdesigner: bad.ojf: line 1, column ") and "not valid JSON" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [bad]


def test_existing_map_is_untouched_when_import_fails_with_force(tmp_path):
    out = tmp_path / "map.cxmap"
    assert cli("import", DATA / "handwritten" / "library-card.mmd", "-o", out).returncode == 0
    before = out.read_bytes()
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\n  section A\n  Task: 9: Me\n", encoding="utf-8")
    result = cli("import", bad, "-o", out, "--force")
    assert result.returncode == 1 and "bad.mmd: line 3" in result.stderr
    assert out.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["import", "x.ojf"],
        ["import", "x.ojf", "-o", "y.cxmap", "--format", "pdf"],
    ],
)
def test_usage_errors_exit_2(args, tmp_path):
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_format_option_and_missing_source(tmp_path):
    source = tmp_path / "journey.txt"
    source.write_bytes((DATA / "handwritten" / "library-card.mmd").read_bytes())
    result = cli("import", source, "-o", tmp_path / "a.cxmap", "--format", "mermaid")
    assert result.returncode == 0, result.stderr
    result = cli("import", tmp_path / "nope.ojf", "-o", tmp_path / "b.cxmap")
    assert (result.returncode, result.stderr.strip()) == (1, "cxdesigner: nope.ojf: no such file")


def test_refuses_to_write_over_its_own_source(tmp_path):
    source = tmp_path / "same.cxmap"
    source.write_bytes((DATA / "ojf" / "event-booking.ojf").read_bytes())
    result = cli("import", source, "-o", source, "--force", "--format", "ojf")
    assert result.returncode == 1 and "would overwrite the file being imported" in result.stderr


def test_export_command_writes_each_interop_format_and_reports_write_failures(tmp_path):
    source = tmp_path / "map.cxmap"
    assert cli("import", DATA / "ojf" / "hotel-check-in-blueprint.ojf", "-o", source).returncode == 0
    for suffix in (".ojf", ".csv", ".md", ".mmd"):
        out = tmp_path / f"out{suffix}"
        result = cli("export", source, "-o", out)
        assert result.returncode == 0, result.stderr
        assert "Room Access" in out.read_text(encoding="utf-8-sig")
    result = cli("export", source, "-o", tmp_path / "missing" / "out.csv")
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("cxdesigner: Could not save out.csv") and "Traceback" not in result.stderr
