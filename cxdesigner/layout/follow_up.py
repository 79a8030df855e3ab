"""Words for a card's follow-up fields (owner, priority, status) in the map's language, Qt-free.

The method's last step is to steer the implementation: improvements get owners, priorities and a
status. The canvas, the PDF pages and the action plan all name them with these functions, so the
screen and the paper use the same words.
"""

from __future__ import annotations

from ..i18n import translate
from ..model.entities import Card
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


def priority_label(priority: Priority, language: str) -> str:
    """The priority as it reads on a card, where "High" alone would not say what is high."""
    labels = {
        Priority.LOW: translate("PdfExport", "Low priority", language),
        Priority.MEDIUM: translate("PdfExport", "Medium priority", language),
        Priority.HIGH: translate("PdfExport", "High priority", language),
    }
    return labels[priority]


DONE_MARK = "✓ "  # a done card reads as done without colour, on screen and on paper


SEPARATOR = " · "


def follow_up_parts(card: Card, language: str) -> list[str]:
    """Status, owner and priority as they read on a card; empty for a card with none of them.

    The layout keeps each part whole on a line where it fits (see ``text_wrap.wrap_phrases``).
    """
    parts = []
    if card.status is not None:
        parts.append((DONE_MARK if card.status == Status.DONE else "") + status_name(card.status, language))
    owner = " ".join(card.owner.split())  # one line: a newline typed into the owner is a space
    if owner:
        parts.append(owner)
    if card.priority is not None:
        parts.append(priority_label(card.priority, language))
    return parts


def follow_up_text(card: Card, language: str) -> str:
    """The line under a card's text, e.g. "In progress · Maija · High priority"; "" for none."""
    return SEPARATOR.join(follow_up_parts(card, language))
