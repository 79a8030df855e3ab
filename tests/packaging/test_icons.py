"""The app icon in every freedesktop size, rendered from the SVG, plus the bundle icons."""

from __future__ import annotations

import struct
import sys

import pytest
from PySide6.QtGui import QImage

from .support import APP_ID, ICON_SIZES, LINUX, PACKAGING, ROOT, run

HICOLOR = LINUX / "icons" / "hicolor"
SOURCE_SVG = ROOT / "resources" / "icons" / "cxdesigner.svg"


def distinct_pixels(image: QImage) -> set[int]:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_has_its_size_and_a_picture(size):
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"{path} is missing: run packaging/linux/render_icons.py"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable PNG"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    pixels = distinct_pixels(image)
    assert len(pixels) >= 8, f"{path}: only {len(pixels)} distinct pixels; the icon looks blank"
    alphas = {p >> 24 for p in pixels}
    assert 0 in alphas and 255 in alphas, "expected opaque artwork on transparent rounded corners"
    # the tile's dark blue fills the middle of the left edge
    argb = image.pixel(size // 8, size // 2)
    assert argb >> 24 == 255 and (argb & 0xFF) > ((argb >> 16) & 0xFF), f"{path}: unexpected colours"


def test_scalable_icon_is_the_app_svg():
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SOURCE_SVG.read_bytes()


def test_no_stray_icon_sizes():
    folders = {p.name for p in HICOLOR.iterdir() if p.is_dir()}
    assert folders == {f"{s}x{s}" for s in ICON_SIZES} | {"scalable"}


def test_committed_pngs_are_current_with_the_svg():
    result = run([sys.executable, str(LINUX / "render_icons.py"), "--check"])
    assert result.returncode == 0, result.stderr


def test_check_notices_a_changed_svg(tmp_path):
    changed = tmp_path / "changed.svg"
    changed.write_text(SOURCE_SVG.read_text(encoding="utf-8").replace("#1f4e79", "#d62728"), encoding="utf-8")
    result = run([sys.executable, str(LINUX / "render_icons.py"), "--check", "--svg", str(changed)])
    assert result.returncode == 1
    assert "out of date" in result.stderr and "512x512" in result.stderr


def test_render_writes_every_size(tmp_path):
    out = tmp_path / "hicolor"
    result = run([sys.executable, str(LINUX / "render_icons.py"), "--out", str(out), "--no-bundle-icons"])
    assert result.returncode == 0, result.stderr
    for size in ICON_SIZES:
        image = QImage(str(out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (out / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_windows_ico_holds_the_usual_sizes():
    data = (PACKAGING / "pyinstaller" / "icons" / "cxdesigner.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an ICO file"
    sizes = set()
    for i in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * i)
        sizes.add((width or 256, height or 256))  # 0 means 256
    assert {(s, s) for s in (16, 24, 32, 48, 256)} <= sizes


def test_macos_icns_is_complete():
    data = (PACKAGING / "pyinstaller" / "icons" / "cxdesigner.icns").read_bytes()
    magic, length = struct.unpack_from(">4sI", data)
    assert magic == b"icns" and length == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, chunk = struct.unpack_from(">4sI", data, offset)
        kinds.add(kind)
        offset += chunk
    assert {b"ic10", b"ic09", b"ic08", b"ic07"} <= kinds  # 1024, 512, 256 and 128 px artwork
