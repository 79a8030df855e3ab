"""Workshop marks on paper: vote plates, moment-of-truth stars on cards and touchpoints, and the
NPS/CES blocks of metrics lanes, in fit, poster and handout mode, read back with pypdf (text) and
rendered with pypdfium2 (pixels). The numbers are worked by hand in tests/export/marks_maps.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cxdesigner.export.pdf_options import Mode, PdfOptions
from cxdesigner.export.pdf_pages import PAGE_MARGIN, fit_scale
from cxdesigner.export.pdf_sheet import build_sheet
from cxdesigner.layout import Rect, default_style
from cxdesigner.layout.marks import CARD_STAR_RADIUS, NPS_COLORS, STAR_FILL
from cxdesigner.model import LaneKind

from ..factories import small_map
from .helpers import all_text, export, squeeze
from .marks_maps import marked_map, starred_card_id

DATE = dt.date(2026, 3, 7)
METRICS_EN = ("NPS +30  n=10", "CES 60 % less  n=5", "CES 0 % less  n=4", "NPS −75  n=4")


def runs(page) -> list[tuple[str, float, float]]:  # type: ignore[no-untyped-def]
    """Each text run on a page with its origin in page points (y upwards)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def texts_on(reader: PdfReader) -> list[str]:
    return [squeeze(page.extract_text() or "") for page in reader.pages]


# -- fit ---------------------------------------------------------------------------------------
def test_fit_prints_nps_ces_values_n_and_vote_totals(tmp_path: Path) -> None:
    m = marked_map()
    reader, warnings = export(m, tmp_path / "fit.pdf", date=DATE)
    text = all_text(reader)
    for expected in METRICS_EN:
        assert squeeze(expected) in text, expected
    page_runs = [t for t, _x, _y in runs(reader.pages[0])]
    assert "17" in page_runs and "23" in page_runs  # the totals, each its own run on its plate
    assert warnings == []


def test_fit_legend_explains_votes_stars_and_metrics_only_when_the_map_has_them(tmp_path: Path) -> None:
    reader, _ = export(marked_map(), tmp_path / "marked.pdf", date=DATE)
    text = all_text(reader)
    for expected in (
        "Moment of truth",
        "Dot votes: one dot per vote, the number is the total",
        "NPS = % promoters − % detractors",
        "detractors 0–6",
        "promoters 9–10",
        "CES % = share of answers with less effort than expected",
        "much less effort than expected",
        "much more effort than expected",
    ):
        assert squeeze(expected) in text, expected
    plain, _ = export(small_map(), tmp_path / "plain.pdf", date=DATE)
    text = all_text(plain)
    for absent in ("Dotvotes", "NPS", "CES", "Momentoftruth", "promoters"):
        assert absent not in text, absent


def test_a_card_star_alone_puts_the_star_in_the_legend(tmp_path: Path) -> None:
    m = small_map()
    next(iter(m.cards.values())).moment_of_truth = True
    reader, _ = export(m, tmp_path / "star.pdf", date=DATE)
    assert "Momentoftruth" in all_text(reader)


def test_hidden_metrics_lane_prints_no_metrics(tmp_path: Path) -> None:
    m = marked_map()
    shown = tuple(ln.id for ln in m.lanes if ln.kind is not LaneKind.METRICS)
    reader, _ = export(m, tmp_path / "no-metrics.pdf", date=DATE, lane_ids=shown)
    text = all_text(reader)
    assert "n=10" not in text and "NPS=%" not in text
    assert "17" in [t for t, _x, _y in runs(reader.pages[0])]


# -- pixels ------------------------------------------------------------------------------------
def _fit_placement(m, options: PdfOptions) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """(left, top, scale, page height) of the sheet on a fit page, as pdf_fit places it."""
    sheet = build_sheet(m, default_style(), options.lane_ids, options.title, options.source_name, DATE)
    page_w, page_h = options.page_for(sheet.width, sheet.height)
    aw, ah = page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN
    s = fit_scale(sheet.width, sheet.height, aw, ah)
    return PAGE_MARGIN + (aw - sheet.width * s) / 2, page_h - PAGE_MARGIN - (ah - sheet.height * s) / 2, s, page_h


