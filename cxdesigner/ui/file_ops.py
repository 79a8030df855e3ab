"""File commands of the main window: New, Open, Open Recent, Save, Save As, Revert, and the
unsaved-changes prompt. Errors become dialogs with the reason; the open map stays as it was.

Never lose work (issue 7): a save that fails names the cause, keeps the document open and
unsaved and offers Save As; a file another program changed since we read it is not overwritten
without asking; a map open in another window or instance is not opened for editing twice (a lock
file beside the map; the stale lock of a crashed instance is taken over silently).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from shiboken6 import Shiboken

from ..storage import EXTENSION, MapFileError, SaveError, lock
from ..templates import TemplateError, load_template
from .dialogs.choice import choose
from .dialogs.messages import Button, ask, show_error
from .dialogs.template_chooser import TemplateChooser
from .document import Document

MAX_RECENT = 10
Role = QMessageBox.ButtonRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileOps", text)


def _filter() -> str:
    return _tr("Journey maps (*%1)").replace("%1", EXTENSION)


def _same_file(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _as_opened(path: str | Path) -> str:
    """The absolute path the user chose, symlinks kept: a map opened through a link is listed
    under the link's name and folder, which is where the user will look for it."""
    return os.path.abspath(path)


class FileOpsMixin:
    """Mixed into :class:`MainWindow` (needs ``document``, ``set_document``, ``settings``)."""

    def commit_typing(self) -> None:
        """Text still being typed on the canvas belongs to what is saved, closed or exported."""
        view = getattr(self, "view", None)
        if view is not None and Shiboken.isValid(view):
            view.editing.finish()

    # -- the prompt ------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or unmodified)."""
        self.commit_typing()
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
        if not self.claim_file(doc):
            doc.deleteLater()
            return False
        self.set_document(doc)
        self.add_recent(_as_opened(path))
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
        return self._reload(_tr("Cannot revert"))

    def _reload(self, error_title: str) -> bool:
        """Replace the document with the file on disk (its lock and read-only state carry over)."""
        doc = self.document
        try:
            fresh = Document.open(doc.path)
        except MapFileError as exc:
            self._error(error_title, str(exc))
            return False
        fresh.holds_lock, fresh.read_only = doc.holds_lock, doc.read_only
        self.set_document(fresh)
        return True

    # -- locks: one map, one editor ---------------------------------------------------------
    def _other_window_with(self, path: Path) -> object | None:
        for widget in QApplication.topLevelWidgets():
            if widget is self or not isinstance(widget, FileOpsMixin):
                continue
            other = getattr(widget, "document", None)
            if other is not None and other.holds_lock and _same_file(other.path, path):
                return widget
        return None

    def _holder_of(self, path: Path) -> str | None:
        """Who else has ``path`` open for editing (a sentence), or None; takes the lock if free."""
        if self._other_window_with(path) is not None:
            return _tr("another window of CX Designer")
        current = self.document
        if current is not None and current.holds_lock and _same_file(current.path, path):
            return None  # this window already has it (reopen, revert)
        holder = lock.acquire(path)
        if holder is None:
            return None
        return (
            _tr("CX Designer of %1 on %2 (process %3, since %4)")
            .replace("%1", holder.user)
            .replace("%2", holder.host)
            .replace("%3", str(holder.pid))
            .replace("%4", holder.since)
        )

    def claim_file(self, doc: Document, can_cancel: bool = True) -> bool:
        """Take ``doc``'s file for editing; if someone else has it, ask: read-only, copy or cancel."""
        if doc.path is None:
            return True
        holder = self._holder_of(doc.path)
        if holder is None:
            doc.holds_lock = True
            return True
        buttons = [
            ("read_only", _tr("Open Read-Only"), Role.AcceptRole),
            ("copy", _tr("Open a Copy"), Role.AcceptRole),
        ]
        if can_cancel:
            buttons.append(("cancel", _tr("Cancel"), Role.RejectRole))
        answer = choose(
            self,
            _tr("Map already open"),
            _tr("“%1” is already open in %2.\n\nIf both of you save, one overwrites the other's work. "
                "Open it read-only (saving asks for a new name) or as an untitled copy?")
            .replace("%1", doc.path.name)
            .replace("%2", holder),
            buttons,
            "read_only",
            QMessageBox.Icon.Warning,
        )
        if answer == "copy":
            doc.path, doc.disk_stamp, doc.read_only = None, None, False
            return True
        if answer == "read_only" or not can_cancel:
            doc.read_only = True
            return True
        return False

    def release_file(self, doc: Document, next_doc: Document | None = None) -> None:
        """``doc`` leaves this window: give up its lock (unless ``next_doc`` is the same file)."""
        if not doc.holds_lock or doc.path is None:
            return
        if next_doc is not None and next_doc.holds_lock and _same_file(next_doc.path, doc.path):
            return
        doc.holds_lock = False
        try:
            lock.release(doc.path)
        except OSError:
            pass

    # -- save ------------------------------------------------------------------------------
    def save(self) -> bool:
        self.commit_typing()
        doc = self.document
        if doc.path is None or doc.read_only:
            return self.save_as()
        if doc.changed_on_disk():
            answer = choose(
                self,
                _tr("File changed on disk"),
                _tr("“%1” was changed or removed by another program since you opened or last saved it.\n\n"
                    "Overwrite it with your version, save yours under another name, or reload the file "
                    "from disk (your changes are dropped)?").replace("%1", doc.path.name),
                [
                    ("overwrite", _tr("Overwrite"), Role.DestructiveRole),
                    ("save_as", _tr("Save As…"), Role.AcceptRole),
                    ("reload", _tr("Reload from Disk"), Role.ResetRole),
                    ("cancel", _tr("Cancel"), Role.RejectRole),
                ],
                "save_as",
                QMessageBox.Icon.Warning,
            )
            if answer == "save_as":
                return self.save_as()
            if answer == "reload":
                self._reload(_tr("Cannot reload"))
                return False  # the user's version was not saved: a close must not go on
            if answer != "overwrite":
                return False
        return self._save_to(doc.path)

    def save_as(self) -> bool:
        self.commit_typing()
        doc = self.document
        suggested = str(doc.path) if doc.path else (doc.map.title or _tr("Untitled")) + EXTENSION
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save journey map"), suggested, _filter())
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        target = Path(path)
        keeps_lock = doc.holds_lock and _same_file(doc.path, target)
        if not keeps_lock:
            holder = self._holder_of(target)
            if holder is not None:
                self._error(
                    _tr("Cannot save the map"),
                    _tr("“%1” is open in %2. Choose another name.").replace("%1", target.name).replace("%2", holder),
                )
                return False
        old_path, old_lock = doc.path, doc.holds_lock
        saved = self._save_to(target)  # on failure it may have saved elsewhere (Save As again)
        landed = _same_file(doc.path, target)
        if not keeps_lock and not (saved and landed):
            lock.release(target)  # taken by _holder_of, but the document did not end up there
        if not saved:
            return False
        if landed and not keeps_lock:
            if old_lock and old_path is not None:
                lock.release(old_path)
            doc.holds_lock = True
        return True

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (SaveError, OSError) as exc:
            answer = choose(
                self,
                _tr("Cannot save the map"),
                str(exc),
                [("save_as", _tr("Save As…"), Role.AcceptRole), ("cancel", _tr("Cancel"), Role.RejectRole)],
                "save_as",
                QMessageBox.Icon.Warning,
                _tr("The map is still open and unsaved. Save it under another name or in another folder?"),
            )
            if answer == "save_as":
                return self.save_as()
            return False
        self.add_recent(_as_opened(path))
        self.statusBar().showMessage(_tr("Saved %1").replace("%1", path.name), 4000)
        return True

    # -- recent files ----------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        # One entry per file: opened through a link and then directly, the file is listed once,
        # under the name used last.
        files = [path] + [p for p in self.recent_files() if p != path and not _same_file(Path(p), Path(path))]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])

    def _error(self, title: str, message: str) -> None:
        show_error(self, title, message)
