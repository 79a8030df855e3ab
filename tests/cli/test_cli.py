"""The command line through real subprocesses: output, exit codes, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.storage import load_map, save_map
from cxdesigner.templates import load_template
from tests.factories import small_map


def cx(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "cxdesigner", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_templates_lists_name_and_title():
    result = cx("templates")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert any(line.startswith("palvelupolku-fi") and "Palvelupolku" in line for line in lines)


def test_new_writes_a_map_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "journey.cxmap"
    result = cx("new", "--template", "palvelupolku-fi", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert load_map(out).snapshot() == load_template("palvelupolku-fi").snapshot()
    before = out.read_bytes()
    again = cx("new", "--template", "blank", "-o", str(out))
    assert again.returncode == 1
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == before
    forced = cx("new", "--template", "blank", "-o", str(out), "--force", "--title", "Mine")
    assert forced.returncode == 0
    assert load_map(out).title == "Mine"


def test_new_with_unknown_template_or_missing_folder_fails_cleanly(tmp_path):
    result = cx("new", "--template", "nope", "-o", str(tmp_path / "x.cxmap"))
    assert result.returncode == 1 and "no template 'nope'" in result.stderr
    result = cx("new", "-o", str(tmp_path / "missing" / "x.cxmap"))
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_validate_reports_each_file(tmp_path):
    good = tmp_path / "good.cxmap"
    save_map(small_map(), good)
    bad = tmp_path / "bad.cxmap"
    bad.write_text('{"directed": true, "graph": {"format": "cxdesigner-map", "version": 1}, "nodes": [1], "edges": []}')
    truncated = tmp_path / "truncated.cxmap"
    truncated.write_bytes(good.read_bytes()[:100])
    result = cx("validate", str(good), str(bad), str(truncated), str(tmp_path / "missing.cxmap"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{good}: OK"
    assert lines[1] == f"{bad}: node #1: expected an object"
    assert lines[2].startswith(f"{truncated}: not valid JSON at line")
    assert lines[3].startswith(f"{tmp_path / 'missing.cxmap'}: cannot be read")
    assert cx("validate", str(good)).returncode == 0


def test_info_prints_counts_and_json(tmp_path):
    path = tmp_path / "m.cxmap"
    m = load_template("palvelupolku-fi")
    save_map(m, path)
    text = cx("info", str(path))
    assert text.returncode == 0
    assert "Palvelupolku" in text.stdout and f"Cards:       {len(m.cards)}" in text.stdout
    data = json.loads(cx("info", str(path), "--json").stdout)
    assert data["title"] == m.title
    counts = m.counts()
    for key in ("phases", "touchpoints", "lanes", "cards"):
        assert data[key] == counts[key] and isinstance(data[key], int)


@pytest.mark.parametrize(
    "args",
    [["info"], ["new"], ["validate"], ["info", "a", "b"], ["new", "-o", "x", "--bogus"], ["--bogus"]],
)
def test_usage_errors_exit_2(args):
    result = cx(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_open_missing_file_fails_cleanly(tmp_path):
    result = cx(str(tmp_path / "nothing.cxmap"))
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_help_and_version():
    assert cx("--help").returncode == 0
    assert cx("--version").stdout.startswith("cxdesigner ")
