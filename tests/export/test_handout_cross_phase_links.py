"""Handout phase pages show links to other phases' cards: a stub at the card's side and the other
phase's number and name. Real PDFs, read back with pypdf and rendered with pypdfium2."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cxdesigner.commands import History, add_card, add_lane, add_phase, add_touchpoint, edits
from cxdesigner.export.pdf_handout import column_width_for, handout_style
from cxdesigner.export.pdf_handout_links import StubMark, cross_links, stub_marks, with_room
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.export.pdf_pages import PAGE_MARGIN
from cxdesigner.export.pdf_sheet import submap
from cxdesigner.layout import Layout, compute_layout
from cxdesigner.layout.links import LINK_STYLES, Side
from cxdesigner.model import Channel, JourneyMap, LaneKind, LinkKind
from tests.export.helpers import export

DATE = _dt.date(2026, 3, 14)
ZOOM = 3.0
NOTE_EN = "A short arrow at a card's edge with a phase's number and name: a link to a card in that phase"
NOTE_FI = "Lyhyt nuoli kortin reunassa sekä vaiheen numero ja nimi: yhteys kyseisen vaiheen korttiin"


def _journey(language: str = "en") -> JourneyMap:
    """Three phases of one touchpoint each; lanes thinks, pain points, improvements; a card per cell."""
    m = JourneyMap("Cross-phase links", "", language)
    h = History(m)
    for name in ("Aware", "Choose", "Use"):
        h.push(add_phase(m, name))
    for phase, name in zip(m.phases, ("Advert", "Compare", "App"), strict=True):
        h.push(add_touchpoint(m, phase.id, name, Channel.WEB))
    for kind in (LaneKind.THINKS, LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS):
        h.push(add_lane(m, kind))
    for lane in m.lanes:
        for tp in m.touchpoints():
            h.push(add_card(m, lane.id, tp.id, f"{lane.kind.value} at {tp.name}"))
    return m


def _card(m: JourneyMap, lane: int, phase: int) -> str:
    """The card of lane ``lane`` (from 0) in phase ``phase`` (from 1)."""
    return m.cells[(m.lanes[lane].id, m.phases[phase - 1].touchpoints[0].id)][0]


def _link(m: JourneyMap, source: str, target: str, kind: LinkKind = LinkKind.FLOW) -> None:
    History(m).push(edits.add_link(m, source, target, kind))


def _pages(path: Path) -> tuple[str, dict[int, list[str]]]:
    """The cover's text, and each phase number's pages' texts (found by their footers)."""
    texts = [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]
    phases: dict[int, list[str]] = {}
    for text in texts[1:]:
        number = next(n for n in (1, 2, 3) if f"Phase {n} of 3" in text or f"Vaihe {n}/3" in text)
        phases.setdefault(number, []).append(text)
    return texts[0], phases


def test_the_label_prints_on_both_phase_pages_and_no_other(tmp_path: Path) -> None:
    m = _journey()
    _link(m, _card(m, 0, 1), _card(m, 0, 3))  # Aware → Use
    _link(m, _card(m, 0, 2), _card(m, 1, 2))  # within Choose: a whole path, no label
    export(m, tmp_path / "h.pdf", mode="handout", date=DATE)
    cover, phases = _pages(tmp_path / "h.pdf")
    assert "3 Use" in phases[1][0] and "1 Aware" in phases[3][0]
    assert "1 Aware" not in phases[1][0] and "3 Use" not in phases[3][0]
    for text in [cover, *phases[2]]:
        assert "3 Use" not in text and "1 Aware" not in text and "2 Choose" not in text
    assert "Flow, earlier to later" in cover and NOTE_EN in cover


def test_several_links_to_one_phase_merge_into_one_counted_label(tmp_path: Path) -> None:
    m = _journey()
    hub = _card(m, 0, 1)
    _link(m, hub, _card(m, 0, 3))
    _link(m, hub, _card(m, 1, 3))
    _link(m, _card(m, 2, 3), hub, LinkKind.ADDRESSES)  # another kind: its own line
    export(m, tmp_path / "h.pdf", mode="handout", date=DATE)
    _cover, phases = _pages(tmp_path / "h.pdf")
    assert phases[1][0].count("3 Use (2)") == 1
    assert phases[1][0].count("3 Use") == 2  # the flows, counted; the improvement addressing it
    assert phases[3][0].count("1 Aware") == 3  # one beside each of the three cards


@pytest.mark.parametrize("hide", ["lane_ids", "hidden"])
def test_a_link_to_a_card_on_a_hidden_lane_prints_nothing(tmp_path: Path, hide: str) -> None:
    m = _journey()
    _link(m, _card(m, 0, 1), _card(m, 2, 3))  # thinks at Aware → improvements at Use
    options: dict[str, object] = {}
    if hide == "lane_ids":
        options["lane_ids"] = (m.lanes[0].id, m.lanes[1].id)
    else:
        m.lanes[2].hidden = True
    export(m, tmp_path / "h.pdf", mode="handout", date=DATE, **options)
    cover, phases = _pages(tmp_path / "h.pdf")
    everything = " ".join([cover, *(t for texts in phases.values() for t in texts)])
    assert "3 Use" not in everything and "1 Aware" not in everything
    assert "Flow, earlier to later" not in cover and NOTE_EN not in cover


