"""Current state and ideal state on facing pages, then the differences: pages read back with pypdf,
colours checked by pixel with pypdfium2, bookmarks, /PageLayout, progress and cancel, bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cxdesigner.analysis import analyze, printed_wording
from cxdesigner.commands import History, create_ideal_state
from cxdesigner.export.pdf import ExportCancelled, build_pdf, export_pdf
from cxdesigner.export.pdf_compare import CURRENT_ACCENT, IDEAL_ACCENT
from cxdesigner.export.pdf_compare_summary import DOWN, UP
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.templates import load_template

from .helpers import export, outline_titles, page_sizes, printed_sizes, squeeze
from .state_maps import map_with_ideal_state


def _pages(reader: PdfReader) -> list[str]:
    return [squeeze(page.extract_text() or "") for page in reader.pages]


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    m, changes = map_with_ideal_state()
    path = tmp_path_factory.mktemp("compare") / "compare.pdf"
    warnings = export_pdf(m, path, PdfOptions(compare_state=changes.state_id, page_size="A3"))
    return m, changes, path, PdfReader(path), warnings


def test_cover_then_the_two_states_then_the_differences(compared) -> None:  # type: ignore[no-untyped-def]
    m, ch, _path, reader, warnings = compared
    assert warnings == []
    pages = _pages(reader)
    assert len(pages) >= 4
    cover, current, ideal, summary = pages[0], pages[1], pages[2], "".join(pages[3:])
    assert cover.startswith("Currentstateandidealstate") and squeeze(m.title) in cover
    assert squeeze(f"Current state → {ch.state_name}") in cover
    assert "Cardsadded:1" in cover and "Cardsremoved:1" in cover and "Cardschanged:1" in cover
    assert "Touchpointswhoseemotionchanged:2" in cover
    # Each state page is headed by the state's name and shows that state's cards only.
    assert current.startswith("Currentstate") and ideal.startswith(squeeze(ch.state_name))
    assert squeeze(ch.removed) in current and squeeze(ch.removed) not in ideal
    assert squeeze(ch.added) in ideal and squeeze(ch.added) not in current
    assert squeeze(ch.changed_before) in current and squeeze(ch.changed_after) in ideal
    assert squeeze(ch.changed_after) not in current
    assert squeeze(f"Current state · Page 2 of {len(pages)}") in current
    assert squeeze(f"{ch.state_name} · Page 3 of {len(pages)}") in ideal
    # The summary: lane and touchpoint of each card, what changed, the emotion deltas.
    assert squeeze(f"Differences Current state → {ch.state_name}") in summary
    place = "Contact form · Agreement / implementation"
    assert squeeze("Cards added (1)") in summary and squeeze(f"Improvements {place} {ch.added}") in summary
    assert squeeze("Cards removed (1)") in summary and squeeze(f"Pain points {place} {ch.removed}") in summary
    assert squeeze("Cards changed (1)") in summary
    assert squeeze(f"{ch.changed_after} Was: “{ch.changed_before}”") in summary
    assert squeeze(f"{ch.emotion_up} Agreement / implementation −2 +1 ▲ +3") in summary
    assert squeeze(f"{ch.emotion_down} Need arises +1 0 ▼ −1") in summary
    assert squeeze("Emotion curve in both states") in summary


def test_facing_pages_layout_and_one_paper_size(compared) -> None:  # type: ignore[no-untyped-def]
    _m, _ch, _path, reader, _w = compared
    assert reader.trailer["/Root"]["/PageLayout"] == "/TwoPageRight"
    sizes = page_sizes(reader)
    assert len(set(sizes)) == 1
    w, h = sizes[0]
    assert w > h and abs(w - 1190.55) < 1  # A3 landscape: the map's shape


def test_plain_exports_keep_the_default_page_layout(tmp_path: Path) -> None:
    reader, _ = export(load_template("service-journey-en"), tmp_path / "plain.pdf", checklist=True)
    assert "/PageLayout" not in reader.trailer["/Root"]


def test_both_states_print_at_one_scale(compared) -> None:  # type: ignore[no-untyped-def]
    m, ch, _path, reader, _w = compared
    same = next(c.text for c in m.cards.values() if c.text not in (ch.removed, ch.changed_before) and len(c.text) > 20)
    sizes = printed_sizes(reader, same.split()[0] + " " + same.split()[1])
    assert len(sizes) >= 2 and max(sizes) - min(sizes) < 0.01


def test_bookmarks_point_at_their_pages(compared) -> None:  # type: ignore[no-untyped-def]
    m, ch, _path, reader, _w = compared
    titles = outline_titles(reader)
    for title in ("Current state and ideal state", "Current state", ch.state_name, "Differences", "Cards added"):
        assert title in titles, title
    assert titles.count(m.phases[0].name) == 2  # the phases under each state
    pages = {}

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.setdefault(item.title, reader.get_destination_page_number(item))

    walk(reader.outline)
    assert pages["Current state and ideal state"] == 0
    assert pages["Current state"] == 1 and pages[ch.state_name] == 2 and pages["Differences"] == 3


def test_state_accents_and_emotion_arrows_are_drawn(compared) -> None:  # type: ignore[no-untyped-def]
    _m, _ch, path, reader, _w = compared
    doc = pdfium.PdfDocument(str(path))
    try:
        images = [doc[i].render(scale=1.0).to_pil().convert("RGB") for i in range(4)]
    finally:
        doc.close()
    # The bar beside each state's heading: grey for the current state, green for the ideal one.
    h = images[1].height
    assert _near(images[1].getpixel((36, 40)), CURRENT_ACCENT) and _near(images[2].getpixel((36, 40)), IDEAL_ACCENT)
    assert h == images[2].height
    # The chart's arrows: one up (green) and one down (orange). A state page has these colours
    # only in its legend's small dots.
    assert _count(images[3], UP) > 20 and _count(images[3], DOWN) > 10
    assert _count(images[3], UP) > 4 * _count(images[1], UP)


def test_no_differences_says_so(tmp_path: Path) -> None:
    m = load_template("service-journey-en")
    History(m).push(create_ideal_state(m, "Unchanged"))
    reader, _ = export(m, tmp_path / "same.pdf", compare_state=m.ideal_states[0].id)
    pages = _pages(reader)
    assert len(pages) == 4
    assert squeeze("No differences: the ideal state is still the same as the current state.") in pages[3]
    assert "Cardsadded:0" in pages[0]


def test_a_finnish_map_names_the_states_in_finnish(tmp_path: Path) -> None:
    m, ch = map_with_ideal_state("palvelupolku-fi", "Tavoitetila 2027")
    reader, _ = export(m, tmp_path / "fi.pdf", compare_state=ch.state_id)
    pages = _pages(reader)
    assert pages[0].startswith("Nykytilajatavoitetila")
    assert pages[1].startswith("Nykytila") and pages[2].startswith("Tavoitetila2027")
    summary = "".join(pages[3:])
    assert squeeze("Erot Nykytila → Tavoitetila 2027") in summary
    for needle in ("Lisätyt kortit (1)", "Poistetut kortit (1)", "Muutetut kortit (1)", "Tunne kohtaamishetkittäin"):
        assert squeeze(needle) in summary, needle
    assert "Cardsadded" not in summary
    assert "Nykytila" in outline_titles(reader)


def test_compare_and_checklist_lists_the_current_states_findings(tmp_path: Path) -> None:
    m, ch = map_with_ideal_state()
    ideal = m.ideal_state(ch.state_id).map
    current = {f.message for f in analyze(m, wording=printed_wording("en"))}
    ideal_messages = {f.message for f in analyze(ideal, wording=printed_wording("en"))}
    ideal_only, current_only = ideal_messages - current, current - ideal_messages
    assert ideal_only or current_only  # the two states' checklists differ, so the test can tell them apart
    plain, _ = export(m, tmp_path / "plain.pdf", compare_state=ch.state_id)
    reader, _ = export(m, tmp_path / "both.pdf", compare_state=ch.state_id, checklist=True)
    checklist = "".join(_pages(reader)[len(plain.pages):])
    assert checklist.startswith(squeeze(f"Analysis checklist {m.title} Current state"))
    for message in current_only:
        assert squeeze(message) in checklist
    for message in ideal_only:
        assert squeeze(message) not in checklist
    assert reader.trailer["/Root"]["/PageLayout"] == "/TwoPageRight"


def test_progress_reaches_the_end_and_cancel_stops(tmp_path: Path) -> None:
    m, ch = map_with_ideal_state()
    options = PdfOptions(compare_state=ch.state_id, checklist=True)
    seen: list[tuple[int, int]] = []
    data, _ = build_pdf(m, options, lambda done, total: seen.append((done, total)) or True)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 6
    assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    calls = []

    def stop_on_the_third_report(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(ExportCancelled):
        export_pdf(m, target, options, stop_on_the_third_report)
    assert target.read_bytes() == b"old"


def test_unknown_state_and_wrong_mode_are_refused_clearly(tmp_path: Path) -> None:
    m, ch = map_with_ideal_state()
    expected = r"no ideal state 'st-nope' in this map; its ideal states are: Ideal 2027 \(st-"
    with pytest.raises(ValueError, match=expected):
        build_pdf(m, PdfOptions(compare_state="st-nope"))
    with pytest.raises(ValueError, match="this map has no ideal states"):
        build_pdf(load_template("service-journey-en"), PdfOptions(compare_state=ch.state_id))
    with pytest.raises(ValueError, match="cannot be combined with poster mode"):
        PdfOptions(compare_state=ch.state_id, mode="poster")


def _near(pixel: tuple[int, int, int], hex_: str, tolerance: int = 40) -> bool:
    target = tuple(int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    return sum(abs(a - b) for a, b in zip(pixel, target, strict=True)) <= tolerance


def _count(image, hex_: str) -> int:  # type: ignore[no-untyped-def]
    r, g, b = (int(hex_[i : i + 2], 16) for i in (1, 3, 5))
    data = image.tobytes()
    return sum(
        1 for i in range(0, len(data), 3) if abs(data[i] - r) + abs(data[i + 1] - g) + abs(data[i + 2] - b) <= 30
    )


def test_every_kind_of_change_is_described(tmp_path: Path) -> None:
    from cxdesigner.commands import add_card, move_cards, remove_touchpoint, set_fields
    from cxdesigner.model import LaneKind, Priority, Status

    m = load_template("service-journey-en")
    History(m).push(create_ideal_state(m, "Everything changes"))
    ideal = m.ideal_states[0].map
    h = History(ideal)
    improvements = next(ln for ln in ideal.lanes if ln.kind is LaneKind.IMPROVEMENTS)
    gone = ideal.phases[1].touchpoints[0]
    card = next(c for c in ideal.cards.values() if c.lane_id == improvements.id and c.anchor_id != gone.id)
    values = {"owner": "Aino", "priority": Priority.HIGH, "status": Status.PLANNED, "moment_of_truth": True}
    h.push(set_fields(ideal, "card", card.id, "Edit", color="#ffcc00", detail="More to say", **values))
    moved = next(c for c in ideal.cards.values() if c.lane_id != improvements.id and c.anchor_id != gone.id)
    moved_from = f"Moved from {m.lane(moved.lane_id).name} · {m.touchpoint(moved.anchor_id).name}"
    target = ideal.phases[-1].touchpoints[-1].id
    h.push(move_cards(ideal, [moved.id], moved.lane_id, target, 0))
    h.push(add_card(ideal, improvements.id, ideal.phases[0].id, "Phase-wide idea"))
    h.push(remove_touchpoint(ideal, gone.id))
    reader, _ = export(m, tmp_path / "all.pdf", compare_state=m.ideal_states[0].id)
    summary = "".join(_pages(reader)[3:])
    for line in (
        "Owner: — → Aino",
        "Priority: — → High",
        "Status: — → Planned",
        "Now a moment of truth",
        "Colour changed",
        "Details changed",
        moved_from,
        f"{ideal.phases[0].name} (whole phase) Phase-wide idea",
    ):
        assert squeeze(line) in summary, line
    # The deleted touchpoint's cards are removed, and its score is reported as gone.
    assert gone.emotion == -1
    assert squeeze(f"{gone.name} {m.phases[1].name} −1 — no score") in summary
    assert squeeze(f"Cards removed ({len(m.cards_at(gone.id))})") in summary
