"""A phase's "whole phase" strip as a place to put cards, even while it is empty.

The layout puts a lane's cards that belong to a whole phase (anchored to the phase, not to one
of its touchpoints) in a strip across the phase at the top of the lane band. An empty strip has
no height there — the PDF should not print an empty row — so on screen it gets a thin zone at the
top of the band instead: a drop target while a card is dragged, and a frame when the keyboard's
current cell is the strip. The layout itself is left alone.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from ...model.vocabulary import LaneKind

if TYPE_CHECKING:
    from .scene import Cell, MapScene

# Points: the zone reaches 5 pt into the first card of a touchpoint cell (cards start at the
# cell's 7 pt padding), so the card's upper half still takes a drop before it.
ZONE = 12.0


def is_empty_strip(scene: MapScene, cell: Cell) -> bool:
    """True for the strip of a phase with touchpoints that holds no card in this lane."""
    layout = scene.layout
    box = layout.cells.get(cell) if layout is not None else None
    return box is not None and box.rect.h <= 0 and cell[1] not in {c.anchor_id for c in layout.columns}


def empty_strip_rect(scene: MapScene, cell: Cell) -> QRectF | None:
    """Where an empty strip is shown: at the band's top, the zone's height, across its phase
    where its cards would go — inset like them, so it does not look like the line above."""
    if not is_empty_strip(scene, cell):
        return None
    r = scene.layout.cells[cell].rect
    pad = scene.style.cell_padding
    return QRectF(r.x + pad, r.y + 1.5, r.w - 2 * pad, ZONE - 2)


def strip_label(scene: MapScene, cell: Cell) -> str:
    """What an empty strip's indicator says: whose strip it is (the zone shows nothing else)."""
    m = scene.document.map
    name = m.phase(cell[1]).name if m.has_phase(cell[1]) else ""
    return QCoreApplication.translate("PhaseStrip", "Whole phase: %1").replace("%1", name)


def empty_strip_at(scene: MapScene, pos: QPointF) -> Cell | None:
    """The empty strip whose zone is under ``pos``, or None."""
    layout = scene.layout
    if layout is None:
        return None
    lane = scene.lane_box_at(pos.y())
    if lane is None or lane.kind is LaneKind.EMOTION_CURVE or pos.y() >= lane.band.y + ZONE:
        return None
    for phase in layout.phases:
        if phase.rect.x <= pos.x() < phase.rect.right:
            cell = (lane.id, phase.id)
            return cell if is_empty_strip(scene, cell) else None
    return None


def drop_cell_at(scene: MapScene, pos: QPointF) -> Cell | None:
    """The cell a card dropped at ``pos`` goes to: an empty strip's zone first, then the cell
    under ``pos`` (a strip with cards is a cell like any other there)."""
    return empty_strip_at(scene, pos) or scene.cell_at(pos)


def show_drop_indicator(scene: MapScene, cell: Cell, index: int, exclude: Set[str] = frozenset()) -> None:
    """Show where a card dropped now goes: an empty strip as a whole, named (a thin slot bar
    there would look like the top of a touchpoint's cell), else the slot among the cell's cards."""
    strip = empty_strip_rect(scene, cell)
    if strip is not None:
        scene.drop_indicator.show_rect(strip, strip_label(scene, cell))
    else:
        scene.drop_indicator.show_rect(scene.card_slot_rect(cell, index, exclude))
