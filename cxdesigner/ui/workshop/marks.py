"""Workshop marks on the canvas: the moment-of-truth star, vote dots with their count, the
presentation spotlight and the metrics drawn in metrics lanes.

Colour never carries meaning alone: a vote shows its count as a number, a moment of truth is a
star *shape*, and a metric shows its value and n as text next to its bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import marks as shared
from ...layout.geometry import Rect
from ..fonts import layout_font

# The colours and shapes come from cxdesigner.layout.marks, which the PDF draws from too.
STAR_FILL = QColor(shared.STAR_FILL)
STAR_LINE = QColor(shared.STAR_LINE)
_INK = QColor(shared.INK)


def star_polygon(cx: float, cy: float, r: float) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in shared.star_points(cx, cy, r)])


def paint_star(painter: QPainter, cx: float, cy: float, r: float, line_width: float = 0.6) -> None:
    """The moment-of-truth mark: a gold five-pointed star with a dark outline."""
    painter.setPen(QPen(STAR_LINE, line_width))
    painter.setBrush(STAR_FILL)
    painter.drawPolygon(star_polygon(cx, cy, r))


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def paint_votes(painter: QPainter, rect: QRectF, votes: dict[str, int], scale: float = 1.0) -> None:
    """A plate straddling the card's top edge at the right: one dot per vote in its participant's
    colour, then the total as a number. Half of it lies in the card's top padding, so it never
    covers the card's text."""
    plate = shared.vote_plate(Rect(rect.x(), rect.y(), rect.width(), rect.height()), votes, scale)
    if plate is None:
        return
    h = plate.rect.h
    painter.setPen(QPen(_INK, plate.line_width))
    painter.setBrush(QColor(shared.PLATE_FILL))
    painter.drawRoundedRect(_qrect(plate.rect), h / 2, h / 2)
    painter.setPen(QPen(_INK, 0.5 * scale))
    for cx, cy, colour in plate.dots:
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(cx, cy), plate.dot_radius, plate.dot_radius)
    painter.setFont(layout_font(plate.font_size, True))
    painter.setPen(_INK)
    painter.drawText(_qrect(plate.label_rect), Qt.AlignmentFlag.AlignCenter, plate.label)


class SpotlightItem(QGraphicsItem):
    """Dims the whole map except one rectangle (the current phase) in presentation mode."""

    kind = "spotlight"

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(60)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._outer = QRectF()
        self._hole = QRectF()
        self._also: list[QRectF] = []
        self.hide()

    def set_rects(self, outer: QRectF, hole: QRectF, also: list[QRectF] | None = None) -> None:
        """Dim ``outer`` except ``hole`` (framed) and the ``also`` rectangles (the lane names)."""
        self.prepareGeometryChange()
        self._outer, self._hole = QRectF(outer), QRectF(hole)
        self._also = [QRectF(r) for r in also or () if not r.intersects(hole)]
        self.update()

    def hole(self) -> QRectF:
        return QRectF(self._hole)

    def boundingRect(self) -> QRectF:
        return self._outer

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        path.addRect(self._outer)
        path.addRect(self._hole)
        for rect in self._also:
            path.addRect(rect)
        painter.fillPath(path, QColor(20, 26, 33, 150))
        painter.setPen(QPen(QColor("#f2c200"), 4.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._hole)


class MetricsItem(QGraphicsItem):
    """A touchpoint's NPS and CES in a metrics-lane cell: value, n and a small distribution bar."""

    kind = "metrics"

    def __init__(self, lane_id: str, touchpoint_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.item_id = touchpoint_id
        self.setZValue(-1)  # under the cards: the team's own words stay readable
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._nps: tuple[int, ...] | None = None
        self._ces: tuple[int, ...] | None = None
        self.labels = ("NPS", "CES", "less")

    def set_metrics(self, rect: QRectF, nps: tuple[int, ...] | None, ces: tuple[int, ...] | None) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self._nps, self._ces = nps, ces
        self.update()

    def texts(self) -> list[str]:
        """What the item writes, line by line (also what tests read)."""
        return [row.text for row in shared.metric_rows(self._nps, self._ces, self.labels)]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rows = shared.metric_rows(self._nps, self._ces, self.labels)
        if not rows:
            return
        r = self._rect
        boxes = shared.metric_boxes(Rect(r.x(), r.y(), r.width(), r.height()), rows)
        painter.setFont(layout_font(boxes[0].font_size, True))
        for box in boxes:
            painter.setPen(_INK)
            text_rect = QRectF(r.left(), box.text_top, r.width(), box.bar.y - box.text_top)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, box.row.text)
            for part, colour in box.segments:
                painter.fillRect(_qrect(part), QColor(colour))
            painter.setPen(QPen(QColor(shared.BAR_LINE), 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(_qrect(box.bar))
