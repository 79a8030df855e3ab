"""The action plan printed after the map (``PdfOptions.actions``): the method's last step, "steer
the implementation", as a table to take out of the workshop — what will be done, where on the
journey, which pain points it answers, who owns it, how urgent it is and how far it has got.

The rows and their order come from :mod:`cxdesigner.analysis.actions` (the Action Plan panel lists
the same): every card of an improvements lane plus any other card given an owner, a priority or a
status, in the printed lanes only (a lane left out of the print may be left out for a reason, so
its cards and pain-point texts stay off paper here too). Open rows come first, then the completed
ones, each group by priority (high → low → none) and then in journey order. Open rows get an
empty box to tick; completed rows print it ticked.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from ..analysis.actions import PAIN_POINT_CHARS, Action, plan_actions
from ..i18n import translate
from ..layout import Rect
from ..layout.follow_up import priority_name, status_name
from ..model.entities import JourneyMap
from ..model.vocabulary import Priority, Status
from .pdf_draw import MUTED, TEXT, color
from .pdf_flow import Cell, FlowPages
from .pdf_options import PdfOptions
from .pdf_pages import PagePlan
from .pdf_report import report_flow

__all__ = ["PAIN_POINT_CHARS", "Action", "actions_flow", "actions_pages", "actions_title", "plan_actions"]

# How the card text, where and pain points addressed share what the short columns leave.
TEXT_SHARES = (0.4, 0.25, 0.35)
OWNER_MAX = 0.16  # of the table's width: a long owner wraps rather than squeezing the card text


def actions_title(language: str) -> str:
    return translate("PdfExport", "Action plan", language)


def actions_pages(m: JourneyMap, options: PdfOptions, size: tuple[float, float]) -> list[PagePlan]:
    """The plan's pages, of ``size`` (the pages before it, so the document prints as one)."""
    return actions_flow(m, options, size).plans(actions_title(m.language))


def actions_flow(m: JourneyMap, options: PdfOptions, size: tuple[float, float]) -> FlowPages:
    """The plan laid out on pages (where every row and tick box goes)."""
    lang = m.language
    actions = plan_actions(m, options.lane_ids)
    done = sum(a.done for a in actions)
    counts = [
        translate("PdfExport", "Actions: {count}", lang).format(count=len(actions)),
        translate("PdfExport", "Done: {count}", lang).format(count=done),
    ]
    flow = report_flow(m, options, size, actions_title(lang), counts)
    if not actions:
        flow.text(
            translate("PdfExport", "No improvements and no cards with an owner, priority or status to plan.", lang),
            11,
        )
        return flow
    names = (  # each a literal, so the translation tools find it
        translate("PdfExport", "Action", lang),
        translate("PdfExport", "Where", lang),
        translate("PdfExport", "Pain points addressed", lang),
        translate("PdfExport", "Owner", lang),
        translate("PdfExport", "Priority", lang),
        translate("PdfExport", "Status", lang),
    )
    header = tuple(Cell(name, bold=True, ink=MUTED) for name in names)
    columns = _columns(flow, actions, names, lang)
    groups = (
        (translate("PdfExport", "Open", lang), [a for a in actions if not a.done]),
        (translate("PdfExport", "Completed", lang), [a for a in actions if a.done]),
    )
    for label, rows in groups:
        if not rows:
            continue
        flow.group(
            f"{label} ({len(rows)})",
            translate("PdfExport", "{name} (continued)", lang).format(name=label),
            columns=columns,
            header=header,
            box=True,
        )
        for action in rows:
            _row(flow, action, lang)
        flow.end_group()
        flow.space(6)
    return flow


def _columns(flow: FlowPages, actions: list[Action], names: tuple[str, ...], lang: str) -> tuple[float, ...]:
    """Column fractions measured from what they hold: priority and status as wide as their longest
    word and never split ("Suunniteltu" does not break), the owner as wide as it needs up to a cap,
    and no column narrower than its longest word — a fixed split broke Finnish words on A4 portrait.
    """
    tm, body = flow.tm, flow.body
    gap = 8 * flow.scale + 1  # the flow's gap between columns, and a point so a word that just fits does
    usable = flow.width - (body * 1.05 + 10)  # FlowPages puts the tick box outside the columns

    def widest(texts: Iterable[str], size: float, bold: bool = False, words: bool = True) -> float:
        parts = [w for t in texts for w in (t.split() if words else t.splitlines())]
        return max((tm.width(w, size, bold) for w in parts), default=0.0) + gap

    def short_column(values: list[str], header: str, bold: bool = False) -> float:
        return max(widest(values, body, bold, words=False), widest([header], body * 0.9, True))

    priorities = short_column([priority_name(p, lang) for p in (*Priority, None)], names[4], bold=True)
    statuses = short_column([status_name(s, lang) for s in (*Status, None)], names[5])
    owners = [a.card.owner.strip() or "—" for a in actions]
    owner = min(max(widest(owners, body, words=False), widest([names[3]], body * 0.9, True)), usable * OWNER_MAX)
    owner = max(owner, min(widest(owners, body), usable * 0.2))  # nor a name broken mid-word, within reason
    rest = usable - priorities - statuses - owner
    shares = [rest * share for share in TEXT_SHARES]
    if not any(a.addresses for a in actions):  # an empty column of dashes: give its room to the text
        narrow = widest([names[2]], body * 0.9, True) * 1.3
        shares = [(rest - narrow) * 0.6, (rest - narrow) * 0.4, narrow]
    where_min = max(widest([a.where for a in actions], body), widest([names[1]], body * 0.9, True))
    if shares[1] < where_min <= rest * 0.5:  # a long phase or touchpoint word takes from the others
        take = where_min - shares[1]
        shares = [shares[0] - take / 2, where_min, shares[2] - take / 2]
    return tuple(w / usable for w in (*shares, owner, priorities, statuses))


def _row(flow: FlowPages, action: Action, lang: str) -> None:
    card = action.card
    ink = MUTED if action.done else TEXT  # finished work steps back; what is left stands out
    flow.row(
        (
            Cell(card.text.strip() or "—", bold=True, ink=ink),
            Cell(action.where, ink=MUTED),
            Cell("\n".join(action.addresses) or "—", ink=ink),
            Cell(card.owner.strip() or "—", ink=ink),
            Cell(priority_name(card.priority, lang), bold=card.priority is Priority.HIGH and not action.done, ink=ink),
            Cell(status_name(card.status, lang), ink=ink),
        )
    )
    if action.done:
        box = flow.page.boxes[-1]
        flow.page.drawings.append(lambda c, _fonts, box=box: _tick(c, box))


def _tick(c: Canvas, box: Rect) -> None:
    """A check mark in ``box`` (page coordinates with y downwards, as the flow draws)."""
    c.setStrokeColor(color(TEXT))
    c.setLineWidth(max(1.0, box.w * 0.14))
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(box.x + box.w * 0.2, -(box.y + box.h * 0.52))
    path.lineTo(box.x + box.w * 0.42, -(box.y + box.h * 0.76))
    path.lineTo(box.x + box.w * 0.82, -(box.y + box.h * 0.24))
    c.drawPath(path, stroke=1, fill=0)
