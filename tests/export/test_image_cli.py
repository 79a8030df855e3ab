"""``cxdesigner export MAP -o OUT.png|.svg`` through a real subprocess, without a display."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxdesigner.layout import compute_layout, default_style
from cxdesigner.storage import save_map
from cxdesigner.templates import load_template

TEMPLATE = "palvelupolku-fi"


def cx(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxdesigner", "export", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _headless_env() -> dict[str, str]:
    """No display and no platform chosen: the exporter must pick offscreen by itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return env


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "palvelupolku.cxmap"
    save_map(load_template(TEMPLATE), path)
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.parametrize("dpi", [96, 150])
def test_png_export_exits_0_with_the_size_for_the_dpi(tmp_path: Path, map_file: Path, dpi: int) -> None:
    out = tmp_path / "map.png"
    result = cx(str(map_file), "-o", str(out), "--dpi", str(dpi), cwd=tmp_path, env=_headless_env())
    assert result.returncode == 0, result.stderr
    assert "exported" in result.stdout
    layout = compute_layout(load_template(TEMPLATE), default_style())
    width, height = _png_size(out)
    assert width == round(layout.width * dpi / 72)
    assert height > round(layout.height * dpi / 72)  # the title block and legend below the grid


def test_svg_export_exits_0_with_well_formed_xml(tmp_path: Path, map_file: Path) -> None:
    out = tmp_path / "map.svg"
    result = cx(str(map_file), "-o", str(out), "--title", "Toinen <otsikko>", cwd=tmp_path, env=_headless_env())
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Toinen <otsikko>" in texts
    m = load_template(TEMPLATE)
    assert any(m.phases[0].name in t for t in texts)


def test_lanes_option_limits_the_image(tmp_path: Path, map_file: Path) -> None:
    m = load_template(TEMPLATE)
    lane = m.lanes[0]
    out = tmp_path / "one-lane.svg"
    result = cx(str(map_file), "-o", str(out), "--lanes", lane.name, cwd=tmp_path, env=_headless_env())
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert lane.name in text and m.lanes[1].name not in text


def test_missing_folder_exits_1_with_the_reason(tmp_path: Path, map_file: Path) -> None:
    out = tmp_path / "missing-folder" / "map.png"
    result = cx(str(map_file), "-o", str(out), cwd=tmp_path, env=_headless_env())
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert not out.parent.exists()
