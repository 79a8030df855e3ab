"""A round handle on the right edge of the one selected card: drag it onto another card to link them.

Alt+drag does the same, but several Linux desktops (KDE, Xfce and others) take Alt+drag for
moving windows, so the mouse needs a way that works with no modifier. The handle is the usual
one in diagram tools: it appears on selection, keeps its size on screen at any zoom, and a press
on it starts the same :class:`~.link_drag.LinkDrag` as Alt+drag. It is hidden while presenting
(the projector theme), while a card is being dragged, and in scenes no view edits (exports).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .items import CardItem
from .link_drag import card_rect
from .scene import MapScene

RADIUS = 7.0  # pixels on screen
OFFSET = RADIUS + 1.0  # pixels from the card's edge to the handle's centre: it covers no text
HANDLE_Z = 60.0  # above cards, links and the drop indicator
RING = QColor("#1f6fd1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkHandle", text)


class LinkHandle(QGraphicsItem):
    """The handle itself; ``card`` is the card item it belongs to while shown. Its position is
    the middle of the card's right edge; the circle is drawn just outside it."""

    kind = "link_handle"

    def __init__(self) -> None:
        super().__init__()
        self.card: CardItem | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # same size at any zoom
        self.setZValue(HANDLE_Z)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(_tr("Drag to another card to link them"))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view reads presses itself
        self.hide()

    def boundingRect(self) -> QRectF:
        r = RADIUS + 2
        return QRectF(OFFSET - r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(RING, 2.0))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(QPointF(OFFSET, 0), RADIUS, RADIUS)
        painter.setBrush(QBrush(RING))  # an arrow head inside: "a link goes from here"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon([QPointF(OFFSET - 2.5, -4.0), QPointF(OFFSET + 4.0, 0.0), QPointF(OFFSET - 2.5, 4.0)])


class LinkHandleFollower(QObject):
    """Keeps ``handle`` on the one selected card of ``scene``."""

    def __init__(self, scene: MapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.handle = LinkHandle()
        scene.addItem(self.handle)
        self._suspended = False
        scene.selectionChanged.connect(self.update)
        scene.relaid_out.connect(self.update)

    def suspend(self, on: bool) -> None:
        """While a card is dragged the handle would be left behind: hide it until the drop."""
        self._suspended = on
        self.update()

    def selected_card(self) -> CardItem | None:
        selected = self.scene.selectedItems()
        if len(selected) == 1 and getattr(selected[0], "kind", None) == "card":
            return selected[0]  # type: ignore[return-value]
        return None

    def update(self) -> None:
        card = self.selected_card()
        if card is None or self._suspended or self.scene.theme.projector or card.item_id not in self.scene.cards:
            self.handle.card = None
            self.handle.hide()
            return
        rect = card_rect(card)
        self.handle.card = card
        self.handle.setPos(QPointF(rect.right(), rect.center().y()))
        self.handle.show()
