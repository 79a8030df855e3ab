"""File commands of the main window: New, Open, Open Recent, Save, Save As, Revert, and the
unsaved-changes prompt. Errors become dialogs with the reason; the open map stays as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..storage import EXTENSION, MapFileError, SaveError
from ..templates import TemplateError, load_template
from .dialogs.messages import Button, ask, show_error
from .dialogs.template_chooser import TemplateChooser
from .document import Document

MAX_RECENT = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileOps", text)


def _filter() -> str:
    return _tr("Journey maps (*%1)").replace("%1", EXTENSION)


class FileOpsMixin:
    """Mixed into :class:`MainWindow` (needs ``document``, ``set_document``, ``settings``)."""

    # -- the prompt ------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or unmodified)."""
        doc = self.document
        if doc is None or not doc.modified:
            return True
        answer = ask(
            self,
            _tr("Unsaved changes"),
            _tr("Save the changes to “%1” before closing it?").replace("%1", doc.display_name()),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # -- new / open ------------------------------------------------------------------------
    def new_map(self) -> bool:
        if not self.maybe_save():
            return False
        name = TemplateChooser.choose(self)
        if not name:
            return False
        try:
            m = load_template(name)
        except TemplateError as exc:
            self._error(_tr("Cannot create the map"), str(exc))
            return False
        self.set_document(Document(m))
        return True

    def open_map(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document and self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self, _tr("Open journey map"), start, _filter())
        if not path:
            return False
        return self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open ``path`` in this window; a bad file gets a dialog and changes nothing."""
        if ask and not self.maybe_save():
            return False
        try:
            doc = Document.open(path)
        except MapFileError as exc:
            self._error(_tr("Cannot open the map"), str(exc))
            return False
        self.set_document(doc)
        self.add_recent(str(Path(path).resolve()))
        return True

    def revert(self) -> bool:
        doc = self.document
        if doc is None or doc.path is None:
            return False
        if doc.modified:
            answer = ask(
                self,
                _tr("Revert"),
                _tr("Discard all changes since “%1” was last saved?").replace("%1", doc.display_name()),
                Button.Discard | Button.Cancel,
                Button.Cancel,
            )
            if answer != Button.Discard:
                return False
        try:
            fresh = Document.open(doc.path)
        except MapFileError as exc:
            self._error(_tr("Cannot revert"), str(exc))
            return False
        self.set_document(fresh)
        return True

    # -- save ------------------------------------------------------------------------------
    def save(self) -> bool:
        doc = self.document
        if doc.path is None:
            return self.save_as()
        return self._save_to(doc.path)

    def save_as(self) -> bool:
        doc = self.document
        suggested = str(doc.path) if doc.path else (doc.map.title or _tr("Untitled")) + EXTENSION
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save journey map"), suggested, _filter())
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except SaveError as exc:
            self._error(_tr("Cannot save the map"), str(exc))
            return False
        self.add_recent(str(Path(path).resolve()))
        self.statusBar().showMessage(_tr("Saved %1").replace("%1", path.name), 4000)
        return True

    # -- recent files ----------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])

    def _error(self, title: str, message: str) -> None:
        show_error(self, title, message)
