"""The PyInstaller one-folder app: built and smoke-tested only when CX_BUILD_BUNDLE=1 (a build
takes a minute or more and needs PyInstaller, which packaging/build_app.py installs with pip)."""

from __future__ import annotations

import os
import sys
import time

import pytest

from .support import PACKAGING, run

BUILD_APP = PACKAGING / "build_app.py"
SIZE_BUDGET_MIB = 160  # 120 MiB on Linux x86-64 with PySide6 6.11 (ICU data alone is 31 MiB)
# Qt libraries the app does not use; each would mean a plugin or import pulled in a large stack
UNWANTED_QT = ("Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6Network", "Qt6VirtualKeyboard", "Qt6Designer", "Qt6WebEngine")


def test_build_app_without_a_bundle_fails_clearly(tmp_path):
    result = run([sys.executable, str(BUILD_APP), "--skip-build", "--dist", str(tmp_path / "dist")])
    assert result.returncode == 1
    assert "no bundle to test" in result.stderr


@pytest.mark.packaging
def test_bundle_builds_and_passes_the_smoke_test(tmp_path):
    if os.environ.get("CX_BUILD_BUNDLE") != "1":
        pytest.skip("set CX_BUILD_BUNDLE=1 to build the PyInstaller bundle and smoke-test it (takes minutes)")
    dist = tmp_path / "dist"
    start = time.monotonic()
    result = run([sys.executable, str(BUILD_APP), "--dist", str(dist), "--work", str(tmp_path / "work")], timeout=1800)
    elapsed = time.monotonic() - start
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout
    bundle = dist / "cxdesigner"
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mib = sum(p.stat().st_size for p in files) / 2**20
    print(f"\nbundle: {size_mib:.1f} MiB, {len(files)} files, built and tested in {elapsed:.0f} s")
    assert size_mib < SIZE_BUDGET_MIB, f"the bundle grew to {size_mib:.0f} MiB"
    unwanted = sorted({p.name for p in files for name in UNWANTED_QT if name in p.name})
    assert not unwanted, f"unused Qt libraries in the bundle: {unwanted}"
    assert not [p for p in files if "tkinter" in p.name or "_pytest" in p.parts or "hypothesis" in p.parts]
