"""Workshop marks on the canvas: the moment-of-truth star, vote dots with their count, the
presentation spotlight and the metrics drawn in metrics lanes.

Colour never carries meaning alone: a vote shows its count as a number, a moment of truth is a
star *shape*, and a metric shows its value and n as text next to its bar.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...metrics import ces_summary, nps_summary
from ..fonts import layout_font

STAR_FILL = QColor("#f2c200")
STAR_LINE = QColor("#6b5500")
NPS_COLORS = (QColor("#c8453b"), QColor("#c9c2b3"), QColor("#2e8b57"))  # detractors, passives, promoters
CES_COLORS = tuple(QColor(c) for c in ("#2e8b57", "#8cc49f", "#c9c2b3", "#e0a07a", "#c8453b"))


def star_polygon(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


def paint_star(painter: QPainter, cx: float, cy: float, r: float, line_width: float = 0.6) -> None:
    """The moment-of-truth mark: a gold five-pointed star with a dark outline."""
    painter.setPen(QPen(STAR_LINE, line_width))
    painter.setBrush(STAR_FILL)
    painter.drawPolygon(star_polygon(cx, cy, r))


def paint_votes(painter: QPainter, rect: QRectF, votes: dict[str, int], scale: float = 1.0) -> None:
    """A plate straddling the card's top edge at the right: one dot per vote in its participant's
    colour, then the total as a number. Half of it lies in the card's top padding, so it never
    covers the card's text."""
    total = sum(votes.values())
    if not total:
        return
    r = 2.8 * scale
    step = 2 * r + 1.2 * scale
    h = 10.0 * scale
    label = str(total)
    label_w = (len(label) * 5.0 + 3.0) * scale
    room = max(1, int((rect.width() * 0.7 - label_w) // step))
    dots = [colour for colour, n in votes.items() for _ in range(n)][:room]
    w = len(dots) * step + label_w + 4 * scale
    plate = QRectF(rect.right() - w - 4 * scale, rect.top() - h / 2, w, h)
    painter.setPen(QPen(QColor("#1d232b"), 0.8 * scale))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(plate, h / 2, h / 2)
    x = plate.left() + 2 * scale + r + 0.6 * scale
    cy = plate.center().y()
    painter.setPen(QPen(QColor("#1d232b"), 0.5 * scale))
    for colour in dots:
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(x, cy), r, r)
        x += step
    painter.setFont(layout_font(7.5 * scale, True))
    painter.setPen(QColor("#1d232b"))
    text_rect = QRectF(plate.right() - label_w - 2 * scale, plate.top(), label_w, h)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, label)


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
    HEIGHT = 30.0

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
        out = []
        nps = nps_summary(self._nps)
        if nps.n:
            out.append(f"{self.labels[0]} {nps.score:+.0f}  n={nps.n}".replace("-", "\u2212"))
        ces = ces_summary(self._ces)
        if ces.n:
            out.append(f"{self.labels[1]} {round(100 * ces.share_less)} % {self.labels[2]}  n={ces.n}")
        return out

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rows = []
        nps = nps_summary(self._nps)
        if nps.n:
            rows.append(((nps.detractors, nps.passives, nps.promoters), NPS_COLORS))
        ces = ces_summary(self._ces)
        if ces.n:
            rows.append((ces.distribution, CES_COLORS))
        texts = self.texts()
        if not rows:
            return
        r = self._rect
        row_h = r.height() / 2  # NPS on top, CES below; the same size whether one or both
        painter.setFont(layout_font(max(6.0, row_h * 0.42), True))
        for i, ((counts, colours), text) in enumerate(zip(rows, texts, strict=True)):
            top = r.top() + i * row_h
            painter.setPen(QColor("#1d232b"))
            painter.drawText(QRectF(r.left(), top, r.width(), row_h * 0.6), Qt.AlignmentFlag.AlignLeft, text)
            bar = QRectF(r.left(), top + row_h * 0.6, r.width(), row_h * 0.3)
            total = sum(counts) or 1
            x = bar.left()
            for count, colour in zip(counts, colours, strict=True):
                w = bar.width() * count / total
                painter.fillRect(QRectF(x, bar.top(), w, bar.height()), colour)
                x += w
            painter.setPen(QPen(QColor("#56606b"), 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
