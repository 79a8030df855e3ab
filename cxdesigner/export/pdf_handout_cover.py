"""The handout's cover page: title, persona, scope, the emotion curve, the moments of truth, legend.

Laid out top to bottom in page points. What does not fit is not dropped silently: the cover ends
with a visible note and the export returns a warning.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfgen.canvas import Canvas

from ..i18n import translate
from ..layout import Rect, TextBlock, compute_layout, default_style
from ..layout.marks import MapMarks, marks_of
from ..layout.persona import SECTIONS, clamp_text, has_content, persona_items, quoted, section_heading
from ..model.entities import JourneyMap, Lane
from ..model.vocabulary import LaneKind, LinkKind
from .pdf_draw import STAR, TEXT, color, draw_layout, draw_legend_marks, draw_text_blocks, star
from .pdf_handout_links import phase_number_of, printed_links
from .pdf_options import PdfOptions
from .pdf_pages import PAGE_MARGIN, Bookmark, PageContext, PagePlan
from .pdf_persona import draw_photo
from .pdf_sheet import Marker, Swatch, TextMaker, format_score, legend, submap, title_block_lines

_CURVE_LANE_ID = "__cover-curve__"


def _cover_map(m: JourneyMap, lane_ids: tuple[str, ...] | None) -> tuple[JourneyMap, list[str]]:
    """The map without cards; its shown curve lanes, or a stand-in curve lane if it has none."""
    part = submap(m, m.phases, with_cards=False)
    shown = [ln for ln in m.lanes if (ln.id in lane_ids if lane_ids is not None else not ln.hidden)]
    curves = [ln.id for ln in shown if ln.kind is LaneKind.EMOTION_CURVE]
    if not curves:
        name = translate("PdfExport", "Emotion curve", m.language)
        part.lanes.append(Lane(_CURVE_LANE_ID, LaneKind.EMOTION_CURVE, name))
        curves = [_CURVE_LANE_ID]
    return part, curves[:1]


class _Cover:
    """Stacks blocks down the page in the current column; records what did not fit.

    ``omitted`` names the parts in ``language``, the warnings' language (not the map's).
    """

    def __init__(self, size: tuple[float, float], language: str = "en") -> None:
        self.language = language
        self.page_width = size[0] - 2 * PAGE_MARGIN
        self.x = PAGE_MARGIN
        self.width = self.page_width
        self.bottom = size[1] - PAGE_MARGIN - 14  # the page number sits below
        self.y = PAGE_MARGIN
        self.texts: list[TextBlock] = []
        self.omitted: list[str] = []
        self.drawings: list = []  # callables (canvas, ctx) drawn in page y-down coordinates

    def column(self, x: float, width: float, y: float) -> None:
        self.x, self.width, self.y = x, width, y

    def text(
        self, tm: TextMaker, what: str, text: str, size: float, bold: bool = False, indent: float = 0, after: float = 2
    ) -> None:
        block = tm.block(text, self.x + indent, self.y, self.width - indent, size, bold)
        room = int((self.bottom - self.y) // block.line_height) if block.line_height else 0
        if self.omitted or room <= 0:
            self.omitted.append(what)
            return
        if room < len(block.lines):
            block = replace(block, lines=block.lines[:room])
            self.omitted.append(what)
        self.texts.append(block)
        self.y += block.height + after

    def room(self) -> float:
        return 0.0 if self.omitted else self.bottom - self.y


def cover_plan(m: JourneyMap, options: PdfOptions, size: tuple[float, float], warnings: list[str]) -> PagePlan:
    tm = TextMaker(default_style())
    cover = _Cover(size, options.message_language)
    title = options.title if options.title is not None else m.title
    lang, wl = m.language, options.message_language
    shown_title = title or translate("PdfExport", "Untitled journey", lang)
    cover.text(tm, translate("PdfWarnings", "the title", wl), shown_title, 26, bold=True, after=8)
    # Two columns: who and what on the left; moments of truth and the legend on the right.
    top, half = cover.y, (cover.page_width - 24) / 2
    cover.column(PAGE_MARGIN, half, top)
    # Date and file name, labelled in the map's language (the title block's last rows).
    rows = title_block_lines(m, title, options.source_name, options.export_date())
    date_row = 1 + bool(m.persona.name) + bool(m.description)
    _add_persona(cover, tm, m)
    if m.description:
        scope = translate("PdfWarnings", "the scope", wl)
        cover.text(tm, scope, translate("PdfExport", "Scope", lang), 14, bold=True)
        cover.text(tm, scope, m.description, 11, after=6)
    dated = "  ·  ".join(f"{k}: {v}" for k, v in rows[date_row:])
    cover.text(tm, translate("PdfWarnings", "the date", wl), dated, 10, after=10)
    left_bottom = cover.y
    part, curve_ids = _cover_map(m, options.lane_ids)
    cover.column(PAGE_MARGIN + half + 24, half, top)
    _add_moments(cover, tm, m)
    _add_legend(cover, tm, part, options.lane_ids, marks_of(m, options.lane_ids), _link_kinds(m, options.lane_ids))
    _add_cross_phase_note(cover, tm, m, options.lane_ids)
    cover.column(PAGE_MARGIN, cover.page_width, max(left_bottom, cover.y) + 4)
    _add_curve(cover, tm, part, curve_ids)

    if cover.omitted:
        names = ", ".join(dict.fromkeys(cover.omitted))
        text = translate(
            "PdfWarnings",
            "The handout cover is too small for all of it: {names} did not fit (see the phase pages).",
            wl,
        )
        warnings.append(text.format(names=names))

    def draw(ctx: PageContext) -> None:
        c = ctx.canvas
        c.saveState()
        c.translate(0, size[1])  # page coordinates with y downwards, as the blocks were laid out
        for drawing in cover.drawings:
            drawing(c, ctx)
        draw_text_blocks(c, ((b, TEXT) for b in cover.texts), ctx.fonts)
        if cover.omitted:
            c.setFillColor(color(STAR))
            c.setFont(ctx.fonts.bold, 10)
            c.drawString(
                PAGE_MARGIN,
                -(cover.bottom + 2),
                "▼ " + translate("PdfExport", "Not everything fits on this cover; the phase pages show all of it.", lang),
            )
        c.restoreState()

    cover_name = translate("PdfExport", "Cover", lang)
    marks = [Bookmark(cover_name, PAGE_MARGIN, size[1] - PAGE_MARGIN)]
    return PagePlan(size, draw, bookmarks=marks, footer=cover_name)


def _persona_part(key: str, language: str) -> str:
    """A persona section's name in a warning: "the persona's goals"."""
    return {
        "goals": translate("PdfWarnings", "the persona's goals", language),
        "needs": translate("PdfWarnings", "the persona's needs", language),
        "frustrations": translate("PdfWarnings", "the persona's frustrations", language),
    }[key]


