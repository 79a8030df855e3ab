"""Print-ready PDF of a journey map: ``export_pdf(m, path, options)``.

Three modes share one sheet (the layout of :mod:`cxdesigner.layout` plus a title block and a
legend): ``fit`` puts it on one page, ``poster`` tiles it at a scale, ``handout`` prints a cover
and the phases one by one in large type. ``compare_state`` prints the current state and an
ideal state on facing pages instead, then what differs (pdf_compare); ``checklist`` adds the
analysis findings as a checklist after it all (pdf_checklist), and ``actions`` an action plan
after that (pdf_actions): the method's order, what to check and then who does what. The PDF is
built in memory and written with :func:`cxdesigner.storage.atomic_write`, so a failed export
leaves an existing file untouched.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator

from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..i18n import translate
from ..layout import default_style
from ..layout.font_metrics import metrics_for
from ..model.entities import JourneyMap
from ..storage import atomic_write
from .pdf_actions import actions_pages
from .pdf_checklist import checklist_pages
from .pdf_compare import compare_pages, find_state, set_facing_pages
from .pdf_fit import fit_pages
from .pdf_fonts import Fonts
from .pdf_handout import handout_pages
from .pdf_options import ExportCancelled, Mode, PdfOptions
from .pdf_pages import PageContext, PagePlan, draw_footer
from .pdf_poster import poster_pages
from .pdf_sheet import build_sheet

Progress = Callable[[int, int], bool | None]

__all__ = ["ExportCancelled", "PdfOptions", "Progress", "build_pdf", "export_pdf", "missing_glyph_warnings"]

_MAX_GLYPH_WARNINGS = 20


def export_pdf(
    m: JourneyMap, path: str | os.PathLike[str], options: PdfOptions | None = None, progress: Progress | None = None
) -> list[str]:
    """Write ``m`` as a PDF to ``path``; return warnings (one readable sentence each).

    ``progress(done, total)`` is called as pages and cards are drawn; if it returns ``False``
    the export stops with :class:`ExportCancelled` and nothing is written. Write failures raise
    :class:`cxdesigner.storage.SaveError`, and an existing file at ``path`` stays as it was.
    """
    data, warnings = build_pdf(m, options or PdfOptions(), progress)
    atomic_write(path, data, keep_backup=False)
    return warnings


def build_pdf(m: JourneyMap, options: PdfOptions, progress: Progress | None = None) -> tuple[bytes, list[str]]:
    """The PDF's bytes and the warnings, without touching the disk."""
    style = default_style()
    fonts = Fonts(style)
    warnings = missing_glyph_warnings(m, options) + photo_warnings(m, options)
    title = options.title if options.title is not None else m.title
    if options.compare_state is not None:
        plans = compare_pages(m, options, style, warnings)
        ideal = find_state(m, options.compare_state).map
        warnings += [w for w in missing_glyph_warnings(ideal, options) if w not in warnings]
    elif options.mode is Mode.HANDOUT:
        plans = handout_pages(m, options, warnings)
    else:
        sheet = build_sheet(m, style, options.lane_ids, options.title, options.source_name, options.export_date())
        pages = fit_pages if options.mode is Mode.FIT else poster_pages
        plans = pages(m, sheet, options, warnings)
    if options.checklist:
        plans += checklist_pages(m, options, plans[-1].size)
    if options.actions:
        plans += actions_pages(m, options, plans[-1].size)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=plans[0].size, initialFontName=fonts.regular, initialFontSize=10, initialLeading=12)
    c.setTitle(title or "Untitled journey")
    c.setAuthor(options.author or "CX Designer")
    c.setSubject(_subject(m))
    c.setCreator(f"CX Designer {__version__}")
    c.setKeywords(["customer journey map", options.mode.value])
    if options.compare_state is not None:
        set_facing_pages(c)
    _draw_pages(c, plans, fonts, progress, m.language)
    c.save()
    return buffer.getvalue(), warnings


def _subject(m: JourneyMap) -> str:
    parts = ["Customer journey map"]
    if m.persona.name:
        parts.append(f"persona: {m.persona.name}")
    if m.description:
        parts.append(f"scope: {m.description}")
    return "; ".join(parts)


def _draw_pages(c: Canvas, plans: list[PagePlan], fonts: Fonts, progress: Progress | None, language: str = "en") -> None:
    meter = _Meter(sum(p.work for p in plans), progress)
    for number, plan in enumerate(plans, 1):
        meter.start_page(plan.work)
        c.setPageSize(plan.size)
        ctx = PageContext(c, fonts, number, len(plans), meter.tick, language)
        plan.draw(ctx)
        for i, mark in enumerate(plan.bookmarks):
            key = f"p{number}-{i}"
            c.bookmarkPage(key, fit="XYZ", left=mark.x, top=mark.y)
            c.addOutlineEntry(mark.title, key, level=mark.level)
        draw_footer(ctx, plan)
        c.showPage()
        meter.end_page()
    if any(p.bookmarks for p in plans):
        c.showOutline()


