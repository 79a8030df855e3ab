"""Where links between cards go, and how each kind is drawn: one computation for canvas and PDF.

A link runs from an edge of its source card to an edge of its target card as one cubic Bézier
curve, in layout points (y downwards). Cards whose columns overlap (stacked in one column, or a
phase-wide card above a touchpoint's) connect bottom to top; cards side by side connect right to
left. Several links leaving one side of a card get ports spread along that side, ordered by where
their other ends are, so they neither overlap nor cross at the card.

Each kind has a style that tells it apart without colour (house rule): solid with a filled head,
dashed with an open head, dotted without a head.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ..model.vocabulary import LinkKind
from .geometry import Layout, Rect

Point = tuple[float, float]
Links = Mapping[tuple[str, str], LinkKind]


class Side(StrEnum):
    TOP = "top"
    BOTTOM = "bottom"
    LEFT = "left"
    RIGHT = "right"


_NORMALS: dict[Side, Point] = {Side.TOP: (0, -1), Side.BOTTOM: (0, 1), Side.LEFT: (-1, 0), Side.RIGHT: (1, 0)}


class Head(StrEnum):
    FILLED = "filled"
    OPEN = "open"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class LinkStyle:
    """How a kind of link is drawn. ``dash`` is on/off lengths in points ((): solid)."""

    color: str
    width: float
    dash: tuple[float, ...]
    head: Head
    round_cap: bool = False  # dots are zero-length dashes with round caps


LINK_STYLES: dict[LinkKind, LinkStyle] = {
    LinkKind.ADDRESSES: LinkStyle("#a8400e", 1.4, (), Head.FILLED),
    LinkKind.FLOW: LinkStyle("#1c5a86", 1.3, (5.0, 3.0), Head.OPEN),
    LinkKind.RELATES: LinkStyle("#4a535d", 1.5, (0.0, 3.2), Head.NONE, round_cap=True),
}

HEAD_LENGTH = 7.0
HEAD_HALF_WIDTH = 3.6
_PORT_STEP = 12.0  # points between ports on one side
_MIN_OVERLAP = 1.0  # columns that share less than this are side by side


@dataclass(frozen=True, slots=True)
class LinkPath:
    """One link's curve: ``start`` on the source card's edge, ``end`` on the target's, and the
    Bézier control points between. ``angle`` is the direction of travel at ``end`` (radians,
    layout coordinates, y downwards), which is where the arrow head points."""

    source: str
    target: str
    kind: LinkKind
    start: Point
    control1: Point
    control2: Point
    end: Point
    start_side: Side
    end_side: Side
    angle: float

    @property
    def style(self) -> LinkStyle:
        return LINK_STYLES[self.kind]

    def point_at(self, t: float) -> Point:
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.start, self.control1, self.control2, self.end
        return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)

    @property
    def midpoint(self) -> Point:
        return self.point_at(0.5)

    def head(self) -> tuple[Point, Point, Point] | None:
        """The arrow head's (left wing, tip, right wing), or None for a kind without a head."""
        if self.style.head is Head.NONE:
            return None
        return arrow_head(self.end, self.angle)

    def bounds(self) -> Rect:
        """A rectangle holding the curve and its head (the control polygon's hull holds the curve)."""
        points = [self.start, self.control1, self.control2, self.end]
        head = self.head()
        if head is not None:
            points.extend(head)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def arrow_head(tip: Point, angle: float) -> tuple[Point, Point, Point]:
    dx, dy = math.cos(angle), math.sin(angle)
    bx, by = tip[0] - dx * HEAD_LENGTH, tip[1] - dy * HEAD_LENGTH
    nx, ny = -dy * HEAD_HALF_WIDTH, dx * HEAD_HALF_WIDTH
    return (bx + nx, by + ny), tip, (bx - nx, by - ny)


def link_paths(layout: Layout, links: Links) -> list[LinkPath]:
    """The paths of the links whose two cards are both in ``layout`` (others, on hidden lanes or
    other pages, are skipped), ordered by (source, target). ``compute_layout`` stores these for
    the map's own links in ``Layout.links``."""
    return route_links({card_id: box.rect for card_id, box in layout.cards.items()}, links)


def route_links(rects: Mapping[str, Rect], links: Links, index: CardIndex | None = None) -> list[LinkPath]:
    """Paths between cards at ``rects`` (card id → rectangle): what :func:`link_paths` computes
    from a layout, and what the canvas computes while cards are dragged away from theirs.
    ``index`` finds the cards a link would cross (default: built from ``rects`` when needed)."""
    keys = sorted((s, t) for s, t in links if s != t and s in rects and t in rects)
    finder = index if index is not None else CardIndex(rects)
    sides = {key: _sides(key, rects[key[0]], rects[key[1]], finder) for key in keys}
    # Every link's end on every side, ordered by the other end's position along that side.
    uses: dict[tuple[str, Side], list[tuple[float, str, str, tuple[str, str]]]] = {}
    for key in keys:
        s, t = key
        s_side, t_side = sides[key]
        uses.setdefault((s, s_side), []).append((_along(rects[t], s_side), t, "s", key))
        uses.setdefault((t, t_side), []).append((_along(rects[s], t_side), s, "t", key))
    ports: dict[tuple[tuple[str, str], str], Point] = {}
    for (card, side), ends in uses.items():
        ends.sort()
        for i, (_pos, _other, role, key) in enumerate(ends):
            ports[(key, role)] = _port(rects[card], side, i, len(ends))
    return [_path(key, links[key], ports[(key, "s")], ports[(key, "t")], *sides[key]) for key in keys]


