"""``--mode poster``: the sheet at a scale, tiled over pages that are cut and taped together.

Each tile prints a window of the sheet in its content area; neighbouring windows share an
overlap strip so the tiles can be glued without a gap. Around the content area: crop marks at
the corners, alignment marks (targets) at the middle of each shared overlap strip, which
land on the same spot of the map on both tiles, the tile's label (row letter, column number) and
its neighbours' labels. Page 1 shows the whole map with the tile grid over it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ..i18n import translate
from ..layout import Rect
from ..model.entities import JourneyMap
from .pdf_draw import CURVE, GRID_STROKE, MUTED, TEXT, color, draw_sheet
from .pdf_options import Orientation, PdfOptions
from .pdf_pages import PAGE_MARGIN, Bookmark, PageContext, PagePlan, fit_scale
from .pdf_sheet import Sheet, format_number

OVERLAP = 8 / 25.4 * 72  # 8 mm of paper shared by neighbouring tiles, room to glue and to align
_LABEL = 8.0


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    label: str  # "B3": row letter, column number
    view: Rect  # the part of the sheet this tile shows, in sheet points


@dataclass(frozen=True)
class PosterGrid:
    page_w: float
    page_h: float
    scale: float  # paper points per sheet point
    margin: float
    overlap: float  # in paper points
    rows: int
    cols: int
    tiles: tuple[Tile, ...]

    @property
    def content_w(self) -> float:
        return self.page_w - 2 * self.margin

    @property
    def content_h(self) -> float:
        return self.page_h - 2 * self.margin

    def tile(self, row: int, col: int) -> Tile:
        return self.tiles[row * self.cols + col]

    def tile_at(self, x: float, y: float) -> Tile:
        """The first tile whose window holds sheet point (x, y)."""
        origin = self.tiles[0].view
        step_x = (self.content_w - self.overlap) / self.scale
        step_y = (self.content_h - self.overlap) / self.scale
        row = int((y - origin.y) // step_y)
        col = int((x - origin.x) // step_x)
        return self.tile(max(0, min(row, self.rows - 1)), max(0, min(col, self.cols - 1)))


def row_name(row: int) -> str:
    """0 → A, 25 → Z, 26 → AA (spreadsheet style)."""
    name = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def poster_grid(sheet_w: float, sheet_h: float, options: PdfOptions) -> PosterGrid:
    """Tile geometry for a sheet; ``auto`` orientation takes whichever needs fewer pages."""
    if options.orientation is Orientation.AUTO:
        grids = [_grid(sheet_w, sheet_h, options, landscape) for landscape in (sheet_w >= sheet_h, sheet_w < sheet_h)]
        return min(grids, key=lambda g: g.rows * g.cols)
    return _grid(sheet_w, sheet_h, options, options.orientation is Orientation.LANDSCAPE)


def _grid(sheet_w: float, sheet_h: float, options: PdfOptions, landscape: bool) -> PosterGrid:
    page_w, page_h = options.page(landscape)
    scale = options.scale / 100
    aw, ah = page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN
    cols = max(1, math.ceil((sheet_w * scale - OVERLAP) / (aw - OVERLAP) - 1e-9))
    rows = max(1, math.ceil((sheet_h * scale - OVERLAP) / (ah - OVERLAP) - 1e-9))
    step_x, step_y = (aw - OVERLAP) / scale, (ah - OVERLAP) / scale
    # Centre the map in the area the tiles cover, so the spare paper is shared by both edges.
    x0 = -((cols * step_x + OVERLAP / scale) - sheet_w) / 2
    y0 = -((rows * step_y + OVERLAP / scale) - sheet_h) / 2
    tiles = tuple(
        Tile(r, c, f"{row_name(r)}{c + 1}", Rect(x0 + c * step_x, y0 + r * step_y, aw / scale, ah / scale))
        for r in range(rows)
        for c in range(cols)
    )
    return PosterGrid(page_w, page_h, scale, PAGE_MARGIN, OVERLAP, rows, cols, tiles)


def poster_pages(m: JourneyMap, sheet: Sheet, options: PdfOptions, warnings: list[str]) -> list[PagePlan]:
    grid = poster_grid(sheet.width, sheet.height, options)
    size = (grid.page_w, grid.page_h)
    lang = m.language
    overview = translate("PdfExport", "How the tiles go together", lang)
    plans = [PagePlan(size, lambda ctx: _draw_overview(ctx, sheet, grid), footer=overview)]
    names = {p.id: p.name for p in m.phases}
    marks: dict[str, list[Bookmark]] = {}
    for box in sheet.layout.phases:
        tile = grid.tile_at(box.rect.x, box.rect.y)
        x = grid.margin + (box.rect.x - tile.view.x) * grid.scale
        y = grid.page_h - grid.margin - (box.rect.y - tile.view.y) * grid.scale
        marks.setdefault(tile.label, []).append(Bookmark(names[box.id] or translate("PdfExport", "(unnamed phase)", lang), x, y))
    for tile in grid.tiles:
        work = max(1, sum(1 for card in sheet.layout.cards.values() if card.rect.intersects(tile.view)))
        plans.append(
            PagePlan(
                size,
                _tile_drawer(sheet, grid, tile),
                work=work,
                bookmarks=marks.get(tile.label, []),
                footer=translate("PdfExport", "Tile {label}", lang).format(label=tile.label),
            )
        )
    return plans


def _tile_drawer(sheet: Sheet, grid: PosterGrid, tile: Tile):  # type: ignore[no-untyped-def]
    def draw(ctx: PageContext) -> None:
        c = ctx.canvas
        m, s = grid.margin, grid.scale
        c.saveState()
        path = c.beginPath()
        path.rect(m, m, grid.content_w, grid.content_h)
        c.clipPath(path, stroke=0, fill=0)
        c.translate(m - tile.view.x * s, grid.page_h - m + tile.view.y * s)
        c.scale(s, s)
        draw_sheet(c, sheet, ctx.fonts, view=tile.view, tick=ctx.tick)
        c.restoreState()
        _tile_marks(c, ctx, grid, tile)

    return draw


def _tile_marks(c: Canvas, ctx: PageContext, grid: PosterGrid, tile: Tile) -> None:
    m, o = grid.margin, grid.overlap
    left, bottom, right, top = m, m, grid.page_w - m, grid.page_h - m
    # Crop marks: short lines in the margin, continuing the content area's edges.
    c.setStrokeColor(color(TEXT))
    c.setLineWidth(0.4)
    for x in (left, right):
        for y, d in ((bottom, -1), (top, 1)):
            c.line(x, y + d * 3, x, y + d * 13)
    for y in (bottom, top):
        for x, d in ((left, -1), (right, 1)):
            c.line(x + d * 3, y, x + d * 13, y)
    # Overlap strips shared with neighbours: dashed where the neighbour's window begins or ends.
    c.setStrokeColor(color(MUTED))
    c.setDash(2, 2)
    if tile.col < grid.cols - 1:
        c.line(right - o, bottom, right - o, top)
    if tile.col > 0:
        c.line(left + o, bottom, left + o, top)
    if tile.row < grid.rows - 1:
        c.line(left, bottom + o, right, bottom + o)
    if tile.row > 0:
        c.line(left, top - o, right, top - o)
    c.setDash()
    # Alignment targets in the margins, at the middle of each overlap strip.
    for x, has in ((left + o / 2, tile.col > 0), (right - o / 2, tile.col < grid.cols - 1)):
        if has:
            _target(c, x, bottom - 10)
            _target(c, x, top + 10)
    for y, has in ((bottom + o / 2, tile.row < grid.rows - 1), (top - o / 2, tile.row > 0)):
        if has:
            _target(c, left - 10, y)
            _target(c, right + 10, y)
    # Labels: this tile, and where each neighbour goes.
    font, bold = ctx.fonts.regular, ctx.fonts.bold
    c.setFillColor(color(TEXT))
    c.setFont(bold, _LABEL + 2)
    c.drawString(left + o + 12, top + 8, tile.label)
    c.setFont(font, _LABEL)
    c.drawString(
        left + o + 16 + ctx.fonts.bold_metrics.text_width(tile.label, _LABEL + 2),
        top + 8,
        translate("PdfExport", "row {row} of {rows}, column {column} of {columns} · at {scale} %", ctx.language).format(
            row=row_name(tile.row), rows=grid.rows, column=tile.col + 1, columns=grid.cols,
            scale=format_number(grid.scale * 100, "g", ctx.language),
        ),
    )
    if tile.row > 0:
        above = translate("PdfExport", "▲ {label} above", ctx.language)
        c.drawRightString(right - o - 12, top + 8, above.format(label=grid.tile(tile.row - 1, tile.col).label))
    if tile.row < grid.rows - 1:
        below = translate("PdfExport", "▼ {label} below", ctx.language)
        c.drawString(left + o + 12, bottom - 20, below.format(label=grid.tile(tile.row + 1, tile.col).label))
    for x, angle, has, d in (
        (left - m / 2 + 3, 90, tile.col > 0, -1),
        (right + m / 2 - 3, -90, tile.col < grid.cols - 1, 1),
    ):
        if has:
            other = grid.tile(tile.row, tile.col + d).label
            c.saveState()
            c.translate(x, (top + bottom) / 2)
            c.rotate(angle)
            side = translate("PdfExport", "◀ {label} left", ctx.language) if d < 0 else translate(
                "PdfExport", "▶ {label} right", ctx.language
            )
            c.drawCentredString(0, 0, side.format(label=other))
            c.restoreState()


def _target(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColor(color(TEXT))
    c.setLineWidth(0.4)
    c.circle(x, y, 3.5, stroke=1, fill=0)
    c.line(x - 6, y, x + 6, y)
    c.line(x, y - 6, x, y + 6)


def _draw_overview(ctx: PageContext, sheet: Sheet, grid: PosterGrid) -> None:
    c = ctx.canvas
    m = grid.margin
    heading = 11.0
    avail_w, avail_h = grid.page_w - 2 * m, grid.page_h - 2 * m - 3 * heading
    cover_w = grid.cols * (grid.content_w - grid.overlap) / grid.scale + grid.overlap / grid.scale
    cover_h = grid.rows * (grid.content_h - grid.overlap) / grid.scale + grid.overlap / grid.scale
    s = fit_scale(cover_w, cover_h, avail_w, avail_h)
    left, top = m + (avail_w - cover_w * s) / 2, grid.page_h - m - 3 * heading
    c.setFillColor(color(TEXT))
    c.setFont(ctx.fonts.bold, heading)
    lang = ctx.language
    heading_text = translate("PdfExport", "Poster: {rows} × {columns} tiles at {scale} %", lang)
    scale = format_number(grid.scale * 100, "g", lang)
    c.drawString(m, grid.page_h - m - heading, heading_text.format(rows=grid.rows, columns=grid.cols, scale=scale))
    c.setFont(ctx.fonts.regular, heading - 3)
    c.drawString(
        m,
        grid.page_h - m - 2 * heading,
        translate(
            "PdfExport",
            "Cut each tile along its crop marks, overlap neighbours by {overlap} mm (dashed lines) "
            "and match the alignment targets.",
            lang,
        ).format(overlap=format_number(grid.overlap / 72 * 25.4, ".0f", lang)),
    )
    origin = grid.tiles[0].view
    c.saveState()
    c.translate(left - origin.x * s, top + origin.y * s)
    c.scale(s, s)
    draw_sheet(c, sheet, ctx.fonts)
    c.restoreState()
    step_x = (grid.content_w - grid.overlap) / grid.scale
    step_y = (grid.content_h - grid.overlap) / grid.scale
    c.setLineWidth(1.2)
    c.setStrokeColor(color(CURVE))
    for tile in grid.tiles:
        x = left + (tile.view.x - origin.x) * s
        y = top - (tile.view.y - origin.y) * s
        w = (step_x if tile.col < grid.cols - 1 else tile.view.w) * s
        h = (step_y if tile.row < grid.rows - 1 else tile.view.h) * s
        c.rect(x, y - h, w, h, stroke=1, fill=0)
        size = max(6.0, min(28.0, w / 5, h / 3))
        c.setFillColor(color("#ffffff"))
        label_w = ctx.fonts.bold_metrics.text_width(tile.label, size)
        c.setStrokeColor(color(GRID_STROKE))
        c.rect(x + w / 2 - label_w / 2 - 3, y - h / 2 - size / 2 - 2, label_w + 6, size + 4, stroke=0, fill=1)
        c.setStrokeColor(color(CURVE))
        c.setFillColor(color(CURVE))
        c.setFont(ctx.fonts.bold, size)
        c.drawCentredString(x + w / 2, y - h / 2 - size / 3, tile.label)
