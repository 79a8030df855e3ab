"""The state switcher in the toolbar and the Workshop ▸ States menu.

Switching states swaps the map on screen (``Document.switch_state``); the file keeps every state.
Creating, renaming and deleting ideal states are undo steps like any other edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QLineEdit, QMenu
from shiboken6 import Shiboken

from ...commands import edits
from ...model.signals import Change
from ...model.values import MAX_TEXT_LENGTH
from ..text_limit import cut_message

if TYPE_CHECKING:
    from ..document import Document
    from ..main_window import MainWindow


class StatesController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._root = None
        self.compare_window = None
        acts = window.actions_

        self.box = QComboBox(window)
        self.box.setObjectName("stateBox")
        self.box.setAccessibleName(self.tr("State of the journey"))
        self.box.setToolTip(self.tr("The state on screen: the current state or an ideal state (Ctrl+PgDown: next)"))
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box.activated.connect(self._chosen)
        label = QLabel(self.tr("State:"), window)
        label.setBuddy(self.box)
        acts.toolbar.addSeparator()
        self._label_action = acts.toolbar.addWidget(label)
        self._box_action = acts.toolbar.addWidget(self.box)

        self.create = self._action(self.tr("&New Ideal State from Current…"), self.ask_create, "Ctrl+Shift+N")
        self.rename = self._action(self.tr("&Rename State…"), self.ask_rename)
        self.delete = self._action(self.tr("&Delete Ideal State"), self.delete_shown)
        self.show_current = self._action(self.tr("Show &Current State"), lambda: self.switch(None))
        self.next_state = self._action(self.tr("Ne&xt State"), lambda: self.step(1), "Ctrl+PgDown")
        self.previous_state = self._action(self.tr("&Previous State"), lambda: self.step(-1), "Ctrl+PgUp")
        self.compare = self._action(self.tr("Compare States &Side by Side…"), self.show_compare, "Ctrl+Shift+D")
        self.menu = QMenu(self.tr("C&urrent and Ideal States"), window)
        self.menu.setObjectName("statesMenu")
        self.menu.addActions([self.create, self.rename, self.delete])
        self.menu.addSeparator()
        self.menu.addActions([self.show_current, self.next_state, self.previous_state])
        self.menu.addSeparator()
        self.menu.addAction(self.compare)
        acts.workshop_menu.addSeparator()
        acts.workshop_menu.addMenu(self.menu)

        # Which state is on screen must be plain also in presentation mode, where the toolbar and
        # the title are out of sight: there a badge in the canvas's top-right corner names it.
        self.badge = QLabel(window)
        self.badge.setObjectName("stateBadge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.badge.setStyleSheet(
            "QLabel { background: rgba(255,255,255,235); color: #1d232b; border: 2px solid #1a9850;"
            " border-radius: 6px; padding: 4px 10px; font-weight: bold; }"
        )
        self.badge.hide()
        window.installEventFilter(self)
        workshop = getattr(window, "workshop", None)
        if workshop is not None:
            workshop.presentation.active_changed.connect(lambda _on: QTimer.singleShot(0, self.place_badge))

        window.document_changed.connect(self._document_changed)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        return action

    @property
    def document(self) -> Document:
        return self.window.document

    # -- following the document --------------------------------------------------------------
    def _document_changed(self, document: Document) -> None:
        if self._root is not document.root:
            if self._root is not None:
                try:
                    self._root.changed.disconnect(self._root_changed)
                except (RuntimeError, ValueError):
                    pass
            self._root = document.root
            document.root.changed.connect(self._root_changed)
            if self.compare_window is not None:
                self.compare_window.close()
                self.compare_window = None
        self.refresh()

    def _root_changed(self, change: Change) -> None:
        if change.entity == "state":
            self.refresh()

    def refresh(self) -> None:
        doc = self.document
        if doc is None:
            return
        states = doc.root.ideal_states
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(self.tr("Current state"), None)
        for state in states:
            self.box.addItem(state.name, state.id)
        self.box.setCurrentIndex(self.box.findData(doc.state_id) if doc.state_id is not None else 0)
        self.box.blockSignals(False)
        ideal = doc.state_id is not None
        self.rename.setEnabled(ideal)
        self.delete.setEnabled(ideal)
        self.show_current.setEnabled(ideal)
        for action in (self.next_state, self.previous_state, self.compare):
            action.setEnabled(bool(states))
        self.window._update_title()  # noqa: SLF001 - the title names the state on screen
        self.place_badge()

    def place_badge(self) -> None:
        if not Shiboken.isValid(self.badge) or not Shiboken.isValid(self.window):
            return  # a deferred call after the window closed
        doc = self.document
        view = self.window.view
        workshop = getattr(self.window, "workshop", None)
        presenting = workshop is not None and workshop.presentation.active
        if doc is None or doc.state_id is None or view is None or not presenting:
            self.badge.hide()
            return
        self.badge.setText(doc.state_name())
        self.badge.adjustSize()
        corner = view.mapTo(self.window, view.rect().topRight())
        scrollbar = view.verticalScrollBar()
        right = corner.x() - (scrollbar.width() if scrollbar.isVisible() else 0) - 12
        self.badge.move(right - self.badge.width(), corner.y() + 12)
        self.badge.show()
        self.badge.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            QTimer.singleShot(0, self.place_badge)
        return False

    # -- actions ---------------------------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        self.switch(self.box.itemData(index))

    def switch(self, state_id: str | None) -> bool:
        doc = self.document
        try:
            doc.switch_state(state_id)
        except KeyError:
            return False
        self.refresh()
        self.window.statusBar().showMessage(self.tr("Showing %1").replace("%1", doc.state_name()), 4000)
        return True

    def step(self, delta: int) -> bool:
        """The next (or previous) state in the box's order, wrapping around."""
        ids = [None, *(s.id for s in self.document.root.ideal_states)]
        if len(ids) < 2:
            return False
        here = ids.index(self.document.state_id)
        return self.switch(ids[(here + delta) % len(ids)])

    def default_name(self) -> str:
        taken = {s.name for s in self.document.root.ideal_states}
        base = self.tr("Ideal state")
        if base not in taken:
            return base
        n = 2
        while f"{base} {n}" in taken:
            n += 1
        return f"{base} {n}"

    def _ask_name(self, title: str, label: str, name: str) -> str | None:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("stateNameDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(name)
        try:
            accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
            return dialog.textValue() if accepted else None
        finally:
            dialog.deleteLater()

    def ask_create(self) -> bool:
        name = self._ask_name(
            self.tr("New Ideal State"),
            self.tr("A copy of the current state, to change into the journey you aim for.\nName:"),
            self.default_name(),
        )
        return name is not None and self.create_state(name)

    def create_state(self, name: str) -> bool:
        """Copy the current state into a new ideal state and show it (one undo step)."""
        name = self._capped(name.strip()) or self.default_name()
        doc = self.document
        command = edits.create_ideal_state(doc.root, name)
        if not doc.push_state_edit(command):
            return False
        return self.switch(command.focus[0])

    def _capped(self, name: str) -> str:
        if len(name) > MAX_TEXT_LENGTH:
            self.window.statusBar().showMessage(cut_message(), 8000)
            return name[:MAX_TEXT_LENGTH]
        return name

    def ask_rename(self) -> bool:
        doc = self.document
        if doc.state_id is None:
            return False
        name = self._ask_name(self.tr("Rename State"), self.tr("Name:"), doc.state_name())
        return name is not None and self.rename_state(doc.state_id, name)

    def rename_state(self, state_id: str, name: str) -> bool:
        name = self._capped(name.strip())
        if not name:
            return False
        doc = self.document
        if doc.root.ideal_state(state_id).name == name:
            return False
        if not doc.push_state_edit(edits.set_fields(doc.root, "state", state_id, "Rename ideal state", name=name)):
            return False
        self.refresh()
        return True

    def delete_shown(self) -> bool:
        """Delete the ideal state on screen (undo brings it back, with every edit made in it)."""
        doc = self.document
        state_id = doc.state_id
        if state_id is None:
            return False
        name = doc.state_name()
        if not doc.push_state_edit(edits.remove_ideal_state(doc.root, state_id)):
            return False
        self.refresh()
        self.window.statusBar().showMessage(
            self.tr("Deleted “%1”; Undo brings it back").replace("%1", name), 8000
        )
        return True

    def show_compare(self) -> bool:
        from .compare_window import CompareWindow

        doc = self.document
        if not doc.root.ideal_states:
            self.window.statusBar().showMessage(self.tr("Create an ideal state first to compare it."), 6000)
            return False
        if self.compare_window is None:
            self.compare_window = CompareWindow(self.window)
            self.compare_window.destroyed.connect(lambda: setattr(self, "compare_window", None))
        right = doc.state_id or doc.root.ideal_states[0].id
        self.compare_window.show_states(None, right)
        self.compare_window.show()
        self.compare_window.raise_()
        self.compare_window.activateWindow()
        return True
