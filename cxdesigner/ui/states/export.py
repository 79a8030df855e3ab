"""Export Comparison PDF… from the comparison window: the Export PDF dialog with the comparison
of the current state and one ideal state chosen (the PDF compares those two; see
``export/pdf_compare.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..dialogs.messages import show_error

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareExport", text)


def comparison_state(left: str | None, right: str | None) -> str | None:
    """The ideal state to compare with the current state, or None when the two sides are not
    the current state and one ideal state."""
    if left is None and right is not None:
        return right
    if right is None and left is not None:
        return left
    return None


def export_comparison(window: MainWindow, left: str | None, right: str | None, parent: QWidget) -> bool:
    state_id = comparison_state(left, right)
    if state_id is None:
        show_error(
            parent,
            _tr("Cannot export this comparison"),
            _tr("The comparison PDF shows the current state and one ideal state. Choose the current state on one side."),
        )
        return False
    window.export_actions.export_pdf(compare_state=state_id)
    return True
