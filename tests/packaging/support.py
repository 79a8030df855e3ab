"""Shared paths and helpers for the packaging tests (desktop files, icons, install.sh, bundle)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "fi.cxdesigner.CXDesigner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "cxdesigner-mime.xml"
MIME_TYPE = "application/x-cxdesigner-map"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def require_tool(name: str, package: str) -> str:
    """The tool's path, or skip the test saying which Debian package provides it."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package!r})")
    return path


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", 120)
    return subprocess.run(args, capture_output=True, text=True, **kwargs)
