"""The comparison's difference summary: the cards added, removed and changed (each with its lane
and touchpoint, and what changed), and the emotion at every touchpoint in both states — as a chart
where an arrow runs from the current score to the ideal one, and as rows with the deltas.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.pdfgen.canvas import Canvas

from ..analysis.state_diff import CardChange, StateDiff
from ..i18n import translate
from ..layout import TextBlock
from ..layout.follow_up import priority_name, status_name
from ..model.entities import Card, JourneyMap
from ..model.vocabulary import EMOTION_MAX, EMOTION_MIN
from .pdf_draw import CURVE, MUTED, SCORE_COLORS, TEXT, color
from .pdf_flow import Cell, FlowPages
from .pdf_fonts import Fonts
from .pdf_pages import PagePlan
from .pdf_sheet import TextMaker, format_score

UP, DOWN = "#009e73", "#d55e00"  # Okabe–Ito, as the emotion curve's colours
UP_TEXT, DOWN_TEXT = "#00775a", "#a84300"  # darker, for small type on white


@dataclass(frozen=True)
class EmotionRow:
    """One touchpoint's emotion in the two states (None: no score, or no such touchpoint)."""

    name: str
    phase: str
    before: int | None
    after: int | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def emotion_rows(before: JourneyMap, after: JourneyMap) -> list[EmotionRow]:
    """Every touchpoint scored in either state: the ideal state's in its order, then those the
    ideal state no longer has, in the current state's order."""
    old = {tp.id: tp for tp in before.touchpoints()}
    rows = []
    for phase in after.phases:
        for tp in phase.touchpoints:
            was = old[tp.id].emotion if tp.id in old else None
            if was is not None or tp.emotion is not None:
                rows.append(EmotionRow(tp.name, phase.name, was, tp.emotion))
    for phase in before.phases:
        for tp in phase.touchpoints:
            if not after.has_touchpoint(tp.id) and tp.emotion is not None:
                rows.append(EmotionRow(tp.name, phase.name, tp.emotion, None))
    return rows


def card_place(m: JourneyMap, card: Card) -> tuple[str, str]:
    """(lane name, where in the journey) of ``card`` in ``m``."""
    lane = m.lane(card.lane_id).name if m.has_lane(card.lane_id) else card.lane_id
    if m.has_touchpoint(card.anchor_id):
        place = f"{m.touchpoint(card.anchor_id).name} · {m.phase_of(card.anchor_id).name}"
    else:
        phase = next((p.name for p in m.phases if p.id == card.anchor_id), card.anchor_id)
        place = translate("PdfExport", "{phase} (whole phase)", m.language).format(phase=phase)
    return lane, place


def describe_change(before: JourneyMap, change: CardChange, language: str) -> str:
    """What changed in a card, one line per change, in the map's language."""
    old, new, fields = change.before, change.after, change.fields
    lines = []
    if "text" in fields:
        lines.append(translate("PdfExport", "Was: “{text}”", language).format(text=_short(old.text)))
    if "lane_id" in fields or "anchor_id" in fields:
        lane, place = card_place(before, old)
        lines.append(translate("PdfExport", "Moved from {lane} · {place}", language).format(lane=lane, place=place))
    if "detail" in fields:
        lines.append(translate("PdfExport", "Details changed", language))
    if "color" in fields:
        lines.append(translate("PdfExport", "Colour changed", language))
    if "owner" in fields:
        text = translate("PdfExport", "Owner: {before} → {after}", language)
        lines.append(text.format(before=old.owner or "—", after=new.owner or "—"))
    if "priority" in fields:
        text = translate("PdfExport", "Priority: {before} → {after}", language)
        was, now = priority_name(old.priority, language), priority_name(new.priority, language)
        lines.append(text.format(before=was, after=now))
    if "status" in fields:
        text = translate("PdfExport", "Status: {before} → {after}", language)
        was, now = status_name(old.status, language), status_name(new.status, language)
        lines.append(text.format(before=was, after=now))
    if "moment_of_truth" in fields:
        if new.moment_of_truth:
            lines.append(translate("PdfExport", "Now a moment of truth", language))
        else:
            lines.append(translate("PdfExport", "No longer a moment of truth", language))
    return "\n".join(lines)


