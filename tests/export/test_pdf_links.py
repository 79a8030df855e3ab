"""Links between cards in the PDF, in every mode: rendered with pypdfium2 and checked by pixel.

The same map is exported with and without a link; the link's ink must show along its path
(where :func:`cxdesigner.layout.links.link_paths` puts it) and nowhere without it.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from cxdesigner.commands import History, edits
from cxdesigner.export.pdf_links import draw_links
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.export.pdf_pages import PAGE_MARGIN, fit_scale
from cxdesigner.export.pdf_sheet import build_sheet
from cxdesigner.layout import compute_layout, default_style
from cxdesigner.layout.links import LINK_STYLES, link_paths
from cxdesigner.model import LinkKind
from tests.export.helpers import export
from tests.factories import small_map

DATE = _dt.date(2026, 3, 14)
ZOOM = 3.0


def _ids(m):  # noqa: ANN001, ANN202 - (thinks at Web #0, thinks at Friends #0, thinks at Store #0)
    thinks = m.lanes[0].id
    return tuple(m.cells[(thinks, tp.id)][0] for tp in m.touchpoints())


def _linked(kind: LinkKind, pair: str = "neighbours"):  # noqa: ANN202
    m = small_map()
    web, friends, store = _ids(m)
    ends = [web, friends] if pair == "neighbours" else [web, store]
    History(m).push(edits.link_cards(m, ends, kind))
    return m


def _render(path: Path) -> list:  # type: ignore[type-arg]
    return [page.render(scale=ZOOM).to_pil().convert("RGB") for page in pdfium.PdfDocument(str(path))]


def _ink(image, hex_: str, tolerance: int = 40) -> int:  # noqa: ANN001
    """How many pixels of ``image`` are near the colour ``hex_``."""
    w, h = image.size
    return sum(n for n, rgb in image.getcolors(w * h) if _near(rgb, hex_, tolerance))


def _darkness(rgb: tuple[int, int, int]) -> int:
    return 765 - sum(rgb)


def _near(rgb: tuple[int, int, int], hex_: str, tolerance: int = 60) -> bool:
    want = tuple(int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, want, strict=True))


def _fit_to_pixels(m, image):  # noqa: ANN001, ANN202
    """Sheet point (y down) → image pixel, as pdf_fit places the sheet on its page."""
    options = PdfOptions(date=DATE)
    sheet = build_sheet(m, default_style(), None, None, "", DATE)
    page_w, page_h = options.page_for(sheet.width, sheet.height)
    aw, ah = page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN
    s = fit_scale(sheet.width, sheet.height, aw, ah)
    left, top = PAGE_MARGIN + (aw - sheet.width * s) / 2, page_h - PAGE_MARGIN - (ah - sheet.height * s) / 2

    def to_px(x: float, y: float) -> tuple[int, int]:
        return round((left + x * s) * ZOOM), round(image.size[1] - (top - y * s) * ZOOM)

    return to_px


def _around(image, px: tuple[int, int], reach: int = 2) -> list[tuple[int, int, int]]:  # noqa: ANN001
    x0, y0 = px
    span = range(-reach, reach + 1)
    return [image.getpixel((x0 + dx, y0 + dy)) for dx in span for dy in span]


@pytest.mark.parametrize("kind", list(LinkKind))
def test_fit_page_draws_the_link_along_its_path_and_nothing_without_it(tmp_path: Path, kind: LinkKind) -> None:
    m = _linked(kind, "across")  # Web to Store: through the gutters and over a card of the Friends column
    export(m, tmp_path / "linked.pdf", date=DATE)
    layout = compute_layout(m, default_style())
    (path,) = link_paths(layout, m.links)
    linked_map = m.copy()
    History(m).push(edits.unlink_cards(m, [path.source, path.target]))
    assert m.links == {}
    export(m, tmp_path / "plain.pdf", date=DATE)
    (linked,), (plain,) = _render(tmp_path / "linked.pdf"), _render(tmp_path / "plain.pdf")
    # The legend explains links only when there are some, so the two sheets differ in height
    # and may fit at different scales: each page has its own placement.
    to_px, to_plain_px = _fit_to_pixels(linked_map, linked), _fit_to_pixels(m, plain)
    # The placement is right: each card's fill shows at its top-left corner.
    for box in layout.cards.values():
        r = box.rect
        assert _near(plain.getpixel(to_plain_px(r.x + 4, r.y + 2)), box.color, 12), box.id
        assert _near(linked.getpixel(to_px(r.x + 4, r.y + 2)), box.color, 12), box.id
    style = LINK_STYLES[kind]
    samples = [i / 16 for i in range(1, 16)]
    hits = in_gutters = gutter_hits = 0
    for t in samples:
        point = path.point_at(t)
        spot, plain_spot = to_px(*point), to_plain_px(*point)
        pairs = zip(_around(linked, spot), _around(plain, plain_spot), strict=True)
        darker = max(_darkness(a) - _darkness(b) for a, b in pairs)
        hit = darker >= 100
        hits += hit
        if not any(box.rect.x - 1 <= point[0] <= box.rect.right + 1 for box in layout.cards.values()
                   if box.rect.y <= point[1] <= box.rect.bottom):
            in_gutters += 1  # between cards: without the link only paper and grid lines show here
            gutter_hits += hit
            assert all(_darkness(p) < 200 for p in _around(plain, plain_spot)), t
    assert in_gutters >= 2 and gutter_hits >= 1
    assert hits >= (len(samples) // 2 if style.dash else len(samples) - 1), hits
    mid = to_px(*path.midpoint)
    assert any(_near(p, style.color, 50) for p in _around(linked, mid, 4))  # the midpoint: its ink


def test_handout_draws_a_link_on_the_page_of_its_phase_only(tmp_path: Path) -> None:
    plain = small_map()
    export(plain, tmp_path / "plain.pdf", mode="handout", date=DATE)
    same_phase = _linked(LinkKind.ADDRESSES, "neighbours")  # Web and Friends: both in "Search"
    export(same_phase, tmp_path / "same.pdf", mode="handout", date=DATE)
    across = _linked(LinkKind.ADDRESSES, "across")  # Web ("Search") to Store ("Buy")
    export(across, tmp_path / "across.pdf", mode="handout", date=DATE)
    base, same, other = (_render(tmp_path / f"{n}.pdf") for n in ("plain", "same", "across"))
    assert len(base) == len(same) == len(other) >= 3  # cover, Search, Buy
    ink = LINK_STYLES[LinkKind.ADDRESSES].color
    changed = [i for i, (a, b) in enumerate(zip(base, same, strict=True)) if a.tobytes() != b.tobytes()]
    assert changed == [0, 1], changed  # the cover's legend names the link; the Search page draws it; not Buy
    inked = _ink(same[1], ink) - _ink(base[1], ink)
    assert inked > 50, inked
    # A link to a card on another phase's page has no card to end at there: each page draws a stub
    # beside its card instead (tests/export/test_handout_cross_phase_links.py), and the cover names it.
    assert all(a.tobytes() != b.tobytes() for a, b in zip(base, other, strict=True))


def test_poster_tiles_draw_the_link(tmp_path: Path) -> None:
    plain, linked = small_map(), _linked(LinkKind.FLOW, "neighbours")
    export(plain, tmp_path / "plain.pdf", mode="poster", page_size="A4", scale=150, date=DATE)
    export(linked, tmp_path / "linked.pdf", mode="poster", page_size="A4", scale=150, date=DATE)
    base, drawn = _render(tmp_path / "plain.pdf"), _render(tmp_path / "linked.pdf")
    assert len(base) == len(drawn) > 2  # the overview and at least two tiles
    ink = LINK_STYLES[LinkKind.FLOW].color
    inked = [_ink(b, ink) - _ink(a, ink) for a, b in zip(base, drawn, strict=True)]
    assert max(inked[1:]) > 50, inked  # a tile shows it at full size
    assert min(inked) >= 0


def test_the_layout_carries_the_links_and_draw_links_draws_each(tmp_path: Path) -> None:
    """One routing, in the layout: the PDF draws ``Layout.links``, as the canvas does."""
    from reportlab.pdfgen.canvas import Canvas

    m = _linked(LinkKind.ADDRESSES)
    layout = compute_layout(m, default_style())
    assert list(layout.links) == link_paths(layout, m.links) and len(layout.links) == 1

    class Recorder(Canvas):
        curves = 0

        def drawPath(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202, N802
            Recorder.curves += 1
            return super().drawPath(*args, **kwargs)

    c = Recorder(str(tmp_path / "x.pdf"))
    draw_links(c, layout)
    assert Recorder.curves == 2  # the curve and its head
    m.links.clear()
    draw_links(c, compute_layout(m, default_style()))
    assert Recorder.curves == 2  # no links, nothing drawn


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ["Flow, earlier to later", "Relates to"]), ("fi", ["Kulku, aiemmasta myöhempään", "Liittyy toiseen"])],
)
def test_the_legend_names_the_kinds_of_link_the_map_uses(tmp_path: Path, language: str, words: list[str]) -> None:
    from pypdf import PdfReader

    m = _linked(LinkKind.FLOW)
    m.language = language
    web, _friends, store = _ids(m)
    History(m).push(edits.link_cards(m, [web, store], LinkKind.RELATES))
    export(m, tmp_path / "links.pdf", date=DATE)
    text = " ".join(PdfReader(tmp_path / "links.pdf").pages[0].extract_text().split())
    for word in words:
        assert word in text
    addresses = "Improvement addresses pain point" if language == "en" else "Kehitysidea ratkaisee kipupisteen"
    assert addresses not in text  # only kinds the map uses

    plain = small_map()
    plain.language = language
    export(plain, tmp_path / "plain.pdf", date=DATE)
    plain_text = " ".join(PdfReader(tmp_path / "plain.pdf").pages[0].extract_text().split())
    assert not any(word in plain_text for word in words)


def test_the_handout_cover_legend_names_the_links_its_phase_pages_draw(tmp_path: Path) -> None:
    from pypdf import PdfReader

    def cover_text(m) -> str:  # noqa: ANN001
        export(m, tmp_path / "handout.pdf", mode="handout", date=DATE)
        return " ".join(PdfReader(tmp_path / "handout.pdf").pages[0].extract_text().split())

    assert "Flow, earlier to later" in cover_text(_linked(LinkKind.FLOW))  # both cards in "Search"
    # Across two phases the phase pages draw the link as stubs beside its cards: named too.
    assert "Flow, earlier to later" in cover_text(_linked(LinkKind.FLOW, "across"))
    assert "Flow, earlier to later" not in cover_text(small_map())
