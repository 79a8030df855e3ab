"""Poster tiles together cover the whole sheet, overlap their neighbours and are all printed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.export.pdf_options import PAGE_SIZES, PdfOptions
from cxdesigner.export.pdf_poster import OVERLAP, poster_grid, row_name
from cxdesigner.export.pdf_sheet import build_sheet
from cxdesigner.layout import default_style
from cxdesigner.templates import load_template

from .helpers import export


def _assert_covers(grid, width: float, height: float) -> None:  # type: ignore[no-untyped-def]
    eps = 1e-6
    for r in range(grid.rows):
        row = [grid.tile(r, c).view for c in range(grid.cols)]
        assert row[0].x <= eps
        assert row[0].x == pytest.approx(width - row[-1].right)  # centred
        assert row[-1].right >= width - eps
        for left, right in zip(row, row[1:], strict=False):
            # neighbours share the overlap strip (in paper points: OVERLAP)
            assert right.x < left.right
            assert (left.right - right.x) * grid.scale == pytest.approx(OVERLAP)
    for c in range(grid.cols):
        col = [grid.tile(r, c).view for r in range(grid.rows)]
        assert col[0].y <= eps
        assert col[0].y == pytest.approx(height - col[-1].bottom)
        assert col[-1].bottom >= height - eps
        for upper, lower in zip(col, col[1:], strict=False):
            assert lower.y < upper.bottom
    # A tile's window is exactly what its content area holds at the poster scale.
    for tile in grid.tiles:
        assert tile.view.w * grid.scale == pytest.approx(grid.content_w)
        assert tile.view.h * grid.scale == pytest.approx(grid.content_h)


@given(
    width=st.floats(50, 20000),
    height=st.floats(50, 20000),
    size=st.sampled_from(list(PAGE_SIZES)),
    scale=st.floats(10, 400),
    orientation=st.sampled_from(["auto", "landscape", "portrait"]),
)
def test_tiles_cover_any_sheet(width: float, height: float, size: str, scale: float, orientation: str) -> None:
    grid = poster_grid(width, height, PdfOptions(page_size=size, scale=scale, orientation=orientation, mode="poster"))
    _assert_covers(grid, width, height)
    assert len(grid.tiles) == grid.rows * grid.cols
    assert len({t.label for t in grid.tiles}) == len(grid.tiles)


@pytest.mark.parametrize("scale", [50, 100, 180])
def test_printed_poster_has_a_page_per_tile_and_labels_them(tmp_path, scale: int) -> None:  # type: ignore[no-untyped-def]
    m = load_template("palvelupolku-fi")
    options = PdfOptions(mode="poster", scale=scale, page_size="A4")
    sheet = build_sheet(m, default_style(), None, None, "", options.export_date())
    grid = poster_grid(sheet.width, sheet.height, options)
    _assert_covers(grid, sheet.width, sheet.height)
    reader, _ = export(m, tmp_path / "p.pdf", mode="poster", scale=scale, page_size="A4")
    assert len(reader.pages) == 1 + len(grid.tiles)
    overview = reader.pages[0].extract_text()
    # A Finnish map prints its poster labels in Finnish (see test_pdf_finnish_labels.py).
    assert f"{grid.rows} × {grid.cols} palaa" in overview
    for tile, page in zip(grid.tiles, reader.pages[1:], strict=True):
        text = page.extract_text()
        assert f"rivi {row_name(tile.row)}/{grid.rows}, sarake {tile.col + 1}/{grid.cols}" in text
        assert f"Pala {tile.label}" in text


def test_row_names() -> None:
    assert [row_name(i) for i in (0, 1, 25, 26, 27, 701, 702)] == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]
