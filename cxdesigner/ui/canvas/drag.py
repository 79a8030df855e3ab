"""Drags on the canvas. Each drag gathers positions while the mouse moves and builds exactly
one command on release (one drag = one undo step); it never touches the model itself.

A drag shows a drop indicator; where nothing can go it reports ``allowed = False`` (the view
shows the forbidden cursor) and its :meth:`finish` returns None.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ...commands import edits
from ...commands.command import Command
from ...model.vocabulary import LaneKind
from .items import CardItem, HeaderItem, IndicatorItem
from .phase_strip import drop_cell_at, show_drop_indicator
from .scene import MapScene


class Drag:
    """Base class: ``move`` updates the preview, ``finish`` returns a command or None."""

    allowed = False

    def __init__(self, scene: MapScene, start: QPointF) -> None:
        self.scene = scene
        self.start = QPointF(start)

    def move(self, pos: QPointF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def finish(self, pos: QPointF) -> Command | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def cancel(self) -> None:
        self.scene.drop_indicator.hide()

    @property
    def indicator(self) -> IndicatorItem:
        return self.scene.drop_indicator


class CardDrag(Drag):
    """Move the selected cards together into the cell under the cursor, at the slot under it."""

    def __init__(self, scene: MapScene, start: QPointF, card_ids: list[str]) -> None:
        super().__init__(scene, start)
        self.card_ids = card_ids
        self.moving = set(card_ids)
        self.items: list[CardItem] = [scene.cards[c] for c in card_ids if c in scene.cards]
        self.origins = [QPointF(item.pos()) for item in self.items]
        for item in self.items:
            item.setZValue(30)
            item.setOpacity(0.75)
        self.target: tuple[tuple[str, str], int] | None = None

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin + delta)
        self.scene.link_layer.cards_moved(self.card_ids)  # their links follow the cards
        cell = drop_cell_at(self.scene, pos)
        if cell is None:
            self.target = None
            self.allowed = False
            self.indicator.hide()
            return
        index = self.scene.card_index_at(cell, pos.y(), self.moving)
        self.target = (cell, index)
        self.allowed = True
        show_drop_indicator(self.scene, cell, index, self.moving)

    def _restore(self) -> None:
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin)
            item.setZValue(0)
            item.setOpacity(1.0)
        self.scene.link_layer.cards_moved(self.card_ids)
        self.indicator.hide()

    def finish(self, pos: QPointF) -> Command | None:
        self.move(pos)
        self._restore()
        if self.target is None:
            return None
        (lane_id, anchor_id), index = self.target
        m = self.scene.document.map
        # Dropping cards exactly where they are is not an edit.
        current = list(m.cells.get((lane_id, anchor_id), []))
        if self.moving <= set(current):
            others = [c for c in current if c not in self.moving]
            proposed = others[:index] + [c for c in current if c in self.moving] + others[index:]
            if proposed == current:
                return None
        return edits.move_cards(m, self.card_ids, lane_id, anchor_id, index)

    def cancel(self) -> None:
        self._restore()


class HeaderDrag(Drag):
    """Drag a phase, touchpoint or lane header: a ghost follows the cursor, a bar shows the slot."""

    def __init__(self, scene: MapScene, start: QPointF, header: HeaderItem) -> None:
        super().__init__(scene, start)
        self.header = header
        self.origin = QPointF(header.pos())
        header.setZValue(30)
        header.setOpacity(0.7)
        self.target: tuple | None = None

    def _ghost_follow(self, pos: QPointF) -> None:
        delta = pos - self.start
        if self.header.kind == "lane":
            self.header.setPos(self.origin.x(), self.origin.y() + delta.y())
        else:
            self.header.setPos(self.origin.x() + delta.x(), self.origin.y())

    def _restore(self) -> None:
        self.header.setPos(self.origin)
        self.header.setZValue(2)
        self.header.setOpacity(1.0)
        self.indicator.hide()

    def cancel(self) -> None:
        self._restore()

    def finish(self, pos: QPointF) -> Command | None:
        self.move(pos)
        self._restore()
        return self.build() if self.allowed else None

    def move(self, pos: QPointF) -> None:
        self._ghost_follow(pos)
        self.target = self.locate(pos)
        self.allowed = self.target is not None
        if self.target is None:
            self.indicator.hide()

    def locate(self, pos: QPointF) -> tuple | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def build(self) -> Command | None:  # pragma: no cover - abstract
        raise NotImplementedError


def phase_slot(scene: MapScene, x: float) -> tuple[int, QRectF] | None:
    """The gap between phases nearest to ``x``: (insert index, indicator bar)."""
    layout = scene.layout
    if layout is None:
        return None
    phases = layout.phases
    grid = layout.grid
    if not phases:
        left = grid.x + layout.style.lane_header_width
        return 0, QRectF(left - 2, grid.y, 4, max(grid.h, 40))
    index = sum(1 for p in phases if x > p.rect.x + p.rect.w / 2)
    edge = phases[index].rect.x if index < len(phases) else phases[-1].rect.right
    return index, QRectF(edge - 2, grid.y, 4, grid.h)


def touchpoint_slot(scene: MapScene, x: float) -> tuple[str, int, QRectF] | None:
    """The phase under ``x`` and the touchpoint gap in it nearest to ``x``."""
    layout = scene.layout
    if layout is None:
        return None
    m = scene.document.map
    for p in layout.phases:
        if p.rect.x <= x < p.rect.right:
            tps = [t for t in layout.touchpoints if t.phase_id == p.id]
            index = sum(1 for t in tps if x > t.rect.x + t.rect.w / 2)
            if not tps:
                edge = p.rect.x
            else:
                edge = tps[index].rect.x if index < len(tps) else tps[-1].rect.right
            top = p.rect.y
            return p.id, index, QRectF(edge - 2, top, 4, layout.grid.bottom - top)
    del m
    return None


class PhaseDrag(HeaderDrag):
    def locate(self, pos: QPointF) -> tuple | None:
        slot = phase_slot(self.scene, pos.x())
        if slot is None:
            return None
        index, bar = slot
        m = self.scene.document.map
        old = [p.id for p in m.phases].index(self.header.item_id)
        final = index - 1 if index > old else index
        if final == old:
            self.indicator.hide()
            return None
        self.indicator.show_rect(bar)
        return (final,)

    def build(self) -> Command | None:
        return edits.move_phase(self.scene.document.map, self.header.item_id, self.target[0])


class TouchpointDrag(HeaderDrag):
    def locate(self, pos: QPointF) -> tuple | None:
        slot = touchpoint_slot(self.scene, pos.x())
        if slot is None:
            return None
        phase_id, index, bar = slot
        m = self.scene.document.map
        tp_id = self.header.item_id
        source = m.phase_of(tp_id)
        if source.id == phase_id:
            old = [t.id for t in source.touchpoints].index(tp_id)
            index = index - 1 if index > old else index
            if index == old:
                self.indicator.hide()
                return None
        self.indicator.show_rect(bar)
        return (phase_id, index)

    def build(self) -> Command | None:
        phase_id, index = self.target
        return edits.move_touchpoint(self.scene.document.map, self.header.item_id, phase_id, index)


class LaneDrag(HeaderDrag):
    def locate(self, pos: QPointF) -> tuple | None:
        layout = self.scene.layout
        if layout is None or not layout.lanes:
            return None
        m = self.scene.document.map
        lanes = layout.lanes
        visible_index = sum(1 for lane in lanes if pos.y() > lane.band.y + lane.band.h / 2)
        edge = lanes[visible_index].band.y if visible_index < len(lanes) else lanes[-1].band.bottom
        # Hidden lanes keep their places: translate the visible gap into a model index.
        order = [lane.id for lane in m.lanes]
        old = order.index(self.header.item_id)
        if visible_index < len(lanes):
            index = order.index(lanes[visible_index].id)
        else:
            index = order.index(lanes[-1].id) + 1
        final = index - 1 if index > old else index
        if final == old:
            self.indicator.hide()
            return None
        self.indicator.show_rect(QRectF(layout.grid.x, edge - 2, layout.grid.w, 4))
        return (final,)

    def build(self) -> Command | None:
        return edits.move_lane(self.scene.document.map, self.header.item_id, self.target[0])


class CurvePointDrag(Drag):
    """Drag a touchpoint's emotion point up or down; it snaps to −2…+2 on the way."""

    def __init__(self, scene: MapScene, start: QPointF, point) -> None:  # noqa: ANN001
        super().__init__(scene, start)
        self.point = point
        self.origin = QPointF(point.pos())
        self.score: int | None = point.score
        self.allowed = True
        self.curve = next(c for c in scene.layout.curves if c.lane_id == point.lane_id)

    def move(self, pos: QPointF) -> None:
        self.score = self.curve.score_at(pos.y())
        self.point.set_score(QPointF(self.origin.x(), self.curve.y_for(self.score)), self.score)

    def cancel(self) -> None:
        m = self.scene.document.map
        tp = m.touchpoint(self.point.item_id)
        self.point.set_score(self.origin, tp.emotion)

    def finish(self, pos: QPointF) -> Command | None:
        self.move(pos)
        m = self.scene.document.map
        tp = m.touchpoint(self.point.item_id)
        if tp.emotion == self.score:
            self.cancel()
            return None
        return edits.set_fields(m, "touchpoint", tp.id, "Set emotion", emotion=self.score)


def drag_for(scene: MapScene, item, start: QPointF) -> Drag | None:  # noqa: ANN001
    """The drag that pressing on ``item`` starts, or None."""
    kind = getattr(item, "kind", None)
    if kind == "card":
        ids = scene.selected_ids("card")
        if item.item_id not in ids:
            ids = [item.item_id]
        return CardDrag(scene, start, ids)
    if kind == "phase":
        return PhaseDrag(scene, start, item)
    if kind == "touchpoint":
        return TouchpointDrag(scene, start, item)
    if kind == "lane":
        return LaneDrag(scene, start, item)
    if kind == "curve_point":
        return CurvePointDrag(scene, start, item)
    return None


def card_lane_kinds() -> list[LaneKind]:
    return [k for k in LaneKind if k.holds_cards and k is not LaneKind.TOUCHPOINTS]
