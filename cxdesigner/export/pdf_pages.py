"""Pages as plans: each mode decides its pages first, so every page can say "page n of N".

A :class:`PagePlan` knows its size, how much work it is (for progress), how to draw itself and
which phase bookmarks point into it. :class:`PageContext` is what a plan draws with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from ..i18n import translate
from .pdf_draw import MUTED, TEXT, Tick, color
from .pdf_fonts import Fonts

PAGE_MARGIN = 34.0  # 12 mm: marks and labels in it stay clear of the unprintable edge (about 5 mm)
FOOTER_SIZE = 7.5


@dataclass
class PageContext:
    canvas: Canvas
    fonts: Fonts
    number: int
    total: int
    tick: Tick
    language: str = "en"  # the map's: what is printed follows it


@dataclass(frozen=True)
class Bookmark:
    """An outline entry: ``title`` at page point (x, y) (PDF coordinates, y upwards)."""

    title: str
    x: float
    y: float
    level: int = 0


@dataclass
class PagePlan:
    size: tuple[float, float]
    draw: Callable[[PageContext], None]
    work: int = 1  # progress units: cards drawn on the page, at least 1
    bookmarks: list[Bookmark] = field(default_factory=list)
    footer: str = ""  # printed beside the page number


def draw_footer(ctx: PageContext, plan: PagePlan) -> None:
    """Page number (and the plan's note) centred in the bottom margin."""
    c = ctx.canvas
    w, _h = plan.size
    text = translate("PdfExport", "Page {number} of {total}", ctx.language).format(number=ctx.number, total=ctx.total)
    if plan.footer:
        text = f"{plan.footer}  ·  {text}"
    c.setFont(ctx.fonts.regular, FOOTER_SIZE)
    c.setFillColor(color(MUTED))
    c.drawCentredString(w / 2, 14.0, text)
    c.setFillColor(color(TEXT))


def fit_scale(content_w: float, content_h: float, avail_w: float, avail_h: float) -> float:
    return min(avail_w / content_w, avail_h / content_h)
