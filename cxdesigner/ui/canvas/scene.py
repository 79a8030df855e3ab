"""The map's scene: owns the items, keyed by id, and keeps them in step with the model.

Every model change (``m.changed``) schedules one relayout on a zero timer, so a command made of
many primitive operations costs one layout. The relayout updates items by id: new ids get
items, gone ids lose theirs, unchanged boxes are left alone.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...layout import Layout, Style, compute_layout, default_style
from ...model.signals import Change
from ...model.vocabulary import LaneKind
from ..document import Document
from ..workshop.marks import MetricsItem, SpotlightItem
from .items import (
    NORMAL_THEME,
    CardItem,
    CurveItem,
    CurvePointItem,
    GridItem,
    HeaderItem,
    IndicatorItem,
    TextBlockItem,
    Theme,
)
from .link_items import LinkLayer
from .persona_item import PersonaItem
from .phase_strip import empty_strip_rect, strip_label

PHASE_FILL = "#2f4858"
TOUCHPOINT_FILL = "#e8eef7"
Cell = tuple[str, str]


def projector_style(base: Style) -> Style:
    """Large type and roomy columns for a projected map (presentation mode)."""
    return replace(
        base,
        card_font_size=14.0,
        phase_font_size=19.0,
        touchpoint_font_size=15.0,
        channel_font_size=11.0,
        lane_font_size=14.0,
        title_font_size=28.0,
        subtitle_font_size=14.0,
        column_width=240.0,
        lane_header_width=170.0,
        card_padding=8.0,
        min_touchpoint_header_height=64.0,
        min_lane_height=60.0,
    )


def ui_style() -> Style:
    """The style the PDF uses too: what is drawn on a map (channel names included) follows the
    map's language, so screen and paper agree; the palette and menus follow the user's."""
    return default_style()


class MapScene(QGraphicsScene):
    """Emits ``relaid_out`` after items were brought up to date with the model,
    and ``current_cell_changed`` when the keyboard's cell moves."""

    relaid_out = Signal()
    current_cell_changed = Signal()

    def __init__(self, document: Document, style: Style | None = None) -> None:
        super().__init__()
        self.document = document
        self.style = style or ui_style()
        self.base_style = self.style
        self.theme: Theme = NORMAL_THEME
        self.metrics_items: dict[tuple[str, str], MetricsItem] = {}
        self.metric_labels = ("NPS", "CES", "less")
        self.layout: Layout | None = None
        self.cards: dict[str, CardItem] = {}
        self.headers: dict[tuple[str, str], HeaderItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.curve_points: dict[tuple[str, str], CurvePointItem] = {}
        self.current_cell: Cell | None = None
        self._title = TextBlockItem()
        self._grid = GridItem()
        self.addItem(self._title)
        self.persona_item = PersonaItem()
        self.addItem(self.persona_item)
        self.addItem(self._grid)
        self.drop_indicator = IndicatorItem("#e5731a", 50, fill_alpha=40)
        self.cell_frame = IndicatorItem("#1f6fd1", 40)
        self.addItem(self.drop_indicator)
        self.addItem(self.cell_frame)
        self.spotlight = SpotlightItem()
        self.addItem(self.spotlight)
        self.link_layer = LinkLayer(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.relayout)
        document.map.changed.connect(self._on_change)
        self.relayout()

    def detach(self) -> None:
        """Stop listening to the map (when the window switches to another document)."""
        try:
            self.document.map.changed.disconnect(self._on_change)
        except ValueError:
            pass
        self._timer.stop()
        self.blockSignals(True)  # no selectionChanged while the items are torn down

    # -- model → items --------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Relayout now if a change is pending (tests and commands that need fresh geometry)."""
        if self._timer.isActive():
            self._timer.stop()
            self.relayout()

    def relayout(self) -> None:
        m = self.document.map
        layout = compute_layout(m, self.style, title=self.document.layout_title())
        self.layout = layout
        self._title.set_blocks(layout.title, layout.subtitle)
        self.persona_item.set_box(layout.persona)
        self._sync_grid(layout)
        self._sync_headers(layout)
        self._sync_cards(layout)
        self.link_layer.sync(layout)
        self._sync_curves(layout)
        self._sync_metrics(layout)
        margin = layout.style.margin
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height).adjusted(0, 0, margin, margin))
        if self.current_cell is not None and self.current_cell not in layout.cells:
            self.current_cell = None
        self._show_cell_frame()
        self.relaid_out.emit()

    def set_projector(self, on: bool) -> None:
        """The projector theme: larger type (a layout style) and thicker, darker lines."""
        if on == self.theme.projector:
            return
        self.theme = Theme(projector=True) if on else NORMAL_THEME
        self.style = projector_style(self.base_style) if on else self.base_style
        self._timer.stop()
        self.relayout()
        self.update()

    def _sync_metrics(self, layout: Layout) -> None:
        """NPS/CES of each touchpoint where the layout put its block in each metrics lane."""
        m = self.document.map
        wanted: dict[tuple[str, str], tuple[QRectF, object, object]] = {}
        for (lane_id, tp_id), r in layout.metrics.items():
            tp = m.touchpoint(tp_id)
            wanted[(lane_id, tp_id)] = (QRectF(r.x, r.y, r.w, r.h), tp.nps, tp.ces)
        for key in [k for k in self.metrics_items if k not in wanted]:
            self.removeItem(self.metrics_items.pop(key))
        for key, (rect, nps, ces) in wanted.items():
            item = self.metrics_items.get(key)
            if item is None:
                item = self.metrics_items[key] = MetricsItem(*key)
                item.labels = self.metric_labels
                self.addItem(item)
            item.set_metrics(rect, nps, ces)  # type: ignore[arg-type]

    def _sync_cards(self, layout: Layout) -> None:
        boxes = layout.cards
        model_cards = self.document.map.cards
        for card_id in [c for c in self.cards if c not in boxes]:
            self.removeItem(self.cards.pop(card_id))
        for card_id, box in boxes.items():
            item = self.cards.get(card_id)
            if item is None:
                item = CardItem(box)
                self.cards[card_id] = item
                self.addItem(item)
            else:
                item.set_box(box)
            card = model_cards[card_id]
            if card.votes or card.moment_of_truth or item.votes or item.moment_of_truth:
                item.set_marks(card.votes, card.moment_of_truth)

    def _sync_headers(self, layout: Layout) -> None:
        wanted: dict[tuple[str, str], tuple[object, str]] = {}
        for p in layout.phases:
            wanted[("phase", p.id)] = (p, PHASE_FILL)
        for t in layout.touchpoints:
            wanted[("touchpoint", t.id)] = (t, TOUCHPOINT_FILL)
        for lane in layout.lanes:
            wanted[("lane", lane.id)] = (lane, _darker(layout.style.lane_colors.get(lane.kind, "#f2f2f2")))
        for key in [k for k in self.headers if k not in wanted]:
            self.removeItem(self.headers.pop(key))
        for key, (box, fill) in wanted.items():
            item = self.headers.get(key)
            if item is None:
                item = HeaderItem(*key)
                self.headers[key] = item
                self.addItem(item)
            item.set_box(box, fill)  # type: ignore[arg-type]

    def _sync_grid(self, layout: Layout) -> None:
        bands: list[tuple[QRectF, QColor]] = []
        lines: list[tuple[QPointF, QPointF]] = []
        grid = layout.grid
        for i, lane in enumerate(layout.lanes):
            band = lane.band
            color = QColor(layout.style.lane_colors.get(lane.kind, "#f2f2f2")).lighter(112 if i % 2 else 106)
            if lane.kind is LaneKind.EMOTION_CURVE:
                color = QColor("#ffffff")
            bands.append((QRectF(band.x, band.y, band.w, band.h), color))
            lines.append((QPointF(band.x, band.bottom), QPointF(band.right, band.bottom)))
        top = layout.lanes[0].band.y if layout.lanes else grid.bottom
        for cell in layout.cells.values():
            r = cell.rect
            if r.h > 0:
                lines.append((QPointF(r.x, r.y), QPointF(r.x, r.bottom)))
                if r.y > top + 0.5:
                    lines.append((QPointF(r.x, r.y), QPointF(r.right, r.y)))
        right = grid.right
        lines.append((QPointF(right, top), QPointF(right, grid.bottom)))
        self._grid.set_grid(QRectF(grid.x, grid.y, grid.w, grid.h).adjusted(-1, -1, 1, 1), bands, lines)

    def _sync_curves(self, layout: Layout) -> None:
        m = self.document.map
        columns = {c.anchor_id: c for c in layout.columns}
        seen_curves: set[str] = set()
        seen_points: set[tuple[str, str]] = set()
        for curve in layout.curves:
            seen_curves.add(curve.lane_id)
            item = self.curves.get(curve.lane_id)
            if item is None:
                item = self.curves[curve.lane_id] = CurveItem(curve.lane_id)
                self.addItem(item)
            band = curve.band
            rect = QRectF(band.x + layout.style.lane_header_width, band.y, band.w - layout.style.lane_header_width, band.h)
            points = [QPointF(p.x, p.y) for p in curve.points]
            item.set_curve(rect, curve.top, curve.bottom, points)
            for tp in m.touchpoints():
                key = (curve.lane_id, tp.id)
                seen_points.add(key)
                point = self.curve_points.get(key)
                if point is None:
                    point = self.curve_points[key] = CurvePointItem(*key)
                    self.addItem(point)
                col = columns[tp.id]
                y = curve.y_for(tp.emotion if tp.emotion is not None else 0)
                point.set_score(QPointF(col.x + col.w / 2, y), tp.emotion)
        for lane_id in [k for k in self.curves if k not in seen_curves]:
            self.removeItem(self.curves.pop(lane_id))
        for key in [k for k in self.curve_points if k not in seen_points]:
            self.removeItem(self.curve_points.pop(key))

    # -- geometry queries -------------------------------------------------------------------
    def cell_at(self, pos: QPointF) -> Cell | None:
        """The card cell (lane, anchor) under ``pos``, or None."""
        layout = self.layout
        if layout is None:
            return None
        lane = self.lane_box_at(pos.y())
        if lane is None or lane.kind is LaneKind.EMOTION_CURVE:
            return None
        column = self.column_at(pos.x())
        if column is None:
            return None
        strip = layout.cells.get((lane.id, column.phase_id))
        if strip is not None and column.anchor_id != column.phase_id:
            r = strip.rect
            if r.h > 0 and r.y <= pos.y() < r.bottom:
                return (lane.id, column.phase_id)
        return (lane.id, column.anchor_id)

    def lane_box_at(self, y: float):  # -> LaneBox | None
        for lane in self.layout.lanes if self.layout else ():
            if lane.band.y <= y < lane.band.bottom:
                return lane
        return None

    def column_at(self, x: float):  # -> Column | None
        columns = self.layout.columns if self.layout else ()
        if not columns:
            return None
        starts = [c.x for c in columns]
        i = bisect.bisect_right(starts, x) - 1
        if i < 0 or x >= columns[i].x + columns[i].w:
            return None
        return columns[i]

    def cell_rect(self, cell: Cell) -> QRectF | None:
        box = self.layout.cells.get(cell) if self.layout else None
        if box is None:
            return None
        r = box.rect
        return QRectF(r.x, r.y, r.w, r.h)

    def card_index_at(self, cell: Cell, y: float, exclude: set[str] = frozenset()) -> int:  # type: ignore[assignment]
        """Where a card dropped at height ``y`` goes among the cell's other cards."""
        ids = [c for c in self.document.map.cells.get(cell, []) if c not in exclude]
        index = 0
        for cid in ids:
            box = self.layout.cards[cid].rect
            if y > box.y + box.h / 2:
                index += 1
        return index

    def card_slot_rect(self, cell: Cell, index: int, exclude: set[str] = frozenset()) -> QRectF:  # type: ignore[assignment]
        """A thin bar where a card inserted at ``index`` would go (the drop indicator)."""
        rect = self.cell_rect(cell) or QRectF()
        ids = [c for c in self.document.map.cells.get(cell, []) if c not in exclude]
        pad = self.style.cell_padding
        if not ids:
            y = rect.top() + pad
        elif index < len(ids):
            y = self.layout.cards[ids[index]].rect.y - self.style.card_gap / 2
        else:
            last = self.layout.cards[ids[-1]].rect
            y = last.bottom + self.style.card_gap / 2
        return QRectF(rect.left() + pad, y - 1.5, rect.width() - 2 * pad, 3)

    # -- selection --------------------------------------------------------------------------
    def selected_ids(self, kind: str = "card") -> list[str]:
        return [i.item_id for i in self.selectedItems() if getattr(i, "kind", None) == kind]

    def item_for(self, kind: str, item_id: str) -> QGraphicsItem | None:
        if kind == "card":
            return self.cards.get(item_id)
        return self.headers.get((kind, item_id))

    def select_ids(self, ids: tuple[str, ...] | list[str]) -> None:
        self.flush()
        wanted = set(ids)
        items = [self.cards[i] for i in wanted if i in self.cards]
        items += [h for (k, i), h in self.headers.items() if i in wanted]
        if not items:
            return
        self.clearSelection()
        for item in items:
            item.setSelected(True)
        first = items[0]
        if isinstance(first, CardItem) and first.box is not None:
            self.set_current_cell((first.box.lane_id, first.box.anchor_id))

    def set_current_cell(self, cell: Cell | None) -> None:
        if cell is not None and self.layout is not None and cell not in self.layout.cells:
            cell = None
        if cell != self.current_cell:
            self.current_cell = cell
            self._show_cell_frame()
            self.current_cell_changed.emit()

    def _show_cell_frame(self) -> None:
        rect = self.cell_rect(self.current_cell) if self.current_cell else None
        if rect is not None and rect.height() <= 0:
            strip = empty_strip_rect(self, self.current_cell)  # the keyboard reached an empty strip
            if strip is not None:
                self.cell_frame.show_rect(strip, strip_label(self, self.current_cell))
                return
        if rect is None or rect.height() <= 0:
            self.cell_frame.hide()
        else:
            self.cell_frame.show_rect(rect.adjusted(1.5, 1.5, -1.5, -1.5))


def _darker(color: str) -> str:
    return QColor(color).darker(108).name()
