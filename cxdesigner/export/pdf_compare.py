"""The current state (*nykytila*) and an ideal state (*tavoitetila*) on facing pages, then what
differs between them (``PdfOptions.compare_state``).

Facing pages: a PDF has no spreads of its own; which pages pair up is the reader's or the printer's
choice, and the convention for both is a booklet — page 1 on the right alone, then 2|3, 4|5…
So the export is laid out as a booklet: page 1 is a cover (the title, the two states' names, the
counts of what changed, how to read the pages), which puts the current state on page 2, a left-hand
page, and the ideal state on page 3, the right-hand page facing it, whether the file is printed
double-sided and bound or opened in a viewer. The catalogue's /PageLayout is /TwoPageRight (odd
pages on the right), so viewers that honour it show the cover alone and then the two states side
by side. The difference summary follows from page 4, and an analysis checklist (of the current
state) after it. Every page has the size that fits the larger of the two states, and both states
are drawn at one scale, so a card is the same size on both pages and they compare lane by lane.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfbase.pdfdoc import PDFName
from reportlab.pdfgen.canvas import Canvas

from ..analysis.state_diff import StateDiff, diff_states
from ..i18n import translate
from ..layout import default_style
from ..layout.style import Style
from ..model.entities import IdealState, JourneyMap
from .pdf_compare_summary import summary_pages
from .pdf_draw import MUTED, TEXT, color, draw_sheet, draw_text_blocks
from .pdf_fit import SMALLEST_READABLE
from .pdf_flow import FlowPages
from .pdf_options import PdfOptions
from .pdf_pages import PAGE_MARGIN, Bookmark, PageContext, PagePlan, fit_scale
from .pdf_sheet import Sheet, TextMaker, build_sheet, format_date, format_number

PAGE_LAYOUT = "TwoPageRight"  # odd pages on the right: the cover alone, then the states face each other
CURRENT_ACCENT = "#56606b"
IDEAL_ACCENT = "#009e73"

__all__ = ["PAGE_LAYOUT", "compare_pages", "current_state_name", "find_state", "set_facing_pages"]


def current_state_name(language: str) -> str:
    return translate("PdfExport", "Current state", language)


def find_state(m: JourneyMap, state_id: str) -> IdealState:
    """The ideal state ``state_id`` of ``m``; a ValueError naming the states there are if none."""
    for state in m.ideal_states:
        if state.id == state_id:
            return state
    if not m.ideal_states:
        raise ValueError(f"no ideal state {state_id!r}: this map has no ideal states")
    names = ", ".join(f"{s.name} ({s.id})" for s in m.ideal_states)
    raise ValueError(f"no ideal state {state_id!r} in this map; its ideal states are: {names}")


def set_facing_pages(c: Canvas) -> None:
    """Ask viewers to show two pages at a time, odd pages on the right."""
    c.setCatalogEntry("PageLayout", PDFName(PAGE_LAYOUT))


def compare_pages(m: JourneyMap, options: PdfOptions, style: Style, warnings: list[str]) -> list[PagePlan]:
    """Cover, current state, ideal state, difference summary: the pages of a comparison."""
    state = find_state(m, options.compare_state or "")
    lang = m.language
    title = options.title if options.title is not None else m.title
    date = options.export_date()
    current_name = current_state_name(lang)
    ideal_name = state.name or translate("PdfExport", "Ideal state", lang)
    sheets = [
        build_sheet(s, style, _lanes_in(s, options.lane_ids), title, options.source_name, date)
        for s in (m, state.map)
    ]
    tm = TextMaker(default_style())
    heading_h = 34.0
    size = options.page_for(max(s.width for s in sheets), max(s.height for s in sheets) + heading_h)
    avail_w, avail_h = size[0] - 2 * PAGE_MARGIN, size[1] - 2 * PAGE_MARGIN - heading_h
    scale = min(fit_scale(s.width, s.height, avail_w, avail_h) for s in sheets)
    card_size = style.card_font_size * scale
    if any(s.layout.cards for s in sheets) and card_size < SMALLEST_READABLE:
        text = translate(
            "PdfWarnings",
            "On one {page_size} page per state the card text prints at {size} pt, too small to read; "
            "try a larger page size.",
            options.message_language,
        )
        points = format_number(card_size, ".1f", options.message_language)
        warnings.append(text.format(page_size=options.page_size, size=points))
    diff = diff_states(m, state.map)
    state_plans = [
        _state_page(m, sheets[0], size, scale, current_name, title, CURRENT_ACCENT, tm, heading_h),
        _state_page(state.map, sheets[1], size, scale, ideal_name, title, IDEAL_ACCENT, tm, heading_h),
    ]
    cover = _cover(m, options, size, tm, title, current_name, ideal_name, diff)
    summary = summary_pages(m, state.map, diff, size, tm, current_name, ideal_name)
    return [*cover, *state_plans, *summary]


def _lanes_in(m: JourneyMap, lane_ids: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The chosen lanes that this state has (an ideal state may have dropped one)."""
    if lane_ids is None:
        return None
    return tuple(lane_id for lane_id in lane_ids if m.has_lane(lane_id))


