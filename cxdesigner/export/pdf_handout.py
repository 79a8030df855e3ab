"""``--mode handout``: a cover page, then each phase on its own page(s) in large type.

The cover holds the title, persona, scope, the emotion curve (the map's own curve lane laid out
at handout size), the moments of truth and the legend. Each phase is laid out alone, with every
lane, in a larger :class:`Style` whose columns are sized to the page, so the layout wraps its
text for the size it prints at. A phase taller than a page continues on the next one, cut
between cards where possible, with the headers repeated and a visible "continued" note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..i18n import translate
from ..layout import CardBox, Layout, Rect, Style, compute_layout, default_style
from ..layout.marks import NO_MARKS, MapMarks, mark_reach, mark_scale, marks_of
from ..model.entities import JourneyMap, Phase
from ..model.vocabulary import LaneKind
from .pdf_draw import MUTED, STAR, TEXT, color, draw_layout, star
from .pdf_handout_cover import cover_plan
from .pdf_handout_links import StubMark, assign_to_windows, cross_links, draw_stubs, stub_marks, with_room
from .pdf_options import Orientation, PdfOptions
from .pdf_pages import PAGE_MARGIN, Bookmark, PageContext, PagePlan
from .pdf_sheet import format_number, submap

NOTE_SIZE = 9.0
_NOTE_ROOM = 16.0  # paper points kept free for the "continued" notes
_CLIP_BLEED = 1.5  # paper points the clip reaches past a window, so edge strokes print whole
_BLEED = 4.0  # sheet points a part-line mask reaches past the cut, to cover the clip's bleed


def handout_style(column_width: float = 220.0) -> Style:
    """Sizes for reading at arm's length: card text 13 pt instead of 9."""
    return replace(
        default_style(),
        margin=0.0,
        lane_header_width=150.0,
        column_width=column_width,
        cell_padding=8.0,
        card_gap=7.0,
        card_padding=7.0,
        card_font_size=13.0,
        header_padding=8.0,
        title_font_size=22.0,
        subtitle_font_size=13.0,
        phase_font_size=18.0,
        touchpoint_font_size=14.0,
        channel_font_size=11.0,
        lane_font_size=13.0,
        min_phase_header_height=40.0,
        min_touchpoint_header_height=60.0,
        min_lane_height=54.0,
        curve_lane_height=150.0,
        title_gap=12.0,
    )


def column_width_for(page_w: float, columns: int) -> float:
    usable = page_w - 2 * PAGE_MARGIN - handout_style().lane_header_width
    return max(150.0, min(420.0, usable / max(columns, 1)))


READABLE = 9.5  # points: the smallest card text a handout should print at
SMALL = 8.0  # below this, say so


def handout_pages(m: JourneyMap, options: PdfOptions, warnings: list[str]) -> list[PagePlan]:
    """Cover and phase pages.

    ``auto`` orientation prefers the one that prints card text at a readable size, then the one
    that needs fewer pages, then landscape.
    """
    if options.orientation is not Orientation.AUTO:
        plans, _smallest = _handout(m, options, options.orientation is Orientation.LANDSCAPE, warnings)
        return plans
    drafts = []
    for landscape in (True, False):
        notes: list[str] = []
        plans, smallest = _handout(m, options, landscape, notes)
        drafts.append(((smallest >= READABLE, -len(plans), smallest, landscape), plans, notes))
    _key, plans, notes = max(drafts, key=lambda d: d[0])
    warnings.extend(notes)
    return plans


