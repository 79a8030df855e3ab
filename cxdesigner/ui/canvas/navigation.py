"""Keyboard movement between cells (and between cards inside a cell)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...model.vocabulary import LaneKind
from .scene import Cell, MapScene


def first_cell(scene: MapScene) -> Cell | None:
    layout = scene.layout
    if layout is None:
        return None
    for lane in layout.lanes:
        if lane.kind is not LaneKind.EMOTION_CURVE:
            for col in layout.columns:
                return (lane.id, col.anchor_id)
    return None


def neighbour_cell(scene: MapScene, cell: Cell, key: int) -> Cell | None:
    """The cell next to ``cell`` in the arrow's direction, or None at the edge."""
    layout = scene.layout
    if layout is None:
        return None
    lanes = [lane.id for lane in layout.lanes if lane.kind is not LaneKind.EMOTION_CURVE]
    columns = [c.anchor_id for c in layout.columns]
    phase_of_column = {c.anchor_id: c.phase_id for c in layout.columns}
    lane_id, anchor_id = cell
    if anchor_id in phase_of_column:
        col = columns.index(anchor_id)
    else:  # a phase strip: stand in the phase's first column
        col = next(i for i, c in enumerate(layout.columns) if c.phase_id == anchor_id)
    if lane_id not in lanes:
        return None
    row = lanes.index(lane_id)
    if key == Qt.Key.Key_Left:
        col -= 1
    elif key == Qt.Key.Key_Right:
        col += 1
    elif key == Qt.Key.Key_Up:
        row -= 1
    elif key == Qt.Key.Key_Down:
        row += 1
    if not (0 <= row < len(lanes) and 0 <= col < len(columns)):
        return None
    return (lanes[row], columns[col])


def neighbour_card(scene: MapScene, card_id: str, key: int) -> str | None:
    """The card above or below ``card_id`` in its cell."""
    m = scene.document.map
    card = m.cards.get(card_id)
    if card is None or key not in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return None
    ids = m.cells.get(card.cell, [])
    i = ids.index(card_id) + (1 if key == Qt.Key.Key_Down else -1)
    return ids[i] if 0 <= i < len(ids) else None
