"""The action plan after the map: rows read back with pypdf in their order (open before done,
high priority first, then journey order), the pain points each addresses, follow-up words in English
and Finnish, ticked boxes for done rows by pixel, long plans over pages, an empty plan, hidden lanes,
and where it goes among the other added pages."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cxdesigner.commands import History, add_card, add_lane, add_link, add_phase, add_touchpoint, set_fields
from cxdesigner.export.pdf_actions import actions_flow, plan_actions
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.model import Channel, JourneyMap, LaneKind, LinkKind, Priority, Status
from cxdesigner.templates import load_template

from .helpers import export, outline_titles, page_sizes, squeeze
from .state_maps import map_with_ideal_state

ZOOM = 2.0
HEADER = squeeze("Action Where Pain points addressed Owner Priority Status")


def _text(reader: PdfReader, first: int = 0) -> str:
    return squeeze("".join(page.extract_text() or "" for page in reader.pages[first:]))


def plan_map() -> JourneyMap:
    """Two phases, pain points, improvements with every mix of follow-up, a backstage card with an
    owner, one without, and a hidden lane whose card has an owner."""
    m = JourneyMap("Shop journey", "", "en")
    h = History(m)
    h.push(add_phase(m, "Discover"))
    h.push(add_phase(m, "Buy"))
    discover, buy = (p.id for p in m.phases)
    for phase, name, channel in ((discover, "Web", Channel.WEB), (discover, "Ads", Channel.MARKETING),
                                 (buy, "Store", Channel.STORE)):
        h.push(add_touchpoint(m, phase, name, channel))
    web, ads, store = (tp.id for tp in m.touchpoints())
    for kind in (LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS, LaneKind.BACKSTAGE, LaneKind.THINKS):
        h.push(add_lane(m, kind))
    pains, improvements, backstage, thinks = (ln.id for ln in m.lanes)
    h.push(set_fields(m, "lane", thinks, "Hide", hidden=True))

    def card(lane: str, anchor: str, text: str, **fields: object) -> str:
        h.push(add_card(m, lane, anchor, text, **fields))
        return next(c.id for c in m.cards.values() if c.text == text)

    hidden_pdf = card(pains, web, "Prices are hidden in a PDF")
    queue = card(pains, store, "The queue at the till is long")
    card(improvements, buy, "Loyalty app", owner="Jukka", priority=Priority.HIGH, status=Status.DONE)
    card(improvements, store, "Self-checkout", priority=Priority.LOW)
    card(improvements, store, "Express till", priority=Priority.HIGH, status=Status.PLANNED)
    card(improvements, web, "Chat on the web", owner="IT desk", priority=Priority.MEDIUM, status=Status.PLANNED)
    card(improvements, web, "Price calculator", owner="Maria", priority=Priority.HIGH, status=Status.IN_PROGRESS)
    card(improvements, ads, "Better ad copy", status=Status.IDEA)
    card(backstage, store, "Train the staff", owner="HR team")
    card(backstage, web, "CRM system")  # no follow-up, not an improvement: not in the plan
    card(thinks, web, "Secret note", owner="Nobody", priority=Priority.HIGH)  # a hidden lane
    for improvement, pain in (("Price calculator", hidden_pdf), ("Self-checkout", queue), ("Express till", queue)):
        source = next(c.id for c in m.cards.values() if c.text == improvement)
        h.push(add_link(m, source, pain, LinkKind.ADDRESSES))
    return m


ORDER = ["Price calculator", "Express till", "Chat on the web", "Self-checkout", "Better ad copy", "Train the staff",
         "Loyalty app"]


def test_rows_in_order_with_where_pain_points_and_follow_up(tmp_path: Path) -> None:
    m = plan_map()
    assert [a.card.text for a in plan_actions(m, None)] == ORDER
    reader, _ = export(m, tmp_path / "plan.pdf", actions=True, source_name="shop.cxmap")
    assert len(reader.pages) == 2
    assert "Actionplan" not in squeeze(reader.pages[0].extract_text())
    text = _text(reader, 1)
    assert text.startswith(squeeze("Action plan Shop journey Actions: 7 · Done: 1")) and "shop.cxmap" in text
    rows = [
        "Price calculator Discover · Web Prices are hidden in a PDF Maria High In progress",
        "Express till Buy · Store The queue at the till is long — High Planned",
        "Chat on the web Discover · Web — IT desk Medium Planned",
        "Self-checkout Buy · Store The queue at the till is long — Low —",
        "Better ad copy Discover · Ads — — — Idea",
        "Train the staff Buy · Store — HR team — —",
        "Loyalty app Buy — Jukka High Done",  # a whole-phase card: the phase alone
    ]
    positions = [text.index(squeeze(row)) for row in rows]
    assert positions == sorted(positions)
    assert text.index("Open(6)") < positions[0] and positions[-2] < text.index("Completed(1)") < positions[-1]
    assert "CRMsystem" not in text and "Secretnote" not in text and "Nobody" not in text
    assert text.count(HEADER) == 2  # each group has the column headings
    assert "Action plan" in outline_titles(reader)
    assert squeeze("Action plan · Page 2 of 2") in squeeze(reader.pages[1].extract_text())


def test_only_the_printed_lanes_count(tmp_path: Path) -> None:
    m = plan_map()
    improvements = next(ln.id for ln in m.lanes if ln.kind is LaneKind.IMPROVEMENTS)
    # The pain points' lane left out: the improvements print, the pain points' texts do not.
    reader, _ = export(m, tmp_path / "imp.pdf", actions=True, lane_ids=(improvements,))
    text = _text(reader, 1)
    assert squeeze("Price calculator Discover · Web — Maria High In progress") in text
    assert "Pricesarehidden" not in text and "Trainthestaff" not in text and "Actions:6" in text
    # The hidden lane printed on purpose: its card joins the plan.
    thinks = next(ln.id for ln in m.lanes if ln.kind is LaneKind.THINKS)
    reader, _ = export(m, tmp_path / "all.pdf", actions=True, lane_ids=tuple(ln.id for ln in m.lanes))
    text = _text(reader, 1)
    assert squeeze("Secret note Discover · Web — Nobody High —") in text
    assert text.index("Secretnote") < text.index("Chatontheweb")  # high priority, open
    assert thinks in {ln.id for ln in m.lanes if ln.hidden}


def test_a_map_with_nothing_to_plan_says_so(tmp_path: Path) -> None:
    m = load_template("service-journey-en")
    for lane in [ln for ln in m.lanes if ln.kind is LaneKind.IMPROVEMENTS]:
        m.lanes.remove(lane)  # the template's improvements gone (directly: only the rows matter here)
    for card in m.cards.values():
        assert not (card.owner or card.priority or card.status)
    shown = tuple(ln.id for ln in m.lanes)
    reader, _ = export(m, tmp_path / "none.pdf", actions=True, lane_ids=shown)
    assert len(reader.pages) == 2
    text = squeeze(reader.pages[1].extract_text())
    assert "Actions:0" in text
    assert squeeze("No improvements and no cards with an owner, priority or status to plan.") in text
    assert HEADER not in text
    empty, _ = export(JourneyMap(""), tmp_path / "empty.pdf", actions=True)
    assert squeeze("No improvements and no cards") in squeeze(empty.pages[1].extract_text())


def test_two_hundred_improvements_flow_over_pages_with_the_header_repeated(tmp_path: Path) -> None:
    m = JourneyMap("Many improvements")
    h = History(m)
    h.push(add_phase(m, "Only phase"))
    h.push(add_touchpoint(m, m.phases[0].id, "Web", Channel.WEB))
    h.push(add_lane(m, LaneKind.IMPROVEMENTS))
    lane, tp = m.lanes[0].id, m.touchpoints()[0].id
    for i in range(200):
        long = " and make it clearer for everyone who reads it" if i % 3 == 0 else ""
        h.push(add_card(m, lane, tp, f"Improvement {i:03d}{long}", owner=f"Owner {i % 7}"))
    reader, _ = export(m, tmp_path / "many.pdf", actions=True)
    pages = [squeeze(p.extract_text()) for p in reader.pages[1:]]
    assert len(pages) >= 4
    assert pages[0].startswith("Actionplan") and "(continued)" not in pages[0]
    for page in pages:
        assert HEADER in page
    for page in pages[1:]:
        assert page.startswith(squeeze("Open (continued)")), page[:60]
    text = "".join(pages)
    numbers = [int(text[i + 11 : i + 14]) for i in range(len(text)) if text.startswith("Improvement", i)]
    assert numbers == list(range(200))  # every card once, in journey (cell) order
    assert len(set(page_sizes(reader))) == 1


def test_a_finnish_map_prints_a_finnish_plan(tmp_path: Path) -> None:
    m = load_template("palvelupolku-fi")
    improvements = [c for c in m.cards.values() if m.lane(c.lane_id).kind is LaneKind.IMPROVEMENTS]
    first, second = improvements[:2]
    h = History(m)
    h.push(set_fields(m, "card", first.id, "Follow up", owner="Anna", priority=Priority.HIGH,
                      status=Status.IN_PROGRESS))
    h.push(set_fields(m, "card", second.id, "Follow up", priority=Priority.LOW, status=Status.DONE))
    reader, _ = export(m, tmp_path / "fi.pdf", actions=True)
    text = _text(reader, 1)
    assert text.startswith("Toimenpidesuunnitelma")
    assert squeeze("Toimenpide Missä Ratkaistavat kipupisteet Vastuuhenkilö Prioriteetti Tila") in text
    assert squeeze(f"{first.text}") in text and squeeze("Anna Korkea Työn alla") in text
    assert squeeze("Matala Valmis") in text and "Valmiit(1)" in text
    for english in ("Actionplan", "Owner", "Inprogress", "High", "Open("):
        assert english not in text, english
    assert "Toimenpidesuunnitelma" in outline_titles(reader)


def test_done_rows_are_ticked_and_open_rows_are_empty(tmp_path: Path) -> None:
    m = plan_map()
    reader, _ = export(m, tmp_path / "boxes.pdf", actions=True)
    flow = actions_flow(m, PdfOptions(actions=True), page_sizes(reader)[1])
    boxes = [box for page in flow.pages for box in page.boxes]
    assert len(boxes) == len(ORDER)
    doc = pdfium.PdfDocument(str(tmp_path / "boxes.pdf"))
    try:
        image = doc[1].render(scale=ZOOM).to_pil().convert("L")
        inked = []
        for box in boxes:
            left, top = round(box.x * ZOOM) + 3, round(box.y * ZOOM) + 3
            right, bottom = round(box.right * ZOOM) - 3, round(box.bottom * ZOOM) - 3
            darkest = min(image.getpixel((x, y)) for x in range(left, right) for y in range(top, bottom))
            inked.append(darkest < 120)
            edge = min(image.getpixel((left - 3, y)) for y in range(top, bottom))
            assert edge < 200  # a visible border either way
    finally:
        doc.close()
    assert inked == [False] * 6 + [True]  # only "Loyalty app", the done one, is ticked


@pytest.mark.parametrize("mode", ["fit", "poster", "handout"])
def test_the_plan_comes_last_after_the_checklist_in_every_mode(tmp_path: Path, mode: str) -> None:
    m = plan_map()
    with_checklist, _ = export(m, tmp_path / "c.pdf", mode=mode, page_size="A3", checklist=True)
    reader, _ = export(m, tmp_path / "ca.pdf", mode=mode, page_size="A3", checklist=True, actions=True)
    extra = len(reader.pages) - len(with_checklist.pages)
    assert extra == 1
    pages = [squeeze(p.extract_text()) for p in reader.pages]
    assert pages[-1].startswith("Actionplan") and pages[-2].startswith("Analysischecklist")
    sizes = page_sizes(reader)
    assert sizes[-1] == sizes[-2]


def test_with_a_comparison_the_plan_is_the_current_states(tmp_path: Path) -> None:
    m, ch = map_with_ideal_state()
    reader, _ = export(m, tmp_path / "cmp.pdf", compare_state=ch.state_id, actions=True)
    last = squeeze(reader.pages[-1].extract_text())
    assert last.startswith(squeeze("Action plan")) and "Currentstate" in last
    assert squeeze(ch.added) not in last  # the improvement only the ideal state has
