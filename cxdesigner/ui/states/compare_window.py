"""Two states of the journey side by side, scrolling and zooming together, with their
difference summary below.

The panes are read-only views of the live maps: edits made in the main window show here at once.
Double-clicking a pane puts that state on the main window's screen for editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPen, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...analysis.state_diff import diff_states
from ...model.entities import JourneyMap
from ..canvas.scene import MapScene
from ..document import Document
from .difference_list import DifferenceList

if TYPE_CHECKING:
    from ..main_window import MainWindow

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class StatePane(QGraphicsView):
    """A read-only view of one state's map: scroll by dragging, Ctrl+wheel zooms."""

    zoom_requested = Signal(float)  # a factor
    edit_requested = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setInteractive(False)  # no selecting, dragging or typing into this map
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom, zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_requested.emit(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.edit_requested.emit()
        event.accept()


class _Side(QObject):
    """One pane: its state choice, its read-only document and scene."""

    def __init__(self, pane: StatePane, box: QComboBox) -> None:
        super().__init__(pane)
        self.pane, self.box = pane, box
        self.document: Document | None = None
        self.scene: MapScene | None = None
        self.marks: list[QGraphicsRectItem] = []

    def show_map(self, m: JourneyMap, title: str) -> None:
        self.drop()
        self.document = Document(m, parent=self)
        self.document.title_override = title
        self.scene = MapScene(self.document)
        self.pane.setScene(self.scene)

    def mark(self, gone_or_new: set[str], changed: set[str], added: bool = False) -> None:
        """Outline what differs: cards only on this side (green on the right, added; red on the
        left, removed), cards changed between the two (orange, dashed)."""
        scene = self.scene
        if scene is None:
            return
        scene.flush()
        for item in self.marks:
            scene.removeItem(item)
        self.marks = []
        style = [(gone_or_new, QColor("#1a9850") if added else QColor("#d73027"), Qt.PenStyle.SolidLine)]
        style.append((changed, QColor("#e08214"), Qt.PenStyle.DashLine))
        for ids, colour, line in style:
            for card_id in ids:
                card = scene.cards.get(card_id)
                if card is None:
                    continue
                rect = card.mapRectToScene(card.boundingRect()).adjusted(-3, -3, 3, 3)
                mark = QGraphicsRectItem(rect)
                mark.setPen(QPen(colour, 3, line))
                mark.setZValue(45)
                mark.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                mark.setData(0, "difference")
                scene.addItem(mark)
                self.marks.append(mark)

    def drop(self) -> None:
        self.marks = []
        if self.scene is not None and Shiboken.isValid(self.scene):
            self.scene.detach()
            self.pane.setScene(None)
            self.scene.deleteLater()
        if self.document is not None:
            self.document.deleteLater()
        self.scene = self.document = None


class CompareWindow(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Compare States — CX Designer"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1400, 900)
        self._syncing = False
        self._maps: list[JourneyMap] = []

        self.left_box, self.right_box = QComboBox(), QComboBox()
        self.left_box.setObjectName("leftState")
        self.right_box.setObjectName("rightState")
        self.left_box.setAccessibleName(self.tr("State on the left"))
        self.right_box.setAccessibleName(self.tr("State on the right"))
        swap = QPushButton(self.tr("S&wap"))
        swap.setObjectName("swapStates")
        swap.clicked.connect(self.swap)
        fit = QPushButton(self.tr("&Fit"))
        fit.clicked.connect(self.fit)
        zoom_in = QPushButton(self.tr("Zoom &In"))
        zoom_in.clicked.connect(lambda: self.zoom_by(1.25))
        zoom_out = QPushButton(self.tr("Zoom &Out"))
        zoom_out.clicked.connect(lambda: self.zoom_by(0.8))
        self.export_button = QPushButton(self.tr("&Export Comparison PDF…"))
        self.export_button.setObjectName("exportComparison")
        self.export_button.clicked.connect(self.export_pdf)
        left_label = QLabel(self.tr("&Left:"))
        left_label.setBuddy(self.left_box)
        right_label = QLabel(self.tr("&Right:"))
        right_label.setBuddy(self.right_box)
        top = QHBoxLayout()
        for w in (left_label, self.left_box, swap, right_label, self.right_box):
            top.addWidget(w)
        top.addStretch(1)
        for w in (zoom_out, zoom_in, fit, self.export_button):
            top.addWidget(w)

        self.left = _Side(StatePane("leftPane"), self.left_box)
        self.right = _Side(StatePane("rightPane"), self.right_box)
        self.left.pane.setAccessibleName(self.tr("Left state"))
        self.right.pane.setAccessibleName(self.tr("Right state"))
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.left.pane)
        panes.addWidget(self.right.pane)
        self.differences = DifferenceList()
        self.differences.item_chosen.connect(self.focus_item)
        self.summary = QLabel()
        self.summary.setObjectName("differenceSummary")
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(panes)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.differences)
        body.addWidget(bottom)
        body.setSizes([620, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        # Scroll and zoom together: each pane follows the other.
        for a, b in ((self.left.pane, self.right.pane), (self.right.pane, self.left.pane)):
            a.horizontalScrollBar().valueChanged.connect(lambda v, other=b: self._follow(other.horizontalScrollBar(), v))
            a.verticalScrollBar().valueChanged.connect(lambda v, other=b: self._follow(other.verticalScrollBar(), v))
            a.zoom_requested.connect(self.zoom_by)
        self.left.pane.edit_requested.connect(lambda: self.edit_side(self.left))
        self.right.pane.edit_requested.connect(lambda: self.edit_side(self.right))
        self.left_box.activated.connect(lambda _i: self._reload())
        self.right_box.activated.connect(lambda _i: self._reload())
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoom_by(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoom_by(0.8))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

        # The maps change while this window is open (edits in the main window): refresh the
        # difference summary once per burst of changes.
        self._diff_timer = QTimer(self)
        self._diff_timer.setSingleShot(True)
        self._diff_timer.setInterval(150)
        self._diff_timer.timeout.connect(self.refresh_differences)
        window.document.root.changed.connect(self._root_changed)

    # -- choosing states ------------------------------------------------------------------------
    @property
    def root(self) -> JourneyMap:
        return self.window_.document.root

    def _fill(self, box: QComboBox, chosen: str | None) -> None:
        with QSignalBlocker(box):
            box.clear()
            box.addItem(self.tr("Current state"), None)
            for state in self.root.ideal_states:
                box.addItem(state.name, state.id)
            index = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(index, 0))

    def show_states(self, left: str | None, right: str | None) -> None:
        self._fill(self.left_box, left)
        self._fill(self.right_box, right)
        self._reload()

    def _map_of(self, state_id: str | None) -> tuple[JourneyMap, str]:
        if state_id is None:
            return self.root, self.tr("%1 — Current state").replace("%1", self.root.title)
        state = self.root.ideal_state(state_id)
        return state.map, self.tr("%1 — %2").replace("%1", state.map.title).replace("%2", state.name)

    def _reload(self) -> None:
        for maps in self._maps:
            try:
                maps.changed.disconnect(self._map_changed)
            except (RuntimeError, ValueError):
                pass
        zoom = self.left.pane.zoom if self.left.scene is not None else None
        for side in (self.left, self.right):
            m, title = self._map_of(side.box.currentData())
            side.show_map(m, title)
        self._maps = [self.left.document.map, self.right.document.map]
        for m in {id(m): m for m in self._maps}.values():
            m.changed.connect(self._map_changed)
        if zoom is None:
            QTimer.singleShot(0, self.fit_height)
        else:
            self._set_zoom(zoom)
        self.refresh_differences()

    def swap(self) -> None:
        left, right = self.left_box.currentData(), self.right_box.currentData()
        self.show_states(right, left)

    def _root_changed(self, change) -> None:  # noqa: ANN001
        if change.entity == "state":
            # A state was added, renamed or removed: rebuild the choices, keeping the current ones
            # where they still exist.
            ids = {s.id for s in self.root.ideal_states}
            left, right = self.left_box.currentData(), self.right_box.currentData()
            QTimer.singleShot(0, lambda: self.isVisible() and self.show_states(
                left if left is None or left in ids else None, right if right is None or right in ids else None
            ))

    def _map_changed(self, _change) -> None:  # noqa: ANN001
        if not self._diff_timer.isActive():
            self._diff_timer.start()

    def refresh_differences(self) -> None:
        if self.left.document is None or self.right.document is None:
            return
        before, after = self.left.document.map, self.right.document.map
        diff = diff_states(before, after)
        self.differences.show_diff(diff, before, after)
        changed = [c.after.id for c in diff.changed]
        self.left.mark({c.id for c in diff.removed}, set(changed))
        self.right.mark({c.id for c in diff.added}, set(changed), added=True)
        self.summary.setText(
            self.tr("From “%1” to “%2” — cards added: %3, removed: %4, changed: %5; emotion changes: %6")
            .replace("%1", self.left_box.currentText())
            .replace("%2", self.right_box.currentText())
            .replace("%3", str(len(diff.added)))
            .replace("%4", str(len(diff.removed)))
            .replace("%5", str(len(diff.changed)))
            .replace("%6", str(len(diff.emotions)))
        )

    # -- scrolling and zooming together ---------------------------------------------------------
    def _follow(self, bar, value: int) -> None:  # noqa: ANN001
        if self._syncing:
            return
        self._syncing = True
        try:
            bar.setValue(value)
        finally:
            self._syncing = False

    def _set_zoom(self, zoom: float) -> None:
        self._syncing = True
        try:
            for side in (self.left, self.right):
                side.pane.set_zoom(zoom)
        finally:
            self._syncing = False
        # Line the right pane up with the left one after the transforms changed.
        self._follow(self.right.pane.horizontalScrollBar(), self.left.pane.horizontalScrollBar().value())
        self._follow(self.right.pane.verticalScrollBar(), self.left.pane.verticalScrollBar().value())

    def zoom_by(self, factor: float) -> None:
        self._set_zoom(self.left.pane.zoom * factor)

    def fit(self) -> None:
        """Both maps wholly visible at one zoom: the wider (or taller) state decides."""
        rects = [s.scene.sceneRect() for s in (self.left, self.right) if s.scene is not None]
        viewport = self.left.pane.viewport()
        if not rects or viewport.width() <= 0:
            return
        w = max(r.width() for r in rects)
        h = max(r.height() for r in rects)
        if w <= 0 or h <= 0:
            return
        self._set_zoom(min((viewport.width() - 4) / w, (viewport.height() - 4) / h))
        self.left.pane.horizontalScrollBar().setValue(0)
        self.left.pane.verticalScrollBar().setValue(0)

    def fit_height(self) -> None:
        """The first view: every lane readable top to bottom; the journey scrolls sideways,
        both states together."""
        rects = [s.scene.sceneRect() for s in (self.left, self.right) if s.scene is not None]
        viewport = self.left.pane.viewport()
        if not rects or viewport.height() <= 0:
            return
        h = max(r.height() for r in rects)
        if h > 0:
            self._set_zoom(min(1.0, max(0.45, (viewport.height() - 4) / h)))
        self.left.pane.horizontalScrollBar().setValue(0)
        self.left.pane.verticalScrollBar().setValue(0)

    # -- rows and panes -----------------------------------------------------------------------------
    def focus_item(self, item_id: str) -> None:
        """Select the item in both panes (where it exists) and bring it into view."""
        for side in (self.left, self.right):
            scene = side.scene
            if scene is None:
                continue
            scene.flush()
            scene.select_ids([item_id])
        for side in (self.left, self.right):  # the side that has it leads; the other follows
            scene = side.scene
            item = scene.cards.get(item_id) if scene is not None else None
            if item is None and scene is not None:
                item = next((h for (_k, i), h in scene.headers.items() if i == item_id), None)
            if item is not None:
                side.pane.centerOn(item.mapRectToScene(item.boundingRect()).center())
                break

    def edit_side(self, side: _Side) -> None:
        self.window_.states.switch(side.box.currentData())
        self.window_.raise_()
        self.window_.activateWindow()

    def export_pdf(self) -> bool:
        from .export import export_comparison

        right = self.right_box.currentData()
        left = self.left_box.currentData()
        return export_comparison(self.window_, left, right, self)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        try:
            self.window_.document.root.changed.disconnect(self._root_changed)
        except (RuntimeError, ValueError):
            pass
        for m in self._maps:
            try:
                m.changed.disconnect(self._map_changed)
            except (RuntimeError, ValueError):
                pass
        self.left.drop()
        self.right.drop()
        super().closeEvent(event)
