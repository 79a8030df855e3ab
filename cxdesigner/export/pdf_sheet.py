"""A printable sheet: the map's layout plus a title block and a legend below the grid.

Everything here is geometry in the layout's points (origin top-left, y downwards), computed
without reportlab, so fit, poster and handout pages all draw the same sheet, only placed and
scaled differently.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ..i18n import primary_language, translate
from ..layout import Layout, Rect, TextBlock, compute_layout
from ..layout.font_metrics import metrics_for
from ..layout.marks import (
    CES_COLORS,
    LEGEND_VOTES,
    NO_MARKS,
    NPS_COLORS,
    MapMarks,
    legend_plate_card,
    marks_of,
    vote_plate,
)
from ..layout.style import Style
from ..layout.text_wrap import wrap_text
from ..model.entities import JourneyMap, Phase
from ..model.vocabulary import EMOTION_MAX, EMOTION_MIN, LaneKind, LinkKind, lane_kind_names

EMOTION_NAMES = {2: "very positive", 1: "positive", 0: "neutral", -1: "negative", -2: "very negative"}

_TITLE_BLOCK_WIDTH = 300.0
_GAP = 16.0


@dataclass(frozen=True, slots=True)
class Swatch:
    rect: Rect
    color: str


@dataclass(frozen=True, slots=True)
class Marker:
    """A legend symbol: ``kind`` is "point" (a curve point), "star" (a moment of truth) or "votes"
    (a vote plate, ``size`` wide)."""

    kind: str
    x: float
    y: float
    size: float
    score: int = 0


@dataclass
class Sheet:
    layout: Layout
    width: float
    height: float
    frame: Rect  # the title block's box
    texts: list[TextBlock] = field(default_factory=list)  # title block and legend text
    swatches: list[Swatch] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    marks: MapMarks = NO_MARKS  # votes, card stars and survey answers drawn over the layout


def emotion_name(score: int, language: str = "en") -> str:
    """The legend's name of an emotion score, in the map's language."""
    names = {
        2: translate("PdfExport", "very positive", language),
        1: translate("PdfExport", "positive", language),
        0: translate("PdfExport", "neutral", language),
        -1: translate("PdfExport", "negative", language),
        -2: translate("PdfExport", "very negative", language),
    }
    return names[score]


def format_date(date: _dt.date, language: str = "en") -> str:
    """A printed date as the map's language writes it: 22.11.2026 in Finnish, ISO otherwise."""
    if primary_language(language) == "fi":
        return f"{date.day}.{date.month}.{date.year}"
    return date.isoformat()


def format_number(value: float, spec: str = "g", language: str = "en") -> str:
    """``format(value, spec)`` with the map's decimal separator (a comma in Finnish)."""
    text = format(value, spec)
    return text.replace(".", ",") if primary_language(language) == "fi" else text


def format_score(score: int) -> str:
    return f"+{score}" if score > 0 else ("0" if score == 0 else f"−{-score}")