_COVER_ITEMS = 6
_COVER_ITEM_LINES = 3


def _add_persona(cover: _Cover, tm: TextMaker, m: JourneyMap) -> None:
    """The persona in full: photo beside name, description and quote; then its sections."""
    p, lang, wl = m.persona, m.language, cover.language
    if not has_content(p):
        return
    persona = translate("PdfWarnings", "the persona", wl)
    cover.text(tm, persona, translate("PdfExport", "Persona", lang), 14, bold=True)
    x, width, top = cover.x, cover.width, cover.y
    photo_bottom = top
    if p.photo:
        side = 84.0
        if cover.room() >= side + 8:
            rect = Rect(x, top + 2, side, side)
            cover.drawings.append(lambda c, ctx, r=rect, data=p.photo: draw_photo(c, data, r))
            cover.column(x + side + 10, width - side - 10, top)
            photo_bottom = rect.bottom + 6
        else:
            cover.omitted.append(translate("PdfWarnings", "the persona's photo", wl))
    if p.name.strip():
        cover.text(tm, persona, p.name.strip(), 12, bold=True)
    if p.description.strip():
        cover.text(tm, persona, p.description.strip(), 11)
    if p.quote.strip():
        cover.text(tm, translate("PdfWarnings", "the persona's quote", wl), quoted(p.quote.strip(), lang), 11)
    cover.column(x, width, max(cover.y, photo_bottom))
    # A summary: a few items each, a few lines an item, so the rest of the cover keeps its room.
    for key, _heading in SECTIONS:
        items = persona_items(p, key)
        if items:
            what = _persona_part(key, wl)
            cover.y += 2
            cover.text(tm, what, section_heading(key, lang), 11, bold=True, after=1)
            for item in items[:_COVER_ITEMS]:
                y, before = cover.y, len(cover.texts)
                cover.text(tm, what, clamp_text(item, tm.style, cover.width - 20, 11, _COVER_ITEM_LINES), 11, indent=20)
                if len(cover.texts) > before:  # a hanging bullet: wrapped lines align with the text
                    cover.texts.append(tm.block("•", cover.x + 8, y, 12, 11))
            if len(items) > _COVER_ITEMS:
                more = translate("Persona", "… and {n} more", lang).format(n=len(items) - _COVER_ITEMS)
                cover.text(tm, what, more, 10, indent=20)
    cover.y += 6


