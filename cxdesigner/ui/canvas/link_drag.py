"""Alt+drag from one card onto another links them, as one undo step.

While the mouse moves, a dashed provisional arrow runs from the source card's edge to the cursor
(to the target's edge over a card that can be linked, in the colour of the link it would make),
and the drop indicator frames that card. The kind follows the method: an improvement and a pain
point make "addresses" (the command points it from the improvement), any other pair "flow".
Cards that are already linked, in either direction, are not linked twice.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsPolygonItem, QGraphicsView, QMainWindow, QToolTip

from ...commands import edits
from ...commands.command import Command
from ...layout.links import LINK_STYLES
from ...model import JourneyMap
from ...model.vocabulary import LaneKind, LinkKind
from .drag import Drag
from .items import CardItem
from .scene import MapScene

ARROW_Z = 55.0  # above the drop indicator (50) that frames the target
NEUTRAL = QColor("#56606b")  # no target yet: the arrow does not pretend to know the kind
HEAD_PIXELS = 11.0
_ADDRESSES_PAIR = {LaneKind.IMPROVEMENTS, LaneKind.PAIN_POINTS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkDrag", text)


def link_kind_between(m: JourneyMap, a: str, b: str) -> LinkKind:
    """ADDRESSES between an improvement and a pain point; FLOW between any other two cards."""
    kinds = {m.lane(m.cards[c].lane_id).kind for c in (a, b)}
    return LinkKind.ADDRESSES if kinds == _ADDRESSES_PAIR else LinkKind.FLOW


def already_linked(m: JourneyMap, a: str, b: str) -> bool:
    return (a, b) in m.links or (b, a) in m.links


def edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from ``rect``'s centre to ``toward`` leaves ``rect`` (the centre if inside)."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    limits = [rect.width() / 2 / abs(dx) if dx else math.inf, rect.height() / 2 / abs(dy) if dy else math.inf]
    t = min(limits)
    if t >= 1:
        return QPointF(c)
    return QPointF(c.x() + dx * t, c.y() + dy * t)


def card_rect(item: CardItem) -> QRectF:
    # The item's place, not the layout's: they agree outside drags, and this stays right if not.
    return QRectF(item.pos(), item.shape().boundingRect().size())


class ProvisionalArrow(QGraphicsPathItem):
    """The dashed shaft; its solid head is a child so the dashes never break the tip."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(ARROW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.head = QGraphicsPolygonItem(self)
        self.head.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.color = QColor(NEUTRAL)

    def set_ends(self, start: QPointF, end: QPointF, color: QColor, zoom: float) -> None:
        length = math.hypot(end.x() - start.x(), end.y() - start.y())
        size = HEAD_PIXELS / max(zoom, 0.01)  # the same size on screen at any zoom
        if length < size:
            self.hide()  # still inside (or at) the source card: nothing to point at yet
            return
        self.color = QColor(color)
        ux, uy = (end.x() - start.x()) / length, (end.y() - start.y()) / length
        base = QPointF(end.x() - ux * size, end.y() - uy * size)
        path = QPainterPath(start)
        path.lineTo(base)  # the shaft stops at the head's base: no dash pokes through the tip
        pen = QPen(color, 2.0)
        pen.setCosmetic(True)
        pen.setDashPattern([4.0, 3.0])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        self.setPath(path)
        half = size * 0.45
        nx, ny = -uy * half, ux * half
        wings = [QPointF(base.x() + nx, base.y() + ny), QPointF(base.x() - nx, base.y() - ny)]
        self.head.setPolygon(QPolygonF([end, *wings]))
        self.head.setPen(Qt.PenStyle.NoPen)
        self.head.setBrush(color)
        self.show()


class LinkDrag(Drag):
    """Alt+drag from ``source`` (a card item). :meth:`finish` returns the link command or None."""

    def __init__(self, scene: MapScene, start: QPointF, source: CardItem) -> None:
        super().__init__(scene, start)
        self.source = source
        self.source_id = source.item_id
        self.target: str | None = None
        self.refused: str | None = None  # a card under the cursor that is already linked
        self.arrow = ProvisionalArrow()
        self.arrow.hide()
        scene.addItem(self.arrow)

    def _zoom(self) -> float:
        views = self.scene.views()
        return views[0].transform().m11() if views else 1.0

    def _card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.scene.items(pos):
            if getattr(item, "kind", None) == "card":
                return item  # type: ignore[return-value]
        return None

    def move(self, pos: QPointF) -> None:
        m = self.scene.document.map
        source_rect = card_rect(self.source)
        under = self._card_at(pos)
        self.target = self.refused = None
        end, color = QPointF(pos), QColor(NEUTRAL)
        if under is not None and under.item_id != self.source_id and under.item_id in m.cards:
            if already_linked(m, self.source_id, under.item_id):
                self.refused = under.item_id
            else:
                self.target = under.item_id
                target_rect = card_rect(under)
                self.indicator.show_rect(target_rect.adjusted(-3, -3, 3, 3))
                kind = link_kind_between(m, self.source_id, self.target)
                # Drawn the way the link will point (the command decides: a fix dragged onto
                # from its pain point still points at the pain point), edge to edge.
                first, _second = edits.link_cards(m, [self.source_id, self.target], kind).focus
                a, b = (source_rect, target_rect) if first == self.source_id else (target_rect, source_rect)
                color = QColor(LINK_STYLES[kind].color)
                self.arrow.set_ends(edge_point(a, b.center()), edge_point(b, a.center()), color, self._zoom())
        if self.target is None:
            self.indicator.hide()
            self.arrow.set_ends(edge_point(source_rect, end), end, color, self._zoom())
        self.allowed = self.target is not None

    def _clear(self) -> None:
        self.indicator.hide()
        if self.arrow.scene() is not None:
            self.scene.removeItem(self.arrow)

    def cancel(self) -> None:
        self._clear()

    def finish(self, pos: QPointF) -> Command | None:
        self.move(pos)
        self._clear()
        if self.refused is not None:
            self._tell(_tr("These cards are already linked."))
            return None
        if self.target is None:
            return None
        m = self.scene.document.map
        kind = link_kind_between(m, self.source_id, self.target)
        return edits.link_cards(m, [self.source_id, self.target], kind)

    def _tell(self, message: str) -> None:
        for view in self.scene.views():
            window = view.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message, 6000)
                return


class CardLinkHint(QObject):
    """Tooltip over a card in ``view``: how to link it by dragging (cards have no tooltip of their own,
    and one per item would cost memory on large maps)."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip:
            return False
        assert isinstance(event, QHelpEvent)
        for item in self.view.items(event.pos()):
            if item.toolTip():
                return False  # an item with a tooltip of its own (the persona) keeps it
            if getattr(item, "kind", None) == "card":
                break
        else:
            return False
        QToolTip.showText(event.globalPos(), card_hint(), self.view.viewport())
        return True


def card_hint() -> str:
    return _tr("Drag the round handle of a selected card, or Alt+drag a card, to another card to link them")
