"""Graphics items of the canvas. Each holds an id and what it draws, never a model object.

Items paint themselves (no QGraphicsTextItem): a card costs one small Python object plus its
lines, and text is skipped when it would be too small to read (level of detail).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...layout.geometry import CardBox, LaneBox, PhaseBox, Rect, TextBlock, TouchpointBox
from ..fonts import layout_font
from ..workshop.marks import paint_star, paint_votes
from .text_painter import TextLines

SELECTION_COLOR = QColor("#1f6fd1")
BORDER_COLOR = QColor("#8a8f98")
GRID_COLOR = QColor("#c9ced6")
MIN_TEXT_PIXELS = 4.0
SELECTED_PEN = QPen(SELECTION_COLOR, 2.0)
BORDER_PEN = QPen(BORDER_COLOR, 0)  # below this many device pixels per em, text is not drawn


class Theme:
    """Pens of the canvas. The projector theme (presentation mode) draws thicker, darker lines
    that read from the back of a room; its larger type comes from the scene's layout style."""

    def __init__(self, projector: bool = False) -> None:
        self.projector = projector
        self.border_pen = QPen(QColor("#1d232b"), 2.0) if projector else BORDER_PEN
        self.selected_pen = QPen(SELECTION_COLOR, 4.0) if projector else SELECTED_PEN
        self.grid_pen = QPen(QColor("#56606b"), 1.5) if projector else QPen(GRID_COLOR, 0)
        self.header_pen = QPen(QColor("#1d232b"), 2.0) if projector else QPen(QColor("#ffffff"), 0)
        self.mark_scale = 1.6 if projector else 1.0
        # A card's follow-up line (status · owner · priority): muted, but darker when projected.
        self.meta_color = QColor("#2e353d") if projector else QColor("#56606b")


NORMAL_THEME = Theme()


def _theme(item: QGraphicsItem) -> Theme:
    scene = item.scene()
    return getattr(scene, "theme", NORMAL_THEME) if scene is not None else NORMAL_THEME


