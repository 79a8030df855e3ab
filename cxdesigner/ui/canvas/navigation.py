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
    """The cell next to ``cell`` in the arrow's direction, or None at the edge.

    A phase's "whole phase" strip sits above its touchpoint cells in every lane. Up from the
    phase's first touchpoint cell reaches the strip (even an empty one, so Ctrl+Return can add a
    card for the whole phase); Down from the strip goes back to that cell, and Up from it to
    the lane above. Down from a touchpoint cell goes straight to the next lane's touchpoint cell:
    walking down a column should not stop at a strip in every lane. Left and Right leave the
    strip at the phase's sides.
    """
    layout = scene.layout
    if layout is None:
        return None
    lanes = [lane.id for lane in layout.lanes if lane.kind is not LaneKind.EMOTION_CURVE]
    anchors = [c.anchor_id for c in layout.columns]
    lane_id, anchor_id = cell
    if lane_id not in lanes:
        return None
    row = lanes.index(lane_id)
    strip = anchor_id not in anchors
    if strip:  # it spans its phase's columns
        mine = [i for i, c in enumerate(layout.columns) if c.phase_id == anchor_id]
        if not mine:
            return None
        col, left, right = mine[0], mine[0], mine[-1]
    else:
        col = left = right = anchors.index(anchor_id)
    if key == Qt.Key.Key_Left:
        col = left - 1
    elif key == Qt.Key.Key_Right:
        col = right + 1
    elif key == Qt.Key.Key_Up:
        if not strip and _is_first_of_phase(layout, col) and (lane_id, layout.columns[col].phase_id) in layout.cells:
            return (lane_id, layout.columns[col].phase_id)
        row -= 1
    elif key == Qt.Key.Key_Down:
        if strip:
            return (lane_id, anchors[col])
        row += 1
    if not (0 <= row < len(lanes) and 0 <= col < len(anchors)):
        return None
    return (lanes[row], anchors[col])


def _is_first_of_phase(layout, col: int) -> bool:  # noqa: ANN001
    """True for the first touchpoint column of a phase (a phase without touchpoints has no strip)."""
    column = layout.columns[col]
    if column.anchor_id == column.phase_id:
        return False
    return col == 0 or layout.columns[col - 1].phase_id != column.phase_id


def neighbour_card(scene: MapScene, card_id: str, key: int) -> str | None:
    """The card above or below ``card_id`` in its cell."""
    m = scene.document.map
    card = m.cards.get(card_id)
    if card is None or key not in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return None
    ids = m.cells.get(card.cell, [])
    i = ids.index(card_id) + (1 if key == Qt.Key.Key_Down else -1)
    return ids[i] if 0 <= i < len(ids) else None
