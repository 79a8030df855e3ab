"""Words for a card's follow-up fields (owner, priority, status) in the map's language, Qt-free.

The method's last step is to steer the implementation: improvements get owners, priorities and a
status. The canvas, the PDF pages and the action plan all name them with these functions, so the
screen and the paper use the same words.
"""

from __future__ import annotations

from ..i18n import translate
from ..model.vocabulary import Priority, Status


def priority_name(priority: Priority | None, language: str) -> str:
    names = {
        Priority.LOW: translate("PdfExport", "Low", language),
        Priority.MEDIUM: translate("PdfExport", "Medium", language),
        Priority.HIGH: translate("PdfExport", "High", language),
    }
    return names.get(priority, "—") if priority is not None else "—"


def status_name(status: Status | None, language: str) -> str:
    names = {
        Status.IDEA: translate("PdfExport", "Idea", language),
        Status.PLANNED: translate("PdfExport", "Planned", language),
        Status.IN_PROGRESS: translate("PdfExport", "In progress", language),
        Status.DONE: translate("PdfExport", "Done", language),
    }
    return names.get(status, "—") if status is not None else "—"
