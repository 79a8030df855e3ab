"""In-place editing of card text and header names; commits become one command each.

A new card is added first and typed into second, but it is one undo step: the card appears at
once where it goes (in its cell, with its colour), and committing its text folds the text into
the "Add card" step (:meth:`Document.amend`). Esc on a card just added withdraws it entirely.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from ...commands import edits
from ...commands.command import Command
from ...model.entities import JourneyMap
from ...model.errors import ModelError
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


@dataclass
class Placement:
    """Where an open editor sits in scene points, so it can follow the view when it zooms."""

    scene_rect: QRectF
    size: float  # the text's size in points
    bold: bool


class InlineEditing(QObject):
    """Opens at most one :class:`InlineEditor` over ``view``; ``editor`` is the open one."""

    def __init__(self, view: QGraphicsView, scene: MapScene) -> None:
        super().__init__(view)
        self.view = view
        self.scene = scene
        self.editor: InlineEditor | None = None
        self._placement: Placement | None = None

    @property
    def active(self) -> bool:
        return self.editor is not None and not self.editor.finished

    def _font(self, size: float, bold: bool) -> QFont:
        font = QFont(layout_font(size, bold))
        zoom = self.view.transform().m11()
        font.setPixelSize(max(6, round(size * zoom)))
        return font

    def _place(self, editor: InlineEditor, placement: Placement) -> None:
        view = self.view
        view.ensureVisible(placement.scene_rect, 20, 20)
        rect = view.mapFromScene(placement.scene_rect).boundingRect().adjusted(-3, -3, 3, 3)
        rect.setHeight(max(rect.height(), round(placement.size * view.transform().m11() * 3) + 10))
        editor.setFont(self._font(placement.size, placement.bold))
        editor.setGeometry(rect)

    def _open(self, scene_rect: QRectF, text: str, size: float, bold: bool) -> InlineEditor:
        self.finish()
        editor = InlineEditor(self.view.viewport(), text, self._font(size, bold))
        self._placement = Placement(QRectF(scene_rect), size, bold)
        self._place(editor, self._placement)
        editor.viewport().installEventFilter(self)
        editor.show()
        editor.setFocus()
        self.editor = editor
        return editor

    def follow_view(self) -> None:
        """After the view zoomed: the open editor moves and scales with what it edits, keeping
        its text, cursor and selection, so zooming never ends the typing."""
        if self.active and self._placement is not None:
            self._place(self.editor, self._placement)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Ctrl+wheel over the editor zooms the map, as it does everywhere else on the canvas
        # (a plain-text edit would otherwise scroll, or ignore it when there is nothing to scroll).
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                zoom_by_wheel = getattr(self.view, "zoom_by_wheel", None)
                if zoom_by_wheel is not None:
                    zoom_by_wheel(event)
                    return True
        return super().eventFilter(watched, event)

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
        """Add a card at the end of ``cell`` holding ``text`` (what quick capture has typed so
        far) and go on typing into it; see :meth:`add_card_and_edit`."""
        doc = self.scene.document
        try:
            command = edits.add_card(doc.map, cell[0], cell[1], text)
        except (ModelError, KeyError) as exc:
            doc.edit_refused.emit(str(exc))
            return False
        return self.add_card_and_edit(command)

    def add_card_and_edit(self, command: Command) -> bool:
        """Do ``command`` (an "Add card") and open the new card for typing its text.

        The text joins the card's own undo step; Esc, or leaving the text empty, takes the card
        back as if it had never been added (no undo step at all)."""
        self.finish()  # an editor still open commits first: its own step stays its own
        doc = self.scene.document
        if not doc.push(command) or not command.focus:
            return False
        card_id = command.focus[0]
        self.scene.select_ids([card_id])
        item = self.scene.item_for("card", card_id)
        if item is None:
            return False
        m = doc.map
        rect = item.mapRectToScene(item.boundingRect())
        editor = self._open(rect, m.cards[card_id].text, self.scene.style.card_font_size, False)
        editor.committed.connect(lambda new: self._commit_added(m, command, card_id, new))
        editor.cancelled.connect(lambda: self._cancel_added(m, command, card_id))
        return True

    def add_header_and_edit(self, kind: str, command: Command) -> bool:
        """Do ``command`` (an "Add phase" or "Add touchpoint") and open its name for typing.

        The typed name joins the addition's undo step. Unlike an empty card, a new phase or
        touchpoint keeps its default name when the user presses Esc or clears the name: it was
        placed on purpose, and "New phase" or the channel's name says what it is."""
        self.finish()
        doc = self.scene.document
        if not doc.push(command) or not command.focus:
            return False
        item_id = command.focus[0]
        self.scene.select_ids([item_id])
        self.scene.flush()
        item = self.scene.item_for(kind, item_id)
        if item is None or item.box is None:
            return False
        m = doc.map
        getter = {"phase": m.phase, "touchpoint": m.touchpoint}[kind]
        default = getter(item_id).name
        editor = self._open(item.mapRectToScene(item.boundingRect()), default, item.box.text.size, True)
        editor.committed.connect(lambda new: self._commit_added_name(m, command, kind, item_id, default, new))
        editor.cancelled.connect(self._closed)
        return True

    def _commit_added_name(self, m: JourneyMap, command: Command, kind: str, item_id: str, old: str, new: str) -> None:
        self._closed()
        doc = self.scene.document
        if doc.map is not m or not new.strip() or new == old or not m.is_anchor(item_id):
            return  # another state on screen, the default kept, or the item undone meanwhile
        doc.amend(command, edits.set_fields(m, kind, item_id, UNDO_NAMES[kind], name=new))

    def _commit(self, kind: str, item_id: str, old: str, new: str) -> None:
        self._closed()
        if new == old:
            return
        doc = self.scene.document
        doc.edit(edits.set_fields, kind, item_id, UNDO_NAMES[kind], **{FIELD[kind]: new})

    def _commit_added(self, m: JourneyMap, command: Command, card_id: str, text: str) -> None:
        self._closed()
        doc = self.scene.document
        card = m.cards.get(card_id)
        if card is None or doc.map is not m:
            return  # undone, or another state shown, while it was typed: the text has no card
        if not text.strip():
            # An empty note says nothing and would only have to be found and deleted later;
            # quick capture has always dropped a card committed empty, so every way of adding
            # a card does.
            self._take_back(command, card_id)
        elif text != card.text:
            doc.amend(command, edits.set_fields(doc.map, "card", card_id, UNDO_NAMES["card"], text=text))

    def _cancel_added(self, m: JourneyMap, command: Command, card_id: str) -> None:
        # Esc means "I did not mean to add this": the card goes as if it had never been added,
        # leaving no undo step behind — an empty card left over, or an undo step that only
        # removes an empty card, is litter the user would have to clean up.
        self._closed()
        if self.scene.document.map is m:
            self._take_back(command, card_id)

    def _take_back(self, command: Command, card_id: str) -> None:
        doc = self.scene.document
        if doc.withdraw(command):
            return
        # Something else was done after the card was added (its step is no longer the last):
        # it can only go as a step of its own.
        if card_id in doc.map.cards:
            doc.edit(edits.remove_cards, [card_id])

    def _closed(self) -> None:
        self.editor = None
        self._placement = None
        self.view.setFocus()

    def finish(self) -> None:
        """Commit an open editor (before another gesture starts)."""
        if self.active:
            self.editor.commit()

    def cancel(self) -> None:
        if self.active:
            self.editor.cancel()