def delta_text(row: EmotionRow, language: str) -> tuple[str, str]:
    """(text, ink) of the change column: an arrow and the delta, or what appeared or went."""
    if row.before is None:
        return translate("PdfExport", "new score", language), MUTED
    if row.after is None:
        return translate("PdfExport", "no score", language), MUTED
    delta = row.after - row.before
    if delta > 0:
        return f"▲ {format_score(delta)}", UP_TEXT
    if delta < 0:
        return f"▼ {format_score(delta)}", DOWN_TEXT
    return "= 0", MUTED


def summary_pages(
    before: JourneyMap,
    after: JourneyMap,
    diff: StateDiff,
    size: tuple[float, float],
    tm: TextMaker,
    current_name: str,
    ideal_name: str,
) -> list[PagePlan]:
    lang = before.language
    flow = FlowPages(size, tm)
    heading = translate("PdfExport", "Differences", lang)
    flow.bookmark(heading)
    flow.text(heading, 20, bold=True, after=2)
    flow.text(f"{current_name}  →  {ideal_name}", 12, ink=MUTED, after=2)
    flow.rule()
    if diff.empty:
        same = translate("PdfExport", "No differences: the ideal state is still the same as the current state.", lang)
        flow.text(same, 12)
        return flow.plans(heading)

    card_header = (
        Cell(translate("PdfExport", "Lane", lang), True, MUTED),
        Cell(translate("PdfExport", "Touchpoint", lang), True, MUTED),
        Cell(translate("PdfExport", "Card", lang), True, MUTED),
    )
    for cards, m, title in (
        (diff.added, after, translate("PdfExport", "Cards added", lang)),
        (diff.removed, before, translate("PdfExport", "Cards removed", lang)),
    ):
        if not cards:
            continue
        _group(flow, title, len(cards), lang, (0.2, 0.28, 0.52), card_header)
        for card in cards:
            lane, place = card_place(m, card)
            flow.row((Cell(lane, bold=True), Cell(place, ink=MUTED), Cell(card.text)))
        flow.end_group()
        flow.space(8)
    if diff.changed:
        header = (*card_header, Cell(translate("PdfExport", "What changed", lang), True, MUTED))
        title = translate("PdfExport", "Cards changed", lang)
        _group(flow, title, len(diff.changed), lang, (0.15, 0.21, 0.32, 0.32), header)
        for change in diff.changed:
            lane, place = card_place(after, change.after)
            what = describe_change(before, change, lang)
            flow.row((Cell(lane, bold=True), Cell(place, ink=MUTED), Cell(change.after.text), Cell(what)))
        flow.end_group()
        flow.space(8)
    rows = emotion_rows(before, after)
    if rows:
        title = translate("PdfExport", "Emotion per touchpoint", lang)
        curves = translate("PdfExport", "Emotion curve in both states", lang)
        flow.band(curves, keep=chart_height(flow, rows), bookmark=title)
        flow.space(4)
        _emotion_chart(flow, rows, current_name, ideal_name)
        flow.space(8)
        header = (
            Cell(translate("PdfExport", "Touchpoint", lang), True, MUTED),
            Cell(translate("PdfExport", "Phase", lang), True, MUTED),
            Cell(current_name, True, MUTED),
            Cell(ideal_name, True, MUTED),
            Cell(translate("PdfExport", "Change", lang), True, MUTED),
        )
        flow.group(
            title,
            translate("PdfExport", "{name} (continued)", lang).format(name=title),
            (0.3, 0.26, 0.14, 0.14, 0.16),
            header,
        )
        for row in rows:
            text, ink = delta_text(row, lang)
            ink_row = TEXT if row.changed else MUTED
            flow.row(
                (
                    Cell(row.name, bold=row.changed, ink=ink_row),
                    Cell(row.phase, ink=MUTED),
                    Cell(_score(row.before), ink=ink_row),
                    Cell(_score(row.after), ink=ink_row),
                    Cell(text, bold=row.changed, ink=ink),
                )
            )
        flow.end_group()
    return flow.plans(heading)


