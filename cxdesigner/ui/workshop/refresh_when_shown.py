"""Panels that follow the map but only work while someone looks at them.

A panel that reads the whole map (analysis, action plan) rebuilds once for a burst of changes,
after a short pause, and not at all while hidden: it is marked stale and rebuilds when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Calls ``refresh`` of ``panel`` after ``delay_ms`` (``schedule``), or when it is next shown."""

    def __init__(self, panel: QWidget, refresh, delay_ms: int = 400) -> None:  # noqa: ANN001
        super().__init__(panel)
        self.panel = panel
        self.stale = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(refresh)
        self._refresh = refresh
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.panel and event.type() == QEvent.Type.Show and self.stale:
            self._refresh()
        return False

    def now_or_when_shown(self) -> None:
        """A new map: refresh at once if shown, else when shown."""
        if self.panel.isVisible():
            self._refresh()
        else:
            self.stale = True

    def schedule(self) -> None:
        """The map changed: refresh soon, once for a burst of changes; a hidden panel waits."""
        if self.panel.isVisible():
            self.timer.start()
        else:
            self.stale = True

    def done(self) -> None:
        """From the start of ``refresh``: nothing is pending any more."""
        self.stale = False
        self.timer.stop()
