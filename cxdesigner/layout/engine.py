"""Compute where everything on a journey map goes. The canvas and the PDF both draw from this.

The grid: a title block on top; below it a row of phase headers and a row of touchpoint headers;
then one band per visible lane, with the lane's header on the left. Each touchpoint is a column
(a phase without touchpoints gets one column of its own). In a card lane, cards anchored to a
whole phase stack across the phase's full width at the top of the band; cards anchored to a
touchpoint stack in its column below. Bands grow to fit their tallest cell.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.entities import Card, JourneyMap, Lane
from ..model.vocabulary import LaneKind
from .follow_up import SEPARATOR, follow_up_parts
from .font_metrics import FontMetrics, metrics_for
from .geometry import (
    CardBox,
    CellBox,
    Column,
    CurveGeometry,
    CurvePoint,
    LaneBox,
    Layout,
    PhaseBox,
    Rect,
    TextBlock,
    TouchpointBox,
)
from .links import route_links
from .persona import layout_persona
from .style import Style
from .text_wrap import wrap_phrases, wrap_text

_DEFAULT_STYLE: Style | None = None


def default_style() -> Style:
    global _DEFAULT_STYLE
    if _DEFAULT_STYLE is None:
        _DEFAULT_STYLE = Style()
    return _DEFAULT_STYLE


class _Typesetter:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.regular = metrics_for(style.font_file)
        self.bold = metrics_for(style.bold_font_file)

    def block(self, text: str, x: float, y: float, width: float, size: float, bold: bool = False) -> TextBlock:
        metrics: FontMetrics = self.bold if bold else self.regular
        lines = wrap_text(metrics, text, width, size)
        return TextBlock(
            lines,
            x,
            y,
            width,
            size,
            metrics.line_height(size) * self.style.line_spacing,
            metrics.ascent_at(size),
            bold,
        )


def compute_layout(
    m: JourneyMap,
    style: Style | None = None,
    lane_ids: Iterable[str] | None = None,
    title: str | None = None,
) -> Layout:
    """Lay out ``m``. ``lane_ids`` limits the lanes shown (default: every lane not hidden)."""
    style = style or default_style()
    ts = _Typesetter(style)
    wanted = set(lane_ids) if lane_ids is not None else None
    lanes = [lane for lane in m.lanes if (lane.id in wanted if wanted is not None else not lane.hidden)]

    # Title block.
    x0 = style.margin
    y = style.margin
    columns = _columns(m, x0 + style.lane_header_width, style)
    grid_right = columns[-1].x + columns[-1].w if columns else x0 + style.lane_header_width + style.column_width
    full_width = grid_right - x0
    title_block = ts.block(title if title is not None else m.title, x0, y, full_width, style.title_font_size, bold=True)
    y += title_block.height + 2
    subtitle = ts.block(_subtitle(m), x0, y, full_width, style.subtitle_font_size)
    y += subtitle.height if any(subtitle.lines) else 0
    persona = layout_persona(m, style, x0, y + 6, full_width)
    y = (persona.rect.bottom if persona is not None else y) + style.title_gap
    grid_top = y

    phases, y = _phase_headers(m, columns, ts, y)
    touchpoints, y = _touchpoint_headers(m, columns, ts, y)

    lane_boxes: list[LaneBox] = []
    cells: dict[tuple[str, str], CellBox] = {}
    cards: dict[str, CardBox] = {}
    curves: list[CurveGeometry] = []
    metrics: dict[tuple[str, str], Rect] = {}
    for lane in lanes:
        if lane.kind is LaneKind.EMOTION_CURVE:
            height = style.curve_lane_height
            curves.append(_curve(m, lane, columns, Rect(grid_right - full_width, y, full_width, height), style))
        else:
            height = _card_lane(m, lane, columns, ts, y, cells, cards)
            if lane.kind is LaneKind.METRICS:
                _metrics_blocks(m, lane, cells, style, metrics)
        header = Rect(x0, y, style.lane_header_width, height)
        pad = style.header_padding
        text = ts.block(lane.name, x0 + pad, y + pad, style.lane_header_width - 2 * pad, style.lane_font_size, bold=True)
        lane_boxes.append(LaneBox(lane.id, lane.kind, header, Rect(x0, y, full_width, height), text))
        y += height

    height = y + style.margin
    return Layout(
        width=grid_right + style.margin,
        height=height,
        style=style,
        title=title_block,
        subtitle=subtitle,
        grid=Rect(x0, grid_top, full_width, y - grid_top),
        columns=tuple(columns),
        phases=tuple(phases),
        touchpoints=tuple(touchpoints),
        lanes=tuple(lane_boxes),
        cells=cells,
        cards=cards,
        curves=tuple(curves),
        metrics=metrics,
        persona=persona,
        links=tuple(route_links({cid: box.rect for cid, box in cards.items()}, m.links)) if m.links else (),
    )


def _subtitle(m: JourneyMap) -> str:
    return m.description  # the persona has a box of its own below (layout/persona.py)


def _columns(m: JourneyMap, x: float, style: Style) -> list[Column]:
    columns = []
    for phase in m.phases:
        anchors = [tp.id for tp in phase.touchpoints] or [phase.id]
        for anchor in anchors:
            columns.append(Column(anchor, phase.id, x, style.column_width))
            x += style.column_width + style.column_gap
    return columns


def _phase_headers(m: JourneyMap, columns: list[Column], ts: _Typesetter, y: float) -> tuple[list[PhaseBox], float]:
    style = ts.style
    pad = style.header_padding
    spans = []
    for phase in m.phases:
        mine = [c for c in columns if c.phase_id == phase.id]
        x, right = mine[0].x, mine[-1].x + mine[-1].w
        text = ts.block(phase.name, x + pad, y + pad, right - x - 2 * pad, style.phase_font_size, bold=True)
        spans.append((phase.id, x, right - x, text))
    height = max([style.min_phase_header_height] + [t.height + 2 * pad for *_, t in spans])
    return [PhaseBox(pid, Rect(x, y, w, height), t) for pid, x, w, t in spans], y + height


def _touchpoint_headers(
    m: JourneyMap, columns: list[Column], ts: _Typesetter, y: float
) -> tuple[list[TouchpointBox], float]:
    style = ts.style
    pad = style.header_padding
    by_anchor = {c.anchor_id: c for c in columns}
    names = style.channel_names_for(m.language)
    drafts = []
    for phase in m.phases:
        for tp in phase.touchpoints:
            col = by_anchor[tp.id]
            inner = col.w - 2 * pad
            channel = ts.block(names.get(tp.channel, str(tp.channel)), col.x + pad, y + pad, inner, style.channel_font_size)
            name = ts.block(tp.name, col.x + pad, y + pad + channel.height + 2, inner, style.touchpoint_font_size, bold=True)
            drafts.append((tp, phase.id, col, channel, name))
    height = max([style.min_touchpoint_header_height] + [c.height + n.height + 2 + 2 * pad for *_, c, n in drafts])
    boxes = [
        TouchpointBox(tp.id, pid, Rect(col.x, y, col.w, height), name, channel, tp.channel, tp.moment_of_truth, tp.emotion)
        for tp, pid, col, channel, name in drafts
    ]
    return boxes, y + height


def _stack(
    m: JourneyMap,
    lane: Lane,
    anchor_id: str,
    x: float,
    y: float,
    width: float,
    ts: _Typesetter,
    cards: dict[str, CardBox],
) -> float:
    """Stack a cell's cards from ``y``; return the height used (padding included).

    In a metrics lane, a touchpoint with survey answers also needs room below its cards for
    the NPS/CES summary, which the canvas and the PDF draw at the bottom of the cell.
    """
    style = ts.style
    ids = m.cells.get((lane.id, anchor_id), ())
    metrics = style.metrics_block_height if lane.kind is LaneKind.METRICS and _has_answers(m, anchor_id) else 0.0
    if not ids:
        return metrics + 2 * style.cell_padding if metrics else 0.0
    pad, inner_pad = style.cell_padding, style.card_padding
    color_default = style.lane_colors.get(lane.kind, "#f2f2f2")
    top = y + pad
    card_w = width - 2 * pad
    for index, card_id in enumerate(ids):
        card = m.cards[card_id]
        text = ts.block(card.text, x + pad + inner_pad, top + inner_pad, card_w - 2 * inner_pad, style.card_font_size)
        h = text.height + 2 * inner_pad
        meta = _follow_up_block(card, m.language, text, ts)
        if meta is not None:
            h = meta.y + meta.height + inner_pad - top
        rect = Rect(x + pad, top, card_w, h)
        cards[card_id] = CardBox(card_id, lane.id, anchor_id, index, rect, text, card.color or color_default, meta)
        top += h + style.card_gap
    return top - style.card_gap + pad + (metrics + pad if metrics else 0.0) - y


def _follow_up_block(card: Card, language: str, text: TextBlock, ts: _Typesetter) -> TextBlock | None:
    """The card's status · owner · priority line below its text, in the caption size."""
    parts = follow_up_parts(card, language)
    if not parts:
        return None
    style = ts.style
    size = style.channel_font_size
    # The separator ends the line before a break: "In progress ·" / "Maija Virtanen".
    phrases = [part + SEPARATOR.rstrip() for part in parts[:-1]] + parts[-1:]
    lines = wrap_phrases(ts.regular, phrases, text.width, size)
    line_height = ts.regular.line_height(size) * style.line_spacing
    y = text.y + text.height + style.card_padding / 2
    return TextBlock(lines, text.x, y, text.width, size, line_height, ts.regular.ascent_at(size))


