"""What a palette entry dropped on the canvas becomes: the target under the cursor and the
command that adds it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from ...commands import edits
from ...commands.command import Command
from ...model.vocabulary import Channel, LaneKind, channel_names
from ..vocabulary_names import new_phase_name
from .drag import phase_slot, touchpoint_slot
from .phase_strip import drop_cell_at, empty_strip_rect, strip_label
from .scene import MapScene


@dataclass
class PaletteDrop:
    """A place where a palette entry can go; ``build()`` makes the command."""

    indicator: QRectF
    command: Command
    edit_kind: str  # what to open for typing afterwards: "phase", "touchpoint" or "card"
    label: str = ""  # what the indicator says, where the place has nothing else to show


def locate_drop(scene: MapScene, payload: str, pos: QPointF) -> PaletteDrop | None:
    m = scene.document.map
    what, _, arg = payload.partition(":")
    if what == "phase":
        slot = phase_slot(scene, pos.x())
        if slot is None:
            return None
        index, bar = slot
        return PaletteDrop(bar, edits.add_phase(m, new_phase_name(m.language), index), "phase")
    if what == "touchpoint":
        try:
            channel = Channel(arg)
        except ValueError:
            return None
        slot = touchpoint_slot(scene, pos.x())
        if slot is None:
            return None
        phase_id, index, bar = slot
        name = channel_names(m.language)[channel]  # named in the map's language, like the header
        return PaletteDrop(bar, edits.add_touchpoint(m, phase_id, name, channel, index), "touchpoint")
    if what == "card":
        try:
            kind = LaneKind(arg)
        except ValueError:
            return None
        cell = drop_cell_at(scene, pos)
        if cell is None:
            return None
        index = scene.card_index_at(cell, pos.y())
        lane = m.lane(cell[0])
        fields = {}
        if kind is not lane.kind and kind in scene.style.lane_colors:
            # A "pain point" note dropped into another lane keeps its own colour.
            fields["color"] = scene.style.lane_colors[kind]
        command = edits.add_card(m, cell[0], cell[1], "", index, **fields)
        strip = empty_strip_rect(scene, cell)
        if strip is not None:
            return PaletteDrop(strip, command, "card", strip_label(scene, cell))
        return PaletteDrop(scene.card_slot_rect(cell, index), command, "card")
    return None
