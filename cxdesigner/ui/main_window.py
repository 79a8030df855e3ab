"""The main window: canvas in the middle, palette/inspector/history docks, menus, status bar.

The window shows one :class:`Document` at a time; New/Open/Revert replace it (and its scene
and view). The title follows the file name and the undo stack's clean state.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QUndoView, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from ..model.entities import JourneyMap
from .canvas.scene import MapScene
from .canvas.view import MapView
from .document import Document
from .edit_ops import EditOpsMixin
from .file_ops import FileOpsMixin
from .panels.inspector import Inspector
from .panels.palette import Palette
from .window_actions import WindowActions


class MainWindow(FileOpsMixin, EditOpsMixin, QMainWindow):
    """One window editing one journey map.

    Emits :attr:`document_changed` after :meth:`set_document` showed a new document, so
    features installed from ``ui/extensions.py`` can follow the current document and scene.
    """

    document_changed = Signal(object)

    def __init__(self, document: Document | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.resize(1400, 860)
        self.setAcceptDrops(True)
        self.document: Document | None = None
        self.scene: MapScene | None = None
        self.view: MapView | None = None

        self._canvas_holder = QWidget()
        self._canvas_holder.setObjectName("canvasHolder")
        QVBoxLayout(self._canvas_holder).setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(self._canvas_holder)

        self.palette = Palette()
        self.palette.activated_payload.connect(self.insert_from_palette)
        self.palette_dock = self._dock(self.tr("Palette"), "paletteDock", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector = Inspector()
        self.inspector_dock = self._dock(
            self.tr("Inspector"), "inspectorDock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history = QUndoView()
        self.history.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = self._dock(self.tr("History"), "historyDock", self.history, Qt.DockWidgetArea.RightDockWidgetArea)

        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setAccessibleName(self.tr("Selection"))
        self.palette.setAccessibleName(self.tr("Palette"))
        self.palette.setAccessibleDescription(
            self.tr("Phases, touchpoints and cards to insert: press Enter to insert the entry, or drag it onto the map")
        )
        self.inspector.setAccessibleName(self.tr("Inspector"))
        self.inspector.setAccessibleDescription(self.tr("Fields of the selected card, touchpoint, phase or lane"))
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("History"))
        self.history.setAccessibleDescription(self.tr("Every change to the map; choose an entry to undo back to it"))
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self.splitDockWidget(self.inspector_dock, self.history_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.palette_dock, self.inspector_dock], [200, 280], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector_dock, self.history_dock], [520, 220], Qt.Orientation.Vertical)
        self.actions_ = WindowActions(self)
        geometry, state = self.settings.value("window/geometry"), self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._dock_sizes_pending = state is None  # first run: size the docks once the window shows
        from .extensions import install_extensions

        install_extensions(self)
        self.set_document(document or Document(JourneyMap(self.tr("Untitled map"))))

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- the document ------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Show ``document``, replacing the previous one (which the caller has saved or dropped)."""
        old_doc = self.document
        document.setParent(self)
        self.document = document
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.edit_refused.connect(self._edit_refused)
        document.state_switched.connect(self._state_switched)
        document.focus_requested.connect(lambda ids: self.scene.select_ids(ids))
        self._show_map()
        if old_doc is not None and old_doc is not document:
            old_doc.deleteLater()

    def _state_switched(self) -> None:
        """Another state of the same journey went on screen: keep the zoom and the place."""
        view = self.view
        zoom = view.zoom if view is not None else None
        place = (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) if view is not None else None
        self._show_map()
        if zoom is not None and place is not None:
            self.view._shown_once = True  # noqa: SLF001 - not a first show: keep the place
            self.view.set_zoom(zoom)
            self.view.horizontalScrollBar().setValue(place[0])
            self.view.verticalScrollBar().setValue(place[1])

    def _show_map(self) -> None:
        """A fresh scene and view for the document's map on screen (``document.map``)."""
        document = self.document
        old_scene = self.scene
        if old_scene is not None:
            old_scene.detach()
        self.scene = MapScene(document)
        self.view = MapView(self.scene)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.file_dropped.connect(self.open_path)
        self.view.setAccessibleName(self.tr("Journey map"))
        self.view.setAccessibleDescription(
            self.tr("The map: arrow keys move between cards, F2 edits, Ctrl+Return adds a card, F6 moves to the next pane")
        )
        # The view changes inside a holder that stays: replacing the central widget itself
        # would let the docks grab its room for a moment and keep it.
        holder = self._canvas_holder.layout()
        while holder.count():
            old = holder.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        holder.addWidget(self.view)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.relaid_out.connect(self._selection_changed)
        if hasattr(self.scene, "current_cell_changed"):
            self.scene.current_cell_changed.connect(self._announce)
        self.history.setStack(document.undo_stack)
        self.inspector.set_scene(self.scene)
        self.actions_.bind(document, self.view)
        self._update_title()
        self._show_zoom(self.view.zoom)
        self._selection_changed()
        self.follow_theme()
        self.view.setFocus()
        self.document_changed.emit(document)
        if old_scene is not None:
            old_scene.deleteLater()

    def follow_theme(self) -> None:
        """The projector theme (Preferences) also draws the map with larger type and bolder lines.

        The map keeps its white paper in a dark theme too: its title and lane names are drawn
        straight on the view's background, in dark ink (checked on screenshots).
        """
        if self.scene is not None and hasattr(self.scene, "set_projector"):
            self.scene.set_projector(self.settings.value("ui/theme") == "projector")

    def _update_title(self) -> None:
        doc = self.document
        # "[*]" is Qt's placeholder for the modified marker; the file name is plain text.
        name = doc.display_name().replace("[*]", "[*][*]")  # Qt shows "[*][*]" as a literal "[*]"
        if doc.state_id is not None:  # an ideal state on screen: say so wherever the user looks
            name = self.tr("%1 (%2)").replace("%1", name).replace("%2", doc.state_name().replace("[*]", "[*][*]"))
        self.setWindowTitle(self.tr("%1[*] — CX Designer").replace("%1", name))
        self.setWindowModified(doc.modified)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", QLocale().toString(round(zoom * 100))))

    def _selection_changed(self) -> None:
        if self.scene is None or not Shiboken.isValid(self.scene):
            return
        n = len(self.scene.selectedItems())
        self.selection_label.setText(self.tr("%n selected", "", n) if n else "")
        self.actions_.update_enabled()
        self._announce()

    # -- what a screen reader hears ------------------------------------------------------------
    def _anchor_name(self, anchor_id: str) -> str:
        m = self.document.map
        try:
            return m.touchpoint(anchor_id).name
        except KeyError:
            try:
                return m.phase(anchor_id).name
            except KeyError:
                return ""

    def describe_selection(self) -> str:
        """What is selected (or the keyboard's current cell), in words: the map's items are drawn,
        not widgets, so the view's accessible name carries them to screen readers."""
        scene, m = self.scene, self.document.map
        cards = scene.selected_ids("card")
        if cards and cards[0] in m.cards:
            card = m.cards[cards[0]]
            text = (
                self.tr("Card “%1” in %2, %3")
                .replace("%1", card.text.strip() or self.tr("(empty)"))
                .replace("%2", m.lane(card.lane_id).name)
                .replace("%3", self._anchor_name(card.anchor_id))
            )
            if len(cards) > 1:
                text += self.tr(", and %1 more").replace("%1", QLocale().toString(len(cards) - 1))
            return text
        for kind, words in (
            ("touchpoint", self.tr("Touchpoint “%1”")),
            ("phase", self.tr("Phase “%1”")),
            ("lane", self.tr("Lane “%1”")),
        ):
            ids = scene.selected_ids(kind)
            if ids:
                try:
                    item = {"touchpoint": m.touchpoint, "phase": m.phase, "lane": m.lane}[kind](ids[0])
                except KeyError:
                    continue
                text = words.replace("%1", item.name)
                if kind == "touchpoint" and item.moment_of_truth:
                    text += self.tr(", moment of truth")
                return text
        cell = getattr(scene, "current_cell", None)
        if cell is not None:
            try:
                lane = m.lane(cell[0]).name
            except KeyError:
                return ""
            count = len(m.cells.get(cell, []))
            return (
                self.tr("Cell %1, %2: %3 cards")
                .replace("%1", lane)
                .replace("%2", self._anchor_name(cell[1]))
                .replace("%3", QLocale().toString(count))
            )
        return ""

    def _announce(self) -> None:
        if self.scene is None or self.view is None or not Shiboken.isValid(self.scene):
            return
        what = self.describe_selection()
        name = self.tr("Journey map") + (f": {what}" if what else "")
        if name != self.view.accessibleName():
            self.view.setAccessibleName(name)  # Qt tells assistive technology the name changed

    def _edit_refused(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Not possible: %1").replace("%1", reason), 6000)

    # -- window events -----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_dock_sizes_pending", False):
            # Before the first show Qt sizes docks by their widgets' hints (the inspector's form
            # asks for ~500 px); give the map the room instead.
            self._dock_sizes_pending = False
            self.resizeDocks([self.palette_dock, self.inspector_dock], [200, 300], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.sync()
            self.scene.detach()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().endswith(".cxmap") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".cxmap"):
                event.acceptProposedAction()
                self.open_path(url.toLocalFile())
                return