class CardIndex:
    """Cards filed by x, and by height within each strip, to find those a vertical link would run
    through without looking at every card of a long column (built on first use)."""

    BUCKET = 100.0

    def __init__(self, rects: Mapping[str, Rect]) -> None:
        self._rects = rects
        # strip number → (tops sorted, the cards in that order, the tallest card's height)
        self._buckets: dict[int, tuple[list[float], list[tuple[str, Rect]], float]] | None = None

    def _build(self) -> dict[int, tuple[list[float], list[tuple[str, Rect]], float]]:
        strips: dict[int, list[tuple[str, Rect]]] = {}
        for card_id, r in self._rects.items():
            for key in range(int(r.x // self.BUCKET), int(r.right // self.BUCKET) + 1):
                strips.setdefault(key, []).append((card_id, r))
        buckets = {}
        for key, cards in strips.items():
            cards.sort(key=lambda item: item[1].y)
            buckets[key] = ([r.y for _, r in cards], cards, max(r.h for _, r in cards))
        return buckets

    def crossed(self, x: float, top: float, bottom: float, exclude: tuple[str, ...]) -> bool:
        """Whether a card other than ``exclude`` lies across x between heights top and bottom."""
        if self._buckets is None:
            self._buckets = self._build()
        bucket = self._buckets.get(int(x // self.BUCKET))
        if bucket is None:
            return False
        tops, cards, tallest = bucket
        # Cards starting above bottom, scanned upwards until none can reach down past top.
        for i in range(bisect.bisect_left(tops, bottom - 0.5) - 1, -1, -1):
            card_id, r = cards[i]
            if r.y + tallest <= top + 0.5:
                break
            if r.x < x < r.right and r.bottom > top + 0.5 and card_id not in exclude:
                return True
        return False


def _sides(key: tuple[str, str], a: Rect, b: Rect, index: CardIndex) -> tuple[Side, Side]:
    left, right = max(a.x, b.x), min(a.right, b.right)
    acx, acy, bcx, bcy = a.x + a.w / 2, a.y + a.h / 2, b.x + b.w / 2, b.y + b.h / 2
    if right - left >= _MIN_OVERLAP:
        upper, lower = (a, b) if acy <= bcy else (b, a)
        if index.crossed((left + right) / 2, upper.bottom, lower.y, key):
            # A straight run would hide behind (and seem to link) the cards between: bracket
            # round them on the right instead, in the cell's margin.
            return Side.RIGHT, Side.RIGHT
        return (Side.BOTTOM, Side.TOP) if acy <= bcy else (Side.TOP, Side.BOTTOM)
    return (Side.RIGHT, Side.LEFT) if acx <= bcx else (Side.LEFT, Side.RIGHT)


def _along(r: Rect, side: Side) -> float:
    """The coordinate of ``r``'s centre along a side (x for top/bottom, y for left/right)."""
    return r.x + r.w / 2 if side in (Side.TOP, Side.BOTTOM) else r.y + r.h / 2


def _port(r: Rect, side: Side, index: int, count: int) -> Point:
    length = r.w if side in (Side.TOP, Side.BOTTOM) else r.h
    step = min(_PORT_STEP, 0.7 * length / max(count - 1, 1))
    offset = (index - (count - 1) / 2) * step
    if side is Side.TOP:
        return (r.x + r.w / 2 + offset, r.y)
    if side is Side.BOTTOM:
        return (r.x + r.w / 2 + offset, r.bottom)
    if side is Side.LEFT:
        return (r.x, r.y + r.h / 2 + offset)
    return (r.right, r.y + r.h / 2 + offset)


def _path(key: tuple[str, str], kind: LinkKind, start: Point, end: Point, s_side: Side, t_side: Side) -> LinkPath:
    (sx, sy), (ex, ey) = start, end
    if s_side is t_side:  # a bracket: out of one side and back into the same side, round the cards between
        handle = min(max(0.3 * abs(ey - sy), 14.0), 40.0)
    else:
        gap = abs(ey - sy) if s_side in (Side.TOP, Side.BOTTOM) else abs(ex - sx)
        # Handles along the sides' normals: the curve leaves and meets each card square to its
        # edge, and bends more the further apart the cards are, within limits.
        handle = min(max(0.5 * gap, 8.0), 60.0)
    (nsx, nsy), (ntx, nty) = _NORMALS[s_side], _NORMALS[t_side]
    c1 = (sx + nsx * handle, sy + nsy * handle)
    c2 = (ex + ntx * handle, ey + nty * handle)
    dx, dy = ex - c2[0], ey - c2[1]
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        dx, dy = ex - sx, ey - sy
    return LinkPath(key[0], key[1], kind, start, c1, c2, end, s_side, t_side, math.atan2(dy, dx))