def _group(
    flow: FlowPages, title: str, count: int, lang: str, columns: tuple[float, ...], header: tuple[Cell, ...]
) -> None:
    flow.group(
        f"{title} ({count})",
        translate("PdfExport", "{name} (continued)", lang).format(name=title),
        columns,
        header,
        bookmark=title,
    )


def _score(score: int | None) -> str:
    return "—" if score is None else format_score(score)


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_PLOT_H, _LEGEND_H, _NAME_SIZE = 84.0, 14.0, 7.0  # points on A4, scaled with the paper


def _name_blocks(flow: FlowPages, rows: list[EmotionRow]) -> list[TextBlock] | None:
    """The touchpoints' names under their columns; None when the columns are too narrow for
    them (the table below the chart names every touchpoint anyway)."""
    s = flow.scale
    col = (flow.width - 30 * s) / len(rows)
    if col < 26 * s:
        return None
    room = max(col - 4 * s, 1.0)
    blocks = []
    for row in rows:
        # A long word ("Yhteydenottolomake") gets smaller type rather than a break inside it.
        longest = max((flow.tm.width(word, _NAME_SIZE * s) for word in row.name.split()), default=0.0)
        size = _NAME_SIZE * s * min(1.0, max(5 / _NAME_SIZE, room / longest)) if longest else _NAME_SIZE * s
        blocks.append(flow.tm.block(row.name, 0, 0, room, size))
    return blocks


def chart_height(flow: FlowPages, rows: list[EmotionRow]) -> float:
    s = flow.scale
    names = _name_blocks(flow, rows)
    names_h = max((min(len(b.lines), 2) * b.line_height for b in names), default=0.0) if names else 0.0
    return (_LEGEND_H + _PLOT_H + 14) * s + names_h


def _emotion_chart(flow: FlowPages, rows: list[EmotionRow], current_name: str, ideal_name: str) -> None:
    """Both states' scores per touchpoint; an arrow from the current score to the ideal one."""
    s = flow.scale
    label_w = 24 * s
    x0 = flow.left + label_w
    width = flow.width - label_w - 6 * s
    col = width / len(rows)
    plot_h, legend_h = _PLOT_H * s, _LEGEND_H * s
    names = _name_blocks(flow, rows)
    show_names = names is not None
    total = chart_height(flow, rows)
    r = 3.2 * s
    legend_size = 8 * s
    current_x = flow.left + label_w
    ideal_x = current_x + 26 * s + flow.tm.width(current_name, legend_size) + 18 * s

    def y_of(top: float, score: int) -> float:
        return top + legend_h + 5 * s + (EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN) * plot_h

    def x_of(i: int) -> float:
        return x0 + (i + 0.5) * col

    def draw(c: Canvas, fonts: Fonts, top: float) -> None:
        c.saveState()
        c.setFont(fonts.regular, 7 * s)
        for score in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
            y = -y_of(top, score)
            c.setStrokeColor(color("#9aa3ad" if score == 0 else "#dde2e7"))
            c.setLineWidth(0.6 if score == 0 else 0.4)
            c.setDash(3, 2) if score == 0 else c.setDash()
            c.line(x0, y, x0 + width, y)
            c.setFillColor(color(MUTED))
            c.drawRightString(x0 - 4 * s, y - 2.5 * s, format_score(score))
        c.setDash()
        _legend(c, current_x, ideal_x, -(top + legend_h / 2), s)
        before = [(x_of(i), y_of(top, row.before)) for i, row in enumerate(rows) if row.before is not None]
        after = [(x_of(i), y_of(top, row.after)) for i, row in enumerate(rows) if row.after is not None]
        _polyline(c, before, "#8d959e", 1.0, dashed=True)
        _polyline(c, after, CURVE, 1.4)
        for i, row in enumerate(rows):
            if row.before is not None and row.after is not None and row.before != row.after:
                _arrow(c, fonts, x_of(i), y_of(top, row.before), y_of(top, row.after), row.after - row.before, r, s)
        c.setLineWidth(0.9)
        for x, y in before:
            c.setStrokeColor(color("#8d959e"))
            c.setFillColor(color("#ffffff"))
            c.circle(x, -y, r, stroke=1, fill=1)
        for (x, y), row in zip(after, [row for row in rows if row.after is not None], strict=True):
            c.setStrokeColor(color(CURVE))
            c.setFillColor(color(SCORE_COLORS.get(row.after or 0, "#9a9a9a")))
            c.circle(x, -y, r, stroke=1, fill=1)
        c.restoreState()

    top = flow.drawing(total, draw)
    legend_y = top + (legend_h - legend_size * 1.2) / 2
    for x, name in ((current_x, current_name), (ideal_x, ideal_name)):
        block = flow.tm.block(name, x + 26 * s, legend_y, flow.width / 3, legend_size)
        flow.page.texts.append((replace(block, lines=block.lines[:1]), TEXT))
    if show_names:
        base = top + legend_h + 5 * s + plot_h + 8 * s
        for i, block in enumerate(names or []):
            lines = block.lines[:2]
            widths = [flow.tm.width(line, block.size) for line in lines]
            x = x_of(i) - max(widths, default=0.0) / 2
            placed = flow.tm.block("\n".join(lines), x, base, max(widths, default=1.0) + 1, block.size)
            flow.page.texts.append((placed, MUTED))


