"""File ▸ Import…: open a map from another journey tool (OpenJourney, Enablement Map Studio YAML,
Mermaid ``journey`` text, CSV) as a new, untitled document.

An import never changes the map that is open: it becomes a document of its own, shown as
modified so that closing asks to save it. (Merging another tool's content into the open map as
an undo step would let a plain Save write it over the user's own file.) A file that cannot be
read gets a dialog naming the file and the line or field, and nothing is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from .dialogs.messages import show_error
from .document import Document

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportActions", text)


def import_path(window: MainWindow, path: str | Path) -> bool:
    """Import ``path`` into a new document in ``window`` (after the unsaved-changes prompt)."""
    from ..interop import InteropError, import_file  # PyYAML and the readers load only when used

    if not window.maybe_save():
        return False
    try:
        m = import_file(Path(path))
    except InteropError as exc:
        show_error(window, _tr("Cannot import the file"), str(exc))
        return False
    document = Document(m)
    document.mark_recovered()  # not saved anywhere yet: closing asks to save it
    window.set_document(document)
    window.statusBar().showMessage(_tr("Imported %1 as a new, unsaved map.").replace("%1", Path(path).name), 8000)
    return True


def _choose_and_import(window: MainWindow) -> bool:
    filters = ";;".join(
        [
            _tr("Journey maps from other tools (*.ojf *.json *.yaml *.yml *.mmd *.mermaid *.csv *.txt)"),
            _tr("OpenJourney (*.ojf *.json)"),
            _tr("Enablement Map Studio (*.yaml *.yml)"),
            _tr("Mermaid journey (*.mmd *.mermaid *.txt)"),
            _tr("CSV (*.csv)"),
            _tr("All files (*)"),
        ]
    )
    path, _ = QFileDialog.getOpenFileName(window, _tr("Import journey map"), "", filters)
    return import_path(window, path) if path else False


def install(window: MainWindow) -> None:
    action = QAction(_tr("I&mport…"), window)
    action.setShortcut("Ctrl+Shift+I")
    action.setStatusTip(_tr("Open a journey map made with another tool as a new map"))
    action.triggered.connect(lambda _=False: _choose_and_import(window))
    menu = window.actions_.file_menu
    menu.insertAction(window.actions_.save, action)
    menu.insertSeparator(window.actions_.save)
    window.addAction(action)
    window.import_action = action
