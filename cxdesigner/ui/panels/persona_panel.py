"""The Persona dock: name, quote, description, goals, needs, frustrations and the photo.

Each finished edit is one undo step pushed through the window's current document, on the map
shown at that moment (``document.map``): a line commits on Enter or when it loses focus, a
list (one item per line) on Ctrl+Return or when it loses focus. The fields follow the map's
``changed`` signal, so undo and redo show at once. :func:`install` adds the dock to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...commands import edits
from ...model.signals import Change
from ..dialogs.messages import show_error
from ..text_limit import cap_all_text_boxes
from .inspector import TextBox
from .persona_photo import PhotoError, is_picture_file, photo_from_file

if TYPE_CHECKING:
    from ..document import Document
    from ..main_window import MainWindow

# Undo names, translated through the "Commands" context like every command's name.
UNDO_NAMES = {
    "name": QT_TRANSLATE_NOOP("Commands", "Edit persona name"),
    "quote": QT_TRANSLATE_NOOP("Commands", "Edit persona quote"),
    "description": QT_TRANSLATE_NOOP("Commands", "Edit persona description"),
    "goals": QT_TRANSLATE_NOOP("Commands", "Edit persona goals"),
    "needs": QT_TRANSLATE_NOOP("Commands", "Edit persona needs"),
    "frustrations": QT_TRANSLATE_NOOP("Commands", "Edit persona frustrations"),
    "photo": QT_TRANSLATE_NOOP("Commands", "Set persona photo"),
    "no photo": QT_TRANSLATE_NOOP("Commands", "Remove persona photo"),
}
LIST_FIELDS = ("goals", "needs", "frustrations")
THUMBNAIL = 96


def _is_ctrl_return(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class ListBox(TextBox):
    """A plain-text box of one item per line; Ctrl+Return commits without leaving it."""

    def event(self, event: QEvent) -> bool:
        # Ctrl+Return is also the window's "add a card" shortcut: here it belongs to the box.
        if event.type() == QEvent.Type.ShortcutOverride and _is_ctrl_return(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_ctrl_return(event):
            self.editing_finished.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def items_of(text: str) -> list[str]:
    """The list a box holds: its lines, trimmed, without blank ones."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class PhotoWell(QLabel):
    """The photo's thumbnail; a picture file dropped on it (or anywhere on the panel) is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("QLabel { border: 1px solid palette(mid); }")

    def show_photo(self, data: bytes) -> None:
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.setPixmap(QPixmap())
            self.setText(self.tr("No photo"))
            return
        side = min(image.width(), image.height())
        square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
        scaled = square.scaled(
            THUMBNAIL - 2, THUMBNAIL - 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(QPixmap.fromImage(scaled))


class PersonaPanel(QScrollArea):
    """Edits the persona of ``document_source()``'s map (the window's document at that moment)."""

    def __init__(self, document_source: Callable[[], Document | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaPanel")
        self.setWidgetResizable(True)
        self.setAcceptDrops(True)
        self._document_source = document_source
        self._bound_map = None
        self._shown: dict[str, Any] = {}  # what each field last showed of the map
        body = QWidget()
        body.setAcceptDrops(True)
        form = QFormLayout(body)
        self.photo = PhotoWell()
        self.choose_photo = QPushButton(self.tr("Choose Photo…"))
        self.choose_photo.clicked.connect(self.ask_photo)
        self.remove_photo = QPushButton(self.tr("Remove Photo"))
        self.remove_photo.clicked.connect(self.clear_photo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_photo)
        buttons.addWidget(self.remove_photo)
        buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(buttons)
        photo_row.addStretch(1)
        form.addRow(self.tr("Photo"), photo_row)
        self.photo.setToolTip(self.tr("Drop a picture file here, or choose one"))

        self.name = QLineEdit()
        self.quote = QLineEdit()
        self.description = TextBox()
        self.goals, self.needs, self.frustrations = ListBox(), ListBox(), ListBox()
        self.lines: dict[str, QLineEdit] = {"name": self.name, "quote": self.quote}
        self.boxes: dict[str, TextBox] = {
            "description": self.description,
            "goals": self.goals,
            "needs": self.needs,
            "frustrations": self.frustrations,
        }
        for field, line in self.lines.items():
            line.editingFinished.connect(lambda f=field: self.commit(f))
        for field, box in self.boxes.items():
            box.editing_finished.connect(lambda f=field: self.commit(f))
            box.setTabChangesFocus(True)  # Tab moves on, as in every other form field
            box.setMinimumHeight(48)
            box.setMaximumHeight(110)  # the whole form fits a short dock; longer text scrolls
        self.goals.setPlaceholderText(self.tr("One goal per line"))
        self.needs.setPlaceholderText(self.tr("One need per line"))
        self.frustrations.setPlaceholderText(self.tr("One frustration per line"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Goals"), self.goals)
        form.addRow(self.tr("Needs"), self.needs)
        form.addRow(self.tr("Frustrations"), self.frustrations)
        hint = QLabel(self.tr("Lists: one item per line; Ctrl+Return or leaving the box saves them."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.setWidget(body)
        self.setAccessibleName(self.tr("Persona"))
        self.setAccessibleDescription(self.tr("The customer this journey map is about"))
        self.photo.setAccessibleName(self.tr("Persona photo"))
        cap_all_text_boxes(body)
        self.destroyed.connect(self._unbind)
        self.refresh()

    # -- the current map --------------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._document_source()

    def rebind(self) -> None:
        """Follow the map now on screen (another document, or another state of this one)."""
        doc = self.document
        m = doc.map if doc is not None else None
        if m is not self._bound_map:
            self._unbind()
            if m is not None:
                m.changed.connect(self._on_change)
            self._bound_map = m
        self.refresh()

    def _unbind(self, *_args: Any) -> None:
        if self._bound_map is not None:
            try:
                self._bound_map.changed.disconnect(self._on_change)
            except ValueError:
                pass
            self._bound_map = None

    def _on_change(self, change: Change) -> None:
        if change.entity == "persona" and Shiboken.isValid(self):
            self.refresh()

    def refresh(self) -> None:
        """Show the model's persona. A field the user is typing in keeps the typing; a focused
        field without changes follows the map (an undo from the toolbar must show at once)."""
        doc = self.document
        if doc is not None and doc.map is not self._bound_map:
            self.rebind()
            return
        persona = doc.map.persona if doc is not None else None
        self.setEnabled(persona is not None)
        for field in (*self.lines, *self.boxes):
            widget = self.lines.get(field) or self.boxes[field]
            value = getattr(persona, field) if persona is not None else ([] if field in LIST_FIELDS else "")
            if widget.hasFocus() and self.value_of(field) != self._shown.get(field):
                continue  # unfinished typing: committed (or refused) when the field is left
            self._show(field, value)
        photo = persona.photo if persona is not None else b""
        self.photo.show_photo(photo)
        self.remove_photo.setEnabled(bool(photo))

    def _show(self, field: str, value: Any) -> None:
        self._shown[field] = value
        widget = self.lines.get(field) or self.boxes[field]
        if widget.hasFocus() and self.value_of(field) == value:
            return  # what is typed is what the map holds: keep the user's line breaks and cursor
        text = "\n".join(value) if field in LIST_FIELDS else value
        if isinstance(widget, QLineEdit):
            if widget.text() != text:
                widget.blockSignals(True)
                widget.setText(text)
                widget.blockSignals(False)
        elif widget.toPlainText() != text:
            widget.blockSignals(True)
            widget.setPlainText(text)
            widget.blockSignals(False)

    # -- edits ------------------------------------------------------------------------------------
    def value_of(self, field: str) -> Any:
        if field in self.lines:
            return self.lines[field].text()
        text = self.boxes[field].toPlainText()
        return items_of(text) if field in LIST_FIELDS else text

    def commit(self, field: str) -> bool:
        """Push the field's text as one undo step if it differs from the map's."""
        doc = self.document
        if doc is None:
            return False
        value = self.value_of(field)
        if value == getattr(doc.map.persona, field):
            if field in LIST_FIELDS and not self.boxes[field].hasFocus():
                self._show(field, value)  # tidy blank lines and spaces away
            return False
        return self._set(UNDO_NAMES[field], **{field: value})

    def _set(self, undo_name: str, **values: Any) -> bool:
        doc = self.document
        if doc is None:
            return False
        done = doc.edit(edits.set_fields, "persona", "", undo_name, **values)
        for field in values:
            if field in self.lines or field in self.boxes:
                # Refused (the window says why): the field shows the map's value again.
                self._show(field, getattr(doc.map.persona, field))
        self.refresh()
        return done

    def set_photo_from(self, path: str) -> bool:
        """Use the picture at ``path`` as the photo (one undo step); a bad file changes nothing."""
        try:
            data = photo_from_file(path)
        except PhotoError as exc:
            show_error(self, self.tr("Photo Not Used"), f"{Path(path).name}\n\n{exc}")
            return False
        return self._set(UNDO_NAMES["photo"], photo=data)

    def clear_photo(self) -> bool:
        doc = self.document
        if doc is None or not doc.map.persona.photo:
            return False
        return self._set(UNDO_NAMES["no photo"], photo=b"")

    def ask_photo(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose Persona Photo"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)"),
        )
        return self.set_photo_from(path) if path else False

    # -- drag and drop ----------------------------------------------------------------------------
    @staticmethod
    def _dropped_picture(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 and is_picture_file(files[0]) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and self._dropped_picture(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_picture(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_photo_from(path)


class _OpenOnDoubleClick(QObject):
    """Double-clicking the persona box on the map shows the Persona dock."""

    def __init__(self, window: MainWindow, dock: QDockWidget, panel: PersonaPanel) -> None:
        super().__init__(window)
        self.window, self.dock, self.panel = window, dock, panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            view, scene = self.window.view, self.window.scene
            item = getattr(scene, "persona_item", None)
            if view is not None and item is not None and item.isVisible():
                if item in view.items(event.position().toPoint()):
                    show_persona_dock(self.dock, self.panel)
                    return True
        return False


def show_persona_dock(dock: QDockWidget, panel: PersonaPanel) -> None:
    dock.show()
    dock.raise_()
    panel.name.setFocus(Qt.FocusReason.OtherFocusReason)


def install(window: MainWindow) -> None:
    """The extension hook (ui/extensions.py): the Persona dock, its View menu entry, double-click."""
    panel = PersonaPanel(lambda: window.document)
    dock = QDockWidget(QCoreApplication.translate("PersonaPanel", "Persona"), window)
    dock.setObjectName("personaDock")
    dock.setWidget(panel)
    # Hidden at first, as the workshop docks: the map keeps its room. Not tabbed with the
    # inspector: a hidden tab there makes a window restored from saved settings taller than the
    # window that saved them (Qt).
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("PersonaPanel", "Pe&rsona"))
    acts = window.actions_
    menu_actions = acts.view_menu.actions()
    # Beside the other panels' toggles (after History), not after the presentation entry.
    history = window.history_dock.toggleViewAction()
    after = menu_actions.index(history) + 1 if history in menu_actions else len(menu_actions)
    before = menu_actions[after] if after < len(menu_actions) else None
    if before is not None:
        acts.view_menu.insertAction(before, toggle)
    else:
        acts.view_menu.addAction(toggle)
    opener = _OpenOnDoubleClick(window, dock, panel)
    window.persona_panel, window.persona_dock = panel, dock

    followed: list[object] = []  # the document whose state switches the panel follows

    def follow(document: object) -> None:
        panel.rebind()
        view = window.view
        if view is not None:
            view.viewport().installEventFilter(opener)  # installing twice is harmless in Qt
        switched = getattr(document, "state_switched", None)
        if switched is not None and document not in followed:
            # The map on screen may switch between the current and an ideal state.
            switched.connect(panel.rebind)
            followed[:] = [document]

    window.document_changed.connect(follow)
