"""Edit a card's text or a header's name in place, over the canvas.

Enter commits, Shift+Enter adds a line, Esc cancels; leaving the editor commits. Only plain
text goes in: pasted HTML arrives as its plain text. At most MAX_TEXT_LENGTH characters fit; the
rest of a long paste is cut, with a message in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from ...model.values import MAX_TEXT_LENGTH
from ..clipboard import plain_text_of
from ..text_limit import cap_plain_text_edit, room_left, status_notifier


class InlineEditor(QPlainTextEdit):
    """Emits ``committed(str)`` or ``cancelled()`` exactly once, then deletes itself."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str, font: QFont) -> None:
        super().__init__(parent)
        self.setObjectName("inlineEditor")
        self.setFont(font)
        self.setFrameShape(QFrame.Shape.Box)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTabChangesFocus(True)
        self.setStyleSheet("QPlainTextEdit#inlineEditor { background: #fffef5; border: 2px solid #1f6fd1; }")
        self.document().setDocumentMargin(2)
        self.setPlainText(text[:MAX_TEXT_LENGTH])
        self._notify_cut = status_notifier(self)
        cap_plain_text_edit(self, self._notify_cut)  # drops, input methods: whatever else gets in
        self.moveCursor(self.textCursor().MoveOperation.End)
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.commit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Never rich text: the plain-text flavour, or HTML reduced to its text.
        text = plain_text_of(source)
        if text is None:
            return
        room = room_left(self.toPlainText(), self.textCursor().selectedText(), MAX_TEXT_LENGTH)
        if len(text) > room:
            text = text[:room]
            self._notify_cut()
        self.insertPlainText(text)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.committed.emit(self.toPlainText())
        self.deleteLater()

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.cancelled.emit()
        self.deleteLater()

    @property
    def finished(self) -> bool:
        return self._done
