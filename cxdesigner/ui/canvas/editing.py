"""In-place editing of card text and header names; commits become one command each."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsView

from ...commands import edits
from ..fonts import layout_font
from .inline_editor import InlineEditor
from .scene import Cell, MapScene

UNDO_NAMES = {
    "card": "Edit card text",
    "phase": "Rename phase",
    "touchpoint": "Rename touchpoint",
    "lane": "Rename lane",
}
FIELD = {"card": "text", "phase": "name", "touchpoint": "name", "lane": "name"}


class InlineEditing(QObject):
    """Opens at most one :class:`InlineEditor` over ``view``; ``editor`` is the open one."""

    def __init__(self, view: QGraphicsView, scene: MapScene) -> None:
        super().__init__(view)
        self.view = view
        self.scene = scene
        self.editor: InlineEditor | None = None

    @property
    def active(self) -> bool:
        return self.editor is not None and not self.editor.finished

    def _font(self, size: float, bold: bool) -> QFont:
        font = QFont(layout_font(size, bold))
        zoom = self.view.transform().m11()
        font.setPixelSize(max(6, round(size * zoom)))
        return font

    def _open(self, scene_rect: QRectF, text: str, size: float, bold: bool) -> InlineEditor:
        self.finish()
        view = self.view
        view.ensureVisible(scene_rect, 20, 20)
        rect = view.mapFromScene(scene_rect).boundingRect().adjusted(-3, -3, 3, 3)
        rect.setHeight(max(rect.height(), round(size * view.transform().m11() * 3) + 10))
        editor = InlineEditor(view.viewport(), text, self._font(size, bold))
        editor.setGeometry(rect)
        editor.show()
        editor.setFocus()
        self.editor = editor
        return editor

    def edit_item(self, kind: str, item_id: str) -> bool:
        """Open an editor on a card or a phase/touchpoint/lane header."""
        m = self.scene.document.map
        self.scene.flush()
        item = self.scene.item_for(kind, item_id)
        if item is None or item.box is None:
            return False
        if kind == "card":
            text, size, bold = m.cards[item_id].text, self.scene.style.card_font_size, False
        else:
            getter = {"phase": m.phase, "touchpoint": m.touchpoint, "lane": m.lane}[kind]
            text, size, bold = getter(item_id).name, item.box.text.size, True
        rect = item.mapRectToScene(item.boundingRect())
        editor = self._open(rect, text, size, bold)
        editor.committed.connect(lambda new: self._commit(kind, item_id, text, new))
        editor.cancelled.connect(self._closed)
        return True

    def edit_new_card(self, cell: Cell, text: str = "") -> bool:
        """Quick capture: an editor where a new card would go; committing adds the card."""
        self.scene.flush()
        index = len(self.scene.document.map.cells.get(cell, []))
        slot = self.scene.card_slot_rect(cell, index)
        style = self.scene.style
        rect = QRectF(slot.left(), slot.top(), slot.width(), style.card_font_size * 2.5 + 2 * style.card_padding)
        editor = self._open(rect, text, style.card_font_size, False)
        editor.committed.connect(lambda new: self._commit_new(cell, new))
        editor.cancelled.connect(self._closed)
        return True

    def _commit(self, kind: str, item_id: str, old: str, new: str) -> None:
        self._closed()
        if new == old:
            return
        doc = self.scene.document
        doc.edit(edits.set_fields, kind, item_id, UNDO_NAMES[kind], **{FIELD[kind]: new})

    def _commit_new(self, cell: Cell, text: str) -> None:
        self._closed()
        if not text.strip():
            return
        self.scene.document.edit(edits.add_card, cell[0], cell[1], text)

    def _closed(self) -> None:
        self.editor = None
        self.view.setFocus()

    def finish(self) -> None:
        """Commit an open editor (before another gesture starts)."""
        if self.active:
            self.editor.commit()

    def cancel(self) -> None:
        if self.active:
            self.editor.cancel()