class TextMaker:
    """Builds :class:`TextBlock` s with the layout's own wrapping and metrics."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self._metrics = {False: metrics_for(style.font_file), True: metrics_for(style.bold_font_file)}

    def block(self, text: str, x: float, y: float, width: float, size: float, bold: bool = False) -> TextBlock:
        metrics = self._metrics[bold]
        lines = wrap_text(metrics, text, width, size)
        return TextBlock(
            lines, x, y, width, size, metrics.line_height(size) * self.style.line_spacing, metrics.ascent_at(size), bold
        )

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self._metrics[bold].text_width(text, size)


def title_block_lines(m: JourneyMap, title: str, source_name: str, date: _dt.date) -> list[tuple[str, str]]:
    """(label, value) pairs for the title block: title, persona, scope, date, file name.

    Labels and the date follow the map's language (a Finnish map prints "Päivämäärä: 22.11.2026").
    """
    lang = m.language
    rows = [(translate("PdfExport", "Title", lang), title or translate("PdfExport", "Untitled journey", lang))]
    if m.persona.name:
        rows.append((translate("PdfExport", "Persona", lang), m.persona.name))
    if m.description:
        rows.append((translate("PdfExport", "Scope", lang), m.description))
    rows.append((translate("PdfExport", "Date", lang), format_date(date, lang)))
    if source_name:
        rows.append((translate("PdfExport", "File", lang), source_name))
    return rows


def build_sheet(
    m: JourneyMap,
    style: Style,
    lane_ids: tuple[str, ...] | None,
    title: str | None,
    source_name: str,
    date: _dt.date,
) -> Sheet:
    layout = compute_layout(m, style, lane_ids=lane_ids, title=title)
    tm = TextMaker(style)
    x0 = style.margin
    top = layout.grid.bottom + _GAP
    usable = layout.width - 2 * style.margin
    size = max(style.subtitle_font_size - 1, 6.0)
    pad = style.header_padding

    # Title block: a framed box of "Label: value" rows.
    tb_w = min(_TITLE_BLOCK_WIDTH, usable)
    label_w = max(tm.width(f"{label}:", size, bold=True) for label, _ in title_block_lines(m, "", "x", date)) + 6
    texts: list[TextBlock] = []
    y = top + pad
    for label, value in title_block_lines(m, title if title is not None else m.title, source_name, date):
        texts.append(tm.block(f"{label}:", x0 + pad, y, label_w, size, bold=True))
        value_block = tm.block(value, x0 + pad + label_w, y, tb_w - 2 * pad - label_w, size)
        texts.append(value_block)
        y += max(value_block.height, texts[-2].height) + 2
    frame = Rect(x0, top, tb_w, y - top + pad)

    # Legend: beside the title block when there is room, else below it.
    if usable - tb_w - _GAP >= 220:
        lx, ly, lw = x0 + tb_w + _GAP, top, usable - tb_w - _GAP
    else:
        lx, ly, lw = x0, frame.bottom + _GAP / 2, usable
    swatches: list[Swatch] = []
    markers: list[Marker] = []
    marks = marks_of(m, lane_ids)
    legend_bottom = legend(
        layout, {ln.id: ln.name for ln in m.lanes}, tm, size, lx, ly, lw, texts, swatches, markers, m.language, marks
    )
    height = max(frame.bottom, legend_bottom) + style.margin
    return Sheet(layout, layout.width, height, frame, texts, swatches, markers, marks)


LINK_LEGEND = (LinkKind.ADDRESSES, LinkKind.FLOW, LinkKind.RELATES)


def legend(
    layout: Layout,
    lane_names: dict[str, str],
    tm: TextMaker,
    size: float,
    x: float,
    y: float,
    width: float,
    texts: list[TextBlock],
    swatches: list[Swatch],
    markers: list[Marker],
    language: str = "en",
    marks: MapMarks | None = None,
    link_kinds: set[LinkKind] | None = None,
) -> float:
    """Lay the legend out from (x, y) within ``width``; return its bottom.

    With ``marks`` it also explains the vote plates and, where a metrics lane shows answers,
    the NPS and CES blocks and their bars' colours.
    """
    line = tm.block("Ag", 0, 0, 100, size).line_height
    box = size
    # Each lane kind's colour, named as the map names its lanes (a Finnish map says "Odotukset").
    kinds: dict[LaneKind, list[str]] = {}
    for lane in layout.lanes:
        names = kinds.setdefault(lane.kind, [])
        name = lane_names.get(lane.id, "").strip()
        if name and name not in names:
            names.append(name)
    heading = tm.block(translate("PdfExport", "Legend", language), x, y, width, size, bold=True)
    texts.append(heading)
    y += heading.height + 2

    def flow(
        items: list[tuple[str, str | None, str | None, int]], y: float, symbol: float = box, scale: bool = False
    ) -> float:
        """Lay out (text, swatch colour, marker kind, score) items left to right, wrapping;
        ``symbol`` is the width of each item's swatch or marker. The steps of a ``scale`` that
        do not fit on one row go into aligned columns, as many in each row (a ragged wrap made
        the five CES steps hard to read in order)."""
        widths = [symbol + 4 + tm.width(text, size) + 12 for text, *_rest in items]
        slots: list[float] | None = None  # each item's left edge when aligned
        if scale and items and sum(widths) > width:
            column = max(widths)
            columns = max(1, min(len(items), int(width // column)))
            rows = -(-len(items) // columns)
            columns = -(-len(items) // rows)  # the same count in every row but the last
            slots = [x + (i % columns) * column for i in range(len(items))]
        cx, row = x, line
        for i, (text, color, marker, score) in enumerate(items):
            w = widths[i]
            if slots is not None:
                if i and slots[i] <= slots[i - 1]:
                    y, row = y + row + 2, line
                cx = slots[i]
            elif cx > x and cx + w > x + width:
                cx, y, row = x, y + row + 2, line
            sy = y + (line - box) / 2
            if color is not None:
                swatches.append(Swatch(Rect(cx, sy, box, box), color))
            if marker is not None:
                markers.append(Marker(marker, cx + symbol / 2, sy + box / 2, symbol, score))
            block = tm.block(text, cx + symbol + 4, y, max(width - (cx - x) - symbol - 4, 1), size)
            texts.append(block)
            row = max(row, block.height)  # an item too long for the width wraps onto more lines
            cx += w
        return y + row + 4

    card_kinds = [k for k in kinds if k.holds_cards]
    if card_kinds:
        y = flow(
            [
                (" / ".join(kinds[k]) or lane_kind_names(language)[k], layout.style.lane_colors.get(k, "#f2f2f2"), None, 0)
                for k in card_kinds
            ],
            y,
        )
    channels = []
    for tp in layout.touchpoints:
        if tp.channel not in channels:
            channels.append(tp.channel)
    if channels:
        channel_names = layout.style.channel_names_for(language)
        names = ", ".join(channel_names.get(c, str(c)) for c in channels)
        block = tm.block(translate("PdfExport", "Channels: {names}", language).format(names=names), x, y, width, size)
        texts.append(block)
        y += block.height + 4
    if LaneKind.EMOTION_CURVE in kinds:
        scores = range(EMOTION_MAX, EMOTION_MIN - 1, -1)
        y = flow([(f"{format_score(s)} {emotion_name(s, language)}", None, "point", s) for s in scores], y, scale=True)
    marks = marks or NO_MARKS
    if any(tp.moment_of_truth for tp in layout.touchpoints) or marks.card_stars:
        y = flow([(translate("PdfExport", "Moment of truth", language), None, "star", 0)], y)
    if marks.votes:
        plate = vote_plate(legend_plate_card(0, 0, 0), LEGEND_VOTES)  # the sample drawn in the legend
        text = translate("PdfExport", "Dot votes: one dot per vote, the number is the total", language)
        y = flow([(text, None, "votes", 0)], y, plate.rect.w if plate else box)
    # The kinds of link drawn (a handout's cover lays out no cards, so it names them itself).
    used = link_kinds if link_kinds is not None else {p.kind for p in layout.links}
    link_kinds_shown = [k for k in LINK_LEGEND if k in used]
    if link_kinds_shown:
        names = {
            LinkKind.ADDRESSES: translate("PdfExport", "Improvement addresses pain point", language),
            LinkKind.FLOW: translate("PdfExport", "Flow, earlier to later", language),
            LinkKind.RELATES: translate("PdfExport", "Relates to", language),
        }
        y = flow([(names[k], None, f"link:{k.value}", 0) for k in link_kinds_shown], y, 26.0)
    return _metrics_legend(layout, marks, tm, size, x, y, width, texts, flow, language)


def _metrics_legend(  # type: ignore[no-untyped-def]
    layout: Layout, marks: MapMarks, tm: TextMaker, size: float, x: float, y: float, width: float,
    texts: list[TextBlock], flow, language: str,
) -> float:
    """What a metrics block says: how NPS and CES are counted and what their bars' colours mean."""
    shown = [marks.answers[tp] for _lane, tp in layout.metrics if tp in marks.answers]
    if any(any(nps or ()) for nps, _ in shown):
        block = tm.block(translate("PdfExport", "NPS = % promoters − % detractors; n = answers", language),
                         x, y, width, size)  # fmt: skip
        texts.append(block)
        y = flow(
            [
                (translate("PdfExport", "detractors 0–6", language), NPS_COLORS[0], None, 0),
                (translate("PdfExport", "passives 7–8", language), NPS_COLORS[1], None, 0),
                (translate("PdfExport", "promoters 9–10", language), NPS_COLORS[2], None, 0),
            ],
            y + block.height + 2,
            scale=True,
        )
    if any(any(ces or ()) for _, ces in shown):
        text = translate("PdfExport", "CES % = share of answers with less effort than expected; n = answers", language)
        block = tm.block(text, x, y, width, size)
        texts.append(block)
        steps = (  # metrics.scores.CES_STEPS in the words the app's metrics editor uses
            translate("Metrics", "much less effort than expected", language),
            translate("Metrics", "a little less effort than expected", language),
            translate("Metrics", "as expected", language),
            translate("Metrics", "a little more effort than expected", language),
            translate("Metrics", "much more effort than expected", language),
        )
        items = [(step, colour, None, 0) for step, colour in zip(steps, CES_COLORS, strict=True)]
        y = flow(items, y + block.height + 2, scale=True)
    return y


def submap(m: JourneyMap, phases: list[Phase], with_cards: bool = True) -> JourneyMap:
    """A read-only view of ``m`` with only ``phases`` (objects shared, not copied)."""
    part = JourneyMap(m.title, "", m.language)
    part.phases = list(phases)
    part.lanes = list(m.lanes)
    part.rebuild_index()
    if with_cards:
        anchors = {p.id for p in phases} | {tp.id for p in phases for tp in p.touchpoints}
        part.cells = {cell: ids for cell, ids in m.cells.items() if cell[1] in anchors}
        part.cards = {cid: m.cards[cid] for ids in part.cells.values() for cid in ids}
        part.links = {key: kind for key, kind in m.links.items() if key[0] in part.cards and key[1] in part.cards}
    return part
