"""PNG and SVG of a journey map, drawn by the canvas's own scene: ``export_image(m, path, dpi=...)``.

The image shows exactly what the canvas shows (the layout of :func:`cxdesigner.layout.compute_layout`
drawn by the items of :mod:`cxdesigner.ui.canvas.items`, title and subtitle included) on a white
background, and below it the title block (title, persona, scope, date, file name) and the legend
that the PDF prints, from the same sheet geometry (:func:`cxdesigner.export.pdf_sheet.build_sheet`).
One layout point is ``dpi / 72`` pixels in a PNG and one user unit in an SVG, whose text stays
text. The image is rendered into memory and written with
:func:`cxdesigner.storage.atomic_write`, so a failed export leaves an existing file untouched.

Also :func:`render_map` (paint a map onto any QPainter, e.g. a printer's) and :func:`print_map`.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout import marks
from ..model.entities import JourneyMap
from ..storage import atomic_write
from .workshop.marks import paint_votes

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

__all__ = [
    "ImageTooLarge",
    "export_image",
    "image_bytes",
    "image_points",
    "image_size",
    "map_scene",
    "print_map",
    "render_map",
]

# QImage refuses images above 2 GiB, and a 32-bit image that large would exhaust most machines.
MAX_PIXELS = 400_000_000
FORMATS = (".png", ".svg")


class ImageTooLarge(ValueError):
    """The PNG would have more pixels than :data:`MAX_PIXELS`."""


def ensure_gui_app() -> None:
    """A QApplication for the scene's fonts when none is running (command line, scripts).

    Without a display (no DISPLAY/WAYLAND_DISPLAY on Linux), Qt is told to render offscreen.
    """
    if QGuiApplication.instance() is None:
        if (
            os.name == "posix"
            and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
            and not Path("/System/Library").is_dir()  # macOS always has its own platform
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from .app import ensure_app

        ensure_app()
    else:
        from .fonts import register_fonts

        register_fonts()


def _export_map(m: JourneyMap, lane_ids: Iterable[str] | None, title: str | None) -> JourneyMap:
    """The map as the export shows it: only ``lane_ids`` visible, ``title`` instead of its own.

    The scene lays out every lane that is not hidden under the map's title, so a copy with those
    two things changed gives the same layout as ``compute_layout(m, style, lane_ids, title)``.
    """
    if lane_ids is None and title is None:
        return m
    twin = m.copy()
    if title is not None:
        twin.title = title
    if lane_ids is not None:
        wanted = set(lane_ids)
        for lane in twin.lanes:
            lane.hidden = lane.id not in wanted
    return twin


class SheetExtrasItem(QGraphicsItem):
    """The title block and the legend below the grid, drawn in the canvas's colours and font."""

    TEXT = QColor("#1d232b")
    FRAME = QColor("#c9ced6")
    BORDER = QColor("#8a8f98")
    POINT = QColor("#1f6fd1")  # the canvas's curve points
    STAR_FILL, STAR_LINE = QColor(marks.STAR_FILL), QColor(marks.STAR_LINE)  # the canvas's moment-of-truth star

    def __init__(self, sheet) -> None:  # noqa: ANN001 - a pdf_sheet.Sheet
        super().__init__()
        from .canvas.text_painter import TextLines

        self.sheet = sheet
        self._texts = [TextLines(block, 0, 0) for block in sheet.texts]
        top = sheet.frame.y
        self._rect = QRectF(0, top, sheet.width, max(sheet.height - top, 0)).adjusted(-2, -2, 2, 2)
        self.setZValue(5)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        sheet = self.sheet
        f = sheet.frame
        painter.setPen(QPen(self.FRAME, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(f.x, f.y, f.w, f.h))
        painter.setPen(QPen(self.BORDER, 0.5))
        for swatch in sheet.swatches:
            r = swatch.rect
            painter.setBrush(QColor(swatch.color))
            painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
        for marker in sheet.markers:
            if marker.kind == "star":
                _star(painter, marker.x, marker.y, marker.size / 2)
            elif marker.kind.startswith("link:"):  # a sample link, as the canvas draws links
                _link_sample(painter, marker.kind[5:], marker.x, marker.y, marker.size)
                painter.setPen(QPen(self.BORDER, 0.5))
            elif marker.kind == "votes":  # a sample vote plate, as the PDF's legend draws it
                card = marks.legend_plate_card(marker.x, marker.y, marker.size)
                paint_votes(painter, QRectF(card.x, card.y, card.w, card.h), marks.LEGEND_VOTES)
                painter.setPen(QPen(self.BORDER, 0.5))
            else:
                painter.setPen(QPen(self.POINT, 1.0))
                painter.setBrush(self.POINT)
                painter.drawEllipse(QPointF(marker.x, marker.y), marker.size / 3, marker.size / 3)
        painter.setPen(self.TEXT)
        for lines in self._texts:
            lines.paint(painter)


def _link_sample(painter: QPainter, kind: str, x: float, y: float, width: float) -> None:
    from ..layout import Rect
    from ..layout.links import route_links
    from ..model.vocabulary import LinkKind
    from .canvas.link_items import LinkItem

    rects = {"a": Rect(x - width / 2 - 1, y - 1, 1, 2), "b": Rect(x + width / 2, y - 1, 1, 2)}
    for path in route_links(rects, {("a", "b"): LinkKind(kind)}):
        item = LinkItem(("a", "b"))
        item.set_highlighted(True)  # full-strength ink: the legend shows the style, not a hover state
        item.set_link(path)
        painter.save()
        item.paint(painter, QStyleOptionGraphicsItem())
        painter.restore()


def _star(painter: QPainter, cx: float, cy: float, r: float) -> None:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    painter.setPen(QPen(SheetExtrasItem.STAR_LINE, 0.6))
    painter.setBrush(SheetExtrasItem.STAR_FILL)
    painter.drawPolygon(QPolygonF(points))


def map_scene(
    m: JourneyMap,
    lane_ids: Iterable[str] | None = None,
    title: str | None = None,
    source_name: str = "",
    date: _dt.date | None = None,
    sheet: bool = True,
):  # -> MapScene
    """A canvas scene of ``m`` (not shown in any view), laid out and ready to render.

    With ``sheet``, the title block and legend (naming ``source_name`` and ``date``, default
    today) are added below the grid, as on the PDF's page.
    """
    ensure_gui_app()
    from .canvas.scene import MapScene
    from .document import Document

    scene = MapScene(Document(_export_map(m, lane_ids, title)))
    scene.flush()
    scene.clearSelection()
    scene.export_rect = QRectF(0, 0, scene.layout.width, scene.layout.height)
    if sheet:
        from ..export.pdf_sheet import build_sheet

        ids = tuple(lane_ids) if lane_ids is not None else None
        built = build_sheet(m, scene.style, ids, title, source_name, date or _dt.date.today())
        scene.addItem(SheetExtrasItem(built))
        scene.export_rect = QRectF(0, 0, built.width, built.height)
    return scene


def _source_rect(scene) -> QRectF:  # noqa: ANN001
    return QRectF(scene.export_rect)


def render_map(scene, painter: QPainter, target: QRectF) -> None:  # noqa: ANN001
    """Paint ``scene``'s whole image into ``target``, in proportion, centred across, at the top."""
    source = _source_rect(scene)
    scale = min(target.width() / source.width(), target.height() / source.height())
    w, h = source.width() * scale, source.height() * scale
    placed = QRectF(target.left() + (target.width() - w) / 2, target.top(), w, h)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    scene.render(painter, placed, source, Qt.AspectRatioMode.IgnoreAspectRatio)


def image_points(
    m: JourneyMap, lane_ids: Iterable[str] | None = None, title: str | None = None, source_name: str = ""
) -> tuple[float, float]:
    """(width, height) in points of the exported image: the layout plus title block and legend."""
    from ..export.pdf_sheet import build_sheet
    from .canvas.scene import ui_style

    ids = tuple(lane_ids) if lane_ids is not None else None
    sheet = build_sheet(m, ui_style(), ids, title, source_name, _dt.date.today())
    return sheet.width, sheet.height


def image_size(
    m: JourneyMap,
    dpi: float,
    lane_ids: Iterable[str] | None = None,
    title: str | None = None,
    source_name: str = "",
) -> QSize:
    """The pixel size of the PNG that :func:`export_image` would write."""
    return _pixels(*image_points(m, lane_ids, title, source_name), dpi)


def _pixels(width: float, height: float, dpi: float) -> QSize:
    return QSize(max(1, round(width * dpi / 72)), max(1, round(height * dpi / 72)))


def image_bytes(
    m: JourneyMap,
    fmt: str,
    dpi: float = 150,
    lane_ids: Iterable[str] | None = None,
    title: str | None = None,
    source_name: str = "",
) -> bytes:
    """The PNG or SVG (``fmt`` "png" or "svg") as bytes, without touching the disk."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown image format {fmt!r}; choose png or svg")
    if not 10 <= dpi <= 1200:
        raise ValueError(f"the resolution must be 10–1200 dpi, not {dpi:g}")
    scene = map_scene(m, lane_ids, title, source_name)
    try:
        return _png(scene, dpi) if fmt == "png" else _svg(scene, title if title is not None else m.title)
    finally:
        scene.detach()
        scene.deleteLater()


def _png(scene, dpi: float) -> bytes:  # noqa: ANN001
    source = _source_rect(scene)
    size = _pixels(source.width(), source.height(), dpi)
    if size.width() * size.height() > MAX_PIXELS:
        raise ImageTooLarge(f"the image would be {size.width()} × {size.height()} pixels; choose a lower resolution")
    # Opaque (no alpha channel, so no viewer draws a checkerboard anywhere), painted on white.
    image = QImage(size, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ImageTooLarge(f"not enough memory for a {size.width()} × {size.height()} pixel image")
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        render_map(scene, painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode the PNG image")
    buffer.close()
    return bytes(data.data())


def _svg(scene, title: str) -> bytes:  # noqa: ANN001
    from PySide6.QtSvg import QSvgGenerator

    source = _source_rect(scene)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)  # one user unit is one point: width/height come out in true size
    generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
    generator.setViewBox(source)
    generator.setTitle(title or "Untitled journey")
    generator.setDescription("Customer journey map exported by CX Designer")
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("#ffffff"))
        render_map(scene, painter, QRectF(0, 0, source.width(), source.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_image(
    m: JourneyMap,
    path: str | os.PathLike[str],
    dpi: float = 150,
    lane_ids: Iterable[str] | None = None,
    title: str | None = None,
    source_name: str = "",
) -> list[str]:
    """Write ``m`` as a PNG or SVG (by ``path``'s extension); return warnings (none so far).

    ``source_name`` (the map's file name) is printed in the title block. Write failures raise
    :class:`cxdesigner.storage.SaveError`; an existing file stays as it was.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{Path(path).name}: the name must end in .png or .svg")
    data = image_bytes(m, suffix, dpi, lane_ids, title, source_name)
    atomic_write(path, data, keep_backup=False)
    return []


def print_map(
    m: JourneyMap,
    printer: QPrinter,
    lane_ids: Iterable[str] | None = None,
    title: str | None = None,
    source_name: str = "",
) -> None:
    """Print ``m`` on one page of ``printer`` (a QPrinter), scaled to fit its printable area."""
    scene = map_scene(m, lane_ids, title, source_name)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        page = printer.pageRect(printer.Unit.DevicePixel)
        painter.fillRect(QRectF(0, 0, page.width(), page.height()), QColor("#ffffff"))
        render_map(scene, painter, QRectF(0, 0, page.width(), page.height()))
    finally:
        if painter.isActive():
            painter.end()
        scene.detach()
        scene.deleteLater()
