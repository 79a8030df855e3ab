"""The built wheel carries every resource and works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("cxdesigner-*.whl")
    return path


def test_wheel_contains_resources_and_every_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in ROOT.joinpath("resources").rglob("*"):
        if resource.is_file() and "__pycache__" not in resource.parts:
            assert f"cxdesigner_resources/{resource.relative_to(ROOT / 'resources').as_posix()}" in names
    for init in ROOT.joinpath("cxdesigner").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names


def test_installed_wheel_works_from_any_folder(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        timeout=600,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import cxdesigner, cxdesigner.resources as r\n"
        "from cxdesigner.templates import load_template\n"
        "from cxdesigner.layout import compute_layout\n"
        f"assert cxdesigner.__file__.startswith({str(target)!r}), cxdesigner.__file__\n"
        "m = load_template('palvelupolku-fi')\n"
        "print(len(compute_layout(m).cards), r.font_path().is_file())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["38", "True"]
    cli = subprocess.run(
        [sys.executable, "-m", "cxdesigner", "templates"], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
    )
    assert cli.returncode == 0 and "palvelupolku-fi" in cli.stdout
