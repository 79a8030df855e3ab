"""Pages of headings, paragraphs and table rows that run down the page and on to the next: the
analysis checklist, the comparison's cover and its difference summary.

Laid out in page points with y downwards from the top (as the handout cover is), wrapped with the
layout's own metrics (:class:`TextMaker`) and drawn line by line, so user text is never parsed as
markup. A row never splits across pages; a page that continues a group repeats the group's
heading, marked as continued, and its column headings, so every row on paper says what it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportlab.pdfgen.canvas import Canvas

from ..layout import Rect, TextBlock
from .pdf_draw import CARD_STROKE, GRID_STROKE, LANE_FILL, MUTED, TEXT, color, draw_text_blocks
from .pdf_fonts import Fonts
from .pdf_pages import PAGE_MARGIN, Bookmark, PageContext, PagePlan
from .pdf_sheet import TextMaker

A4_SHORT = 595.28
ROW_GAP = 3.0  # above and below a row's text, between the rules


def type_scale(size: tuple[float, float]) -> float:
    """Type grows with the paper (an A3 list reads like an A4 one held closer), within reason."""
    return max(0.9, min(2.0, min(size) / A4_SHORT))


@dataclass(frozen=True)
class Cell:
    text: str
    bold: bool = False
    ink: str = TEXT


@dataclass
class _Page:
    texts: list[tuple[TextBlock, str]] = field(default_factory=list)
    boxes: list[Rect] = field(default_factory=list)  # empty tick boxes
    bands: list[tuple[Rect, str]] = field(default_factory=list)  # filled group headings
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, y) light lines
    drawings: list[Callable[[Canvas, Fonts], None]] = field(default_factory=list)  # y-down page coordinates
    bookmarks: list[tuple[str, float, int]] = field(default_factory=list)  # (title, y, level)
    rows: int = 0


@dataclass
class _Group:
    title: str
    continued: str
    columns: tuple[float, ...]
    header: tuple[Cell, ...] | None
    box: bool
    bookmark: str | None = None
    placed: bool = False


class FlowPages:
    """Stacks blocks down pages of one ``size``; :meth:`plans` turns them into page plans."""

    def __init__(self, size: tuple[float, float], tm: TextMaker) -> None:
        self.size = size
        self.tm = tm
        self.scale = type_scale(size)
        self.left = PAGE_MARGIN
        self.width = size[0] - 2 * PAGE_MARGIN
        self.top = PAGE_MARGIN
        self.bottom = size[1] - PAGE_MARGIN - 8  # the footer sits below
        self.body = 9.5 * self.scale
        self.pages: list[_Page] = [_Page()]
        self.y = self.top
        self._group: _Group | None = None

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.top
        group = self._group
        if group is not None and group.placed:
            self._place_group_heading(group, group.continued)

    # -- blocks ------------------------------------------------------------------------------
    def text(
        self, text: str, size: float, bold: bool = False, ink: str = TEXT, after: float = 4.0, indent: float = 0.0
    ) -> TextBlock:
        """A paragraph (``size`` in points on A4, scaled with the paper); starts a page if needed."""
        block = self.tm.block(text, self.left + indent, self.y, self.width - indent, size * self.scale, bold)
        if block.height > self.room() and self.y > self.top:
            self.new_page()
            block = replace(block, y=self.y)
        block = self._clip(block, self.room())
        self.page.texts.append((block, ink))
        self.y += block.height + after * self.scale
        return block

    def space(self, points: float) -> None:
        self.y += points * self.scale

    def rule(self, ink_width: float = 1.0) -> None:
        y = self.y
        self.page.drawings.append(lambda c, _f, y=y: _line(c, self.left, self.left + self.width, y, ink_width))
        self.y += 6 * self.scale

    def bookmark(self, title: str, level: int = 0) -> None:
        self.page.bookmarks.append((title, self.y, level))

    def drawing(self, height: float, draw: Callable[[Canvas, Fonts, float], None]) -> float:
        """Reserve ``height`` points (starting a page if needed) for ``draw(canvas, fonts, top_y)``;
        return the top. Text that goes with it can be added to ``page.texts`` at that top."""
        if height > self.room() and self.y > self.top:
            self.new_page()
        top = self.y
        self.page.drawings.append(lambda c, fonts, top=top: draw(c, fonts, top))
        self.y += height
        return top

    def band(self, title: str, keep: float = 0.0, bookmark: str | None = None) -> None:
        """A heading on a shaded band, kept on one page with the ``keep`` points that follow it."""
        pad = 3 * self.scale
        height = self.tm.block(title, 0, 0, self.width - 2 * pad, 11.5 * self.scale, True).height + 2 * pad
        if height + keep > self.room() and self.y > self.top:
            self.new_page()
        if bookmark:
            self.page.bookmarks.append((bookmark, self.y, 1))
        self._place_band(title)

    # -- tables ------------------------------------------------------------------------------
    def group(
        self,
        title: str,
        continued: str,
        columns: Sequence[float],
        header: Sequence[Cell] | None = None,
        box: bool = False,
        bookmark: str | None = None,
    ) -> None:
        """Start a group of rows: ``columns`` are the cells' width fractions (the tick box, when
        ``box``, comes first and outside them). The heading goes down with the group's first row,
        and so does ``bookmark`` (an outline entry one level down)."""
        self._group = _Group(title, continued, tuple(columns), tuple(header) if header else None, box, bookmark)

    def end_group(self) -> None:
        self._group = None

    def row(self, cells: Sequence[Cell]) -> None:
        group = self._group
        assert group is not None, "a row belongs to a group"
        blocks = self._row_blocks(group, cells, 0.0, self.body)
        height = _height(blocks) + 2 * ROW_GAP
        needed = height + (0.0 if group.placed else self._heading_height(group))
        if needed > self.room() and self.y > self.top:
            self.new_page()
        if not group.placed:
            if group.bookmark:
                self.page.bookmarks.append((group.bookmark, self.y, 1))
            self._place_group_heading(group, group.title)
            group.placed = True
        room = self.room() - 2 * ROW_GAP
        blocks = [self._clip(replace(b, y=self.y + ROW_GAP), room) for b in blocks]
        height = _height(blocks) + 2 * ROW_GAP
        for block, cell in zip(blocks, cells, strict=True):
            self.page.texts.append((block, cell.ink))
        if group.box:
            side = self.body * 1.05
            self.page.boxes.append(Rect(self.left + 2, self.y + ROW_GAP + (blocks[0].ascent - side) + 1, side, side))
        self.y += height
        self.page.rules.append((self.left, self.left + self.width, self.y))
        self.page.rows += 1

    # -- internals ---------------------------------------------------------------------------
    def _box_width(self, group: _Group) -> float:
        return self.body * 1.05 + 10 if group.box else 0.0

    def _row_blocks(self, group: _Group, cells: Sequence[Cell], y: float, size: float) -> list[TextBlock]:
        x = self.left + self._box_width(group)
        usable = self.width - self._box_width(group)
        gap = 8 * self.scale
        blocks = []
        for fraction, cell in zip(group.columns, cells, strict=True):
            w = usable * fraction
            blocks.append(self.tm.block(cell.text, x, y, max(w - gap, 1.0), size, cell.bold))
            x += w
        return blocks

    def _heading_height(self, group: _Group) -> float:
        h = self.tm.block(group.title, 0, 0, self.width, 11.5 * self.scale, True).height + 8 * self.scale
        if group.header:
            h += _height(self._row_blocks(group, group.header, 0.0, self.body * 0.9)) + 2 * ROW_GAP
        return h

    def _place_band(self, title: str) -> None:
        pad = 3 * self.scale
        block = self.tm.block(title, self.left + pad, self.y + pad, self.width - 2 * pad, 11.5 * self.scale, True)
        block = self._clip(block, self.room())
        band = Rect(self.left, self.y, self.width, block.height + 2 * pad)
        self.page.bands.append((band, LANE_FILL))
        self.page.texts.append((block, TEXT))
        self.y = band.bottom + 2 * self.scale

    def _place_group_heading(self, group: _Group, title: str) -> None:
        self._place_band(title)
        if group.header:
            blocks = self._row_blocks(group, group.header, self.y + ROW_GAP, self.body * 0.9)
            for block, cell in zip(blocks, group.header, strict=True):
                self.page.texts.append((block, cell.ink))
            self.y += _height(blocks) + 2 * ROW_GAP
            y = self.y
            self.page.drawings.append(lambda c, _f, y=y: _line(c, self.left, self.left + self.width, y, 0.8))

    @staticmethod
    def _clip(block: TextBlock, room: float) -> TextBlock:
        """A block taller than a whole page keeps the lines that fit, the last one ending in "…"."""
        if block.height <= room or not block.lines:
            return block
        keep = max(1, int(room // block.line_height))
        lines = list(block.lines[:keep])
        lines[-1] = lines[-1].rstrip() + " …"
        return replace(block, lines=tuple(lines))

    # -- output ------------------------------------------------------------------------------
    def plans(self, footer: str) -> list[PagePlan]:
        return [self._plan(page, footer) for page in self.pages]

    def _plan(self, page: _Page, footer: str) -> PagePlan:
        size = self.size

        def draw(ctx: PageContext) -> None:
            c = ctx.canvas
            c.saveState()
            c.translate(0, size[1])  # page coordinates with y downwards, as the blocks were laid out
            for band, fill in page.bands:
                c.setFillColor(color(fill))
                c.setStrokeColor(color(GRID_STROKE))
                c.setLineWidth(0.5)
                c.rect(band.x, -band.bottom, band.w, band.h, stroke=1, fill=1)
            c.setStrokeColor(color("#d5dae0"))
            c.setLineWidth(0.4)
            for x0, x1, y in page.rules:
                c.line(x0, -y, x1, -y)
            c.setStrokeColor(color(CARD_STROKE))
            c.setLineWidth(0.9)
            for box in page.boxes:
                c.setFillColor(color("#ffffff"))
                c.rect(box.x, -box.bottom, box.w, box.h, stroke=1, fill=1)
            for drawing in page.drawings:
                drawing(c, ctx.fonts)
            draw_text_blocks(c, page.texts, ctx.fonts)
            c.restoreState()
            ctx.tick(page.rows)

        marks = [Bookmark(title, PAGE_MARGIN, size[1] - y, level) for title, y, level in page.bookmarks]
        return PagePlan(size, draw, work=max(1, page.rows), bookmarks=marks, footer=footer)


def _height(blocks: Sequence[TextBlock]) -> float:
    return max((b.height for b in blocks), default=0.0)


def _line(c: Canvas, x0: float, x1: float, y: float, width: float) -> None:
    c.setStrokeColor(color(MUTED))
    c.setLineWidth(width)
    c.line(x0, -y, x1, -y)