def _lod(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


_COLORS: dict[str, QColor] = {}
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def _qcolor(name: str) -> QColor:
    color = _COLORS.get(name)
    if color is None:
        color = _COLORS[name] = QColor(name)
    return color


class CardItem(QGraphicsItem):
    """One card: a coloured note with its wrapped text. Position = the card's top-left."""

    kind = "card"

    def __init__(self, box: CardBox) -> None:
        super().__init__()
        # Set directly (not through set_box): creating 20,000 cards should cost little more
        # than the QGraphicsItems themselves.
        rect = box.rect
        self.item_id = box.id
        self.box: CardBox | None = box
        self._rect = QRectF(0, 0, rect.w, rect.h)
        self._text: TextLines | None = None
        self._meta: TextLines | None = None
        self._color = _qcolor(box.color)
        self.votes: dict[str, int] = {}
        self.moment_of_truth = False
        self.setFlags(_CARD_FLAGS)
        self.setPos(rect.x, rect.y)

    def set_box(self, box: CardBox) -> None:
        old = self.box
        if box == old:
            return
        rect = box.rect
        if old is None or old.rect.w != rect.w or old.rect.h != rect.h:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.w, rect.h)
        self.setPos(rect.x, rect.y)
        if (
            old is None
            or old.text.lines != box.text.lines
            or _meta_shape(old) != _meta_shape(box)
            or old.color != box.color
            or old.rect.w != rect.w
        ):
            self._text = self._meta = None  # made on first paint: cards never painted cost no text objects
            self._color = _qcolor(box.color)
            if old is not None:
                self.update()
        self.box = box

    def set_marks(self, votes: dict[str, int], moment_of_truth: bool) -> None:
        """Dot votes and the moment-of-truth flag, which the layout does not carry."""
        if votes != self.votes or moment_of_truth != self.moment_of_truth:
            self.prepareGeometryChange()  # the marks stand out over the card's top edge
            self.votes = dict(votes)
            self.moment_of_truth = moment_of_truth
            self.update()

    @property
    def vote_count(self) -> int:
        return sum(self.votes.values())

    def boundingRect(self) -> QRectF:
        top = 10.0 if self.votes or self.moment_of_truth else 2.5
        return self._rect.adjusted(-2.5, -top, 2.5, 2.5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Zoomed far out this runs for every card in the view, so it does the least possible:
        # the view never rotates or shears, so the transform's x scale is the level of detail.
        lod = painter.worldTransform().m11()
        if lod < 0.3:
            painter.fillRect(self._rect, SELECTION_COLOR if self.isSelected() else self._color)
            return
        selected = self.isSelected()
        theme = _theme(self)
        # Square notes, drawn without antialiasing (axis-aligned, so nothing is lost): an
        # antialiased rounded rectangle costs several times the fill.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self._rect, self._color)
        painter.setPen(theme.selected_pen if selected else theme.border_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = self.box
        if lod * box.text.size >= MIN_TEXT_PIXELS:
            if self._text is None:
                self._text = TextLines(box.text, box.rect.x, box.rect.y)
            painter.setPen(Qt.GlobalColor.black)
            self._text.paint(painter)
        meta = box.meta
        if meta is not None and lod * meta.size >= MIN_TEXT_PIXELS:
            if self._meta is None:
                self._meta = TextLines(meta, box.rect.x, box.rect.y)
            painter.setPen(theme.meta_color)
            self._meta.paint(painter)
        if self.moment_of_truth:
            # Straddling the top-left corner, in the padding and the gap above: never over text.
            r = 5.5 * theme.mark_scale
            paint_star(painter, self._rect.left() + r + 1, self._rect.top(), r)
        if self.votes:
            paint_votes(painter, self._rect, self.votes, theme.mark_scale)


def _meta_shape(box: CardBox) -> tuple[tuple[str, ...], float, float] | None:
    """What a card's follow-up line looks like relative to the card: equal means no repaint."""
    meta = box.meta
    return None if meta is None else (meta.lines, meta.size, meta.y - box.rect.y)


class HeaderItem(QGraphicsItem):
    """A phase, touchpoint or lane header; ``kind`` says which."""

    def __init__(self, kind: str, item_id: str) -> None:
        super().__init__()
        self.kind = kind
        self.item_id = item_id
        self.box: PhaseBox | TouchpointBox | LaneBox | None = None
        self._rect = QRectF()
        self._texts: list[tuple[TextLines, QColor]] = []
        self._fill = QColor("#ffffff")
        self._moment_of_truth = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(2)

    def set_box(self, box: PhaseBox | TouchpointBox | LaneBox, fill: str) -> None:
        if box == self.box and QColor(fill) == self._fill:
            return
        rect: Rect = box.header if isinstance(box, LaneBox) else box.rect
        self.prepareGeometryChange()
        self.setPos(rect.x, rect.y)
        self._rect = QRectF(0, 0, rect.w, rect.h)
        self._fill = QColor(fill)
        text_color = QColor("#ffffff") if self.kind == "phase" else QColor("#1d232b")
        self._texts = [(TextLines(box.text, rect.x, rect.y), text_color)]
        if isinstance(box, TouchpointBox):
            self._texts.append((TextLines(box.channel_text, rect.x, rect.y), QColor("#56606b")))
            self._moment_of_truth = box.moment_of_truth
        self.box = box
        self.update()

    def header_rect(self) -> QRectF:
        return self._rect

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = _lod(option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        theme = _theme(self)
        painter.setPen(theme.selected_pen if selected else theme.header_pen)
        painter.setBrush(self._fill)
        painter.drawRect(self._rect.adjusted(0.5, 0.5, -0.5, -0.5))
        for lines, color in self._texts:
            if lod * lines.size >= MIN_TEXT_PIXELS:
                painter.setPen(color)
                lines.paint(painter)
        if self._moment_of_truth:
            # The moment-of-truth mark: a gold star in the header's top-right corner.
            r = 6.5 * theme.mark_scale
            paint_star(painter, self._rect.right() - r - 3.5, r + 3.5, r)


class TextBlockItem(QGraphicsItem):
    """The map's title and subtitle."""

    kind = "title"

    def __init__(self) -> None:
        super().__init__()
        self._blocks: tuple[TextBlock, ...] = ()
        self._lines: list[TextLines] = []
        self._rect = QRectF()

    def set_blocks(self, *blocks: TextBlock) -> None:
        if blocks == self._blocks:
            return
        self.prepareGeometryChange()
        self._blocks = blocks
        self._lines = [TextLines(b, 0, 0) for b in blocks]
        rect = QRectF()
        for b in blocks:
            rect = rect.united(QRectF(b.x, b.y, b.width, b.height))
        self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QColor("#1d232b"))
        for lines in self._lines:
            lines.paint(painter)


class GridItem(QGraphicsItem):
    """Lane bands and cell lines behind the cards, painted only where exposed."""

    kind = "grid"

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(-10)
        self._rect = QRectF()
        self._bands: list[tuple[QRectF, QColor]] = []
        self._long: list[QLineF] = []
        self._buckets: dict[int, list[QLineF]] = {}

    BUCKET = 300.0  # points: short lines are filed by x so that a partial repaint draws few

    def set_grid(self, rect: QRectF, bands: list[tuple[QRectF, QColor]], lines: list[tuple[QPointF, QPointF]]) -> None:
        self.prepareGeometryChange()
        self._rect = rect
        self._bands = bands
        self._long: list[QLineF] = []
        self._buckets: dict[int, list[QLineF]] = {}
        for a, b in lines:
            line = QLineF(a, b)
            left, right = min(a.x(), b.x()), max(a.x(), b.x())
            if right - left <= self.BUCKET:
                # Filed by its left end; painting also looks one bucket to the left.
                self._buckets.setdefault(int(left // self.BUCKET), []).append(line)
            else:
                self._long.append(line)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        for rect, color in self._bands:
            if rect.intersects(exposed):
                painter.fillRect(rect, color)
        painter.setPen(_theme(self).grid_pen)
        painter.drawLines(self._long)
        first = int((exposed.left() - 1) // self.BUCKET) - 1
        last = int((exposed.right() + 1) // self.BUCKET)
        buckets = self._buckets
        for key in range(first, last + 1):
            lines = buckets.get(key)
            if lines:
                painter.drawLines(lines)


class CurveItem(QGraphicsItem):
    """One emotion-curve lane: the −2…+2 scale and the line through the touchpoints' scores."""

    kind = "curve"

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.item_id = lane_id
        self.setZValue(1)
        self._rect = QRectF()
        self._top = self._bottom = 0.0
        self._points: list[QPointF] = []

    def set_curve(self, rect: QRectF, top: float, bottom: float, points: list[QPointF]) -> None:
        self.prepareGeometryChange()
        self._rect, self._top, self._bottom, self._points = rect, top, bottom, list(points)
        self.update()

    def y_for(self, score: float) -> float:
        return self._top + (2 - score) / 4 * (self._bottom - self._top)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        left, right = self._rect.left(), self._rect.right()
        lod = _lod(option, painter)
        for score in range(-2, 3):
            pen = QPen(QColor("#9aa3ad") if score == 0 else QColor("#dde1e6"), 0)
            pen.setStyle(Qt.PenStyle.DashLine if score == 0 else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            y = self.y_for(score)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            if lod * 8 >= MIN_TEXT_PIXELS:
                painter.setPen(QColor("#6b7580"))
                painter.setFont(layout_font(8))
                label = f"{score:+d}".replace("-", "\u2212") if score else "0"
                painter.drawText(QPointF(left + 3, y - 2), label)
        if len(self._points) > 1:
            painter.setPen(QPen(QColor("#1f6fd1"), 2.0))
            painter.drawPolyline(QPolygonF(self._points))


class CurvePointItem(QGraphicsItem):
    """A touchpoint's emotion score on a curve: drag it up or down. Hollow when not set."""

    kind = "curve_point"
    RADIUS = 6.0

    def __init__(self, lane_id: str, touchpoint_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.item_id = touchpoint_id
        self.score: int | None = None
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def set_score(self, pos: QPointF, score: int | None) -> None:
        self.setPos(pos)
        if score != self.score:
            self.score = score
            self.update()

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color = QColor("#1f6fd1")
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(QBrush(color) if self.score is not None else QBrush(QColor("#ffffff")))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)


class IndicatorItem(QGraphicsItem):
    """The drop indicator and the current-cell frame: a rectangle or a thick line."""

    kind = "indicator"

    def __init__(self, color: str, z: float, fill_alpha: int = 0) -> None:
        super().__init__()
        self._rect = QRectF()
        self._label = ""
        self._color = QColor(color)
        self._fill = QColor(color)
        self._fill.setAlpha(fill_alpha)
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_rect(self, rect: QRectF, label: str = "") -> None:
        """Show ``rect``; ``label`` names a place that has nothing else to show (an empty strip)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        if label != self._label:
            self._label = label
            self.update()
        self.show()

    @property
    def label(self) -> str:
        return self._label

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(self._color, 2.0))
        painter.setBrush(self._fill)
        painter.drawRect(self._rect)
        if self._label:
            self._paint_label(painter, option)

    def _paint_label(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        # Sized to the rectangle, which is a few pixels tall at any zoom (see phase_strip.py).
        size = self._rect.height() * 0.7
        if _lod(option, painter) * size < MIN_TEXT_PIXELS:
            return
        font = layout_font(size, bold=True)
        font.setPixelSize(max(1, round(size)))
        painter.setFont(font)
        painter.setPen(self._color.darker(135))
        text_rect = self._rect.adjusted(4, 0, -4, 0)
        text = painter.fontMetrics().elidedText(self._label, Qt.TextElideMode.ElideRight, round(text_rect.width()))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
