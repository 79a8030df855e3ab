"""Small icons painted at run time (no image files needed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap


@cache
def swatch_icon(color: str, letter: str = "", round_shape: bool = False) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#5b6570"), 1.5))
    painter.setBrush(QColor(color))
    rect = QRectF(3, 3, 26, 26)
    if round_shape:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, 4, 4)
    if letter:
        font = QFont()
        font.setPixelSize(15)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1d232b") if QColor(color).lightness() > 128 else QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)
