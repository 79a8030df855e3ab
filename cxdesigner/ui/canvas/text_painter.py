"""Draw a layout :class:`TextBlock` line by line, exactly as the layout wrapped it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QStaticText

from ...layout.geometry import TextBlock
from ..fonts import layout_font


@cache
def _qt_ascent(size: float, bold: bool) -> float:
    return QFontMetricsF(layout_font(size, bold)).ascent()


class TextLines:
    """A text block's lines relative to an item's origin, with QStaticText made on first paint.

    QStaticText keeps the glyph layout, so repainting a card costs a blit of cached glyph runs;
    it is created lazily so that cards never painted (off-screen, or zoomed out) cost nothing.
    """

    __slots__ = ("lines", "x", "tops", "size", "bold", "_static")

    def __init__(self, block: TextBlock, origin_x: float, origin_y: float) -> None:
        self.lines = block.lines
        self.x = block.x - origin_x
        self.size = block.size
        self.bold = block.bold
        ascent = _qt_ascent(block.size, block.bold)
        # Qt places static text by its top; put each baseline where the layout wants it.
        self.tops = tuple(block.baseline(i) - origin_y - ascent for i in range(len(block.lines)))
        self._static: list[QStaticText] | None = None

    def paint(self, painter: QPainter) -> None:
        if not self.lines:
            return
        if self._static is None:
            statics = []
            for line in self.lines:
                st = QStaticText(line)
                st.setTextFormat(Qt.TextFormat.PlainText)  # never rich text
                st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
                statics.append(st)
            self._static = statics
        painter.setFont(layout_font(self.size, self.bold))
        for st, top in zip(self._static, self.tops, strict=True):
            painter.drawStaticText(QPointF(self.x, top), st)