def _near(rgb: tuple[int, int, int], hex_: str, tolerance: int = 40) -> bool:
    want = tuple(int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(rgb[:3], want, strict=True))


def _count(image, area: Rect, hex_: str) -> int:  # type: ignore[no-untyped-def]
    return sum(
        _near(image.getpixel((x, y)), hex_)
        for x in range(int(area.x), int(area.right) + 1)
        for y in range(int(area.y), int(area.bottom) + 1)
    )


@pytest.fixture(scope="module")
def fit_render(tmp_path_factory):  # type: ignore[no-untyped-def]
    m = marked_map()
    path = tmp_path_factory.mktemp("px") / "fit.pdf"
    options = PdfOptions(date=DATE)
    export(m, path, date=DATE)
    zoom = 4.0
    image = pdfium.PdfDocument(str(path))[0].render(scale=zoom).to_pil().convert("RGB")
    left, top, s, _page_h = _fit_placement(m, options)

    def to_pixels(r: Rect) -> Rect:  # sheet points (y down) → image pixels (y down)
        page_h_px = image.size[1]
        y_top = page_h_px - (top - r.y * s) * zoom
        return Rect((left + r.x * s) * zoom, y_top, r.w * s * zoom, r.h * s * zoom)

    from cxdesigner.layout import compute_layout

    layout = compute_layout(m, default_style())
    return m, layout, image, to_pixels


def test_gold_star_on_the_flagged_card_and_none_on_the_others(fit_render) -> None:  # type: ignore[no-untyped-def]
    m, layout, image, to_pixels = fit_render
    flagged = starred_card_id(m)
    r = CARD_STAR_RADIUS
    for card_id, box in layout.cards.items():
        corner = Rect(box.rect.x + 1, box.rect.y - r, 2 * r, 2 * r)  # where a card's star goes
        gold = _count(image, to_pixels(corner), STAR_FILL)
        if card_id == flagged:
            assert gold > 40, gold
        else:
            assert gold == 0, (card_id, gold)


def test_touchpoint_star_is_gold_not_red(fit_render) -> None:  # type: ignore[no-untyped-def]
    m, layout, image, to_pixels = fit_render
    store = next(tp for tp in layout.touchpoints if tp.moment_of_truth)
    spot = to_pixels(Rect(store.rect.right - 16, store.rect.bottom - 6, 12, 12))
    assert _count(image, spot, STAR_FILL) > 20
    assert _count(image, spot, "#c9302c") == 0
    web = next(tp for tp in layout.touchpoints if not tp.moment_of_truth)
    assert _count(image, to_pixels(Rect(web.rect.right - 16, web.rect.bottom - 6, 12, 12)), STAR_FILL) == 0


def test_vote_plate_and_metrics_bars_are_painted(fit_render) -> None:  # type: ignore[no-untyped-def]
    m, layout, image, to_pixels = fit_render
    voted = next(c for c in m.cards.values() if c.votes.get("#e69f00") == 9)
    box = layout.cards[voted.id].rect
    plate_area = to_pixels(Rect(box.x + box.w * 0.2, box.y - 4, box.w * 0.8, 8))
    assert _count(image, plate_area, "#e69f00") > 20 and _count(image, plate_area, "#56b4e9") > 20
    web = m.touchpoints()[0]
    lane = next(ln for ln in m.lanes if ln.kind is LaneKind.METRICS)
    block = to_pixels(layout.metrics[(lane.id, web.id)])
    assert _count(image, block, NPS_COLORS[2]) > 50  # promoters' green in the NPS bar
    assert _count(image, block, NPS_COLORS[0]) > 20  # detractors' red


# -- poster and handout ------------------------------------------------------------------------
def test_poster_tiles_carry_the_marks(tmp_path: Path) -> None:
    reader, _ = export(marked_map(), tmp_path / "poster.pdf", mode=Mode.POSTER, page_size="A4", date=DATE)
    assert len(reader.pages) > 2
    text = all_text(reader)
    for expected in METRICS_EN:
        assert squeeze(expected) in text, expected
    tile_runs = [t for page in reader.pages[1:] for t, _x, _y in runs(page)]
    assert "17" in tile_runs and "23" in tile_runs


