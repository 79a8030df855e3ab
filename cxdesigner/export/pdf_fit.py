"""``--mode fit``: the whole sheet (map, title block, legend) scaled onto one page."""

from __future__ import annotations

from ..i18n import translate
from ..model.entities import JourneyMap
from .pdf_draw import draw_sheet
from .pdf_options import PdfOptions
from .pdf_pages import PAGE_MARGIN, Bookmark, PageContext, PagePlan, fit_scale
from .pdf_sheet import Sheet, format_number

SMALLEST_READABLE = 4.0  # points: below this, card text needs a magnifier


def fit_pages(m: JourneyMap, sheet: Sheet, options: PdfOptions, warnings: list[str]) -> list[PagePlan]:
    page_w, page_h = options.page_for(sheet.width, sheet.height)
    avail_w, avail_h = page_w - 2 * PAGE_MARGIN, page_h - 2 * PAGE_MARGIN
    scale = fit_scale(sheet.width, sheet.height, avail_w, avail_h)
    left = PAGE_MARGIN + (avail_w - sheet.width * scale) / 2
    top = page_h - PAGE_MARGIN - (avail_h - sheet.height * scale) / 2
    card_size = sheet.layout.style.card_font_size * scale
    if sheet.layout.cards and card_size < SMALLEST_READABLE:
        text = translate(
            "PdfWarnings",
            "On one {page_size} page the card text prints at {size} pt, too small to read; "
            "try poster mode or a larger page size.",
            options.message_language,
        )
        points = format_number(card_size, ".1f", options.message_language)
        warnings.append(text.format(page_size=options.page_size, size=points))

    def draw(ctx: PageContext) -> None:
        c = ctx.canvas
        c.saveState()
        c.translate(left, top)
        c.scale(scale, scale)
        draw_sheet(c, sheet, ctx.fonts, tick=ctx.tick)
        c.restoreState()

    names = {p.id: p.name for p in m.phases}
    bookmarks = [
        Bookmark(names[box.id] or "(unnamed phase)", left + box.rect.x * scale, top - box.rect.y * scale)
        for box in sheet.layout.phases
    ]
    return [PagePlan((page_w, page_h), draw, work=max(1, len(sheet.layout.cards)), bookmarks=bookmarks)]