def _has_answers(m: JourneyMap, anchor_id: str) -> bool:
    if not m.has_touchpoint(anchor_id):
        return False
    tp = m.touchpoint(anchor_id)
    return any(tp.nps or ()) or any(tp.ces or ())


def _metrics_blocks(
    m: JourneyMap,
    lane: Lane,
    cells: dict[tuple[str, str], CellBox],
    style: Style,
    out: dict[tuple[str, str], Rect],
) -> None:
    """The NPS/CES block of each touchpoint with answers: at the bottom of its cell, in the room
    :func:`_stack` reserved below the cards."""
    pad, height = style.cell_padding, style.metrics_block_height
    for tp in m.touchpoints():
        cell = cells.get((lane.id, tp.id))
        if cell is None or cell.rect.h <= 0 or not _has_answers(m, tp.id):
            continue
        r = cell.rect
        out[(lane.id, tp.id)] = Rect(r.x + pad, r.bottom - height - pad / 2, r.w - 2 * pad, height)


def _card_lane(
    m: JourneyMap,
    lane: Lane,
    columns: list[Column],
    ts: _Typesetter,
    y: float,
    cells: dict[tuple[str, str], CellBox],
    cards: dict[str, CardBox],
) -> float:
    style = ts.style
    # First pass: heights. Phase strips sit on top; touchpoint cells below them.
    layout_rows: list[tuple[str, list[Column], float]] = []
    height = style.min_lane_height
    for phase in m.phases:
        mine = [c for c in columns if c.phase_id == phase.id]
        x, w = mine[0].x, mine[-1].x + mine[-1].w - mine[0].x
        if phase.touchpoints:
            strip = _stack(m, lane, phase.id, x, y, w, ts, cards)
            below = max(_stack(m, lane, c.anchor_id, c.x, y + strip, c.w, ts, cards) for c in mine)
            height = max(height, strip + below)
        else:
            strip = 0.0
            height = max(height, _stack(m, lane, phase.id, x, y, w, ts, cards))
        layout_rows.append((phase.id, mine, strip))
    # Second pass: cells fill the band's full height, now that it is known.
    for phase_id, mine, strip in layout_rows:
        x, w = mine[0].x, mine[-1].x + mine[-1].w - mine[0].x
        if mine[0].anchor_id == phase_id:  # a phase without touchpoints: one full cell
            cells[(lane.id, phase_id)] = CellBox(lane.id, phase_id, Rect(x, y, w, height))
            continue
        cells[(lane.id, phase_id)] = CellBox(lane.id, phase_id, Rect(x, y, w, strip))
        for c in mine:
            cells[(lane.id, c.anchor_id)] = CellBox(lane.id, c.anchor_id, Rect(c.x, y + strip, c.w, height - strip))
    return height


def _curve(m: JourneyMap, lane: Lane, columns: list[Column], band: Rect, style: Style) -> CurveGeometry:
    pad = style.cell_padding + 8
    geometry = CurveGeometry(lane.id, band, band.y + pad, band.bottom - pad, ())
    by_anchor = {c.anchor_id: c for c in columns}
    points = tuple(
        CurvePoint(tp.id, by_anchor[tp.id].x + by_anchor[tp.id].w / 2, geometry.y_for(tp.emotion), tp.emotion)
        for tp in m.touchpoints()
        if tp.emotion is not None
    )
    return CurveGeometry(lane.id, band, geometry.top, geometry.bottom, points)
