"""Page count and page size match the options, for every page size, mode and orientation."""

from __future__ import annotations

import pytest

from cxdesigner.export.pdf_options import PAGE_SIZES, PdfOptions
from cxdesigner.export.pdf_poster import poster_grid
from cxdesigner.export.pdf_sheet import build_sheet
from cxdesigner.layout import default_style
from cxdesigner.templates import load_template

from .helpers import export, page_sizes


@pytest.fixture(scope="module")
def service_map():  # type: ignore[no-untyped-def]
    return load_template("service-journey-en")


def _expected(size: str, orientation: str) -> tuple[float, float]:
    w, h = PAGE_SIZES[size]
    short, long_ = min(w, h), max(w, h)
    return (long_, short) if orientation == "landscape" else (short, long_)


def _assert_all_pages(sizes: list[tuple[float, float]], expected: tuple[float, float]) -> None:
    for w, h in sizes:
        assert abs(w - expected[0]) <= 1 and abs(h - expected[1]) <= 1, (w, h, expected)


@pytest.mark.parametrize("size", list(PAGE_SIZES))
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_fit_is_one_page_of_the_chosen_size(service_map, tmp_path, size: str, orientation: str) -> None:  # type: ignore[no-untyped-def]
    reader, _ = export(service_map, tmp_path / "fit.pdf", page_size=size, orientation=orientation, mode="fit")
    assert len(reader.pages) == 1
    _assert_all_pages(page_sizes(reader), _expected(size, orientation))


@pytest.mark.parametrize("size", list(PAGE_SIZES))
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_poster_pages_are_the_overview_plus_every_tile(service_map, tmp_path, size: str, orientation: str) -> None:  # type: ignore[no-untyped-def]
    options = PdfOptions(page_size=size, orientation=orientation, mode="poster", scale=100)
    reader, _ = export(service_map, tmp_path / "poster.pdf", page_size=size, orientation=orientation, mode="poster")
    sheet = build_sheet(service_map, default_style(), None, None, "", options.export_date())
    grid = poster_grid(sheet.width, sheet.height, options)
    assert len(reader.pages) == 1 + grid.rows * grid.cols
    _assert_all_pages(page_sizes(reader), _expected(size, orientation))


@pytest.mark.parametrize("size", list(PAGE_SIZES))
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_handout_is_a_cover_and_at_least_a_page_per_phase(service_map, tmp_path, size: str, orientation: str) -> None:  # type: ignore[no-untyped-def]
    reader, _ = export(service_map, tmp_path / "handout.pdf", page_size=size, orientation=orientation, mode="handout")
    assert len(reader.pages) >= 1 + len(service_map.phases)
    _assert_all_pages(page_sizes(reader), _expected(size, orientation))
    # Every phase starts a page of its own: its bookmark points at a distinct page.
    starts = [reader.get_destination_page_number(item) for item in reader.outline]
    assert len(set(starts)) == len(starts) == 1 + len(service_map.phases)


@pytest.mark.parametrize("mode", ["fit", "poster", "handout"])
def test_auto_orientation_uses_one_orientation_of_the_size(service_map, tmp_path, mode: str) -> None:  # type: ignore[no-untyped-def]
    reader, _ = export(service_map, tmp_path / "auto.pdf", page_size="A3", orientation="auto", mode=mode)
    sizes = set(page_sizes(reader))
    assert len(sizes) == 1
    ((w, h),) = sizes
    assert sorted([round(w), round(h)]) == sorted(round(v) for v in PAGE_SIZES["A3"])


def test_fit_auto_orientation_follows_the_map(service_map, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reader, _ = export(service_map, tmp_path / "wide.pdf", mode="fit")
    ((w, h),) = page_sizes(reader)
    assert w > h  # the map is wider than tall


def test_poster_scale_changes_the_tile_count(service_map, tmp_path) -> None:  # type: ignore[no-untyped-def]
    small, _ = export(service_map, tmp_path / "50.pdf", mode="poster", scale=50)
    large, _ = export(service_map, tmp_path / "200.pdf", mode="poster", scale=200)
    assert len(small.pages) < len(large.pages)