def _handout(m: JourneyMap, options: PdfOptions, landscape: bool, warnings: list[str]) -> tuple[list[PagePlan], float]:
    """The pages at one orientation, and the smallest card text size they print."""
    size = options.page(landscape)
    title = options.title if options.title is not None else m.title
    plans = [cover_plan(m, options, size, warnings)]
    smallest = float("inf")
    marks = marks_of(m, options.lane_ids)
    for index, phase in enumerate(m.phases, 1):
        style = handout_style(column_width_for(size[0], len(phase.touchpoints)))
        crossing = cross_links(m, index, options.lane_ids)  # links to other phases: stubs, not paths
        part = with_room(submap(m, [phase]), crossing)
        layout = compute_layout(part, style, lane_ids=options.lane_ids, title=title)
        stubs = stub_marks(layout, crossing)
        card_pt = style.card_font_size * min(1.0, (size[0] - 2 * PAGE_MARGIN) / layout.width)
        smallest = min(smallest, card_pt)
        if card_pt < SMALL:
            warnings.append(_small_text_warning(phase, options, landscape, card_pt))
        note = translate("PdfExport", "Phase {number} of {total}: {name}", m.language).format(
            number=index, total=len(m.phases), name=_short(phase.name)
        )
        plans.extend(_phase_plans(layout, phase, size, note, warnings, marks, options.message_language, stubs))
    return plans, smallest


def _small_text_warning(phase: Phase, options: PdfOptions, landscape: bool, card_pt: float) -> str:
    lang = options.message_language
    if landscape:
        text = translate(
            "PdfWarnings",
            "Phase “{name}” has {count} touchpoints: on {page_size} landscape its card text prints at {size} pt; "
            "a larger page size prints it larger.",
            lang,
        )
    else:
        text = translate(
            "PdfWarnings",
            "Phase “{name}” has {count} touchpoints: on {page_size} portrait its card text prints at {size} pt; "
            "a larger page size or landscape prints it larger.",
            lang,
        )
    return text.format(
        name=_short(phase.name),
        count=len(phase.touchpoints),
        page_size=options.page_size,
        size=format_number(card_pt, ".1f", lang),
    )


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _phase_plans(
    layout: Layout,
    phase: Phase,
    size: tuple[float, float],
    note: str,
    warnings: list[str],
    marks: MapMarks,
    language: str = "en",
    stubs: list[StubMark] | None = None,
) -> list[PagePlan]:
    page_w, page_h = size
    aw, ah = page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN
    s = min(1.0, aw / layout.width)
    lanes_top = layout.lanes[0].band.y if layout.lanes else layout.height
    head = (layout.grid.y, lanes_top)  # the phase and touchpoint headers, repeated on later pages
    slices = _slices(
        layout,
        (ah - 2 * _NOTE_ROOM) / s,
        (ah - 2 * _NOTE_ROOM) / s - (head[1] - head[0]),
        phase,
        warnings,
        marks,
        language,
    )
    plans = []
    stubs_of = assign_to_windows(stubs or [], [(piece.start, piece.end) for piece in slices])
    for i, piece in enumerate(slices):
        cards = sum(1 for c in layout.cards.values() if c.rect.bottom > piece.start and c.rect.y < piece.end)
        bookmarks = [Bookmark(phase.name or "(unnamed phase)", PAGE_MARGIN, page_h - PAGE_MARGIN)] if i == 0 else []
        more = i < len(slices) - 1
        plans.append(
            PagePlan(
                size,
                _slice_drawer(layout, s, size, head, piece, i > 0, more, marks, stubs_of[i]),
                max(cards, 1),
                bookmarks,
                note,
            )
        )
    return plans


@dataclass(frozen=True)
class _Slice:
    """Rows ``start``…``end`` of a layout on one page; ``masks`` hide part-lines of cut cards."""

    start: float
    end: float
    masks: tuple[tuple[Rect, str], ...] = ()


