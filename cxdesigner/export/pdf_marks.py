"""Workshop marks in the PDF: moment-of-truth stars, vote plates on cards and the NPS/CES blocks
of metrics lanes, drawn from the same shapes, colours and texts as the canvas
(:mod:`cxdesigner.layout.marks`). Coordinates as in :mod:`.pdf_draw`: sheet point (x, y), y
downwards, is drawn at (x, -y).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from ..i18n import translate
from ..layout import Layout, Rect
from ..layout.marks import (
    BAR_LINE,
    INK,
    PLATE_FILL,
    STAR_FILL,
    STAR_LINE,
    MapMarks,
    card_star,
    mark_reach,
    mark_scale,
    metric_boxes,
    metric_rows,
    star_points,
    vote_plate,
)
from .pdf_fonts import Fonts


@cache
def _color(hex_: str) -> Color:
    return HexColor(hex_)


def _visible(rect: Rect, view: Rect | None) -> bool:
    return view is None or rect.intersects(view)


def star(c: Canvas, x: float, y: float, r: float, fill: str = STAR_FILL, line: str = STAR_LINE) -> None:
    """A five-pointed star centred on sheet point (x, y): the moment-of-truth mark."""
    path = c.beginPath()
    for i, (px, py) in enumerate(star_points(x, y, r)):
        path.moveTo(px, -py) if i == 0 else path.lineTo(px, -py)
    path.close()
    c.setFillColor(_color(fill))
    c.setStrokeColor(_color(line))
    c.setLineWidth(0.6)
    c.drawPath(path, stroke=1, fill=1)


def metric_labels(language: str) -> tuple[str, str, str]:
    """The words of a metrics block in the map's language: the canvas's own (its context), so
    screen and paper say the same."""
    return (
        translate("WorkshopController", "NPS", language),
        translate("WorkshopController", "CES", language),
        translate("WorkshopController", "less", language),
    )


def draw_card_marks(c: Canvas, layout: Layout, marks: MapMarks, fonts: Fonts, view: Rect | None = None) -> None:
    """The star on each flagged card and the vote plate on each card with votes.

    Marks straddle the card's top edge. They are drawn where both the card and that edge meet
    ``view``: a handout page cut just above a card, or through it below its top, prints no
    sliver of its plate.
    """
    if not (marks.card_stars or marks.votes):
        return
    scale = mark_scale(layout.style)
    reach = mark_reach(scale)
    for card in layout.cards.values():
        r = card.rect
        if not (_visible(r, view) and _visible(Rect(r.x, r.y - reach, r.w, 2 * reach), view)):
            continue
        if card.id in marks.card_stars:
            star(c, *card_star(card.rect, scale))
        votes = marks.votes.get(card.id)
        if votes:
            draw_vote_plate(c, card.rect, votes, fonts, scale)


def draw_vote_plate(c: Canvas, card: Rect, votes: dict[str, int], fonts: Fonts, scale: float = 1.0) -> None:
    plate = vote_plate(card, votes, scale)
    if plate is None:
        return
    r = plate.rect
    c.setStrokeColor(_color(INK))
    c.setLineWidth(plate.line_width)
    c.setFillColor(_color(PLATE_FILL))
    c.roundRect(r.x, -r.bottom, r.w, r.h, r.h / 2, stroke=1, fill=1)
    c.setLineWidth(0.5 * scale)
    for cx, cy, colour in plate.dots:
        c.setFillColor(_color(colour))
        c.circle(cx, -cy, plate.dot_radius, stroke=1, fill=1)
    # Centred on the plate's middle the way Qt centres a line: half the line box above and below.
    metrics = fonts.metrics(True)
    lr = plate.label_rect
    baseline = lr.y + lr.h / 2 + metrics.ascent_at(plate.font_size) - metrics.line_height(plate.font_size) / 2
    c.setFont(fonts.bold, plate.font_size)
    c.setFillColor(_color(INK))
    c.drawCentredString(lr.x + lr.w / 2, -baseline, plate.label)


def draw_metrics(c: Canvas, layout: Layout, marks: MapMarks, fonts: Fonts, view: Rect | None = None) -> None:
    """Each touchpoint's NPS and CES where the layout put its block: value, n and a stacked bar."""
    if not layout.metrics:
        return
    labels = metric_labels(marks.language)
    ascent = fonts.metrics(True).ascent_at
    for (_lane_id, tp_id), block in layout.metrics.items():
        answers = marks.answers.get(tp_id)
        if answers is None or not _visible(block, view):
            continue
        rows = metric_rows(*answers, labels)
        for box in metric_boxes(block, rows):
            c.setFont(fonts.bold, box.font_size)
            c.setFillColor(_color(INK))
            c.drawString(block.x, -(box.text_top + ascent(box.font_size)), box.row.text)
            for part, colour in box.segments:
                c.setFillColor(_color(colour))
                c.rect(part.x, -part.bottom, part.w, part.h, stroke=0, fill=1)
            bar = box.bar
            c.setStrokeColor(_color(BAR_LINE))
            c.setLineWidth(0.3)
            c.rect(bar.x, -bar.bottom, bar.w, bar.h, stroke=1, fill=0)
