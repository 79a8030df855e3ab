"""The PDF prints each card's follow-up line (status · owner · priority) in every mode, and the
handout never cuts it: real PDFs read back with pypdf and rendered with pypdfium2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cxdesigner.export import pdf_handout as handout
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.export.pdf_pages import PAGE_MARGIN
from cxdesigner.export.pdf_sheet import submap
from cxdesigner.layout import compute_layout
from cxdesigner.model import JourneyMap, Priority, Status
from tests.export.helpers import all_text, export, printed_sizes, squeeze
from tests.factories import small_map

DATE = dt.date(2024, 5, 6)
ZOOM = 2.0


def _with_follow_up(language: str = "en") -> JourneyMap:
    m = small_map(cards_per_cell=1)
    m.language = language
    web, friends, store = m.touchpoints()
    thinks, feels = m.lanes[0].id, m.lanes[1].id
    first = m.cards[m.cells[(thinks, web.id)][0]]
    first.status, first.owner, first.priority = Status.IN_PROGRESS, "Maija Virtanen", Priority.HIGH
    m.cards[m.cells[(feels, friends.id)][0]].status = Status.DONE
    m.cards[m.cells[(thinks, store.id)][0]].owner = "Ahmed"
    return m


@pytest.mark.parametrize("mode", ["fit", "poster", "handout"])
def test_every_mode_prints_the_follow_up_words_smaller_than_the_card_text(tmp_path: Path, mode: str) -> None:
    reader, _ = export(_with_follow_up(), tmp_path / "m.pdf", mode=mode, date=DATE)
    text = all_text(reader)
    assert squeeze("In progress · Maija Virtanen · High priority") in text
    assert squeeze("✓ Done") in text
    assert "Ahmed" in text
    card_size = max(printed_sizes(reader, "Thinks at Web #0"))
    meta_size = max(printed_sizes(reader, "Maija"))
    assert 0 < meta_size < card_size


@pytest.mark.parametrize("mode", ["fit", "handout"])
def test_a_finnish_map_prints_the_follow_up_in_finnish(tmp_path: Path, mode: str) -> None:
    reader, _ = export(_with_follow_up("fi"), tmp_path / "fi.pdf", mode=mode, date=DATE)
    text = all_text(reader)
    assert squeeze("Työn alla · Maija Virtanen") in text
    assert squeeze("✓ Valmis") in text
    assert "Inprogress" not in text and "Done" not in text


def _cut_through_meta() -> tuple[JourneyMap, str]:
    """A map whose first handout page (A4 portrait) would end inside a card's follow-up line."""
    options = PdfOptions(mode="handout", orientation="portrait")
    page_w, page_h = options.page(landscape=False)
    for words in range(40, 200):
        m = _with_follow_up()
        card = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][0]
        m.cards[card].text = " ".join(f"word{i}" for i in range(words))
        phase = m.phases[0]
        style = handout.handout_style(handout.column_width_for(page_w, len(phase.touchpoints)))
        layout = compute_layout(submap(m, [phase]), style, title=m.title)
        s = min(1.0, (page_w - 2 * PAGE_MARGIN) / layout.width)
        first_page = (page_h - 2 * PAGE_MARGIN - 2 * handout._NOTE_ROOM) / s
        meta = layout.cards[card].meta
        if meta.y + 2 < first_page < meta.y + meta.height - 2:
            return m, card
    raise AssertionError("no card length puts the page end inside the follow-up line")


def _places(reader: PdfReader, snippet: str) -> list[list[tuple[float, float, float]]]:
    """Per page: (x, baseline y, size) in page points of each line that contains ``snippet``."""
    found: list[list[tuple[float, float, float]]] = []
    for page in reader.pages:
        spots: list[tuple[float, float, float]] = []

        def visit(text, cm, tm, font, size, spots=spots) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
            if snippet in text:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                spots.append((x, y, size * cm[0] * tm[0]))

        page.extract_text(visitor_text=visit)
        found.append(spots)
    return found


def _inked(image, page_h: float, x: float, y: float, size: float) -> int:  # type: ignore[no-untyped-def]
    """Dark pixels where a line of ``size`` points starting at (x, baseline y) would print."""
    width, height = image.size
    xs = range(max(0, round(x * ZOOM)), min(width, round((x + 4 * size) * ZOOM)))
    ys = range(max(0, round((page_h - y - 0.7 * size) * ZOOM)), min(height, round((page_h - y) * ZOOM)))
    return sum(max(image.getpixel((px, py))) < 150 for px in xs for py in ys)


def test_a_handout_page_break_through_a_card_keeps_its_follow_up_line_whole(tmp_path: Path) -> None:
    m, card = _cut_through_meta()
    last = m.cards[card].text.split()[-1]
    reader, _ = export(m, tmp_path / "h.pdf", mode="handout", orientation="portrait", date=DATE)
    page_h = float(reader.pages[0].mediabox.height)
    images = [p.render(scale=ZOOM).to_pil().convert("RGB") for p in pdfium.PdfDocument(str(tmp_path / "h.pdf"))]
    metas = _places(reader, "Maija")
    second_lines = _places(reader, "High priority")
    last_lines = _places(reader, last)
    drawn = [i for i, spots in enumerate(metas) if spots]
    assert len(drawn) == 2  # the card is drawn on both pages of its phase (clipped and masked)
    shown = [i for i in drawn if any(_inked(images[i], page_h, *spot) for spot in metas[i])]
    assert len(shown) == 1, shown  # printed on exactly one page…
    page = shown[0]
    # …with its second line and the card's last line of text, none of them on the other page.
    assert all(_inked(images[page], page_h, *spot) > 10 for spot in second_lines[page] + last_lines[page])
    other = next(i for i in drawn if i != page)
    assert not any(_inked(images[other], page_h, *spot) for spot in metas[other] + second_lines[other])
    assert not any(_inked(images[other], page_h, *spot) for spot in last_lines[other])


@pytest.mark.parametrize("room", [220.0, 260.0, 300.0, 340.0, 555.0])
def test_handout_slices_never_show_part_of_a_follow_up_line(room: float) -> None:
    m = small_map(cards_per_cell=4)
    for n, card in enumerate(m.cards.values()):
        card.text = " ".join(["words"] * (3 + 7 * (n % 5)))
        card.status, card.owner = list(Status)[n % 4], "Owner Name " * (n % 3)
    phase = m.phases[0]
    layout = compute_layout(submap(m, [phase]), handout.handout_style(), title="t")
    slices = handout._slices(layout, room, room, phase, [])
    assert len(slices) > 1
    eps = 1e-6
    for box in layout.cards.values():
        meta = box.meta
        top, bottom = meta.y, meta.y + meta.height
        whole = 0
        for piece in slices:
            lo, hi = max(top, piece.start), min(bottom, piece.end)
            if hi <= lo + eps:
                continue
            hidden = any(
                r.x < box.rect.right and box.rect.x < r.right and r.y <= lo + eps and hi - eps <= r.bottom
                for r, _ in piece.masks
            )
            if hidden:
                continue
            assert lo <= top + eps and bottom - eps <= hi, (box.id, piece)  # never part of it
            whole += 1
            last = box.text.baseline(len(box.text.lines) - 1) - box.text.ascent
            assert piece.start - eps <= last  # with the card's last line of text
        assert whole >= 1, box.id
