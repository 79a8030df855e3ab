"""The palette: entries to drag onto the canvas (phase, touchpoint per channel, card per lane kind).

A drag carries ``PALETTE_MIME`` with a payload such as ``touchpoint:web``; the canvas decides
what the drop becomes (see ``canvas/palette_drop.py``). Activating an entry (double-click or
Enter) emits ``activated_payload`` so the window can insert it without a mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ...model.vocabulary import LANE_KIND_COLORS, Channel, LaneKind
from ..mime import PALETTE_MIME
from ..vocabulary_names import channel_name, lane_kind_name
from .icons import swatch_icon

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1


class Palette(QTreeWidget):
    """Emits ``activated_payload(str)`` when an entry is double-clicked or activated."""

    activated_payload = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setRootIsDecorated(True)
        structure = self._group(self.tr("Structure"))
        self._entry(structure, self.tr("Phase"), "phase", swatch_icon("#2f4858", "P"))
        touchpoints = self._group(self.tr("Touchpoints"))
        for channel in Channel:
            name = channel_name(channel)
            self._entry(touchpoints, name, f"touchpoint:{channel.value}", swatch_icon("#e8eef7", name[:1], True))
        cards = self._group(self.tr("Cards"))
        for kind in LaneKind:
            if kind.holds_cards and kind is not LaneKind.TOUCHPOINTS:
                self._entry(cards, lane_kind_name(kind), f"card:{kind.value}", swatch_icon(LANE_KIND_COLORS[kind]))
        self.expandAll()
        self.itemActivated.connect(self._activated)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _entry(self, parent: QTreeWidgetItem, title: str, payload: str, icon) -> QTreeWidgetItem:  # noqa: ANN001
        item = QTreeWidgetItem(parent, [title])
        item.setIcon(0, icon)
        item.setData(0, PAYLOAD_ROLE, payload)
        item.setToolTip(0, self.tr("Press Enter, or drag onto the map"))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def payloads(self) -> list[str]:
        result = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            result += [group.child(j).data(0, PAYLOAD_ROLE) for j in range(group.childCount())]
        return result

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        return palette_mime(items[0].data(0, PAYLOAD_ROLE)) if items else QMimeData()

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        payload = item.data(0, PAYLOAD_ROLE)
        if payload:
            self.activated_payload.emit(payload)


def palette_mime(payload: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(PALETTE_MIME, payload.encode("utf-8"))
    return mime
