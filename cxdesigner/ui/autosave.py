"""Never lose work: autosave to a recovery folder, recovery at start-up, clean-close clean-up.

Installed into every main window from ``ui/extensions.py``. While the document has unsaved
changes, a copy is written to the per-user recovery folder (``QStandardPaths`` AppDataLocation
``/recovery``, or the ``autosave/folder`` setting) a few seconds after the last edit and at least
every ``autosave/interval_seconds`` (default 60; 0 turns autosave off). Autosaving only reads the
map: the user's file, the undo stack and the saved state are never touched, and a failure becomes
a status-bar message, never an exception in the UI. The autosave is deleted when the document is
saved (or undone back to the saved state), and when it leaves the window deliberately (closed,
replaced after Save or Discard). After a crash the next start offers it: :func:`offer_recovery`.

The same hook gives up the document's lock file when it leaves the window, and caps the length
of text typed or pasted into the inspector.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, Qt, QTimer, Signal

from ..storage.recovery import RecoveryStore
from .document import Document, file_stamp

if TYPE_CHECKING:
    from .main_window import MainWindow

INTERVAL_KEY = "autosave/interval_seconds"
IDLE_KEY = "autosave/idle_seconds"
FOLDER_KEY = "autosave/folder"
DEFAULT_INTERVAL = 60.0
DEFAULT_IDLE = 3.0
DISABLED_POLL_MS = 5000  # while autosave is off, look every few seconds whether it was turned on


def _tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


def _seconds(settings: QSettings, key: str, default: float) -> float:
    value = settings.value(key, default)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return default
    return seconds if seconds >= 0 and seconds == seconds else default  # NaN, negatives: default


def interval_seconds(settings: QSettings) -> float:
    return _seconds(settings, INTERVAL_KEY, DEFAULT_INTERVAL)


def recovery_folder(settings: QSettings) -> Path:
    """Where autosaves go: the ``autosave/folder`` setting (tests), else the per-user data folder."""
    value = settings.value(FOLDER_KEY)
    if value:
        return Path(str(value))
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


class Autosaver(QObject):
    """Follows the window's current document; emits ``autosaved(str)`` with the key written."""

    autosaved = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("autosaver")
        self.window = window
        self.settings = window.settings
        self.store = RecoveryStore(recovery_folder(self.settings))
        self.doc: Document | None = None
        self.dirty = False
        self.closed = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.autosave_now)
        self.periodic = QTimer(self)
        self.periodic.setSingleShot(True)
        self.periodic.timeout.connect(self._periodic)
        window.document_changed.connect(self._follow)
        window.installEventFilter(self)
        self._schedule_periodic()

    # -- following the document ---------------------------------------------------------------
    def _follow(self, doc: Document) -> None:
        old = self.doc
        if old is doc:
            return
        if old is not None:
            for signal, slot in ((old.undo_stack.indexChanged, self._edited), (old.undo_stack.cleanChanged, self._clean_changed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            self._let_go(old, doc)  # replaced only after Save, Discard or an unmodified map
        self.doc = doc
        self.closed = False
        doc.undo_stack.indexChanged.connect(self._edited)
        doc.undo_stack.cleanChanged.connect(self._clean_changed)
        self.dirty = doc.modified
        if doc.modified and doc.recovery_key is not None:
            self.autosave_now(force=True)  # a recovered map: its autosave is ours now, not a dead process's
        elif doc.modified:
            self._start_idle()

    def _let_go(self, doc: Document, next_doc: Document | None) -> None:
        self.discard(doc)
        self.window.release_file(doc, next_doc)

    def _edited(self, _index: int = 0) -> None:
        self.dirty = True
        self._start_idle()

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved, or undone back to the saved state: the file on disk has it all
            self.dirty = False
            self.idle.stop()
            if self.doc is not None:
                self.discard(self.doc)
        else:
            self._edited()

    def _start_idle(self) -> None:
        if interval_seconds(self.settings) <= 0:
            return
        self.idle.start(round(_seconds(self.settings, IDLE_KEY, DEFAULT_IDLE) * 1000))

    def _schedule_periodic(self) -> None:
        seconds = interval_seconds(self.settings)
        self.periodic.start(round(seconds * 1000) if seconds > 0 else DISABLED_POLL_MS)

    def _periodic(self) -> None:
        if self.dirty and interval_seconds(self.settings) > 0:
            self.autosave_now()
        self._schedule_periodic()

    # -- writing and deleting --------------------------------------------------------------------
    def autosave_now(self, force: bool = False) -> bool:
        """Write the current document's autosave if it has unsaved changes; never raises.

        ``force`` writes even while autosave is turned off (taking over a recovered autosave)."""
        doc = self.doc
        if doc is None or self.closed or not doc.modified:
            return False
        if interval_seconds(self.settings) <= 0 and not force:
            return False
        try:
            if doc.recovery_key is None:
                doc.recovery_key = self.store.new_key()
            self.store.save(doc.recovery_key, doc.root, doc.path)
        except Exception as exc:  # noqa: BLE001 - autosave must never break editing
            self.window.statusBar().showMessage(_tr("Autosave failed: %1").replace("%1", str(exc) or type(exc).__name__), 10000)
            return False
        self.dirty = False
        self.autosaved.emit(doc.recovery_key)
        return True

    def discard(self, doc: Document) -> None:
        if doc.recovery_key is None:
            return
        try:
            self.store.discard(doc.recovery_key)
        except OSError as exc:
            self.window.statusBar().showMessage(
                _tr("Could not delete an old autosave: %1").replace("%1", str(exc)), 10000
            )

    # -- the window closing ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Let the window decide (it asks about unsaved changes), then clean up only if it
            # really closes: the event is handled here so its outcome can be seen.
            try:
                self.window.closeEvent(event)
            except Exception:  # noqa: BLE001 - a bug must not close a window with unsaved work
                event.ignore()
                sys.excepthook(*sys.exc_info())
            if event.isAccepted() and self.doc is not None:
                self.closed = True
                self.idle.stop()
                self.periodic.stop()
                self._let_go(self.doc, None)
            return True
        return super().eventFilter(watched, event)


def install(window: MainWindow) -> None:
    """The extension hook (ui/extensions.py): autosave, lock release, text caps."""
    from .text_limit import cap_all_text_boxes

    window.autosaver = Autosaver(window)
    inspector = getattr(window, "inspector", None)
    if inspector is not None:
        cap_all_text_boxes(inspector)


# -- recovery at start-up -----------------------------------------------------------------------
_RECOVERED_WINDOWS: list = []  # windows opened for recovered maps, kept alive until closed


def offer_recovery(window: MainWindow) -> list[MainWindow]:
    """Offer the autosaves of crashed instances; returns the windows showing recovered maps.

    A damaged autosave is reported (``orphaned()`` has moved it aside); nothing here raises.
    """
    from .dialogs.messages import show_error
    from .dialogs.recovery_dialog import DISCARD, RECOVER, RecoveryDialog

    store = RecoveryStore(recovery_folder(window.settings))
    try:
        entries, damaged = store.orphaned()
    except Exception as exc:  # noqa: BLE001 - the app must start whatever the folder holds
        show_error(window, _tr("Cannot look for unsaved work"), str(exc))
        return []
    if damaged:
        lines = "\n".join(f"{d.moved_to.name}: {d.reason}" for d in damaged)
        show_error(
            window,
            _tr("Damaged recovery file"),
            QCoreApplication.translate(
                "Autosave", "%n autosaved map(s) could not be read and were moved to %1:", "", len(damaged)
            ).replace("%1", str(damaged[0].moved_to.parent))
            + "\n\n"
            + lines,
        )
    if not entries:
        return []
    choice, chosen = RecoveryDialog.ask(window, entries)
    if choice == DISCARD:
        for entry in chosen:
            try:
                store.discard(entry.key)
            except OSError as exc:
                show_error(window, _tr("Cannot discard the autosave"), str(exc))
        return []
    if choice != RECOVER:
        return []  # decide later: everything stays for the next start
    shown: list[MainWindow] = []
    for entry in chosen:
        try:
            m = entry.load()
        except Exception as exc:  # noqa: BLE001 - read fine a moment ago; the disk may say otherwise
            show_error(window, _tr("Cannot recover the map"), f"{entry.map_file.name}: {exc}")
            continue
        doc = Document(m, entry.original)
        doc.recovery_key = entry.key
        doc.mark_recovered()
        target = _window_for_recovered(window, shown, entry.original)
        if entry.original is not None:
            doc.disk_stamp = file_stamp(entry.original)  # a file changed from now on is noticed
            if doc.disk_stamp is not None and doc.disk_stamp[0] / 1e9 > entry.saved_at.timestamp() + 1:
                doc.disk_stamp = (-1, -1)  # the file is newer than the autosave: saving asks first
            target.claim_file(doc, can_cancel=False)  # held elsewhere: read-only or a copy, never lost
        target.set_document(doc)
        if target is not window:
            target.show()
        shown.append(target)
    return shown


def _window_for_recovered(first: MainWindow, shown: list[MainWindow], original: Path | None) -> MainWindow:
    """The start window if it shows only the untouched example map or the untouched file the
    autosave came from (the autosave is newer work), else a new window."""
    from .file_ops import _same_file
    from .main_window import MainWindow

    doc = first.document
    if first not in shown and doc is not None and not doc.modified:
        if doc.path is None or _same_file(doc.path, original):
            return first
    window = MainWindow(settings=first.settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _RECOVERED_WINDOWS.append(window)
    window.destroyed.connect(lambda _=None, w=window: _RECOVERED_WINDOWS.remove(w) if w in _RECOVERED_WINDOWS else None)
    return window
