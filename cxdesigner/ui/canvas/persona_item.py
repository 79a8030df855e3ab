"""The persona box in the map's header, drawn from the layout's :class:`PersonaBox`.

Always in the scene (hidden while the map has no persona), so the window can find it; a
double-click on it opens the Persona dock (see ``ui/panels/persona_panel.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout.geometry import PersonaBox, Rect
from ...layout.persona import PERSONA_BORDER, PERSONA_FILL, PERSONA_HEADING, PERSONA_MUTED, PERSONA_TEXT
from .text_painter import TextLines

MIN_TEXT_PIXELS = 4.0
_INK = {"quote": PERSONA_TEXT, "description": PERSONA_MUTED, "heading": PERSONA_HEADING, "bullet": PERSONA_HEADING}


def crop_to_square(size_w: int, size_h: int) -> QRectF:
    """The centred square of an image (a portrait keeps its face, a landscape its middle)."""
    side = min(size_w, size_h)
    return QRectF((size_w - side) / 2, (size_h - side) / 2, side, side)


class PersonaItem(QGraphicsItem):
    kind = "persona"

    def __init__(self) -> None:
        super().__init__()
        self.box: PersonaBox | None = None
        self._rect = QRectF()
        self._texts: list[tuple[TextLines, QColor]] = []
        self._photo_bytes = b""
        self._photo: QImage | None = None
        self._photo_rect = QRectF()
        self.setZValue(1)
        self.setToolTip(QCoreApplication.translate("PersonaItem", "Double-click to edit the persona"))
        self.hide()

    def set_box(self, box: PersonaBox | None) -> None:
        if box == self.box:
            return
        self.prepareGeometryChange()
        self.box = box
        if box is None:
            self._rect, self._texts = QRectF(), []
            self.hide()
            return
        r = box.rect
        self.setPos(r.x, r.y)
        self._rect = QRectF(0, 0, r.w, r.h)
        self._texts = [
            (TextLines(block, r.x, r.y), QColor(_INK.get(role, PERSONA_TEXT))) for block, role in box.texts()
        ]
        if box.photo != self._photo_bytes:
            self._photo_bytes = box.photo
            image = QImage.fromData(box.photo) if box.photo else QImage()
            self._photo = None if image.isNull() else image
        self._photo_rect = _local(box.photo_rect, r) if box.photo_rect is not None else QRectF()
        self.show()
        self.update()

    def has_photo(self) -> bool:
        return self._photo is not None

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(QPen(QColor(PERSONA_BORDER), 0))
        painter.setBrush(QColor(PERSONA_FILL))
        painter.drawRoundedRect(self._rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if not self._photo_rect.isNull():
            if self._photo is not None:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                source = crop_to_square(self._photo.width(), self._photo.height())
                painter.drawImage(self._photo_rect, self._photo, source)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._photo_rect)
        for lines, color in self._texts:
            if lod * lines.size >= MIN_TEXT_PIXELS:
                painter.setPen(color)
                lines.paint(painter)


def _local(rect: Rect, origin: Rect) -> QRectF:
    return QRectF(rect.x - origin.x, rect.y - origin.y, rect.w, rect.h)
