"""What is on the pages: every text, Finnish letters, literal markup, fonts, metadata, outline."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from cxdesigner import resources
from cxdesigner.commands import History, add_card
from cxdesigner.export.pdf import export_pdf
from cxdesigner.export.pdf_options import ExportCancelled, PdfOptions
from cxdesigner.model import LaneKind
from cxdesigner.templates import load_template
from tests.factories import generated_map, small_map

from .helpers import all_text, export, map_texts, outline_titles, printed_sizes, squeeze

TEMPLATES = resources.template_names()
MODES = ["fit", "poster", "handout"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_phase_touchpoint_lane_and_card_text_is_printed(tmp_path, name: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    m = load_template(name)
    reader, _ = export(m, tmp_path / "out.pdf", mode=mode, page_size="A3")
    text = all_text(reader)
    for expected in map_texts(m):
        assert squeeze(expected) in text, expected
    if mode != "handout":
        assert squeeze(m.title) in text


def test_finnish_letters_survive(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = load_template("palvelupolku-fi")
    reader, warnings = export(m, tmp_path / "fi.pdf", mode="fit")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "ä" in text and "ö" in text
    assert "Tarpeen syntyminen" in text
    assert warnings == [] or all("font has no glyph" not in w for w in warnings)


def test_title_block_and_legend(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = load_template("service-journey-en")
    reader, _ = export(m, tmp_path / "t.pdf", mode="fit", title="Workshop copy", source_name="maya.cxmap")
    text = all_text(reader)
    for expected in (
        "Workshop copy",
        m.persona.name,
        m.description,
        "maya.cxmap",
        "Legend",
        "Moment of truth",
        "Pain points",
        "+2 very positive",
        "−2 very negative",
        "Channels:",
        "Page 1 of 1",
    ):
        assert squeeze(expected) in text, expected


MARKUP = ["<b>bold?</b>", "Tom &amp; Jerry", "<img src='/etc/passwd'/>", "an unclosed <i>italic", "<font size=40>x"]


@pytest.mark.parametrize("mode", MODES)
def test_markup_like_text_prints_literally(tmp_path, mode: str) -> None:  # type: ignore[no-untyped-def]
    m = small_map(cards_per_cell=0)
    h = History(m)
    lane = next(ln for ln in m.lanes if ln.kind is LaneKind.THINKS)
    for i, text in enumerate(MARKUP):
        h.push(add_card(m, lane.id, m.touchpoints()[i % 3].id, text))
    m.phases[0].name = "<b>Phase</b> & co"
    reader, _ = export(m, tmp_path / "markup.pdf", mode=mode)
    text = all_text(reader)
    for literal in MARKUP + ["<b>Phase</b> & co"]:
        assert squeeze(literal) in text, literal
    assert "root:" not in text
    for page in reader.pages:  # nothing was opened and placed: no images at all
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        assert not xobjects


def test_a_2000_card_map_exports(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = generated_map(2000)
    reader, warnings = export(m, tmp_path / "big.pdf", mode="fit", page_size="A0")
    assert len(reader.pages) == 1
    text = all_text(reader)
    missing = [c.id for c in m.cards.values() if squeeze(c.text) not in text]
    assert missing == []


def test_a_2000_card_poster_and_handout(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = generated_map(2000)
    poster, _ = export(m, tmp_path / "poster.pdf", mode="poster", page_size="A1")
    handout, _ = export(m, tmp_path / "handout.pdf", mode="handout", page_size="A4")
    for reader in (poster, handout):
        text = all_text(reader)
        assert [c.id for c in m.cards.values() if squeeze(c.text) not in text] == []


def test_metadata_and_outline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = load_template("service-journey-en")
    reader, _ = export(m, tmp_path / "meta.pdf", mode="fit", author="CX team")
    meta = reader.metadata
    assert meta.title == m.title
    assert meta.author == "CX team"
    assert m.persona.name in meta.subject
    assert meta.creator.startswith("CX Designer")
    assert outline_titles(reader) == [p.name for p in m.phases]


@pytest.mark.parametrize("mode", ["poster", "handout"])
def test_outline_has_every_phase(tmp_path, mode: str) -> None:  # type: ignore[no-untyped-def]
    m = load_template("palvelupolku-fi")
    reader, _ = export(m, tmp_path / "o.pdf", mode=mode)
    titles = outline_titles(reader)
    assert [t for t in titles if t not in ("Cover", "Kansilehti")] == [p.name for p in m.phases]  # fi: Kansilehti


def test_fonts_are_embedded_and_nothing_else_is_used(tmp_path) -> None:  # type: ignore[no-untyped-def]
    reader, _ = export(load_template("service-journey-en"), tmp_path / "f.pdf", mode="handout")
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font  # selectable, searchable text


def test_missing_glyphs_are_reported_naming_the_card(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    card.text = "顧客の声 (voice of the customer)"
    reader, warnings = export(m, tmp_path / "cjk.pdf", mode="fit")
    assert len(warnings) == 1
    assert card.id in warnings[0] and "顧" in warnings[0] and "U+9867" in warnings[0]
    assert "voiceofthecustomer" in all_text(reader)


def test_a_card_taller_than_a_handout_page_continues_visibly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    words = [f"word{i:04d}" for i in range(1500)]
    card.text = " ".join(words)
    reader, warnings = export(m, tmp_path / "tall.pdf", mode="handout", page_size="A4")
    assert any(card.id in w and "taller than a handout page" in w for w in warnings)
    text = all_text(reader)
    assert all(w in text for w in words)
    assert squeeze("continues on the next page") in text


def test_lane_subset_prints_only_those_lanes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = load_template("service-journey-en")
    keep = [ln for ln in m.lanes if ln.kind in (LaneKind.PAIN_POINTS, LaneKind.EMOTION_CURVE)]
    reader, _ = export(m, tmp_path / "sub.pdf", mode="fit", lane_ids=tuple(ln.id for ln in keep))
    text = all_text(reader)
    for expected in map_texts(m, {ln.id for ln in keep}):
        assert squeeze(expected) in text
    thinks = [c.text for c in m.cards.values() if m.lane(c.lane_id).kind is LaneKind.THINKS]
    assert thinks and all(squeeze(t) not in text for t in thinks)


def test_progress_reaches_the_total_and_cancel_writes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    m = generated_map(600)
    calls: list[tuple[int, int]] = []
    export_pdf(m, tmp_path / "p.pdf", PdfOptions(mode="poster"), progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[-1][0] == calls[-1][1] and len(calls) > 3
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(m, target, PdfOptions(), progress=lambda d, t: d < t / 2)
    assert not target.exists()
    assert PdfReader(tmp_path / "p.pdf").pages


@pytest.mark.parametrize("page_size", ["A4", "Letter", "A3"])
def test_handout_prints_cards_in_large_type(tmp_path, page_size: str) -> None:  # type: ignore[no-untyped-def]
    m = load_template("service-journey-en")
    handout, warnings = export(m, tmp_path / "h.pdf", mode="handout", page_size=page_size)
    fit, _ = export(m, tmp_path / "f.pdf", mode="fit", page_size=page_size)
    card = next(c for c in m.cards.values() if c.text.startswith("Prices"))
    first_word = card.text.split()[0]
    assert min(printed_sizes(handout, first_word)) >= 9.5
    assert max(printed_sizes(fit, first_word)) < min(printed_sizes(handout, first_word))
    assert warnings == []
