"""Links between cards in the PDF: the paths the layout routed (``Layout.links``, see
:mod:`cxdesigner.layout.links`), in the styles of :data:`cxdesigner.layout.links.LINK_STYLES` —
the canvas draws the same paths. A layout of part of the map (a handout's phase page) holds the
links whose two cards it shows.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from ..layout import Layout, Rect
from ..layout.links import Head, LinkPath, route_links
from ..model.vocabulary import LinkKind


def draw_links(c: Canvas, layout: Layout, view: Rect | None = None) -> None:
    """Draw the layout's links that meet ``view``, in sheet coordinates (y downwards, drawn at -y)."""
    paths = [p for p in layout.links if view is None or p.bounds().intersects(view)]
    if not paths:
        return
    c.saveState()
    for p in paths:
        _draw_path(c, p)
    c.restoreState()


def draw_link_sample(c: Canvas, kind: LinkKind, x: float, y: float, width: float) -> None:
    """A short horizontal link of ``kind`` centred on sheet point (x, y): the legend's sample,
    routed and drawn exactly as links on the map are."""
    half = width / 2
    rects = {"a": Rect(x - half - 1, y - 1, 1, 2), "b": Rect(x + half, y - 1, 1, 2)}
    for path in route_links(rects, {("a", "b"): kind}):
        c.saveState()
        _draw_path(c, path)
        c.restoreState()


def draw_link_path(c: Canvas, p: LinkPath) -> None:
    """One path in its kind's style, the canvas state kept (a handout's cross-phase stubs)."""
    c.saveState()
    _draw_path(c, p)
    c.restoreState()


def _draw_path(c: Canvas, p: LinkPath) -> None:
    style = p.style
    ink = HexColor(style.color)
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineWidth(style.width)
    c.setLineCap(1 if style.round_cap else 0)
    c.setLineJoin(1)
    c.setDash(list(style.dash)) if style.dash else c.setDash()
    curve = c.beginPath()
    curve.moveTo(p.start[0], -p.start[1])
    curve.curveTo(p.control1[0], -p.control1[1], p.control2[0], -p.control2[1], p.end[0], -p.end[1])
    c.drawPath(curve, stroke=1, fill=0)
    head = p.head()
    if head is None:
        return
    c.setDash()
    c.setLineCap(0)
    left, tip, right = head
    arrow = c.beginPath()
    arrow.moveTo(left[0], -left[1])
    arrow.lineTo(tip[0], -tip[1])
    arrow.lineTo(right[0], -right[1])
    if style.head is Head.FILLED:
        arrow.close()
        c.drawPath(arrow, stroke=1, fill=1)
    else:
        c.drawPath(arrow, stroke=1, fill=0)
