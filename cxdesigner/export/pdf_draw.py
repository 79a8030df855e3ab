"""Draw a :class:`Sheet` (the layout plus title block and legend) onto a reportlab canvas.

The caller places the sheet: after ``canvas.translate(left, top); canvas.scale(s, s)`` the sheet's
point (x, y), y downwards, is drawn at (x, -y). Text is drawn line by line exactly as the layout
wrapped it, with the same font files, through one text object per pass: no Paragraph, so user
text is never parsed as markup. ``view`` limits drawing to what a tile or page shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from ..layout import CurveGeometry, Layout, Rect, TextBlock
from ..layout.marks import LEGEND_VOTES, MapMarks, legend_plate_card
from ..model.vocabulary import LinkKind
from .pdf_fonts import Fonts
from .pdf_links import draw_link_sample, draw_links
from .pdf_marks import draw_card_marks, draw_metrics, draw_vote_plate, star
from .pdf_persona import draw_persona
from .pdf_sheet import Marker, Sheet, Swatch, format_score

HEADER_FILL = "#dfe6ee"
TOUCHPOINT_FILL = "#f4f6f9"
LANE_FILL = "#eceff3"
GRID_STROKE = "#b7c0ca"
CARD_STROKE = "#8d959e"
TEXT = "#1d232a"
MUTED = "#56606b"
CURVE = "#2b3440"
STAR = "#c9302c"  # the handout's "continued" notes; the moment-of-truth star is gold (layout.marks)
SCORE_COLORS = {2: "#009e73", 1: "#56b4e9", 0: "#9a9a9a", -1: "#e69f00", -2: "#d55e00"}  # Okabe–Ito

Tick = Callable[[int], None]


@cache
def color(hex_: str) -> Color:
    return HexColor(hex_)


def _visible(rect: Rect, view: Rect | None) -> bool:
    return view is None or rect.intersects(view)


def _block_rect(b: TextBlock) -> Rect:
    return Rect(b.x, b.y, b.width, max(b.height, 1.0))


def draw_sheet(c: Canvas, sheet: Sheet, fonts: Fonts, view: Rect | None = None, tick: Tick | None = None) -> None:
    """Draw every part of ``sheet`` that meets ``view`` (the whole sheet if None)."""
    draw_layout(c, sheet.layout, fonts, view, tick, extra_texts=sheet.texts, marks=sheet.marks)
    draw_legend_marks(c, sheet.frame, sheet.swatches, sheet.markers, view, fonts)


def draw_layout(
    c: Canvas,
    layout: Layout,
    fonts: Fonts,
    view: Rect | None = None,
    tick: Tick | None = None,
    extra_texts: Iterable[TextBlock] = (),
    with_title: bool = True,
    marks: MapMarks | None = None,
) -> None:
    """Draw the layout's grid, cards, curves and text that meet ``view``; with ``marks``, also
    the cards' votes and stars and the metrics lanes' NPS/CES."""
    _draw_grid(c, layout, view)
    if marks is not None:
        draw_metrics(c, layout, marks, fonts, view)
    _draw_cards(c, layout, view, tick)
    draw_persona(c, layout, fonts, view)
    for curve in layout.curves:
        if _visible(curve.band, view):
            _draw_curve(c, layout, curve, fonts)
    draw_links(c, layout, view)
    draw_text_blocks(c, _texts(layout, view, extra_texts, with_title), fonts)
    if marks is not None:
        draw_card_marks(c, layout, marks, fonts, view)
    for tp in layout.touchpoints:
        if tp.moment_of_truth and _visible(tp.rect, view):
            star(c, tp.rect.right - 10, tp.rect.bottom, 6)  # on the bottom edge, clear of the text


def _rect(c: Canvas, r: Rect, fill: str | None, stroke: str | None, width: float = 0.6) -> None:
    if fill is not None:
        c.setFillColor(color(fill))
    if stroke is not None:
        c.setStrokeColor(color(stroke))
        c.setLineWidth(width)
    c.rect(r.x, -r.bottom, r.w, r.h, stroke=stroke is not None, fill=fill is not None)


def _draw_grid(c: Canvas, layout: Layout, view: Rect | None) -> None:
    for phase in layout.phases:
        if _visible(phase.rect, view):
            _rect(c, phase.rect, HEADER_FILL, GRID_STROKE)
    for tp in layout.touchpoints:
        if _visible(tp.rect, view):
            _rect(
                c,
                tp.rect,
                TOUCHPOINT_FILL,
                CURVE if tp.moment_of_truth else GRID_STROKE,
                1.6 if tp.moment_of_truth else 0.6,
            )
    for lane in layout.lanes:
        if _visible(lane.band, view):
            _rect(c, lane.header, LANE_FILL, GRID_STROKE)
            _rect(c, lane.band, None, GRID_STROKE)
    c.setStrokeColor(color(GRID_STROKE))
    c.setLineWidth(0.4)
    for cell in layout.cells.values():
        r = cell.rect
        if r.h > 0 and _visible(r, view):
            c.rect(r.x, -r.bottom, r.w, r.h, stroke=1, fill=0)


def _draw_cards(c: Canvas, layout: Layout, view: Rect | None, tick: Tick | None) -> None:
    c.setStrokeColor(color(CARD_STROKE))
    c.setLineWidth(0.5)
    current = None
    for n, card in enumerate(layout.cards.values(), 1):
        r = card.rect
        if view is None or r.intersects(view):
            if card.color != current:
                c.setFillColor(color(card.color))
                current = card.color
            c.rect(r.x, -r.bottom, r.w, r.h, stroke=1, fill=1)
        if tick is not None and n % 250 == 0:
            tick(250)


def _texts(
    layout: Layout, view: Rect | None, extra: Iterable[TextBlock], with_title: bool
) -> Iterable[tuple[TextBlock, str]]:
    if with_title:
        yield layout.title, TEXT
        yield layout.subtitle, MUTED
    for phase in layout.phases:
        yield phase.text, TEXT
    for tp in layout.touchpoints:
        yield tp.channel_text, MUTED
        yield tp.text, TEXT
    for lane in layout.lanes:
        yield lane.text, TEXT
    shown = [card for card in layout.cards.values() if view is None or card.rect.intersects(view)]
    for card in shown:
        yield card.text, TEXT
    for card in shown:  # after all card text: one font switch, not two per card
        if card.meta is not None:
            yield card.meta, MUTED
    for block in extra:
        yield block, TEXT


def draw_text_blocks(c: Canvas, blocks: Iterable[tuple[TextBlock, str]], fonts: Fonts) -> None:
    """All text in one text object; font and colour change only when they have to."""
    t = c.beginText()
    font = None
    fill = None
    for block, ink in blocks:
        if not block.lines:
            continue
        key = (block.bold, block.size)
        if key != font:
            t.setFont(fonts.name(block.bold), block.size)
            font = key
        if ink != fill:
            t.setFillColor(color(ink))
            fill = ink
        x, y, step = block.x, -(block.y + block.ascent), block.line_height
        for line in block.lines:
            if line:
                t.setTextOrigin(x, y)
                t.textLine(line)  # unlike textOut, no width measuring: the layout did that
            y -= step
    c.drawText(t)


def _draw_curve(c: Canvas, layout: Layout, curve: CurveGeometry, fonts: Fonts) -> None:
    band = curve.band
    first = layout.columns[0].x if layout.columns else band.x
    label_size = max(layout.style.channel_font_size - 1, 5.0)
    # Guide lines for each score, the zero line stronger, labelled at the left of the grid.
    c.setFont(fonts.regular, label_size)
    for score in range(2, -3, -1):
        y = -curve.y_for(score)
        c.setStrokeColor(color("#9aa3ad" if score == 0 else "#dde2e7"))
        c.setLineWidth(0.6 if score == 0 else 0.4)
        c.setDash(3, 2) if score == 0 else c.setDash()
        c.line(first, y, band.right, y)
        c.setFillColor(color(MUTED))
        c.drawString(first + 2, y + 1.5, format_score(score))
    c.setDash()
    points = curve.points
    if len(points) > 1:
        c.setStrokeColor(color(CURVE))
        c.setLineWidth(1.4)
        path = c.beginPath()
        path.moveTo(points[0].x, -points[0].y)
        for p in points[1:]:
            path.lineTo(p.x, -p.y)
        c.drawPath(path, stroke=1, fill=0)
    mot = {tp.id for tp in layout.touchpoints if tp.moment_of_truth}
    c.setFont(fonts.bold, label_size + 1)
    for p in points:
        c.setStrokeColor(color(CURVE))
        c.setLineWidth(0.8)
        c.setFillColor(color(SCORE_COLORS.get(p.score, "#9a9a9a")))
        if p.touchpoint_id in mot:
            star(c, p.x, p.y, 6.5, fill=SCORE_COLORS.get(p.score, "#9a9a9a"), line=CURVE)  # the emotion's colour
        else:
            c.circle(p.x, -p.y, 3.6, stroke=1, fill=1)
        label = format_score(p.score)
        # Above the point, or below it at the top of the scale where the band ends.
        ly = -p.y + 6 if p.score < 2 else -p.y - 6 - label_size
        c.setFillColor(color(CURVE))
        c.drawString(p.x + 6, ly, label)


def draw_legend_marks(
    c: Canvas,
    frame: Rect | None,
    swatches: Iterable[Swatch],
    markers: Iterable[Marker],
    view: Rect | None = None,
    fonts: Fonts | None = None,
) -> None:
    """The title block's frame, the legend's colour swatches and symbols."""
    if frame is not None and _visible(frame, view):
        _rect(c, frame, None, GRID_STROKE, 0.8)
    for sw in swatches:
        if _visible(sw.rect, view):
            _rect(c, sw.rect, sw.color, CARD_STROKE, 0.5)
    for mk in markers:
        _marker(c, mk, fonts)


def _marker(c: Canvas, mk: Marker, fonts: Fonts | None) -> None:
    if mk.kind == "star":
        star(c, mk.x, mk.y, mk.size / 2)
    elif mk.kind.startswith("link:"):
        draw_link_sample(c, LinkKind(mk.kind[5:]), mk.x, mk.y, mk.size)
    elif mk.kind == "votes":
        if fonts is not None:
            draw_vote_plate(c, legend_plate_card(mk.x, mk.y, mk.size), LEGEND_VOTES, fonts)
    else:
        c.setStrokeColor(color(CURVE))
        c.setLineWidth(0.8)
        c.setFillColor(color(SCORE_COLORS.get(mk.score, "#9a9a9a")))
        c.circle(mk.x, -mk.y, mk.size / 3, stroke=1, fill=1)
