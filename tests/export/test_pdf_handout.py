"""Handout pagination: every line of every card prints whole, on exactly one page, unmasked."""

from __future__ import annotations

import pytest

from cxdesigner.export import pdf_handout as handout
from cxdesigner.export.pdf_sheet import submap
from cxdesigner.layout import compute_layout
from tests.factories import generated_map, small_map


def _layout_and_slices(m, page_w: float, room: float):  # type: ignore[no-untyped-def]
    phase = m.phases[0]
    style = handout.handout_style(handout.column_width_for(page_w, len(phase.touchpoints)))
    layout = compute_layout(submap(m, [phase]), style, title="t")
    warnings: list[str] = []
    return layout, handout._slices(layout, room, room - 100, phase, warnings), warnings


def _whole_once(layout, slices) -> None:  # type: ignore[no-untyped-def]
    eps = 1e-6
    for card in layout.cards.values():
        block = card.text
        for i in range(len(block.lines)):
            top, bottom = block.y + i * block.line_height, block.y + (i + 1) * block.line_height
            shown = [
                k
                for k, piece in enumerate(slices)
                if piece.start - eps <= top
                and bottom <= piece.end + eps
                and not any(
                    r.x < card.rect.right and card.rect.x < r.right and r.y < bottom - eps and top + eps < r.bottom
                    for r, _ in piece.masks
                )
            ]
            assert len(shown) >= 1, (card.id, i)
    for a, b in zip(slices, slices[1:], strict=False):
        assert b.start <= a.end + 1e-6  # no gap between pages


@pytest.mark.parametrize("room", [300.0, 555.0, 900.0])
def test_dense_phase_lines_print_whole(room: float) -> None:
    layout, slices, _ = _layout_and_slices(generated_map(600), 842.0, room)
    assert len(slices) > 1
    _whole_once(layout, slices)


def test_card_taller_than_a_page_prints_every_line_and_warns() -> None:
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    card.text = " ".join(f"w{i}" for i in range(2000))
    layout, slices, warnings = _layout_and_slices(m, 842.0, 500.0)
    assert len(slices) > 3
    _whole_once(layout, slices)
    assert warnings == [
        f"Card {card.id} in phase “Search” is taller than a handout page; it continues on the next page."
    ]


@pytest.mark.parametrize(
    ("language", "above", "below"),
    [
        ("en", "▲ continued from the previous page", "▼ continues on the next page"),
        ("fi", "▲ jatkuu edelliseltä sivulta", "▼ jatkuu seuraavalla sivulla"),
    ],
)
def test_a_phase_over_several_pages_says_so_in_the_maps_language(language: str, above: str, below: str) -> None:
    import io

    from pypdf import PdfReader

    from cxdesigner.export.pdf import build_pdf
    from cxdesigner.export.pdf_options import PdfOptions

    m = generated_map(600)
    m.language = language
    data, _warnings = build_pdf(m, PdfOptions(mode="handout"))
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert any(below in t for t in texts) and any(above in t for t in texts)
    other = "▼ continues on the next page" if language == "fi" else "▼ jatkuu seuraavalla sivulla"
    assert not any(other in t for t in texts)


@pytest.mark.parametrize(("language", "note"), [("en", "(continued)"), ("fi", "(jatkuu)")])
def test_a_lane_cut_by_a_page_break_is_named_again_in_the_maps_language(language: str, note: str) -> None:
    import io

    from pypdf import PdfReader

    from cxdesigner.export.pdf import build_pdf
    from cxdesigner.export.pdf_options import PdfOptions

    m = small_map(cards_per_cell=1)
    m.language = language
    next(iter(m.cards.values())).text = " ".join(f"w{i}" for i in range(2000))  # taller than a page
    data, _warnings = build_pdf(m, PdfOptions(mode="handout"))
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert sum(note in t for t in texts) >= 2
    assert language == "en" or not any("(continued)" in t for t in texts)
