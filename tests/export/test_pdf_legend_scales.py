"""The legend's scales (emotion, NPS, CES) read in order: steps that do not fit on one row go into
aligned columns with as many steps in every row, never a ragged wrap."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesigner.commands import History, add_touchpoint
from cxdesigner.export.pdf_sheet import Sheet, build_sheet
from cxdesigner.layout import default_style
from cxdesigner.layout.marks import CES_COLORS
from cxdesigner.model import Channel

from .marks_maps import marked_map

DATE = dt.date(2026, 3, 7)


def _ces_swatches(sheet: Sheet) -> list[tuple[float, float]]:
    """(x, y) of the CES steps' swatches, in the legend's order (the last five of the sheet)."""
    steps = sheet.swatches[-len(CES_COLORS) :]
    assert [s.color for s in steps] == list(CES_COLORS)
    return [(s.rect.x, s.rect.y) for s in steps]


def _rows(points: list[tuple[float, float]]) -> list[list[float]]:
    rows: dict[float, list[float]] = {}
    for x, y in points:
        rows.setdefault(round(y, 3), []).append(x)
    return [rows[y] for y in sorted(rows)]


def _assert_grid(points: list[tuple[float, float]]) -> list[list[float]]:
    rows = _rows(points)
    full = len(rows[0])
    assert all(len(r) == full for r in rows[:-1]) and 0 < len(rows[-1]) <= full
    for row in rows[1:]:  # each step sits under the one above it
        assert row == rows[0][: len(row)]
    return rows


@pytest.mark.parametrize("language", ["en", "fi"])
def test_ces_steps_of_a_narrow_legend_stand_in_aligned_columns(language: str) -> None:
    sheet = build_sheet(marked_map(language), default_style(), None, None, "", DATE)
    rows = _assert_grid(_ces_swatches(sheet))
    assert len(rows) > 1  # this legend is too narrow for the five steps in a row


def test_a_wide_legend_keeps_the_ces_steps_in_one_row() -> None:
    m = marked_map()
    h = History(m)
    phase = m.phases[-1].id
    for i in range(8):  # a wide map leaves the legend room for the whole scale
        h.push(add_touchpoint(m, phase, f"Extra {i}", Channel.WEB))
    sheet = build_sheet(m, default_style(), None, None, "", DATE)
    rows = _assert_grid(_ces_swatches(sheet))
    assert len(rows) == 1 and rows[0] == sorted(rows[0])


def test_emotion_scale_steps_are_aligned_too() -> None:
    sheet = build_sheet(marked_map("fi"), default_style(), None, None, "", DATE)
    points = [(mk.x, mk.y) for mk in sheet.markers if mk.kind == "point"]
    assert [mk.score for mk in sheet.markers if mk.kind == "point"] == [2, 1, 0, -1, -2]
    _assert_grid(points)
