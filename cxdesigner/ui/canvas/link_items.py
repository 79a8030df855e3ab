"""Links between cards on the canvas: one :class:`LinkItem` per link, kept by a :class:`LinkLayer`.

The paths are the layout's (``Layout.links``, routed by :mod:`cxdesigner.layout.links`), which
the PDF draws too, in the same styles. While cards are dragged, the drag tells the layer, which
routes the dragged cards' links from where their items are. Links of the hovered and selected
cards are highlighted. Link items are never under the mouse (their
shape is empty), so clicks and drags reach the cards below.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)
from shiboken6 import Shiboken

from ...layout import Layout, Rect
from ...layout.links import LINK_STYLES, CardIndex, Head, LinkPath, route_links

if TYPE_CHECKING:
    from .scene import MapScene

LINK_Z = 6.0  # above cards (0), the curve (1), headers (2) and curve points (3); below drags (30)
HIGHLIGHT_Z = 7.0
NORMAL_ALPHA = 185  # the card text under a link stays readable
Key = tuple[str, str]


class LinkItem(QGraphicsPathItem):
    """One link's curve and arrow head; ``item_id`` is (source card id, target card id).

    The dashed curve and the head are outlined into one area filled in one go, so where they
    overlap the see-through ink is not laid down twice."""

    kind = "link"

    def __init__(self, key: Key) -> None:
        super().__init__()
        self.item_id = key
        self.link: LinkPath | None = None
        self.highlighted = False
        self._scale = 1.0
        self._ink = QPainterPath()
        self._color = QColor()
        self.setZValue(LINK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        # Accepting hover events (which an empty shape never receives) has Qt turn on mouse
        # tracking in the views, so the layer hears the mouse move over cards without a button.
        self.setAcceptHoverEvents(True)

    def set_link(self, link: LinkPath, scale: float = 1.0) -> None:
        if link == self.link and scale == self._scale:
            return
        self.link, self._scale = link, scale
        path = QPainterPath(QPointF(*link.start))
        path.cubicTo(QPointF(*link.control1), QPointF(*link.control2), QPointF(*link.end))
        self.prepareGeometryChange()
        self.setPath(path)
        self._restyle()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(HIGHLIGHT_Z if on else LINK_Z)
            self.prepareGeometryChange()
            self._restyle()

    def _restyle(self) -> None:
        link = self.link
        if link is None:
            return
        style = LINK_STYLES[link.kind]
        self._color = QColor(style.color)
        if not self.highlighted:
            self._color.setAlpha(NORMAL_ALPHA)
        width = style.width * self._scale * (1.7 if self.highlighted else 1.0)
        pen = QPen(self._color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if style.round_cap else Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if style.dash:
            # Qt measures dashes in pen widths; a (nearly) zero-length dash with round caps is a dot.
            pen.setDashPattern([max(d * self._scale / width, 0.05) for d in style.dash])
        self.setPen(pen)
        stroker = QPainterPathStroker(pen)
        ink = stroker.createStroke(self.path())
        head = link.head()
        if head is not None:
            polygon = QPolygonF([QPointF(*p) for p in head])
            outline = QPainterPath()
            if style.head is Head.FILLED:
                outline.addPolygon(polygon)
                outline.closeSubpath()
            else:
                chevron = QPainterPath()
                chevron.addPolygon(polygon)
                solid = QPainterPathStroker()
                solid.setWidth(width)
                solid.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                outline = solid.createStroke(chevron)
            ink = ink.united(outline)  # a true union: winding directions of the parts would cancel
        self._ink = ink
        self.update()

    def boundingRect(self) -> QRectF:
        return self._ink.boundingRect().adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse: clicks, drags and rubber bands reach the cards

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(self._ink, self._color)


def _call(ref: weakref.ref[LinkLayer], method: str) -> None:
    layer = ref()
    if layer is not None and Shiboken.isValid(layer):
        getattr(layer, method)()


class LinkLayer(QObject):
    """The scene's link items, keyed by (source, target). :meth:`sync` after each relayout."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.items: dict[Key, LinkItem] = {}
        self.visible = True
        self.hovered: str | None = None
        self._layout: Layout | None = None
        self._index: CardIndex | None = None
        scene.installEventFilter(self)
        # Not a bound slot of this child object: while the scene is destroyed it still emits
        # selectionChanged, after this layer's wrapper may be gone ("Slot 'LinkLayer::' not found").
        layer = weakref.ref(self)
        scene.selectionChanged.connect(lambda: _call(layer, "update_highlight"))

    # -- model → items --------------------------------------------------------------------
    def sync(self, layout: Layout) -> None:
        """Bring the link items up to date with the links ``layout`` routed."""
        self._layout = layout
        self._index = None  # built when a drag needs it
        if not layout.links and not self.items:
            return  # most maps: nothing to draw
        self._apply(list(layout.links))
        self.update_highlight()

    def _apply(self, paths: list[LinkPath]) -> None:
        wanted = {(p.source, p.target): p for p in paths}
        for key in [k for k in self.items if k not in wanted]:
            self.scene.removeItem(self.items.pop(key))
        scale = 1.6 if self.scene.theme.projector else 1.0
        for key, path in wanted.items():
            item = self.items.get(key)
            if item is None:
                item = self.items[key] = LinkItem(key)
                item.setVisible(self.visible)
                self.scene.addItem(item)
            item.set_link(path, scale)

    def cards_moved(self, card_ids: list[str]) -> None:
        """Cards' items moved away from their layout places (a drag, until the drop): the links
        of those cards follow them; the others stay as the layout routed them."""
        layout = self._layout
        if layout is None or not self.items:
            return
        moving = set(card_ids)
        touched = {key: kind for key, kind in self.scene.document.map.links.items() if moving & set(key)}
        if not touched:
            return
        ends = {card for key in touched for card in key}
        rects: dict[str, Rect] = {}
        for card_id in ends:
            box = layout.cards.get(card_id)
            item = self.scene.cards.get(card_id)
            if box is None or item is None:
                continue
            pos = item.pos()
            rects[card_id] = Rect(pos.x(), pos.y(), box.rect.w, box.rect.h)
        if self._index is None:
            self._index = CardIndex({card_id: box.rect for card_id, box in layout.cards.items()})
        scale = 1.6 if self.scene.theme.projector else 1.0
        for path in route_links(rects, touched, self._index):
            item = self.items.get((path.source, path.target))
            if item is not None:
                item.set_link(path, scale)

    # -- showing and highlighting -----------------------------------------------------------
    def set_visible(self, on: bool) -> None:
        self.visible = on
        for item in self.items.values():
            item.setVisible(on)

    def focus_cards(self) -> set[str]:
        """The cards whose links are highlighted: the one under the mouse and the selected ones."""
        focus = set(self.scene.selected_ids("card")) if self.items else set()
        if self.hovered is not None:
            focus.add(self.hovered)
        return focus

    def update_highlight(self) -> None:
        if not self.items or not Shiboken.isValid(self.scene):  # the scene clears its selection as it dies
            return
        focus = self.focus_cards()
        for (source, target), item in self.items.items():
            item.set_highlighted(source in focus or target in focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMouseMove and self.items:
            assert isinstance(event, QGraphicsSceneMouseEvent)
            self._hover(self._card_at(event.scenePos()))
        elif kind == QEvent.Type.GraphicsSceneLeave:
            self._hover(None)
        return False

    def _card_at(self, pos: QPointF) -> str | None:
        for item in self.scene.items(pos):
            if getattr(item, "kind", None) == "card":
                return item.item_id  # type: ignore[attr-defined]
        return None

    def _hover(self, card_id: str | None) -> None:
        if card_id != self.hovered:
            self.hovered = card_id
            self.update_highlight()
