"""Shared pieces of the interop tests: where the real files are, and what a map's content is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cxdesigner.model import JourneyMap

DATA = Path(__file__).resolve().parent.parent / "data" / "interop"
OJF_FILES = sorted((DATA / "ojf").glob("*.ojf"))
EMS_FILE = DATA / "ems" / "sample.yaml"
HANDWRITTEN = DATA / "handwritten"
ALL_FILES = [*OJF_FILES, EMS_FILE, *sorted(HANDWRITTEN.glob("*.mmd")), *sorted(HANDWRITTEN.glob("*.csv"))]


def structure(m: JourneyMap) -> list[Any]:
    """Phases with their touchpoints (name, channel, moment of truth, emotion), in order."""
    return [(p.name, [(tp.name, tp.channel, tp.moment_of_truth, tp.emotion) for tp in p.touchpoints]) for p in m.phases]


def cards_by_cell(m: JourneyMap, *, phase_only: bool = False) -> dict[Any, list[Any]]:
    """Card content per (lane name, phase number, touchpoint number or None), in cell order.

    With ``phase_only`` the touchpoint is left out: what formats that place notes per stage
    (OJF) can hold.
    """
    cells: dict[Any, list[Any]] = {}
    for pi, phase in enumerate(m.phases):
        anchors = [(phase.id, None), *((tp.id, ti) for ti, tp in enumerate(phase.touchpoints))]
        for lane in m.lanes:
            for anchor, ti in anchors:
                for card in m.cell_cards(lane.id, anchor):
                    key = (lane.name, pi) if phase_only else (lane.name, pi, ti)
                    cells.setdefault(key, []).append(
                        (
                            card.text,
                            card.detail,
                            card.color,
                            card.owner,
                            card.priority,
                            card.status,
                            card.moment_of_truth,
                        )
                    )
    if phase_only:
        return {k: sorted(v, key=repr) for k, v in cells.items()}
    return cells


def lanes(m: JourneyMap) -> list[Any]:
    return [(lane.name, lane.kind) for lane in m.lanes]


def surveys(m: JourneyMap) -> list[Any]:
    """NPS and CES answer counts per touchpoint, in order."""
    return [(tp.nps, tp.ces) for tp in m.touchpoints()]
