"""Drops on the canvas: palette entries become new phases, touchpoints and cards; a dropped
``.cxmap`` file is handed to the window (``file_dropped``)."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from ..mime import PALETTE_MIME
from .palette_drop import locate_drop


class DropsMixin:
    """Mixed into :class:`MapView` (needs ``map_scene``, ``editing``, ``_auto_scroll``)."""

    def _palette_payload(self, event: QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime.hasFormat(PALETTE_MIME):
            return bytes(mime.data(PALETTE_MIME).data()).decode("utf-8")
        return None

    def _map_files(self, event: QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile().endswith(".cxmap")]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._palette_payload(event) is not None or self._map_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        payload = self._palette_payload(event)
        if payload is None:
            if self._map_files(event):
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        pos = event.position().toPoint()
        self._auto_scroll(pos)
        drop = locate_drop(self.map_scene, payload, self.mapToScene(pos))
        if drop is None:
            self.map_scene.drop_indicator.hide()
            event.ignore()  # Qt shows the forbidden cursor
            return
        self.map_scene.drop_indicator.show_rect(drop.indicator, drop.label)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.map_scene.drop_indicator.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self.map_scene.drop_indicator.hide()
        payload = self._palette_payload(event)
        if payload is None:
            files = self._map_files(event)
            if files:
                event.acceptProposedAction()
                self.file_dropped.emit(files[0])
            else:
                event.ignore()
            return
        # A card still being typed is committed (or taken back) first, so the drop is placed
        # among the cards as they will be.
        self.editing.finish()
        self.map_scene.flush()
        drop = locate_drop(self.map_scene, payload, self.mapToScene(event.position().toPoint()))
        if drop is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setFocus()
        if drop.edit_kind == "card":
            # The card and the text typed into it are one undo step (see InlineEditing).
            self.editing.add_card_and_edit(drop.command)
            return
        # A new phase or touchpoint and the name typed for it are one undo step too.
        self.editing.add_header_and_edit(drop.edit_kind, drop.command)