def _add_curve(cover: _Cover, tm: TextMaker, part: JourneyMap, curve_ids: list[str]) -> None:
    lang = part.language
    what = translate("PdfWarnings", "the emotion curve", cover.language)
    cover.text(tm, what, translate("PdfExport", "Emotion curve", lang), 14, bold=True, after=4)
    if not any(tp.emotion is not None for tp in part.touchpoints()):
        text = translate("PdfExport", "No touchpoint has an emotion score yet.", lang)
        cover.text(tm, what, text, 11, after=6)
    columns = max(1, sum(max(1, len(ph.touchpoints)) for ph in part.phases))
    style = replace(default_style(), margin=0.0, lane_header_width=90.0)
    # Columns wide enough for the headers' words; the strip is then scaled to the page.
    style = replace(style, column_width=max(84.0, min(172.0, (cover.width - style.lane_header_width) / columns)))
    layout = compute_layout(part, style, lane_ids=curve_ids, title="")
    grid_h = layout.grid.h
    s = min(1.0, cover.width / layout.width)
    room = cover.room() - 6
    if grid_h * s > room:  # shrink to the room left, but not past half size
        s = room / grid_h if room > grid_h * s * 0.5 else 0.0
    if s <= 0:
        cover.omitted.append(what)
        return
    top, x = cover.y, cover.x

    def draw(c: Canvas, ctx: PageContext) -> None:
        c.saveState()
        c.translate(x, -top + layout.grid.y * s)
        c.scale(s, s)
        draw_layout(c, layout, ctx.fonts, with_title=False)
        c.restoreState()

    cover.drawings.append(draw)
    cover.y += grid_h * s + 6


def _add_moments(cover: _Cover, tm: TextMaker, m: JourneyMap) -> None:
    lang = m.language
    what = translate("PdfWarnings", "the moments of truth", cover.language)
    cover.text(tm, what, translate("PdfExport", "Moments of truth", lang), 14, bold=True, after=4)
    moments = [(ph, tp) for ph in m.phases for tp in ph.touchpoints if tp.moment_of_truth]
    if not moments:
        text = translate("PdfExport", "No touchpoint is marked as a moment of truth.", lang)
        cover.text(tm, what, text, 11, after=6)
        return
    names = default_style().channel_names_for(m.language)
    for phase, tp in moments:
        emotion = translate("PdfExport", "emotion {score}", lang)
        score = " · " + emotion.format(score=format_score(tp.emotion)) if tp.emotion is not None else ""
        y = cover.y
        before = len(cover.texts)
        cover.text(
            tm,
            what,
            f"{tp.name} — {phase.name} · {names.get(tp.channel, str(tp.channel))}{score}",
            11,
            indent=18,
        )
        if len(cover.texts) > before:
            cover.drawings.append(lambda c, ctx, x=cover.x, y=y: star(c, x + 7, y + 7, 6))
    cover.y += 6


def _link_kinds(m: JourneyMap, lane_ids: tuple[str, ...] | None) -> set[LinkKind]:
    """The kinds of the links the phase pages draw (both cards on shown lanes): whole within a
    phase, as stubs across two (pdf_handout_links)."""
    return set(printed_links(m, lane_ids).values())


def _add_cross_phase_note(cover: _Cover, tm: TextMaker, m: JourneyMap, lane_ids: tuple[str, ...] | None) -> None:
    """Say what the stubs of links to other phases' pages mean, when the phase pages draw any."""
    if not any(phase_number_of(m, s) != phase_number_of(m, t) for s, t in printed_links(m, lane_ids)):
        return
    text = translate("PdfExport", "A short arrow at a card's edge with a phase's number and name: "
                     "a link to a card in that phase", m.language)  # fmt: skip
    cover.text(tm, translate("PdfWarnings", "the legend", cover.language), text, 10, after=6)


def _add_legend(
    cover: _Cover,
    tm: TextMaker,
    part: JourneyMap,
    lane_ids: tuple[str, ...] | None,
    marks: MapMarks,
    link_kinds: set[LinkKind] | None = None,
) -> None:
    layout = compute_layout(part, default_style(), lane_ids=lane_ids, title="")
    texts: list[TextBlock] = []
    swatches: list[Swatch] = []
    markers: list[Marker] = []
    bottom = legend(
        layout, {ln.id: ln.name for ln in part.lanes}, tm, 10.0, cover.x, cover.y, cover.width, texts, swatches, markers,
        part.language, marks, link_kinds,
    )
    if bottom > cover.bottom or cover.omitted:
        cover.omitted.append(translate("PdfWarnings", "the legend", cover.language))
        return
    cover.texts.extend(texts)
    cover.drawings.append(lambda c, ctx: draw_legend_marks(c, None, swatches, markers, None, ctx.fonts))
    cover.y = bottom
