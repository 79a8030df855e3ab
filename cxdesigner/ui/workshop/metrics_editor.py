"""NPS and CES answer counts of a touchpoint, edited in the inspector.

NPS: how many answered each score 0–10; CES: how many answered each of the method's five steps
(1 = much less effort than expected … 5 = much more). A finished edit (Enter or leaving the box)
emits the new counts; all zeros means "no answers" (None).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from .common import ces_text, nps_text

CES_STEP_NAMES = (
    QT_TRANSLATE_NOOP("Metrics", "much less effort than expected"),
    QT_TRANSLATE_NOOP("Metrics", "a little less effort than expected"),
    QT_TRANSLATE_NOOP("Metrics", "as expected"),
    QT_TRANSLATE_NOOP("Metrics", "a little more effort than expected"),
    QT_TRANSLATE_NOOP("Metrics", "much more effort than expected"),
)
MAX_COUNT = 999_999_999


class CountsEditor(QWidget):
    """A row (or rows) of answer counts, one box per score. Emits ``edited(tuple | None)``."""

    edited = Signal(object)

    def __init__(self, labels: list[str], tooltips: list[str], per_row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(2)
        grid.setVerticalSpacing(0)
        self.boxes: list[QSpinBox] = []
        for i, (label, tip) in enumerate(zip(labels, tooltips, strict=True)):
            row, col = divmod(i, per_row)
            head = QLabel(label)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setToolTip(tip)
            box = QSpinBox()
            box.setRange(0, MAX_COUNT)
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setKeyboardTracking(False)
            box.setToolTip(tip)
            box.setAccessibleName(tip)
            box.setMinimumWidth(34)
            box.editingFinished.connect(self._finished)
            grid.addWidget(head, 2 * row, col)
            grid.addWidget(box, 2 * row + 1, col)
            self.boxes.append(box)
        self._shown: tuple[int, ...] | None = None

    def values(self) -> tuple[int, ...] | None:
        counts = tuple(b.value() for b in self.boxes)
        return counts if any(counts) else None

    def set_values(self, counts: tuple[int, ...] | None) -> None:
        if any(b.hasFocus() for b in self.boxes):
            return  # never overwrite what the user is typing
        self._shown = tuple(counts) if counts and any(counts) else None
        for box, value in zip(self.boxes, counts or (0,) * len(self.boxes), strict=True):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _finished(self) -> None:
        counts = self.values()
        if counts != self._shown:
            self._shown = counts
            self.edited.emit(counts)


class MetricsEditor(QWidget):
    """The touchpoint's NPS and CES counts with a one-line summary under each."""

    nps_edited = Signal(object)
    ces_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = lambda s: QCoreApplication.translate("Metrics", s)  # noqa: E731
        nps_tips = [tr("Answers with score %1").replace("%1", str(i)) for i in range(11)]
        self.nps = CountsEditor([str(i) for i in range(11)], nps_tips, 6)
        self.ces = CountsEditor(
            [str(i) for i in range(1, 6)], [f"{i + 1}: {tr(n)}" for i, n in enumerate(CES_STEP_NAMES)], 5
        )
        self.nps.edited.connect(self.nps_edited)
        self.ces.edited.connect(self.ces_edited)
        self.nps_summary = QLabel()
        self.ces_summary = QLabel()
        for label in (self.nps_summary, self.ces_summary):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(tr("NPS answers per score (0–10)")))
        box.addWidget(self.nps)
        box.addWidget(self.nps_summary)
        box.addWidget(QLabel(tr("CES answers per step (1 = much less … 5 = much more effort)")))
        box.addWidget(self.ces)
        box.addWidget(self.ces_summary)

    def set_values(self, nps: tuple[int, ...] | None, ces: tuple[int, ...] | None) -> None:
        self.nps.set_values(nps)
        self.ces.set_values(ces)
        none = QCoreApplication.translate("Metrics", "No answers yet.")
        self.nps_summary.setText(nps_text(nps) or none)
        self.ces_summary.setText(ces_text(ces) or none)
