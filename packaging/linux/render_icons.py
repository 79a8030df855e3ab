"""Render the app icon (``resources/icons/cxdesigner.svg``) for desktops and bundles.

Writes, from the one SVG, with Qt's QSvgRenderer (QtSvg ships in PySide6-Essentials):

* ``packaging/linux/icons/hicolor/SIZExSIZE/apps/fi.cxdesigner.CXDesigner.png`` for every size in
  ``SIZES`` and ``packaging/linux/icons/hicolor/scalable/apps/fi.cxdesigner.CXDesigner.svg``
  (the freedesktop icon theme layout that ``install.sh`` copies under ``PREFIX/share/icons``);
* ``packaging/pyinstaller/icons/cxdesigner.ico`` (Windows, 16–256 px) and
  ``packaging/pyinstaller/icons/cxdesigner.icns`` (macOS, 16–1024 px) for the PyInstaller spec,
  assembled by Pillow (a dependency of reportlab) from the PNGs Qt rendered. Skipped with a
  message when Pillow is missing; ``--no-bundle-icons`` skips them on purpose.

Run it again after changing the SVG and commit the output:

    python packaging/linux/render_icons.py

``--check`` renders to memory and exits 1 when a committed PNG is missing or differs from what
the SVG gives (its size, or its pixels beyond a small average tolerance), or the committed SVG
is not a copy of the source, so CI can tell that they are current.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "fi.cxdesigner.CXDesigner"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SVG = ROOT / "resources" / "icons" / "cxdesigner.svg"
HICOLOR = HERE / "icons" / "hicolor"
BUNDLE_ICONS = ROOT / "packaging" / "pyinstaller" / "icons"


def png_path(size: int, hicolor: Path = HICOLOR) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path(hicolor: Path = HICOLOR) -> Path:
    return hicolor / "scalable" / "apps" / f"{APP_ID}.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size``×``size`` ARGB image, antialiased."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _same_pixels(a: QImage, b: QImage, tolerance: float = 3.0) -> bool:
    """Same size, and on average within ``tolerance`` (of 255) per channel: another Qt version may
    antialias edges a little differently, a changed SVG differs far more."""
    if a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    da, db = bytes(a.constBits())[: a.sizeInBytes()], bytes(b.constBits())[: b.sizeInBytes()]
    total = sum(abs(x - y) for x, y in zip(da, db, strict=True))
    return total / len(da) <= tolerance


def _bundle_icons(pngs: dict[int, bytes], out: Path) -> list[str]:
    try:
        from PIL import Image
    except ImportError:
        return ["Pillow is not installed: cxdesigner.ico and cxdesigner.icns were not written"]
    out.mkdir(parents=True, exist_ok=True)
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    largest = images[max(images)]
    ico_frames = [images.get(s) or largest.resize((s, s), Image.Resampling.LANCZOS) for s in ICO_SIZES]
    ico_frames[-1].save(
        out / "cxdesigner.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_frames[:-1]
    )
    icns_frames = [images[s] for s in ICNS_SIZES]
    icns_frames[-1].save(out / "cxdesigner.icns", format="ICNS", append_images=icns_frames[:-1])
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the committed PNGs are current")
    parser.add_argument("--no-bundle-icons", action="store_true", help="do not write the .ico and .icns files")
    parser.add_argument("--svg", type=Path, default=SVG, help=f"the source SVG (default {SVG.relative_to(ROOT)})")
    parser.add_argument("--out", type=Path, default=HICOLOR, help="the hicolor folder to write")
    args = parser.parse_args(argv)

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts and image plugins need it
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"render_icons: {args.svg}: not a valid SVG", file=sys.stderr)
        return 1

    if args.check:
        stale = []
        for size in SIZES:
            committed = QImage(str(png_path(size, args.out)))
            if committed.isNull() or not _same_pixels(committed, render(renderer, size)):
                stale.append(str(png_path(size, args.out)))
        if not svg_path(args.out).is_file() or svg_path(args.out).read_bytes() != args.svg.read_bytes():
            stale.append(str(svg_path(args.out)))
        if stale:
            print("render_icons: out of date (run packaging/linux/render_icons.py):", file=sys.stderr)
            for name in stale:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"render_icons: {len(SIZES)} PNGs and the SVG are current")
        return 0

    pngs: dict[int, bytes] = {}
    for size in sorted(set(SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        pngs[size] = png_bytes(render(renderer, size))
    for size in SIZES:
        target = png_path(size, args.out)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    svg_path(args.out).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.svg, svg_path(args.out))
    print(f"render_icons: wrote {len(SIZES)} PNGs and the SVG under {args.out}")
    if not args.no_bundle_icons:
        problems = _bundle_icons(pngs, BUNDLE_ICONS)
        for problem in problems:
            print(f"render_icons: {problem}", file=sys.stderr)
        if not problems:
            print(f"render_icons: wrote cxdesigner.ico and cxdesigner.icns under {BUNDLE_ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
