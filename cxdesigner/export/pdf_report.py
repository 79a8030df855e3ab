"""The opening of a report page after the map (analysis checklist, action plan): a heading, the
map's title and a line of facts, in the map's language, so the report pages read as one set."""

from __future__ import annotations

from ..i18n import translate
from ..layout import default_style
from ..model.entities import JourneyMap
from .pdf_draw import MUTED
from .pdf_flow import FlowPages
from .pdf_options import PdfOptions
from .pdf_sheet import TextMaker, format_date


def report_flow(
    m: JourneyMap, options: PdfOptions, size: tuple[float, float], heading: str, counts: list[str]
) -> FlowPages:
    """Pages of ``size`` that start with ``heading``, the title and ``counts`` + date + file name."""
    lang = m.language
    flow = FlowPages(size, TextMaker(default_style()))
    flow.bookmark(heading)
    flow.text(heading, 20, bold=True, after=2)
    title = options.title if options.title is not None else m.title
    flow.text(title or translate("PdfExport", "Untitled journey", lang), 13, bold=True, after=2)
    facts = [*counts, format_date(options.export_date(), lang)]
    if options.compare_state is not None:  # a report is about the current state, not the ideal one
        facts.insert(0, translate("PdfExport", "Current state", lang))
    if options.source_name:
        facts.append(options.source_name)
    flow.text("  ·  ".join(facts), 9.5, ink=MUTED, after=2)
    flow.rule()
    return flow