def _slices(
    layout: Layout,
    first_room: float,
    room: float,
    phase: Phase,
    warnings: list[str],
    marks: MapMarks = NO_MARKS,
    language: str = "en",
) -> list[_Slice]:
    """Vertical windows of the layout, one per page, cut between cards where possible.

    Where no clean cut leaves the page reasonably full, the cut goes through cards: each cut card
    shows only its whole lines above the cut, and the next page starts at the first line that
    was cut, so every line prints whole exactly once.
    """
    bottom = layout.grid.bottom
    if bottom <= first_room:
        return [_Slice(0.0, bottom)]
    cards = list(layout.cards.values())
    blocks = [(c.rect.y, c.rect.bottom) for c in cards]
    blocks += [(ln.band.y, ln.band.bottom) for ln in layout.lanes if ln.kind is LaneKind.EMOTION_CURVE]
    blocks += [(ln.band.y, ln.text.y + ln.text.height + 2) for ln in layout.lanes]  # keep lane names whole
    blocks += [(r.y, r.bottom) for r in layout.metrics.values()]  # and NPS/CES blocks
    # A card's star and vote plate stand out above it (at most into the gap): cut above them.
    reach = min(mark_reach(mark_scale(layout.style)), layout.style.card_gap)
    marked = [c for c in cards if c.id in marks.votes or c.id in marks.card_stars]
    blocks += [(c.rect.y - reach, c.rect.y) for c in marked]
    gap = layout.style.card_gap / 2
    candidates = sorted(
        {c.rect.bottom + gap for c in cards}
        | {c.rect.y - gap for c in cards}
        | {ln.band.y for ln in layout.lanes}
        | {c.rect.y - reach for c in marked}
    )

    def free(y: float) -> bool:
        return not any(top + 1e-6 < y < low - 1e-6 for top, low in blocks)  # touching a block is free

    slices: list[_Slice] = []
    start, limit = 0.0, first_room
    carried: tuple[tuple[Rect, str], ...] = ()  # masks for the top of the next page
    while start < bottom - 1e-6:
        if bottom <= limit:
            slices.append(_Slice(start, bottom, carried))
            break
        fits = [y for y in candidates if start + 1 < y <= limit and free(y)]
        if fits and fits[-1] - start >= 0.35 * (limit - start):
            slices.append(_Slice(start, fits[-1], carried))
            start, carried = fits[-1], ()
        else:
            end = limit
            crossing = [c for c in cards if c.rect.y < end < c.rect.bottom]
            cuts = {c.id: _line_cut(c, end) for c in crossing}
            next_start = min([end, *cuts.values()])
            below = tuple(
                (Rect(c.rect.x + 0.6, cuts[c.id], c.rect.w - 1.2, end - cuts[c.id] + _BLEED), c.color)
                for c in crossing
                if cuts[c.id] < end
            )
            above = tuple(
                (Rect(c.rect.x + 0.6, next_start - _BLEED, c.rect.w - 1.2, cuts[c.id] - next_start + _BLEED), c.color)
                for c in crossing
                if cuts[c.id] > next_start
            )
            slices.append(_Slice(start, end, carried + below))
            start, carried = next_start, above
            for c in crossing:
                if c.rect.h > room:
                    note = translate(
                        "PdfWarnings",
                        "Card {id} in phase “{phase}” is taller than a handout page; it continues on the next page.",
                        language,
                    ).format(id=c.id, phase=_short(phase.name))
                    if note not in warnings:
                        warnings.append(note)
        limit = start + room
    return slices


