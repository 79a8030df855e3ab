"""The window's actions, menus and toolbar. Standard shortcuts wherever Qt has one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu

from ..model.vocabulary import LANE_KIND_COLORS, LaneKind
from .panels.icons import swatch_icon
from .vocabulary_names import lane_kind_name

if TYPE_CHECKING:
    from .canvas.view import MapView
    from .document import Document
    from .main_window import MainWindow

SK = QKeySequence.StandardKey


class WindowActions(QObject):
    """Creates every QAction of ``window`` once; :meth:`bind` points them at a new document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        self.undo_group = QUndoGroup(self)
        a = self._action
        # File
        self.new = a(self.tr("&New…"), w.new_map, SK.New)
        self.open = a(self.tr("&Open…"), w.open_map, SK.Open)
        self.save = a(self.tr("&Save"), w.save, SK.Save)
        self.save_as = a(self.tr("Save &As…"), w.save_as, SK.SaveAs)
        self.revert = a(self.tr("Re&vert"), w.revert)
        self.quit = a(self.tr("&Quit"), w.close, SK.Quit)
        self.recent_menu = QMenu(self.tr("Open &Recent"), w)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        # Edit
        self.undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcuts(SK.Undo)
        self.redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcuts(SK.Redo)
        # Text being typed on the canvas is committed first (a new card's text joins its "Add
        # card" step), so Undo takes back whole steps and Redo brings them back with their text.
        for action, step in ((self.undo, self.undo_group.undo), (self.redo, self.undo_group.redo)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _=False, step=step: (w.commit_typing(), step()))
        self.cut = a(self.tr("Cu&t"), w.cut, SK.Cut)
        self.copy = a(self.tr("&Copy"), w.copy, SK.Copy)
        self.paste = a(self.tr("&Paste"), w.paste, SK.Paste)
        self.duplicate = a(self.tr("Dup&licate"), w.duplicate, "Ctrl+D")
        self.delete = a(self.tr("&Delete"), w.delete_selection, SK.Delete)
        self.select_all = a(self.tr("Select &All"), w.select_all, SK.SelectAll)
        self.edit_text = a(self.tr("&Edit Text"), w.edit_text, "F2")
        self.moment_of_truth = a(self.tr("&Moment of Truth"), w.toggle_moment_of_truth, "Ctrl+T")
        self.colour_menu = QMenu(self.tr("Card C&olour"), w)
        default = self.colour_menu.addAction(self.tr("Lane Default"))
        default.triggered.connect(lambda: w.set_card_colour(None))
        for kind in LaneKind:
            if kind.holds_cards:
                colour = LANE_KIND_COLORS[kind]
                act = self.colour_menu.addAction(swatch_icon(colour), lane_kind_name(kind))
                act.triggered.connect(lambda _=False, c=colour: w.set_card_colour(c))
        # View
        self.zoom_in = a(self.tr("Zoom &In"), lambda: w.view.zoom_in(), SK.ZoomIn)
        self.zoom_in.setShortcuts([QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = a(self.tr("Zoom &Out"), lambda: w.view.zoom_out(), SK.ZoomOut)
        self.fit_map = a(self.tr("&Fit Map"), lambda: w.view.fit_map(), "Ctrl+9")
        self.fit_width = a(self.tr("Fit &Width"), lambda: w.view.fit_width(), "Ctrl+8")
        self.zoom_100 = a(self.tr("&Actual Size (100 %)"), lambda: w.view.zoom_100(), "Ctrl+0")
        # Insert
        self.add_phase = a(self.tr("&Phase"), lambda: w.insert_from_palette("phase"))
        self.add_touchpoint = a(self.tr("&Touchpoint"), lambda: w.insert_from_palette("touchpoint:other"))
        self.add_card = a(self.tr("&Card in Current Cell"), w.edit_text_new_card, "Ctrl+Return")
        self.lane_menu = QMenu(self.tr("&Lane"), w)
        for kind in LaneKind:
            act = self.lane_menu.addAction(lane_kind_name(kind))
            act.triggered.connect(lambda _=False, k=kind: w.add_lane(k))
        # Panes: F6 / Shift+F6 cycle map → palette → inspector → history, as in most desktop apps.
        self.next_pane = a(self.tr("Next &Pane"), lambda: self.cycle_focus(1), "F6")
        self.previous_pane = a(self.tr("Pre&vious Pane"), lambda: self.cycle_focus(-1), "Shift+F6")
        self.focus_map = a(self.tr("Go to &Map"), lambda: self.focus_pane(0), "Ctrl+Alt+1")
        self.focus_palette = a(self.tr("Go to P&alette"), lambda: self.focus_pane(1), "Ctrl+Alt+2")
        self.focus_inspector = a(self.tr("Go to &Inspector"), lambda: self.focus_pane(2), "Ctrl+Alt+3")
        # Preferences: Edit ▸ Preferences on Windows and Linux; Qt moves it to the app menu on macOS.
        self.preferences = a(self.tr("Pre&ferences…"), self.show_preferences, SK.Preferences)
        if not self.preferences.shortcuts():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.getting_started = a(self.tr("&Getting Started"), self.show_getting_started, SK.HelpContents)
        self.about = a(self.tr("&About CX Designer"), self.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._menus()

    def _action(self, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, SK) else [QKeySequence(shortcut)])
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        return action

    def _menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file = self.file_menu = bar.addMenu(self.tr("&File"))
        file.addActions([self.new, self.open])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addActions([self.save, self.save_as, self.revert])
        file.addSeparator()
        file.addAction(self.quit)
        edit = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addActions([self.select_all, self.edit_text, self.moment_of_truth])
        edit.addMenu(self.colour_menu)
        edit.addSeparator()
        edit.addAction(self.preferences)
        view = self.view_menu = bar.addMenu(self.tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_100, self.fit_map, self.fit_width])
        view.addSeparator()
        toggles = (self.tr("Pa&lette"), self.tr("I&nspector"), self.tr("&History"))
        for dock, text in zip((w.palette_dock, w.inspector_dock, w.history_dock), toggles, strict=True):
            dock.toggleViewAction().setText(text)  # the dock's title stays without the "&"
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        go = self.go_menu = view.addMenu(self.tr("&Go To"))
        go.addActions([self.next_pane, self.previous_pane, self.focus_map, self.focus_palette, self.focus_inspector])
        insert = self.insert_menu = bar.addMenu(self.tr("&Insert"))
        insert.addActions([self.add_phase, self.add_touchpoint, self.add_card])
        insert.addMenu(self.lane_menu)
        # Features in their own modules add their actions here (see ui/extensions.py).
        self.workshop_menu = bar.addMenu(self.tr("&Workshop"))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        help_menu = self.help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.getting_started)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        tools = self.toolbar = w.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolBar")
        tools.addActions([self.new, self.open, self.save])
        tools.addSeparator()
        tools.addActions([self.undo, self.redo])
        tools.addSeparator()
        tools.addActions([self.zoom_out, self.zoom_in, self.fit_map])

    def bind(self, document: Document, view: MapView) -> None:
        if document.undo_stack not in self.undo_group.stacks():
            self.undo_group.addStack(document.undo_stack)
        for stack in self.undo_group.stacks():
            if stack is not document.undo_stack:
                self.undo_group.removeStack(stack)
        self.undo_group.setActiveStack(document.undo_stack)
        view.context_menu_requested.connect(self.window.show_context_menu)

    def update_enabled(self) -> None:
        scene = self.window.scene
        cards = bool(scene.selected_ids("card")) if scene else False
        for action in (self.cut, self.copy, self.duplicate):
            action.setEnabled(cards)
        self.revert.setEnabled(self.window.document is not None and self.window.document.path is not None)

    # -- help, preferences, panes ------------------------------------------------------------
    def show_preferences(self) -> bool:
        from .preferences import show_preferences

        accepted = show_preferences(self.window, self.window.settings)
        if accepted:
            self.window.follow_theme()
        return accepted

    def show_getting_started(self) -> bool:
        from .help import show_getting_started

        return show_getting_started(self.window)

    def show_about(self) -> None:
        from .help import show_about

        show_about(self.window)

    def panes(self) -> list:  # noqa: ANN201 - widgets in F6 order, visible ones only
        w = self.window
        order = [w.view, w.palette, w.inspector, w.history]
        return [p for p in order if p is not None and p.isVisible()]

    def focus_pane(self, index: int) -> None:
        w = self.window
        pane = [w.view, w.palette, w.inspector][index]
        if index > 0:
            dock = [w.palette_dock, w.inspector_dock][index - 1]
            dock.show()
            dock.raise_()
        _focus_into(pane)

    def cycle_focus(self, step: int) -> None:
        from PySide6.QtWidgets import QApplication

        panes = self.panes()
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panes) if focus is not None and (focus is p or p.isAncestorOf(focus))), -1)
        _focus_into(panes[(current + step) % len(panes)])

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.window.recent_files()
        if not files:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in files:
            act = menu.addAction(path.replace("&", "&&"))
            act.triggered.connect(lambda _=False, p=path: self.window.open_path(p))


def _focus_into(pane) -> None:  # noqa: ANN001
    """Focus ``pane``, or its first visible field that takes the focus (the inspector's)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus:
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    for child in pane.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            child.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
    pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