class _Meter:
    """Turns pages and cards drawn into ``progress(done, total)`` calls; stops on ``False``."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress = total, progress
        self.done = self.page_work = self.page_drawn = 0

    def start_page(self, work: int) -> None:
        self.page_work, self.page_drawn = work, 0

    def tick(self, n: int) -> None:
        self.page_drawn += n
        self._report(self.done + min(self.page_drawn, self.page_work))

    def end_page(self) -> None:
        self.done += self.page_work
        self._report(self.done)

    def _report(self, value: int) -> None:
        if self.progress is not None and self.progress(min(value, self.total), self.total) is False:
            raise ExportCancelled("export cancelled")


def photo_warnings(m: JourneyMap, options: PdfOptions) -> list[str]:
    """A damaged persona photo prints as an empty frame; say so rather than leave it unexplained."""
    from .pdf_persona import photo_is_readable

    if m.persona.photo and not photo_is_readable(m.persona.photo):
        return [
            translate(
                "PdfWarnings",
                "The persona's photo cannot be read (the picture in the file is damaged); it prints as an empty frame.",
                options.message_language,
            )
        ]
    return []


def missing_glyph_warnings(m: JourneyMap, options: PdfOptions) -> list[str]:
    """One warning per text with characters the embedded font cannot draw, naming where it is.

    Worded in ``options.message_language``, the reader's language, not the map's.
    """
    style = default_style()
    metrics = {False: metrics_for(style.font_file), True: metrics_for(style.bold_font_file)}
    lang = options.message_language
    warnings = []
    for text, bold, where in _printed_texts(m, options):
        if not text or text.isascii():  # DejaVu covers all of ASCII: skip the per-character look-up
            continue
        missing = metrics[bold].missing_chars(text)
        if missing:
            chars = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(missing)[:8])
            if len(missing) > 8:
                sentence = translate(
                    "PdfWarnings",
                    "The font has no glyph for {chars} and {n} more in {where}; they print as empty boxes.",
                    lang,
                )
            else:
                sentence = translate(
                    "PdfWarnings", "The font has no glyph for {chars} in {where}; they print as empty boxes.", lang
                )
            warnings.append(sentence.format(chars=chars, n=len(missing) - 8, total=len(missing), where=where()))
    if len(warnings) > _MAX_GLYPH_WARNINGS:
        extra = len(warnings) - _MAX_GLYPH_WARNINGS
        if extra == 1:
            more = translate("PdfWarnings", "… and 1 more text with characters the font lacks.", lang)
        else:
            more = translate("PdfWarnings", "… and {n} more texts with characters the font lacks.", lang)
        warnings = warnings[:_MAX_GLYPH_WARNINGS] + [more.format(n=extra)]
    return warnings


def _printed_texts(m: JourneyMap, options: PdfOptions) -> Iterator[tuple[str, bool, Callable[[], str]]]:
    """(text, bold, where) for every text the PDF prints; ``where()`` names it for a warning."""
    lang = options.message_language
    title = options.title if options.title is not None else m.title
    yield title, True, lambda: translate("PdfWarnings", "the title", lang)
    yield m.description, False, lambda: translate("PdfWarnings", "the scope", lang)
    yield m.persona.name, False, lambda: translate("PdfWarnings", "the persona", lang)
    yield m.persona.description, False, lambda: translate("PdfWarnings", "the persona's description", lang)
    yield m.persona.quote, False, lambda: translate("PdfWarnings", "the persona's quote", lang)
    for goal in m.persona.goals:
        yield goal, False, lambda: translate("PdfWarnings", "the persona's goals", lang)
    for need in m.persona.needs:
        yield need, False, lambda: translate("PdfWarnings", "the persona's needs", lang)
    for frustration in m.persona.frustrations:
        yield frustration, False, lambda: translate("PdfWarnings", "the persona's frustrations", lang)
    for phase in m.phases:
        yield phase.name, True, lambda p=phase: translate("PdfWarnings", "phase “{name}”", lang).format(
            name=_short(p.name)
        )
        for tp in phase.touchpoints:
            yield tp.name, True, lambda t=tp: translate("PdfWarnings", "touchpoint “{name}”", lang).format(
                name=_short(t.name)
            )
    shown = set(options.lane_ids) if options.lane_ids is not None else {ln.id for ln in m.lanes if not ln.hidden}
    lanes = {lane.id: lane for lane in m.lanes}
    for lane in m.lanes:
        if lane.id in shown:
            yield lane.name, True, lambda ln=lane: translate("PdfWarnings", "lane “{name}”", lang).format(
                name=_short(ln.name)
            )
    for (lane_id, _anchor), ids in m.cells.items():
        if lane_id in shown:
            for card_id in ids:
                card = m.cards[card_id]
                yield (
                    card.text,
                    False,
                    lambda c=card: translate("PdfWarnings", "card {id} “{text}” in lane “{lane}”", lang).format(
                        id=c.id, text=_short(c.text), lane=_short(lanes[c.lane_id].name)
                    ),
                )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
