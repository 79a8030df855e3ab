"""A question with buttons of our own words ("Overwrite", "Save As…", "Reload", …).

The text is plain text (file names and reasons come from users and the disk). Returns the key of
the button pressed, or None when the box was closed without one (Esc, or a test's Cancel).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[tuple[str, str, Role]],
    default: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    details: str = "",
) -> str | None:
    """``buttons`` are ``(key, label, role)``; the label is already translated."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)  # follows the text format: plain text too
    keys = {}
    for key, label, role in buttons:
        button = box.addButton(label, role)
        keys[id(button)] = (key, button)
        if key == default:
            box.setDefaultButton(button)
    escape = next((b for k, b in keys.values() if k == "cancel"), None)
    if escape is not None:
        box.setEscapeButton(escape)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None:
        return None
    for key, button in keys.values():
        if button is clicked:
            return None if key == "cancel" else key
    return None
