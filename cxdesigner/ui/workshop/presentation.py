"""Presentation mode (F5): full screen, editing chrome hidden, the projector theme, phase by
phase with a smooth zoom, and a spotlight that dims everything but the current phase.

Keys while presenting (the canvas has the focus, no text is being typed):
← / PageUp previous phase · → / PageDown next phase · Home first · End last · F fit the whole
map (when no cell is chosen; with a cell chosen, letters start a card there — quick capture) ·
S the spotlight (also when no cell is chosen) · Esc first clears the chosen cell and selection,
then leaves. F5 toggles presentation; Ctrl+Shift+L toggles the spotlight at any time.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from .lane_names import LaneNames

KEYS_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
KEYS_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)


class PresentationMode(QObject):
    """Emits ``phase_changed(index)`` and ``active_changed(bool)``."""

    phase_changed = Signal(int)
    active_changed = Signal(bool)
    ZOOM_MS = 320  # the smooth zoom's duration; tests may shorten it
    MARGIN = 10.0

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        self.active = False
        self.phase_index = 0
        self._hidden: list[QWidget] = []
        self._state = Qt.WindowState.WindowNoState
        self._scrollbars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy] | None = None
        self._alignment: Qt.AlignmentFlag | None = None
        self._place: tuple[float, int, int] | None = None  # zoom and scroll positions to go back to
        self.animation = QVariantAnimation(self)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._show_rect)
        self.animation.finished.connect(self._settle)
        self._target = QRectF()
        self.present = QAction(self.tr("&Present"), window)
        self.present.setShortcut("F5")
        self.present.setToolTip(self.tr("Full screen, phase by phase: ←/→, Home/End, F fits, Esc leaves"))
        self.present.triggered.connect(self.toggle)
        self.spotlight = QAction(self.tr("&Spotlight Current Phase"), window)
        self.spotlight.setCheckable(True)
        self.spotlight.setChecked(True)
        self.spotlight.setShortcut("Ctrl+Shift+L")
        self.spotlight.toggled.connect(lambda _on: self._update_spotlight())
        for action in (self.present, self.spotlight):
            window.addAction(action)  # shortcuts work with the menu bar hidden
        self._view = None

    # -- following the window's document ------------------------------------------------------
    def attach(self, view) -> None:  # noqa: ANN001 - a MapView
        self._view = view
        self.lane_names = LaneNames(view)
        view.installEventFilter(self)
        view.map_scene.relaid_out.connect(self._update_spotlight)
        if self.active:
            view.map_scene.set_projector(True)
            self._hide_scrollbars()
            self.go_to(min(self.phase_index, max(0, len(self._phases()) - 1)), animate=False)

    @property
    def view(self):  # noqa: ANN201
        return self._view

    # -- entering and leaving ------------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active or self._view is None:
            return
        w = self.window
        view = self._view
        view.editing.finish()  # a card being typed is kept, as everywhere else
        self.active = True
        self._state = w.windowState()
        self._place = (view.zoom, view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        chrome = [w.menuBar(), w.statusBar(), *w.findChildren(QToolBar), *w.findChildren(QDockWidget)]
        self._hidden = [c for c in chrome if c.isVisible()]
        for c in self._hidden:
            c.hide()
        w.showFullScreen()
        self._view.map_scene.set_projector(True)
        self._hide_scrollbars()
        self.phase_index = self._start_phase()
        self._view.setFocus()
        self.active_changed.emit(True)
        self.go_to(self.phase_index)

    def leave(self) -> None:
        if not self.active:
            return
        self.animation.stop()
        w = self.window
        self.active = False
        view = self._view
        if hasattr(w, "follow_theme"):
            w.follow_theme()  # the projector theme keeps the projector canvas after presenting
        else:
            view.map_scene.set_projector(False)
        view.map_scene.spotlight.hide()
        self.lane_names.hide()
        if self._scrollbars is not None:
            view.setHorizontalScrollBarPolicy(self._scrollbars[0])
            view.setVerticalScrollBarPolicy(self._scrollbars[1])
            self._scrollbars = None
        if self._alignment is not None:
            view.setAlignment(self._alignment)
            self._alignment = None
        w.setWindowState(self._state)
        if not self._state & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            w.showNormal()
        for c in self._hidden:
            c.show()
        self._hidden = []
        if self._place is not None:
            zoom, h, v = self._place
            view.set_zoom(zoom)
            view.horizontalScrollBar().setValue(h)
            view.verticalScrollBar().setValue(v)
        else:
            view.fit_map()
        view.setFocus()
        self.active_changed.emit(False)

    def _hide_scrollbars(self) -> None:
        view = self._view
        if self._scrollbars is None:
            self._scrollbars = (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy())
        if self._alignment is None:
            self._alignment = view.alignment()
        view.setAlignment(Qt.AlignmentFlag.AlignCenter)  # the whole map fitted sits in the middle
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _start_phase(self) -> int:
        """The phase of the selected item, or the first."""
        scene = self._view.map_scene
        m = scene.document.map
        ids = [p.id for p in m.phases]
        for item in scene.selectedItems():
            item_id = getattr(item, "item_id", "")
            if item_id in ids:
                return ids.index(item_id)
            if m.has_touchpoint(item_id):
                return ids.index(m.phase_of(item_id).id)
            card = m.cards.get(item_id)
            if card is not None:
                anchor = card.anchor_id
                return ids.index(m.phase_of(anchor).id if m.has_touchpoint(anchor) else anchor)
        return 0

    # -- moving between phases -------------------------------------------------------------------
    def _phases(self):  # noqa: ANN202
        layout = self._view.map_scene.layout
        return layout.phases if layout is not None else ()

    def phase_rect(self, index: int) -> QRectF:
        """The current phase's column with all its lanes (header to the grid's bottom)."""
        layout = self._view.map_scene.layout
        r = layout.phases[index].rect
        bottom = layout.grid.bottom
        return QRectF(r.x, r.y, r.w, bottom - r.y)

    def target_rect(self, index: int) -> QRectF:
        """What a phase step shows: the phase, and room for the lane names on its left."""
        names = self._view.map_scene.layout.style.lane_header_width
        return self.phase_rect(index).adjusted(-self.MARGIN - names, -self.MARGIN, self.MARGIN, self.MARGIN)

    def go_to(self, index: int, animate: bool = True) -> bool:
        phases = self._phases()
        if not phases:
            return False
        index = max(0, min(len(phases) - 1, index))
        changed = index != self.phase_index
        self.phase_index = index
        self.lane_names.setVisible(index > 0)  # the first phase has the real lane headers beside it
        self._zoom_to(self.target_rect(index), animate)
        self._update_spotlight()
        if changed:
            self.phase_changed.emit(index)
        return True

    def step(self, delta: int) -> bool:
        return self.go_to(self.phase_index + delta)

    def fit(self) -> None:
        self._view.map_scene.flush()
        self.lane_names.hide()
        self._zoom_to(self._view.sceneRect(), True)

    def _zoom_to(self, target: QRectF, animate: bool) -> None:
        view = self._view
        self._target = QRectF(target)
        self.animation.stop()
        if not animate or self.ZOOM_MS <= 0:
            self._show_rect(target)
            self._settle()
            return
        start = view.mapToScene(view.viewport().rect()).boundingRect()
        self.animation.setDuration(self.ZOOM_MS)
        self.animation.setStartValue(start)
        self.animation.setEndValue(QRectF(target))
        self.animation.start()

    @property
    def animating(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _show_rect(self, rect: QRectF) -> None:
        if self._view is not None and not rect.isEmpty():
            self._view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            self.lane_names.refresh()

    def _settle(self) -> None:
        """At the end of a zoom: announce the zoom level and centre exactly on the target."""
        view = self._view
        if view is None:
            return
        view.fitInView(self._target, Qt.AspectRatioMode.KeepAspectRatio)
        view.zoom_changed.emit(view.zoom)
        view.centerOn(self._target.center())
        self.lane_names.refresh()

    def _refit(self) -> None:
        if self.active and self._view is not None and not self.animating and not self._target.isEmpty():
            self._settle()

    def _update_spotlight(self) -> None:
        view = self._view
        if view is None:
            return
        scene = view.map_scene
        on = self.active and self.spotlight.isChecked() and bool(self._phases())
        if not on:
            scene.spotlight.hide()
            return
        self.phase_index = min(self.phase_index, len(self._phases()) - 1)
        outer = scene.sceneRect()
        layout = scene.layout
        names = [QRectF(lane.header.x, lane.header.y, lane.header.w, lane.header.h) for lane in layout.lanes]
        scene.spotlight.set_rects(outer, self.phase_rect(self.phase_index), names)
        scene.spotlight.show()

    # -- keys -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._view
        if not self.active or watched is not view:
            return False
        if event.type() == QEvent.Type.Resize:
            # Full screen arrives after the first zoom: fit the phase again to the new size.
            QTimer.singleShot(0, self._refit)
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if view.editing.active:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier,):
            return False
        scene = view.map_scene
        if key in KEYS_NEXT:
            self.step(1)
        elif key in KEYS_PREVIOUS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self._phases()) - 1)
        elif key == Qt.Key.Key_F and scene.current_cell is None:
            self.fit()
        elif key == Qt.Key.Key_S and scene.current_cell is None:
            self.spotlight.toggle()
        elif key == Qt.Key.Key_Escape:
            if scene.current_cell is not None or scene.selectedItems():
                scene.set_current_cell(None)
                scene.clearSelection()
            else:
                self.leave()
        else:
            return False  # typing with a chosen cell: quick capture, as outside presentation
        return True
