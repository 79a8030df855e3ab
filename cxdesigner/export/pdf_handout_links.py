"""Links that leave a handout's phase page: a stub at the card's side and the other phase's name.

A handout lays out each phase alone, so a link between cards of two phases has no path on
either page. Each card with such links instead gets one short line per (other phase, kind,
direction) at its top — "3 Use", or "1 Aware (2)" for two links — and a stub of the link's kind (its dash
and head, from :data:`cxdesigner.layout.links.LINK_STYLES`) crossing the card's edge on the side
the other phase lies: the right for a later phase, the left for an earlier one. The head points
along the link: out of the card for a link it starts, into it for one it ends.

The room for these lines is made before layout (:func:`with_room`: empty lines ahead of the
card's text), so the labels sit inside the card and cover nothing. Planning
(:func:`cross_links`, :func:`stub_marks`) is plain data; :func:`draw_stubs` draws with reportlab.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ..layout import Layout, Rect
from ..layout.font_metrics import metrics_for
from ..layout.links import HEAD_LENGTH, LinkPath, Side
from ..model.entities import JourneyMap
from ..model.vocabulary import LinkKind
from .pdf_draw import color
from .pdf_fonts import Fonts
from .pdf_links import draw_link_path
from .pdf_sheet import LINK_LEGEND

LABEL_SCALE = 0.74  # label size as a share of the card text size
_INSIDE = 13.0  # how far the stub runs inside the card, in layout points
_NAME_LIMIT = 22  # characters of the other phase's name before it is shortened


@dataclass(frozen=True, slots=True)
class CrossLink:
    """A card's links of one kind, in one direction, to cards of one other phase."""

    card_id: str
    kind: LinkKind
    outgoing: bool  # the card is the links' source
    phase_number: int  # the other phase, counted from 1 as the page footers count
    phase_name: str
    side: Side  # RIGHT: the other phase is later; LEFT: earlier
    count: int = 1


@dataclass(frozen=True, slots=True)
class StubMark:
    """What one :class:`CrossLink` draws on a phase page, in the phase layout's points."""

    link: CrossLink
    path: LinkPath  # the stub, a straight link of the kind
    label: str
    label_x: float  # the label's left end (side LEFT) or right end (side RIGHT)
    baseline: float
    size: float
    line: Rect  # the card's line it occupies: the page that prints this line whole draws the stub


def shown_lanes(m: JourneyMap, lane_ids: tuple[str, ...] | None) -> set[str]:
    return set(lane_ids) if lane_ids is not None else {ln.id for ln in m.lanes if not ln.hidden}


def phase_number_of(m: JourneyMap, card_id: str) -> int:
    """The phase (from 1) a card is in: its touchpoint's, or the phase it spans."""
    anchor = m.cards[card_id].anchor_id
    phase_id = m.phase_of(anchor).id if m.has_touchpoint(anchor) else anchor
    return next(i for i, p in enumerate(m.phases, 1) if p.id == phase_id)


def printed_links(m: JourneyMap, lane_ids: tuple[str, ...] | None) -> dict[tuple[str, str], LinkKind]:
    """The links a handout prints: both cards on printed lanes (in one phase or across two)."""
    shown = shown_lanes(m, lane_ids)
    return {
        key: kind
        for key, kind in m.links.items()
        if key[0] != key[1] and m.cards[key[0]].lane_id in shown and m.cards[key[1]].lane_id in shown
    }


def cross_links(m: JourneyMap, phase_number: int, lane_ids: tuple[str, ...] | None) -> dict[str, tuple[CrossLink, ...]]:
    """Card id → its links to other phases' cards, for the page of phase ``phase_number``;
    earlier phases first, then by kind as the legend orders them, outgoing before incoming."""
    counts: dict[tuple[str, LinkKind, bool, int], int] = {}
    for (source, target), kind in printed_links(m, lane_ids).items():
        ends = phase_number_of(m, source), phase_number_of(m, target)
        if ends[0] == ends[1]:
            continue
        for card, outgoing, mine, other in ((source, True, *ends), (target, False, *ends[::-1])):
            if mine == phase_number:
                key = (card, kind, outgoing, other)
                counts[key] = counts.get(key, 0) + 1
    result: dict[str, list[CrossLink]] = {}
    for (card, kind, outgoing, other), n in counts.items():
        side = Side.RIGHT if other > phase_number else Side.LEFT
        name = m.phases[other - 1].name
        result.setdefault(card, []).append(CrossLink(card, kind, outgoing, other, name, side, n))
    order = {k: i for i, k in enumerate(LINK_LEGEND)}
    return {
        card: tuple(sorted(items, key=lambda x: (x.phase_number, order.get(x.kind, 9), not x.outgoing)))
        for card, items in result.items()
    }


def with_room(part: JourneyMap, plan: dict[str, tuple[CrossLink, ...]]) -> JourneyMap:
    """``part`` (the phase's own view, from ``submap``) with its planned cards replaced by copies
    that start with one empty line per stub, so the layout makes room for the labels at the
    card's top. The map's cards are not touched."""
    if not plan:
        return part
    part.cards = {
        cid: replace(card, text="\n" * len(plan[cid]) + card.text) if cid in plan else card
        for cid, card in part.cards.items()
    }
    return part