def test_handout_phase_pages_show_their_own_marks_and_the_cover_explains_them(tmp_path: Path) -> None:
    m = marked_map()
    reader, _ = export(m, tmp_path / "handout.pdf", mode=Mode.HANDOUT, date=DATE)
    pages = texts_on(reader)
    assert len(pages) == 3  # cover, Search, Buy
    cover, search, buy = pages
    assert "Dotvotes" in cover and "NPS=%promoters" in cover and "CES%=share" in cover
    for expected in ("NPS +30  n=10", "CES 60 % less  n=5", "CES 0 % less  n=4"):
        assert squeeze(expected) in search and squeeze(expected) not in buy, expected
    assert squeeze("NPS −75  n=4") in buy and squeeze("NPS −75  n=4") not in search
    search_runs = [t for t, _x, _y in runs(reader.pages[1])]
    buy_runs = [t for t, _x, _y in runs(reader.pages[2])]
    assert "17" in search_runs and "17" not in buy_runs
    assert "23" in buy_runs and "23" not in search_runs


def test_handout_never_cuts_a_page_through_a_vote_plate(tmp_path: Path) -> None:
    """A phase far taller than a page, with votes on every card: each total prints once (cuts go
    above a plate, not between it and its card)."""
    m = small_map(cards_per_cell=20)
    for i, card in enumerate(m.cards.values()):
        card.text = f"Card {i}"  # one line each: the columns line up, so clean cuts exist
        card.votes = {"#0072b2": 100 + i}
    reader, _ = export(m, tmp_path / "tall.pdf", mode=Mode.HANDOUT, page_size="A4", date=DATE)
    assert len(reader.pages) > 3
    totals = [t for page in reader.pages[1:] for t, _x, _y in runs(page) if t.isdigit() and len(t) == 3]
    assert sorted(totals) == sorted(str(100 + i) for i in range(len(m.cards)))


# -- Finnish -----------------------------------------------------------------------------------
def test_finnish_map_prints_finnish_marks_and_legend(tmp_path: Path) -> None:
    reader, _ = export(marked_map("fi"), tmp_path / "fi.pdf", date=DATE)
    text = all_text(reader)
    for expected in (
        "NPS +30  n=10",
        "CES 60 % vähemmän  n=5",
        "NPS −75  n=4",
        "Totuuden hetki",
        "Pisteäänet:",
        "suosittelijat 9–10",
        "arvostelijat 0–6",
        "odotettua vähemmän",
        "paljon odotettua enemmän vaivaa",
    ):
        assert squeeze(expected) in text, expected
    for english in ("less", "Dotvotes", "promoters", "detractors", "muchlesseffort", "Momentoftruth"):
        assert english not in text, english


def test_handout_page_breaks_fall_above_stars_and_plates() -> None:
    from cxdesigner.export.pdf_handout import _slices, handout_style
    from cxdesigner.export.pdf_sheet import submap
    from cxdesigner.layout import compute_layout
    from cxdesigner.layout.marks import mark_reach, mark_scale, marks_of

    m = small_map(cards_per_cell=20)
    for i, card in enumerate(m.cards.values()):
        card.text = f"Card {i}"
        card.votes = {"#0072b2": 1} if i % 2 else {}
        card.moment_of_truth = i % 3 == 0
    phase = m.phases[0]
    layout = compute_layout(submap(m, [phase]), handout_style())
    marks = marks_of(m)
    slices = _slices(layout, 400.0, 350.0, phase, [], marks)
    assert len(slices) > 3
    reach = mark_reach(mark_scale(layout.style))
    marked = [c for c in layout.cards.values() if c.id in marks.votes or c.id in marks.card_stars]
    for piece in slices[1:]:
        for card in marked:
            assert not card.rect.y - reach + 1e-6 < piece.start < card.rect.bottom, (card.id, piece.start)