def _legend(c: Canvas, current_x: float, ideal_x: float, y: float, s: float) -> None:
    """The two series' line styles; the states' names are placed beside them as text."""
    c.setLineWidth(1.0)
    c.setStrokeColor(color("#8d959e"))
    c.setDash(3, 2)
    c.line(current_x, y, current_x + 20 * s, y)
    c.setDash()
    c.setFillColor(color("#ffffff"))
    c.circle(current_x + 10 * s, y, 2.6 * s, stroke=1, fill=1)
    c.setStrokeColor(color(CURVE))
    c.setLineWidth(1.4)
    c.line(ideal_x, y, ideal_x + 20 * s, y)
    c.setFillColor(color(SCORE_COLORS[1]))
    c.circle(ideal_x + 10 * s, y, 2.6 * s, stroke=1, fill=1)


def _polyline(c: Canvas, points: list[tuple[float, float]], ink: str, width: float, dashed: bool = False) -> None:
    if len(points) < 2:
        return
    c.setStrokeColor(color(ink))
    c.setLineWidth(width)
    c.setDash(3, 2) if dashed else c.setDash()
    path = c.beginPath()
    path.moveTo(points[0][0], -points[0][1])
    for x, y in points[1:]:
        path.lineTo(x, -y)
    c.drawPath(path, stroke=1, fill=0)
    c.setDash()


def _arrow(c: Canvas, fonts: Fonts, x: float, y_from: float, y_to: float, delta: int, r: float, s: float) -> None:
    """From the current score's point to the ideal one's, stopping at their edges; the delta beside it."""
    up = y_to < y_from  # y grows downwards: a better score is higher on the page
    ink = UP if up else DOWN
    sign = -1 if up else 1
    start, tip = y_from + sign * (r + 1), y_to - sign * (r + 1.5)
    head = 4.5 * s
    c.setStrokeColor(color(ink))
    c.setFillColor(color(ink))
    c.setLineWidth(1.6 * s)
    c.line(x, -start, x, -(tip - sign * head * 0.6))
    path = c.beginPath()
    path.moveTo(x, -tip)
    path.lineTo(x - head * 0.6, -(tip - sign * head))
    path.lineTo(x + head * 0.6, -(tip - sign * head))
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    # The delta in figures as well: it survives a black-and-white copy.
    c.setFont(fonts.bold, 7.5 * s)
    c.setFillColor(color(UP_TEXT if up else DOWN_TEXT))
    c.drawString(x + r + 2.5 * s, -(y_from + y_to) / 2 - 2.5 * s, format_score(delta))
