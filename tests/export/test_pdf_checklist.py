"""The analysis checklist after the map: rows read back with pypdf, tick boxes checked by pixel,
long lists over several pages, "No findings", every mode, and the map's language."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cxdesigner.analysis import KINDS, analyze, kind_label, printed_wording
from cxdesigner.export.pdf_checklist import checklist_flow
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.model import JourneyMap
from cxdesigner.templates import load_template
from tests.factories import generated_map

from .helpers import export, outline_titles, page_sizes, squeeze

ZOOM = 2.0


def _text(reader: PdfReader, first: int = 0) -> str:
    return squeeze("".join(page.extract_text() or "" for page in reader.pages[first:]))


@pytest.fixture(scope="module")
def service_map() -> JourneyMap:
    return load_template("service-journey-en")


def test_every_finding_is_a_row_grouped_by_kind(service_map: JourneyMap, tmp_path: Path) -> None:
    reader, _ = export(service_map, tmp_path / "c.pdf", checklist=True, source_name="service.cxmap")
    findings = analyze(service_map, wording=printed_wording("en"))  # "−2", not "-2", on paper
    assert len(findings) > 10
    assert len(reader.pages) >= 2  # the map, then the checklist
    map_page = squeeze(reader.pages[0].extract_text())
    assert "Analysischecklist" not in map_page
    text = _text(reader, 1)
    assert text.startswith(squeeze("Analysis checklist" + service_map.title))
    assert squeeze(f"Findings: {len(findings)}") in text and "service.cxmap" in text
    for f in findings:
        assert squeeze(f.item_name) in text and squeeze(f.message) in text, f
    # Grouped: each kind's heading, with its count, in the order of KINDS, each once.
    positions = []
    for kind in KINDS:
        count = sum(f.kind == kind for f in findings)
        if count:
            heading = squeeze(f"{kind_label(kind)} ({count})")
            assert text.count(heading) == 1, heading
            positions.append(text.index(heading))
    assert positions == sorted(positions) and len(positions) >= 4
    # Each group's rows follow its heading: the last channel switch comes after its heading.
    switch = [f for f in findings if f.kind == "channel_switch"][-1]
    assert text.rindex(squeeze(switch.message)) > text.index(squeeze(kind_label("channel_switch")))
    assert "Analysis checklist" in outline_titles(reader)
    assert squeeze(f"Analysis checklist · Page 2 of {len(reader.pages)}") in squeeze(reader.pages[1].extract_text())


def test_a_long_list_runs_over_pages_and_says_so(tmp_path: Path) -> None:
    m = generated_map(120, phases=12, touchpoints_per_phase=8)
    findings = analyze(m)
    assert len(findings) > 120
    reader, _ = export(m, tmp_path / "long.pdf", checklist=True)
    pages = [squeeze(p.extract_text()) for p in reader.pages[1:]]
    assert len(pages) >= 3
    assert "(continued)" not in pages[0]
    labels = [squeeze(kind_label(kind)) for kind in KINDS]
    for page in pages[1:]:
        # Every later page starts with a group's heading — a new group's, or "(continued)" —
        # and repeats the column headings, so no row on paper is left without its kind.
        assert any(page.startswith(label) for label in labels), page[:60]
        assert "ItemWhereWhattocheck" in page
    assert sum("(continued)" in page for page in pages) >= 2
    text = "".join(pages)
    for kind, template in (("empty_lanes", "Nothing yet in:"), ("channel_switch", "The customer switches from")):
        assert text.count(squeeze(template)) == sum(f.kind == kind for f in findings)
    assert len(set(page_sizes(reader))) == 1


def test_a_map_without_findings_says_no_findings(tmp_path: Path) -> None:
    m = JourneyMap("Nothing to check")
    assert analyze(m) == []
    reader, _ = export(m, tmp_path / "none.pdf", checklist=True)
    assert len(reader.pages) == 2
    text = squeeze(reader.pages[1].extract_text())
    assert "Nofindings" in text and "Findings:0" in text


@pytest.mark.parametrize("mode", ["fit", "poster", "handout"])
def test_the_checklist_follows_every_mode_on_the_same_paper(service_map: JourneyMap, tmp_path: Path, mode: str) -> None:
    plain, _ = export(service_map, tmp_path / "plain.pdf", mode=mode, page_size="A3")
    reader, _ = export(service_map, tmp_path / "with.pdf", mode=mode, page_size="A3", checklist=True)
    extra = len(reader.pages) - len(plain.pages)
    assert extra >= 1
    first_extra = squeeze(reader.pages[len(plain.pages)].extract_text())
    assert first_extra.startswith("Analysischecklist")
    sizes = page_sizes(reader)
    assert sizes[len(plain.pages):] == [sizes[len(plain.pages) - 1]] * extra


def test_a_finnish_map_prints_a_finnish_checklist(tmp_path: Path) -> None:
    m = load_template("palvelupolku-fi")
    reader, _ = export(m, tmp_path / "fi.pdf", checklist=True)
    text = _text(reader, 1)
    assert text.startswith("Analyysintarkistuslista")
    needles = ("Kipupisteilmankehitysideaa", "Vielätyhjänä:", "Asiakassiirtyykanavasta", "Kohde", "Tarkistettavaa")
    for needle in needles:
        assert needle in text, needle
    assert "Nothingyetin" not in text and "Thecustomerswitches" not in text
    assert "Analyysin tarkistuslista" in outline_titles(reader)


def test_findings_speak_the_language_asked_and_english_by_default() -> None:
    m = load_template("palvelupolku-fi")
    english, finnish = analyze(m), analyze(m, "fi")
    assert [(f.kind, f.item_id) for f in english] == [(f.kind, f.item_id) for f in finnish]
    switch_en = next(f for f in english if f.kind == "channel_switch")
    switch_fi = next(f for f in finnish if f.kind == "channel_switch")
    assert switch_en.message.startswith("The customer switches from ")
    assert switch_fi.message.startswith("Asiakas siirtyy kanavasta ")
    assert "Some" in switch_fi.message  # the channel's Finnish name
    low = next(f for f in english if f.kind == "emotion_low_point")
    assert low.message == "The journey's lowest emotion (-2)."  # what scripts have always read


def test_every_tick_box_is_drawn_empty(service_map: JourneyMap, tmp_path: Path) -> None:
    options = PdfOptions(checklist=True)
    reader, _ = export(service_map, tmp_path / "boxes.pdf", checklist=True)
    size = page_sizes(reader)[1]
    flow = checklist_flow(service_map, options, size)
    assert sum(len(p.boxes) for p in flow.pages) == len(analyze(service_map))
    doc = pdfium.PdfDocument(str(tmp_path / "boxes.pdf"))
    try:
        for number, laid in enumerate(flow.pages, 1):
            image = doc[number].render(scale=ZOOM).to_pil().convert("L")
            for box in laid.boxes:
                left, top = round(box.x * ZOOM), round(box.y * ZOOM)
                right, bottom = round(box.right * ZOOM), round(box.bottom * ZOOM)
                cx, cy = (left + right) // 2, (top + bottom) // 2
                assert image.getpixel((cx, cy)) > 245  # empty inside
                edge = min(image.getpixel((left, y)) for y in range(top + 2, bottom - 1))
                assert edge < 200  # a visible border
    finally:
        doc.close()