def _state_page(
    m: JourneyMap,
    sheet: Sheet,
    size: tuple[float, float],
    scale: float,
    name: str,
    title: str,
    accent: str,
    tm: TextMaker,
    heading_h: float,
) -> PagePlan:
    page_w, page_h = size
    avail_w = page_w - 2 * PAGE_MARGIN
    left = PAGE_MARGIN + (avail_w - sheet.width * scale) / 2
    top = page_h - PAGE_MARGIN - heading_h
    bar = 5.0
    heading = tm.block(name, PAGE_MARGIN + bar + 8, PAGE_MARGIN, avail_w * 0.6, 20, bold=True)
    heading = heading if len(heading.lines) <= 1 else tm.block(name, heading.x, heading.y, avail_w * 0.6, 13, True)
    # The journey's title, right-aligned on the heading's line (its first line, if it wraps).
    note = tm.block(title, 0, PAGE_MARGIN + 8, avail_w * 0.4 - 8, 10)
    note_w = max((tm.width(line, 10) for line in note.lines[:1]), default=0.0)
    note = replace(note, lines=note.lines[:1], x=page_w - PAGE_MARGIN - note_w, width=note_w + 1)

    def draw(ctx: PageContext) -> None:
        c = ctx.canvas
        c.saveState()
        c.setFillColor(color(accent))
        c.rect(PAGE_MARGIN, page_h - PAGE_MARGIN - 24, bar, 24, stroke=0, fill=1)
        c.setStrokeColor(color(accent))
        c.setLineWidth(1.2)
        c.line(PAGE_MARGIN, page_h - PAGE_MARGIN - 29, page_w - PAGE_MARGIN, page_h - PAGE_MARGIN - 29)
        c.translate(0, page_h)
        draw_text_blocks(c, [(heading, TEXT), (note, MUTED)], ctx.fonts)
        c.restoreState()
        c.saveState()
        c.translate(left, top)
        c.scale(scale, scale)
        draw_sheet(c, sheet, ctx.fonts, tick=ctx.tick)
        c.restoreState()

    names = {p.id: p.name for p in m.phases}
    marks = [Bookmark(name, PAGE_MARGIN, page_h - PAGE_MARGIN)]
    marks += [
        Bookmark(names.get(box.id) or "(unnamed phase)", left + box.rect.x * scale, top - box.rect.y * scale, 1)
        for box in sheet.layout.phases
    ]
    return PagePlan(size, draw, work=max(1, len(sheet.layout.cards)), bookmarks=marks, footer=name)


def _cover(
    m: JourneyMap,
    options: PdfOptions,
    size: tuple[float, float],
    tm: TextMaker,
    title: str,
    current_name: str,
    ideal_name: str,
    diff: StateDiff,
) -> list[PagePlan]:
    lang = m.language
    flow = FlowPages(size, tm)
    heading = translate("PdfExport", "Current state and ideal state", lang)
    flow.bookmark(heading)
    flow.text(heading, 22, bold=True, after=4)
    flow.text(title or translate("PdfExport", "Untitled journey", lang), 15, bold=True, after=4)
    flow.text(f"{current_name}  →  {ideal_name}", 13, after=4)
    facts = [format_date(options.export_date(), lang)]
    if m.persona.name:
        facts.insert(0, f"{translate('PdfExport', 'Persona', lang)}: {m.persona.name}")
    if options.source_name:
        facts.append(options.source_name)
    flow.text("  ·  ".join(facts), 10, ink=MUTED, after=4)
    flow.rule()
    flow.text(translate("PdfExport", "What changed", lang), 14, bold=True, after=4)
    changed_emotions = len(diff.emotions)
    counts = [
        (translate("PdfExport", "Cards added: {count}", lang), len(diff.added)),
        (translate("PdfExport", "Cards removed: {count}", lang), len(diff.removed)),
        (translate("PdfExport", "Cards changed: {count}", lang), len(diff.changed)),
        (translate("PdfExport", "Touchpoints whose emotion changed: {count}", lang), changed_emotions),
    ]
    for text, count in counts:
        flow.text("•  " + text.format(count=count), 11.5, after=2, indent=6)
    flow.space(10)
    flow.text(translate("PdfExport", "How to read this document", lang), 14, bold=True, after=4)
    flow.text(
        translate(
            "PdfExport",
            "Pages 2 and 3 face each other: {current} on the left, {ideal} on the right, both at the same "
            "scale. Print double-sided, or show two pages at a time. The differences follow from page 4.",
            lang,
        ).format(current=current_name, ideal=ideal_name),
        11,
    )
    return flow.plans(heading)