def _line_cut(card: CardBox, y: float) -> float:
    """The top of the card's first line that does not fit above ``y`` (a whole-line boundary).

    The follow-up line (status · owner · priority) goes with the last line of text: where it
    does not fit above ``y``, the cut goes above that last line, so neither is ever split.
    """
    text = card.text
    index = max(0, min(len(text.lines), int((y - text.y) // text.line_height))) if text.line_height else 0
    meta = card.meta
    if meta is not None and meta.lines and y < meta.y + meta.height:
        index = min(index, max(len(text.lines) - 1, 0))
    return min(text.y + index * text.line_height, y) if index < len(text.lines) else y


def _slice_drawer(  # type: ignore[no-untyped-def]
    layout: Layout,
    s: float,
    size: tuple[float, float],
    head: tuple[float, float],
    piece: _Slice,
    repeat_head: bool,
    more: bool,
    marks: MapMarks,
    stubs: Sequence[StubMark] = (),
):
    def draw(ctx: PageContext) -> None:
        c = ctx.canvas
        top = size[1] - PAGE_MARGIN
        if repeat_head:
            _window(c, ctx, layout, s, _Slice(head[0], head[1]), top, None, marks)
            c.saveState()  # the moment-of-truth stars sit on the header's edge, past its clip
            c.translate(PAGE_MARGIN, top + head[0] * s)
            c.scale(s, s)
            for tp in layout.touchpoints:
                if tp.moment_of_truth:
                    star(c, tp.rect.right - 10, tp.rect.bottom, 6)
            c.restoreState()
            top -= (head[1] - head[0]) * s
            c.setFont(ctx.fonts.regular, NOTE_SIZE)
            c.setFillColor(color(MUTED))
            note = translate("PdfExport", "▲ continued from the previous page", ctx.language)
            c.drawRightString(PAGE_MARGIN + layout.width * s, top - NOTE_SIZE - 2, note)
            top -= _NOTE_ROOM
            _window(c, ctx, layout, s, piece, top, ctx.tick, marks, stubs)
            _lane_names(c, ctx, layout, s, piece.start, top)
        else:
            _window(c, ctx, layout, s, piece, top, ctx.tick, marks, stubs)
        if more:
            y = top - (piece.end - piece.start) * s
            c.setStrokeColor(color(STAR))
            c.setDash(4, 3)
            c.line(PAGE_MARGIN, y, PAGE_MARGIN + layout.width * s, y)
            c.setDash()
            c.setFont(ctx.fonts.bold, NOTE_SIZE)
            c.setFillColor(color(STAR))
            note = translate("PdfExport", "▼ continues on the next page", ctx.language)
            c.drawRightString(PAGE_MARGIN + layout.width * s, y - NOTE_SIZE - 3, note)

    return draw


def _window(  # type: ignore[no-untyped-def]
    c, ctx: PageContext, layout: Layout, s: float, piece: _Slice, top: float, tick, marks: MapMarks, stubs=()
) -> None:
    """Draw layout rows start…end with ``start`` at page height ``top``, clipped to them."""
    start, end = piece.start, piece.end
    c.saveState()
    path = c.beginPath()
    path.rect(
        PAGE_MARGIN - 2,
        top - (end - start) * s - _CLIP_BLEED,
        layout.width * s + 4,
        (end - start) * s + 2 * _CLIP_BLEED,
    )
    c.clipPath(path, stroke=0, fill=0)
    c.translate(PAGE_MARGIN, top + start * s)
    c.scale(s, s)
    draw_layout(c, layout, ctx.fonts, view=Rect(0, start, layout.width, end - start), tick=tick, marks=marks)
    for rect, fill in piece.masks:  # hide part-lines of cut cards: they print whole on the other page
        c.setFillColor(color(fill))
        c.rect(rect.x, -rect.bottom, rect.w, rect.h, stroke=0, fill=1)
    draw_stubs(c, list(stubs), ctx.fonts)  # after the masks: each stub is on the page that prints its line
    c.restoreState()


def _lane_names(c, ctx: PageContext, layout: Layout, s: float, start: float, top: float) -> None:  # type: ignore[no-untyped-def]
    """Repeat the name of a lane whose band was cut by the page break."""
    for lane in layout.lanes:
        if lane.band.y < start < lane.band.bottom:
            size = lane.text.size * s
            x = PAGE_MARGIN + lane.text.x * s
            c.setFont(ctx.fonts.bold, size)
            c.setFillColor(color(TEXT))
            c.drawString(x, top - (lane.text.ascent + 4) * s, lane.text.lines[0] if lane.text.lines else "")
            c.setFont(ctx.fonts.regular, NOTE_SIZE)
            c.setFillColor(color(MUTED))
            note = translate("PdfExport", "(continued)", ctx.language)  # the map's language, as the page
            c.drawString(x, top - (lane.text.line_height + 4) * s - NOTE_SIZE, note)
