"""Random maps, including hostile text, export in every mode with every card text on the pages."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cxdesigner.export.pdf import build_pdf
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.model import Card, Channel, JourneyMap, Lane, LaneKind, Phase, Touchpoint

from .helpers import squeeze

# Printable text DejaVu has glyphs for: Latin with Finnish letters, markup characters, newlines.
TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöåÄÖ <>&;'\"/=#\n-–0123456789", min_size=1, max_size=120).filter(
    lambda t: t.strip()
)


@st.composite
def maps(draw) -> JourneyMap:  # type: ignore[no-untyped-def]
    m = JourneyMap(draw(TEXT), draw(TEXT), "fi")
    number = iter(range(1, 10_000))
    for _ in range(draw(st.integers(1, 4))):
        phase = Phase(f"ph-{next(number)}", draw(TEXT))
        for _ in range(draw(st.integers(0, 3))):
            phase.touchpoints.append(
                Touchpoint(
                    f"tp-{next(number)}",
                    draw(TEXT),
                    draw(st.sampled_from(list(Channel))),
                    draw(st.booleans()),
                    draw(st.one_of(st.none(), st.integers(-2, 2))),
                )
            )
        m.phases.append(phase)
    kinds = draw(st.lists(st.sampled_from(list(LaneKind)), min_size=1, max_size=5))
    for kind in kinds:
        m.lanes.append(Lane(f"ln-{next(number)}", kind, draw(TEXT)))
    anchors = [p.id for p in m.phases] + [tp.id for tp in m.touchpoints()]
    card_lanes = [ln for ln in m.lanes if ln.kind.holds_cards]
    for _ in range(draw(st.integers(0, 12)) if card_lanes else 0):
        card = Card(
            f"cd-{next(number)}", draw(TEXT), draw(st.sampled_from(card_lanes)).id, draw(st.sampled_from(anchors))
        )
        m.cards[card.id] = card
        m.cells.setdefault(card.cell, []).append(card.id)
    m.rebuild_index()
    m.check_invariants()
    return m


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(m=maps(), mode=st.sampled_from(["fit", "poster", "handout"]), size=st.sampled_from(["A4", "Letter", "A2"]))
def test_random_maps_print_every_card(tmp_path_factory, m: JourneyMap, mode: str, size: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("pdf") / "m.pdf"
    data, warnings = build_pdf(m, PdfOptions(mode=mode, page_size=size))
    path.write_bytes(data)
    reader = PdfReader(path)
    text = squeeze("".join(page.extract_text() for page in reader.pages))
    for card in m.cards.values():
        assert squeeze(card.text) in text
    for phase in m.phases:
        assert squeeze(phase.name) in text
    assert all("font has no glyph" not in w for w in warnings)
