"""Workshop marks that the canvas and the PDF both draw: the moment-of-truth star, the vote plate
on a card, and a touchpoint's NPS/CES summary in a metrics lane.

Colours, shapes and texts live here, Qt-free, so screen and paper cannot drift apart: the canvas
(cxdesigner.ui.workshop.marks) and the PDF (cxdesigner.export.pdf_marks) only paint what these
functions compute. Colour never carries meaning alone: a vote plate shows its total as a number,
a moment of truth is a star *shape*, a metric writes its value and n next to its bar.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..metrics.scores import ces_summary, nps_summary
from ..model.entities import JourneyMap
from .engine import default_style
from .font_metrics import metrics_for
from .geometry import Rect
from .style import Style

# Gold with a dark outline reads on white paper and on every lane colour.
STAR_FILL = "#f2c200"
STAR_LINE = "#6b5500"
INK = "#1d232b"
PLATE_FILL = "#ffffff"
BAR_LINE = "#56606b"
NPS_COLORS = ("#c8453b", "#c9c2b3", "#2e8b57")  # detractors, passives, promoters
CES_COLORS = ("#2e8b57", "#8cc49f", "#c9c2b3", "#e0a07a", "#c8453b")  # much less … much more effort

CARD_STAR_RADIUS = 5.5  # straddles a card's top-left corner (times the theme's mark scale)


def star_points(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """The ten corners of a five-pointed star centred on (cx, cy), y downwards, a point up."""
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def mark_scale(style: Style) -> float:
    """How much larger than on a 9 pt card a card's star and vote plate are drawn: with the card
    type (handout pages print 13 pt), but never reaching past the gap into the card above."""
    return max(1.0, min(style.card_font_size / 9.0, style.card_gap / CARD_STAR_RADIUS))


def mark_reach(scale: float = 1.0) -> float:
    """How far above a card's top edge its marks reach (the star reaches further than the plate)."""
    return CARD_STAR_RADIUS * scale


def card_star(card: Rect, scale: float = 1.0) -> tuple[float, float, float]:
    """(cx, cy, r) of a card's moment-of-truth star: on its top-left corner, in the padding and
    the gap above, never over the card's text."""
    r = CARD_STAR_RADIUS * scale
    return card.x + r + 1, card.y, r


@dataclass(frozen=True, slots=True)
class VotePlate:
    """A rounded plate straddling a card's top edge at the right: one dot per vote (as many as
    fit) in the participant's colour, then the total as a number in ``label_rect``."""

    rect: Rect
    dot_radius: float
    dots: tuple[tuple[float, float, str], ...]  # (cx, cy, colour)
    label: str
    label_rect: Rect
    font_size: float
    line_width: float


