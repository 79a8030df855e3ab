"""The analysis checklist printed after the map (``PdfOptions.checklist``): every finding of
:func:`cxdesigner.analysis.analyze` as a row with an empty box to tick in the workshop, grouped by
kind, worded in the map's language; long lists run on over as many pages as they need.
"""

from __future__ import annotations

from ..analysis import KINDS, Finding, analyze, kind_label, printed_wording
from ..i18n import translate
from ..model.entities import JourneyMap
from .pdf_draw import MUTED
from .pdf_flow import Cell, FlowPages
from .pdf_options import PdfOptions
from .pdf_pages import PagePlan
from .pdf_report import report_flow


def checklist_title(language: str) -> str:
    return translate("PdfExport", "Analysis checklist", language)


def checklist_pages(m: JourneyMap, options: PdfOptions, size: tuple[float, float]) -> list[PagePlan]:
    """The checklist's pages, of ``size`` (the pages before it, so the document prints as one)."""
    return checklist_flow(m, options, size).plans(checklist_title(m.language))


def checklist_flow(m: JourneyMap, options: PdfOptions, size: tuple[float, float]) -> FlowPages:
    """The checklist laid out on pages (where every row and tick box goes)."""
    lang = m.language
    wording = printed_wording(lang)
    findings = analyze(m, wording=wording)
    count = translate("PdfExport", "Findings: {count}", lang).format(count=len(findings))
    flow = report_flow(m, options, size, checklist_title(lang), [count])
    if not findings:
        flow.text(translate("PdfExport", "No findings", lang), 14, bold=True)
        flow.text(
            translate(
                "PdfExport",
                "Every pain point has an improvement, every touchpoint is described, every moment of truth "
                "has a metric, and no emotion or channel switch stands out.",
                lang,
            ),
            10.5,
        )
        return flow
    header = (
        Cell(translate("PdfExport", "Item", lang), bold=True, ink=MUTED),
        Cell(translate("PdfExport", "Where", lang), bold=True, ink=MUTED),
        Cell(translate("PdfExport", "What to check", lang), bold=True, ink=MUTED),
    )
    by_kind: dict[str, list[Finding]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    order = [k for k in KINDS if k in by_kind] + [k for k in by_kind if k not in KINDS]
    for kind in order:
        label = kind_label(kind, wording)
        rows = by_kind[kind]
        flow.group(
            f"{label} ({len(rows)})",
            translate("PdfExport", "{name} (continued)", lang).format(name=label),
            columns=(0.3, 0.22, 0.48),
            header=header,
            box=True,
        )
        for f in rows:
            flow.row((Cell(f.item_name or "—", bold=True), Cell(_where(m, f.item_id), ink=MUTED), Cell(f.message)))
        flow.end_group()
        flow.space(6)
    return flow


def _where(m: JourneyMap, item_id: str) -> str:
    """The phase (and touchpoint) an item is in: what a reader looks for on the printed map."""
    card = m.cards.get(item_id)
    anchor = card.anchor_id if card is not None else item_id
    if m.has_touchpoint(anchor):
        phase = m.phase_of(anchor).name
        return phase if card is None else f"{m.touchpoint(anchor).name} · {phase}"
    return next((p.name for p in m.phases if p.id == anchor), "")