def stub_marks(layout: Layout, plan: dict[str, tuple[CrossLink, ...]]) -> list[StubMark]:
    """Where each planned stub and label goes in ``layout`` (laid out from :func:`with_room`)."""
    style = layout.style
    metrics = metrics_for(Path(style.font_file))
    size = style.card_font_size * LABEL_SCALE
    reach = max(2.0, min(HEAD_LENGTH, style.cell_padding - 1.0))  # stays in the card's own cell
    marks: list[StubMark] = []
    for card_id, links in sorted(plan.items()):
        box = layout.cards.get(card_id)
        if box is None:
            continue
        r, text = box.rect, box.text
        room = r.w - style.card_padding - _INSIDE - 3
        for i, link in enumerate(links):
            top = text.y + i * text.line_height
            middle = top + text.line_height / 2
            baseline = middle + 0.36 * size  # the digits' middle on the stub
            if link.side is Side.RIGHT:
                outer, inner, label_x = r.right + reach, r.right - _INSIDE, r.right - _INSIDE - 3
            else:
                outer, inner, label_x = r.x - reach, r.x + _INSIDE, r.x + _INSIDE + 3
            start, end = ((inner, middle), (outer, middle)) if link.outgoing else ((outer, middle), (inner, middle))
            marks.append(
                StubMark(
                    link,
                    _straight(link, start, end),
                    _fitted_label(link, metrics, size, room),
                    label_x,
                    baseline,
                    size,
                    Rect(r.x, top, r.w, text.line_height),
                )
            )
    return marks


def _straight(link: CrossLink, start: tuple[float, float], end: tuple[float, float]) -> LinkPath:
    """The stub as a link path: a straight curve, so it draws exactly as a link of its kind."""
    (sx, sy), (ex, ey) = start, end
    c1 = (sx + (ex - sx) / 3, sy + (ey - sy) / 3)
    c2 = (sx + 2 * (ex - sx) / 3, sy + 2 * (ey - sy) / 3)
    out = Side.RIGHT if ex > sx else Side.LEFT
    back = Side.LEFT if out is Side.RIGHT else Side.RIGHT
    source, target = (link.card_id, "") if link.outgoing else ("", link.card_id)
    return LinkPath(source, target, link.kind, start, c1, c2, end, out, back, math.atan2(ey - sy, ex - sx))


def label_text(link: CrossLink, name: str | None = None) -> str:
    """"3 Use", or "3 Use (2)" for two links. No arrow character: the stub beside the label is
    the arrow, and a second one pointing the other way (a link in from an earlier phase, on
    the left) read as a contradiction."""
    name = " ".join((link.phase_name if name is None else name).split())
    count = f" ({link.count})" if link.count > 1 else ""
    return f"{link.phase_number} {name}".rstrip() + count


def _fitted_label(link: CrossLink, metrics, size: float, width: float) -> str:  # type: ignore[no-untyped-def]
    """The label, with the phase name shortened to ``width``; at least the phase number."""
    words = link.phase_name.split()
    full = " ".join(words)
    # Whole words first ("After-sales and…", not "After-sales and c…"), then letters of the first.
    candidates = [full] + [" ".join(words[:n]) + "…" for n in range(len(words) - 1, 0, -1)]
    candidates += [words[0][:n] + "…" for n in range(len(words[0]) - 1, 0, -1)] if words else []
    for name in candidates:
        if len(name) <= _NAME_LIMIT and metrics.text_width(label_text(link, name), size) <= width:
            return label_text(link, name)
    return label_text(link, "")


def assign_to_windows(marks: list[StubMark], windows: list[tuple[float, float]]) -> list[list[StubMark]]:
    """The stubs each window (layout rows start…end, one per page) draws: each stub once, on the
    first page that prints its line whole — the page with the card's top, as its lines lead."""
    result: list[list[StubMark]] = [[] for _ in windows]
    for mark in marks:
        line = mark.line
        whole = [i for i, (a, b) in enumerate(windows) if line.y >= a - 1e-6 and line.bottom <= b + 1e-6]
        touching = [i for i, (a, b) in enumerate(windows) if a - 1e-6 <= line.y < b]
        chosen = whole[:1] or touching[:1]
        for i in chosen:
            result[i].append(mark)
    return result


def draw_stubs(c: Canvas, marks: list[StubMark], fonts: Fonts) -> None:
    """Draw stubs and labels in layout coordinates (y downwards, drawn at -y), as draw_layout."""
    if not marks:
        return
    c.saveState()
    for mark in marks:
        draw_link_path(c, mark.path)
        c.setFont(fonts.regular, mark.size)
        c.setFillColor(color(mark.path.style.color))
        if mark.link.side is Side.RIGHT:
            c.drawRightString(mark.label_x, -mark.baseline, mark.label)
        else:
            c.drawString(mark.label_x, -mark.baseline, mark.label)
    c.restoreState()
