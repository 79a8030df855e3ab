"""Very long text stays responsive: text boxes hold at most MAX_TEXT_LENGTH characters.

The model refuses longer text anyway (model/values.py); cutting it in the box, with a message in
the status bar, keeps a pasted book from freezing layout and painting and from being refused
silently. Lengths are counted as the model counts them (Python characters, not UTF-16 units).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPlainTextEdit, QWidget

from ..model.values import MAX_TEXT_LENGTH

Notify = Callable[[], None]


def cut_message(limit: int = MAX_TEXT_LENGTH) -> str:
    return QCoreApplication.translate(
        "TextLimit", "The text was cut to %1 characters, the most a card or name can hold."
    ).replace("%1", QLocale().toString(limit))


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def room_left(current: str, selected: str, limit: int = MAX_TEXT_LENGTH) -> int:
    """How many characters can replace ``selected`` in ``current`` without passing ``limit``."""
    return max(0, limit - (len(current) - len(selected)))


def cap_plain_text_edit(edit: QPlainTextEdit, notify: Notify, limit: int = MAX_TEXT_LENGTH) -> None:
    """Whatever makes ``edit`` longer than ``limit`` (paste, drop, typing) is cut at the end."""

    def check() -> None:
        text = edit.toPlainText()
        if len(text) <= limit:
            return
        cursor = QTextCursor(edit.document())
        cursor.setPosition(_utf16_length(text[:limit]))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        notify()

    edit.textChanged.connect(check)


def cap_line_edit(line: QLineEdit, notify: Notify, limit: int = MAX_TEXT_LENGTH) -> None:
    def check(text: str) -> None:
        if len(text) <= limit:
            return
        position = line.cursorPosition()
        line.setText(text[:limit])
        line.setCursorPosition(min(position, _utf16_length(text[:limit])))
        notify()

    line.textChanged.connect(check)


def status_notifier(widget: QWidget, limit: int = MAX_TEXT_LENGTH) -> Notify:
    """Show the cut message in the status bar of ``widget``'s main window (if it has one)."""

    def notify() -> None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(cut_message(limit), 8000)

    return notify


def cap_all_text_boxes(root: QWidget, limit: int = MAX_TEXT_LENGTH) -> None:
    """Cap every plain-text box and line edit inside ``root`` (the inspector)."""
    notify = status_notifier(root, limit)
    for edit in root.findChildren(QPlainTextEdit):
        cap_plain_text_edit(edit, notify, limit)
    for line in root.findChildren(QLineEdit):
        cap_line_edit(line, notify, limit)
