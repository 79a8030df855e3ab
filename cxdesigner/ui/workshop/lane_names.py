"""Lane names pinned to the canvas's left edge in presentation mode.

Zoomed to one phase, the lane headers at the map's far left are off screen, yet the room needs
to know which row is "thinks" and which is "pain points". This overlay draws each lane's name
at the viewport's left edge, level with its lane, over the (dimmed) column left of the phase.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class LaneNames(QWidget):
    def __init__(self, view) -> None:  # noqa: ANN001 - a MapView
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("presentationLaneNames")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.horizontalScrollBar().valueChanged.connect(self.refresh)
        view.verticalScrollBar().valueChanged.connect(self.refresh)
        self.hide()

    def names(self) -> list[str]:
        layout = self.view.map_scene.layout
        return [self.view.map_scene.document.map.lane(lane.id).name for lane in layout.lanes] if layout else []

    def refresh(self) -> None:
        if not self.isVisible():
            return
        layout = self.view.map_scene.layout
        width = round(layout.style.lane_header_width * self.view.zoom) if layout else 0
        self.setGeometry(0, 0, max(0, width), self.view.viewport().height())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self.view
        scene = view.map_scene
        layout = scene.layout
        if layout is None:
            return
        painter = QPainter(self)
        zoom = view.zoom
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, round(layout.style.lane_font_size * zoom)))
        painter.setFont(font)
        painter.fillRect(self.rect(), QColor("#ffffff"))  # above and below the lanes: plain
        m = scene.document.map
        for lane in layout.lanes:
            top = view.mapFromScene(0, lane.band.y).y()
            bottom = view.mapFromScene(0, lane.band.bottom).y()
            rect = QRectF(0, top, self.width(), bottom - top)
            colour = QColor(layout.style.lane_colors.get(lane.kind, "#f2f2f2")).darker(108)
            painter.fillRect(rect, colour)
            painter.setPen(QPen(QColor("#1d232b"), 2))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            pad = 6 * zoom
            painter.drawText(
                rect.adjusted(pad, pad, -pad, -pad),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                m.lane(lane.id).name,
            )
        painter.setPen(QPen(QColor("#1d232b"), 2))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