def vote_plate(card: Rect, votes: dict[str, int], scale: float = 1.0) -> VotePlate | None:
    """Where a card's vote plate goes; None when the card has no votes."""
    total = sum(votes.values())
    if not total:
        return None
    r = 2.8 * scale
    step = 2 * r + 1.2 * scale
    h = 10.0 * scale
    label = str(total)
    label_w = (len(label) * 5.0 + 3.0) * scale
    room = max(1, int((card.w * 0.7 - label_w) // step))
    colours = [colour for colour, n in votes.items() for _ in range(n)][:room]
    w = len(colours) * step + label_w + 4 * scale
    plate = Rect(card.right - w - 4 * scale, card.y - h / 2, w, h)
    cy = plate.y + h / 2
    x = plate.x + 2 * scale + r + 0.6 * scale
    dots = tuple((x + i * step, cy, colour) for i, colour in enumerate(colours))
    label_rect = Rect(plate.right - label_w - 2 * scale, plate.y, label_w, h)
    return VotePlate(plate, r, dots, label, label_rect, 7.5 * scale, 0.8 * scale)


LEGEND_VOTES = {"#e69f00": 1, "#56b4e9": 1}  # the legend's sample plate: two participants' dots


def legend_plate_card(cx: float, cy: float, width: float) -> Rect:
    """The (flat) card a legend's sample plate sits on, so that the plate ends at the right of a
    symbol ``width`` wide centred on (cx, cy) (a plate ends 4 pt inside its card)."""
    right = cx + width / 2 + 4
    return Rect(right - 40, cy, 40, 0)


@dataclass(frozen=True, slots=True)
class MetricRow:
    """One line of a metrics block: its text and the counts its stacked bar shows."""

    text: str
    counts: tuple[int, ...]
    colors: tuple[str, ...]


def metric_rows(
    nps: tuple[int, ...] | None, ces: tuple[int, ...] | None, labels: tuple[str, str, str] = ("NPS", "CES", "less")
) -> list[MetricRow]:
    """NPS (signed, n, detractors/passives/promoters) then CES (share of less effort than
    expected, n, the five steps); a row only for a metric with answers.

    ``labels`` are the words "NPS", "CES" and "less" in the language being drawn.
    """
    rows = []
    s = nps_summary(nps)
    if s.n:
        text = f"{labels[0]} {s.score:+.0f}  n={s.n}".replace("-", "\u2212")
        rows.append(MetricRow(text, (s.detractors, s.passives, s.promoters), NPS_COLORS))
    c = ces_summary(ces)
    if c.n:
        share = round(100 * (c.share_less or 0.0))
        rows.append(MetricRow(f"{labels[1]} {share} % {labels[2]}  n={c.n}", c.distribution, CES_COLORS))
    return rows


@dataclass(frozen=True, slots=True)
class MetricRowBox:
    """Where one metric row goes inside a metrics block: the text's top, its size, the bar."""

    row: MetricRow
    text_top: float
    font_size: float
    bar: Rect
    segments: tuple[tuple[Rect, str], ...]  # (part of the bar, colour), zero-width parts left out


def metric_boxes(block: Rect, rows: list[MetricRow]) -> list[MetricRowBox]:
    """Lay ``rows`` out in ``block``: NPS on top, CES below, each half the block's height whether
    one or both are shown, the text (bold, smaller if it would overrun the block) over a thin bar."""
    row_h = block.h / 2
    size = max(6.0, row_h * 0.42)
    bold = metrics_for(default_style().bold_font_file)
    widest = max((bold.text_width(row.text, size) for row in rows), default=0.0)
    if widest > block.w > 0:
        size *= block.w / widest
    out = []
    for i, row in enumerate(rows[:2]):
        top = block.y + i * row_h
        bar = Rect(block.x, top + row_h * 0.6, block.w, row_h * 0.3)
        total = sum(row.counts) or 1
        x = bar.x
        segments = []
        for count, colour in zip(row.counts, row.colors, strict=True):
            w = bar.w * count / total
            if w > 0:
                segments.append((Rect(x, bar.y, w, bar.h), colour))
            x += w
        out.append(MetricRowBox(row, top, size, bar, tuple(segments)))
    return out


@dataclass(frozen=True)
class MapMarks:
    """What a map adds on top of its layout when drawn: votes and stars per card, survey
    answers per touchpoint, and the language its labels print in."""

    votes: dict[str, dict[str, int]]  # card id → participant colour → dots
    card_stars: frozenset[str]
    answers: dict[str, tuple[tuple[int, ...] | None, tuple[int, ...] | None]]  # touchpoint id → (nps, ces)
    language: str = "en"

    def total_votes(self) -> int:
        return sum(sum(v.values()) for v in self.votes.values())


NO_MARKS = MapMarks({}, frozenset(), {})


def marks_of(m: JourneyMap, lane_ids: Iterable[str] | None = None) -> MapMarks:
    """The marks of the cards in the lanes shown: ``lane_ids``, as for ``compute_layout``
    (default: every lane not hidden)."""
    shown = set(lane_ids) if lane_ids is not None else {ln.id for ln in m.lanes if not ln.hidden}
    cards = [c for c in m.cards.values() if c.lane_id in shown]
    return MapMarks(
        votes={c.id: dict(c.votes) for c in cards if any(c.votes.values())},
        card_stars=frozenset(c.id for c in cards if c.moment_of_truth),
        answers={tp.id: (tp.nps, tp.ces) for tp in m.touchpoints() if any(tp.nps or ()) or any(tp.ces or ())},
        language=m.language,
    )
