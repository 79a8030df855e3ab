"""Start the desktop app: ``run_app(path_or_None, quit_after=seconds_or_None) -> exit code``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ..templates import EXAMPLE_TEMPLATE, load_template
from .autosave import offer_recovery
from .document import Document
from .fonts import register_fonts
from .main_window import MainWindow


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with the app's names, fonts and translations."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("CX Designer")
        QCoreApplication.setApplicationName("CX Designer")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        from .preferences import apply_startup_preferences

        apply_startup_preferences(app)  # the chosen language's translators and the theme
    register_fonts()
    return app  # type: ignore[return-value]


def open_window(path: str | Path | None, settings: QSettings | None = None, recover: bool = False) -> MainWindow:
    """A window with the map at ``path``, or the example map as an untitled document.

    A file that cannot be opened gets a dialog; the window then shows the example map. With
    ``recover``, maps autosaved by an instance that crashed are offered first (run_app does this;
    the recovered maps go to this window if it shows nothing of value, else to windows of their own).
    """
    window = MainWindow(Document(load_template(EXAMPLE_TEMPLATE)), settings=settings)
    if path is not None:
        window.open_path(path, ask=False)  # errors, and a map open elsewhere, get their dialogs
    if recover:
        offer_recovery(window)
    return window


def run_app(path: str | Path | None = None, quit_after: float | None = None) -> int:
    app = ensure_app()
    leaving = False
    if quit_after is not None:
        # Smoke tests: leave after a while, without the unsaved-changes prompt, even if dialogs
        # (say, "Cannot open the map", then recovery) are waiting for a user who is not there:
        # the timer repeats, closing each modal dialog in turn.
        def leave() -> None:
            nonlocal leaving
            leaving = True
            modal = QApplication.activeModalWidget()
            if modal is not None:
                modal.close()
            app.exit(0)

        timer = QTimer(app)
        timer.timeout.connect(leave)
        timer.start(int(quit_after * 1000))
    window = open_window(path, recover=True)
    if leaving:
        window.document.undo_stack.setClean()
        return 0
    window.show()
    window.view.fit_width()
    return app.exec()
