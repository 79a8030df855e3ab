"""The workshop timer: set minutes, a visible countdown, a gentle signal at zero.

:class:`WorkshopTimer` counts whole seconds; its tick interval is injectable so tests run a
minute in milliseconds. :class:`TimerOverlay` shows the countdown over the window's top-right
corner; at zero it says so in words, glows softly for a few seconds and beeps once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget


class WorkshopTimer(QObject):
    """Emits ``changed(remaining_seconds)`` every tick and ``finished()`` once at zero."""

    changed = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    @property
    def tick_ms(self) -> int:
        return self._timer.interval()

    def set_tick_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, minutes: float) -> None:
        self.remaining = max(1, round(minutes * 60))
        self._timer.start()
        self.changed.emit(self.remaining)

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        if self.remaining > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.remaining = 0
        self.changed.emit(0)

    def _tick(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        self.changed.emit(self.remaining)
        if self.remaining == 0:
            self._timer.stop()
            self.finished.emit()


def format_seconds(seconds: int) -> str:
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class TimerOverlay(QLabel):
    """A large countdown in the top-right corner of ``host`` (the main window)."""

    NORMAL = "QLabel { background: rgba(29,35,43,210); color: white; border-radius: 10px; padding: 6px 16px; }"
    DONE = "QLabel { background: rgba(242,194,0,235); color: #1d232b; border-radius: 10px; padding: 6px 16px; }"

    def __init__(self, timer: WorkshopTimer, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("workshopTimer")
        self.timer = timer
        self.host = host
        self.signalled = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setPointSizeF(28)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet(self.NORMAL)
        self._glow = QTimer(self)
        self._glow.setSingleShot(True)
        self._glow.setInterval(6000)
        self._glow.timeout.connect(self._end_glow)
        timer.changed.connect(self._show)
        timer.finished.connect(self._signal)
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.adjustSize()
        top = 12
        bar = self.host.menuBar() if hasattr(self.host, "menuBar") else None
        if bar is not None and bar.isVisible():
            top += bar.height()
        self.move(self.host.width() - self.width() - 24, top + 8)
        self.raise_()

    def _show(self, remaining: int) -> None:
        if remaining > 0 or not self.signalled:
            self.signalled = False
            self.setStyleSheet(self.NORMAL)
        if remaining > 0:
            self.setText(format_seconds(remaining))
            self.setAccessibleName(self.tr("Workshop timer: %1 left").replace("%1", format_seconds(remaining)))
            self.show()
        elif not self.timer.running and not self.signalled:
            self.hide()
        self._place()

    def _signal(self) -> None:
        """Time is up: say so in words, glow softly for a while, one quiet system beep."""
        self.signalled = True
        self.setText(self.tr("Time is up"))
        self.setAccessibleName(self.tr("Workshop timer: time is up"))
        self.setStyleSheet(self.DONE)
        self.show()
        self._place()
        QApplication.beep()
        self._glow.start()

    def _end_glow(self) -> None:
        self.signalled = False
        self.setStyleSheet(self.NORMAL)
        self.hide()


class TimerDialog(QDialog):
    """Asks for the minutes to count down."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop Timer"))
        form = QFormLayout(self)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Minutes"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
