"""The canvas view: mouse and keyboard gestures, zoom and pan, drops from the palette.

Gestures become commands through the document (``scene.document``); the view never changes
the model or moves items for good — the scene does that when the model announces a change.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from ...commands import edits
from .drag import Drag, drag_for
from .drops import DropsMixin
from .editing import InlineEditing
from .link_drag import CardLinkHint, LinkDrag
from .link_handle import LinkHandleFollower
from .navigation import first_cell, neighbour_card, neighbour_cell
from .scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
EDGE = 28  # pixels from the viewport edge where a drag scrolls the view
INTERACTIVE = {"link_handle", "card", "phase", "touchpoint", "lane", "curve_point"}


class MapView(DropsMixin, QGraphicsView):
    """Emits ``zoom_changed(float)``, ``file_dropped(str)`` (a .cxmap dropped on the canvas) and
    ``context_menu_requested(kind, id, global_pos)``."""

    zoom_changed = Signal(float)
    file_dropped = Signal(str)
    context_menu_requested = Signal(str, str, QPoint)  # kind, id ("" for the canvas), global pos

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.editing = InlineEditing(self, scene)
        self._link_hint = CardLinkHint(self)
        self.link_handle = LinkHandleFollower(scene, self)
        self._linking = False  # the pending press was Alt on a card or its handle: a drag links, not moves
        self._from_handle = False
        self._pending: tuple[object, QPointF, QPoint] | None = None
        self._drag: Drag | None = None
        self._pan_from: QPoint | None = None
        self._space = False
        self._forwarding = False
        self._last_drag_pos: QPoint | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setInterval(40)
        self._scroll_timer.timeout.connect(self._scroll_tick)

    # -- zoom -----------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom, zoom)
        self.editing.follow_view()  # typing goes on: the editor moves and scales with its card
        self.zoom_changed.emit(zoom)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom * factor)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(self.zoom)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            # A map opens at its start (title, first phase, lane names), not scrolled to the middle.
            self._shown_once = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def fit_width(self) -> None:
        rect = self.sceneRect()
        width = self.viewport().width() - 4
        if rect.width() > 0 and width > 0:
            self.set_zoom(width / rect.width())
            self.centerOn(rect.center().x(), rect.top())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by_wheel(event)
            return
        super().wheelEvent(event)

    def zoom_by_wheel(self, event: QWheelEvent) -> None:
        """Ctrl+wheel: one notch zooms by 15 % (the inline editor sends its own here too)."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    # -- mouse ----------------------------------------------------------------------------
    def _item_at(self, pos: QPoint):  # noqa: ANN202
        for item in self.items(pos):
            if getattr(item, "kind", None) in INTERACTIVE:
                return item
        return None

    def _target_at(self, pos: QPoint):  # noqa: ANN202
        """The item a double-click or context menu at ``pos`` is about: the link handle's card."""
        item = self._item_at(pos)
        return item.card if item is not None and item.kind == "link_handle" else item

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.editing.finish()
        self.map_scene.flush()  # a new card committed empty is gone: never press on its stale item
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scene = self.map_scene
        scene_pos = self.mapToScene(event.position().toPoint())
        item = self._item_at(event.position().toPoint())
        if item is None:
            scene.set_current_cell(scene.cell_at(scene_pos))
            super().mousePressEvent(event)  # rubber band; clears the selection
            return
        mods = event.modifiers()
        self._from_handle = item.kind == "link_handle"
        if self._from_handle:
            item = item.card  # the handle drags a link from its card, which stays selected
            self._linking = item is not None
            if item is None:
                event.accept()
                return
        else:
            self._linking = item.kind == "card" and bool(mods & Qt.KeyboardModifier.AltModifier)
        if self._linking:
            self._pending = (item, scene_pos, event.position().toPoint())  # the selection stays
            event.accept()
            return
        if item.kind != "curve_point":
            if mods & Qt.KeyboardModifier.ControlModifier:
                item.setSelected(not item.isSelected())
                event.accept()
                return
            if mods & Qt.KeyboardModifier.ShiftModifier:
                item.setSelected(True)
            elif not item.isSelected():
                scene.clearSelection()
                item.setSelected(True)
            if item.kind == "card" and item.box is not None:
                scene.set_current_cell((item.box.lane_id, item.box.anchor_id))
        self._pending = (item, scene_pos, event.position().toPoint())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        if self._pending is not None and self._drag is None:
            item, start, press = self._pending
            if (pos - press).manhattanLength() >= QApplication.startDragDistance():
                scene = self.map_scene
                self._drag = LinkDrag(scene, start, item) if self._linking else drag_for(scene, item, start)
                self.link_handle.suspend(True)
        if self._drag is not None:
            self._last_drag_pos = pos
            if not self._scroll_timer.isActive():
                self._scroll_timer.start()
            self._auto_scroll(pos)
            self._drag.move(self.mapToScene(pos))
            cursor = Qt.CursorShape.ClosedHandCursor if self._drag.allowed else Qt.CursorShape.ForbiddenCursor
            self.viewport().setCursor(cursor)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            return
        drag, pending = self._drag, self._pending
        self._drag = self._pending = None
        self._scroll_timer.stop()
        if drag is not None:
            self.viewport().unsetCursor()
            command = drag.finish(self.mapToScene(event.position().toPoint()))
            if command is not None:
                self.map_scene.document.push(command)
                if self._from_handle and isinstance(drag, LinkDrag):
                    # Back to the card it started from, handle and all: the next link is one drag away.
                    self.map_scene.select_ids([drag.source_id])
            self.link_handle.suspend(False)
            return
        if pending is not None:
            item = pending[0]
            if item.kind != "curve_point" and not event.modifiers() & (
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
            ):
                self.map_scene.clearSelection()  # a plain click selects just this item
                item.setSelected(True)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self._target_at(event.position().toPoint())
        if item is not None and item.kind in ("card", "phase", "touchpoint", "lane"):
            self.editing.edit_item(item.kind, item.item_id)
            return
        cell = self.map_scene.cell_at(self.mapToScene(event.position().toPoint()))
        if cell is not None:
            self.map_scene.set_current_cell(cell)
            self.editing.edit_new_card(cell)

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        item = self._target_at(event.pos())
        kind, item_id = ("", "")
        if item is not None and item.kind != "curve_point":
            kind, item_id = item.kind, item.item_id
            if not item.isSelected():
                self.map_scene.clearSelection()
                item.setSelected(True)
        self.context_menu_requested.emit(kind, item_id, event.globalPos())

    def _scroll_tick(self) -> None:
        """While a drag rests near an edge, keep scrolling and keep the preview under the cursor."""
        if self._drag is None or self._last_drag_pos is None:
            self._scroll_timer.stop()
            return
        if self._auto_scroll(self._last_drag_pos):
            self._drag.move(self.mapToScene(self._last_drag_pos))

    def _auto_scroll(self, pos: QPoint) -> bool:
        """Scroll a step when ``pos`` is near the viewport's edge; True if it scrolled."""
        rect = self.viewport().rect()
        step = 20
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        before = (h.value(), v.value())
        if pos.x() < rect.left() + EDGE:
            h.setValue(h.value() - step)
        elif pos.x() > rect.right() - EDGE:
            h.setValue(h.value() + step)
        if pos.y() < rect.top() + EDGE:
            v.setValue(v.value() - step)
        elif pos.y() > rect.bottom() - EDGE:
            v.setValue(v.value() + step)
        return (h.value(), v.value()) != before

    def cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag.cancel()
        self._drag = self._pending = None
        self.viewport().unsetCursor()
        self.link_handle.suspend(False)

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        scene = self.map_scene
        if self.editing.active and not self._forwarding:
            # Keys typed quickly after quick capture may reach the view before the editor has
            # focus: hand them on, so nothing the facilitator types is lost.
            self._forwarding = True
            try:
                QApplication.sendEvent(self.editing.editor, event)
            finally:
                self._forwarding = False
            return
        if self._forwarding:
            return  # the editor did not want it: drop it rather than act on the canvas
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
        if key == Qt.Key.Key_Escape:
            if self._drag is not None:
                self.cancel_drag()
            else:
                scene.clearSelection()
            return
        if key == Qt.Key.Key_Space and plain and not event.isAutoRepeat() and self._drag is None:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.edit_selection()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.delete_selection()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            self.navigate(key)
            return
        text = event.text()
        if plain and text and text.isprintable() and not text.isspace():
            self.quick_capture(text)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def edit_selection(self) -> bool:
        for item in self.map_scene.selectedItems():
            if getattr(item, "kind", None) in ("card", "phase", "touchpoint", "lane"):
                return self.editing.edit_item(item.kind, item.item_id)
        cell = self.map_scene.current_cell
        if cell is not None:
            return self.editing.edit_new_card(cell)
        return False

    def delete_selection(self) -> bool:
        scene = self.map_scene
        doc = scene.document
        cards = scene.selected_ids("card")
        if cards:
            return doc.edit(edits.remove_cards, cards)
        for kind, builder in (
            ("touchpoint", edits.remove_touchpoint),
            ("phase", edits.remove_phase),
            ("lane", edits.remove_lane),
        ):
            ids = scene.selected_ids(kind)
            if ids:
                return doc.edit(builder, ids[0])
        return False

    def navigate(self, key: int) -> None:
        scene = self.map_scene
        selected = scene.selected_ids("card")
        if len(selected) == 1:
            other = neighbour_card(scene, selected[0], key)
            if other is not None:
                scene.select_ids([other])
                self.ensureVisible(scene.cards[other], 30, 30)
                return
        cell = scene.current_cell
        target = first_cell(scene) if cell is None else neighbour_cell(scene, cell, key)
        if target is None:
            return
        scene.set_current_cell(target)
        scene.clearSelection()
        ids = scene.document.map.cells.get(target, [])
        if ids:
            scene.cards[ids[0]].setSelected(True)
        rect = scene.cell_rect(target)
        if rect is not None:
            self.ensureVisible(rect, 30, 30)

    def quick_capture(self, text: str) -> bool:
        """Typing with a cell selected starts a new card there holding what was typed."""
        scene = self.map_scene
        cell = scene.current_cell
        if cell is None:
            selected = scene.selected_ids("card")
            if selected:
                cell = scene.document.map.cards[selected[0]].cell
        if cell is None:
            return False
        return self.editing.edit_new_card(cell, text)