def test_a_finnish_map_prints_the_finnish_words(tmp_path: Path) -> None:
    m = _journey("fi")
    for phase, name in zip(m.phases, ("Herääminen", "Valinta", "Käyttö"), strict=True):
        phase.name = name
    _link(m, _card(m, 0, 1), _card(m, 0, 3))
    export(m, tmp_path / "h.pdf", mode="handout", date=DATE)
    cover, phases = _pages(tmp_path / "h.pdf")
    assert NOTE_FI in cover and NOTE_EN not in cover
    assert "Kulku, aiemmasta myöhempään" in cover
    assert "3 Käyttö" in phases[1][0] and "1 Herääminen" in phases[3][0]


def test_a_card_cut_across_pages_shows_its_label_once_where_its_top_is(tmp_path: Path) -> None:
    m = _journey()
    tall = _card(m, 0, 1)
    m.cards[tall].text = " ".join(f"word{i}" for i in range(900))
    _link(m, tall, _card(m, 0, 3))
    export(m, tmp_path / "h.pdf", mode="handout", orientation="portrait", date=DATE)
    _cover, phases = _pages(tmp_path / "h.pdf")
    assert len(phases[1]) >= 2
    assert ["3 Use" in text for text in phases[1]] == [True] + [False] * (len(phases[1]) - 1)
    assert "word0 " in phases[1][0]  # the page with the card's top


def _phase_layout(m: JourneyMap, number: int) -> tuple[Layout, list[StubMark], float]:
    """The phase's layout and stubs as the portrait A4 handout draws them, and its scale."""
    options = PdfOptions(mode="handout", orientation="portrait")
    phase = m.phases[number - 1]
    size = options.page(landscape=False)
    style = handout_style(column_width_for(size[0], len(phase.touchpoints)))
    plan = cross_links(m, number, None)
    layout = compute_layout(with_room(submap(m, [phase]), plan), style, title=m.title)
    return layout, stub_marks(layout, plan), min(1.0, (size[0] - 2 * PAGE_MARGIN) / layout.width)


def _near(rgb: tuple[int, int, int], hex_: str, tolerance: int = 60) -> bool:
    want = tuple(int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, want, strict=True))


def _inked(image, s: float, x0: float, x1: float, y: float, ink: str) -> int:  # type: ignore[no-untyped-def]
    """Pixels near ``ink`` between layout x0…x1, within 3 points of layout height y (first page slice)."""
    px = range(round((PAGE_MARGIN + x0 * s) * ZOOM), round((PAGE_MARGIN + x1 * s) * ZOOM) + 1)
    py = range(round((PAGE_MARGIN + (y - 3) * s) * ZOOM), round((PAGE_MARGIN + (y + 3) * s) * ZOOM) + 1)
    return sum(_near(image.getpixel((x, yy)), ink) for x in px for yy in py)


@pytest.mark.parametrize("kind", list(LinkKind))
def test_the_stub_is_drawn_in_its_kinds_style_facing_the_other_phase(tmp_path: Path, kind: LinkKind) -> None:
    m = _journey()
    source, target = _card(m, 0, 1), _card(m, 0, 3)
    _link(m, source, target, kind)
    export(m, tmp_path / "h.pdf", mode="handout", orientation="portrait", date=DATE)
    images = [p.render(scale=ZOOM).to_pil().convert("RGB") for p in pdfium.PdfDocument(str(tmp_path / "h.pdf"))]
    ink = LINK_STYLES[kind].color
    for number, card_id, side, image in ((1, source, Side.RIGHT, images[1]), (3, target, Side.LEFT, images[3])):
        layout, (mark,), s = _phase_layout(m, number)
        assert mark.link.side is side and mark.link.card_id == card_id
        box = layout.cards[card_id]
        r, y = box.rect, mark.path.start[1]
        # The card's own fill at its top-left: the page is placed where the test thinks it is.
        corner = (round((PAGE_MARGIN + (r.x + 3) * s) * ZOOM), round((PAGE_MARGIN + (r.y + 2) * s) * ZOOM))
        assert _near(image.getpixel(corner), box.color, 12)
        right = _inked(image, s, r.right + 1.5, r.right + 6, y, ink)
        left = _inked(image, s, r.x - 6, r.x - 1.5, y, ink)
        facing, other = (right, left) if side is Side.RIGHT else (left, right)
        assert facing > 5 and other == 0, (number, facing, other)
        # The stub runs along the link: out of the source's card, into the target's (both rightwards).
        start, end = mark.path.start[0], mark.path.end[0]
        assert start < end and (end > r.right if number == 1 else start < r.x < end)


def test_the_fit_page_draws_a_cross_phase_link_whole_without_labels(tmp_path: Path) -> None:
    m = _journey()
    _link(m, _card(m, 0, 1), _card(m, 0, 3))
    export(m, tmp_path / "fit.pdf", date=DATE)
    text = " ".join(PdfReader(tmp_path / "fit.pdf").pages[0].extract_text().split())
    assert "3 Use" not in text and "1 Aware" not in text and NOTE_EN not in text
    assert len(compute_layout(m).links) == 1
