"""The analysis panel: the findings of :func:`cxdesigner.analysis.analyze`, one row each.

Activating a row selects its item on the canvas and scrolls to it. The list refreshes shortly
after the map changes (while the panel is shown) and with its Refresh button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...model.entities import JourneyMap
from ..vocabulary_names import channel_name

if TYPE_CHECKING:
    from ...analysis import Finding

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_NAMES = {
    "unaddressed_pain_point": QT_TRANSLATE_NOOP("Analysis", "Pain point without improvement"),
    "empty_lanes": QT_TRANSLATE_NOOP("Analysis", "Touchpoint with empty lanes"),
    "moment_without_metric": QT_TRANSLATE_NOOP("Analysis", "Moment of truth without metric"),
    "emotion_low_point": QT_TRANSLATE_NOOP("Analysis", "Emotion low point"),
    "channel_switch": QT_TRANSLATE_NOOP("Analysis", "Channel switch"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def finding_message(f: Finding, m: JourneyMap) -> str:
    """The finding's message in the user's language, rebuilt from the map."""
    if f.kind == "unaddressed_pain_point":
        return _tr("No improvement addresses this pain point.")
    if f.kind == "empty_lanes":
        names = f.message.removeprefix("Nothing yet in: ").removesuffix(".")
        return _tr("Nothing yet in: %1.").replace("%1", names)
    if f.kind == "moment_without_metric":
        return _tr("A moment of truth with no metric (NPS, CES or a metric card).")
    if f.kind == "emotion_low_point" and m.has_touchpoint(f.item_id):
        score = f"{m.touchpoint(f.item_id).emotion:+d}".replace("-", "\u2212")
        return _tr("The journey's lowest emotion (%1).").replace("%1", score)
    if f.kind == "channel_switch" and m.has_touchpoint(f.item_id):
        tps = m.touchpoints()
        i = [t.id for t in tps].index(f.item_id)
        if i > 0:
            return (
                _tr("The customer switches from %1 to %2.")
                .replace("%1", channel_name(tps[i - 1].channel))
                .replace("%2", channel_name(tps[i].channel))
            )
    return f.message


class AnalysisPanel(QWidget):
    item_chosen = Signal(str)
    DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysis")
        self.map: JourneyMap | None = None
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Item"), self.tr("What")])
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(lambda item, _c: self.item_chosen.emit(item.data(0, ID_ROLE)))
        self.tree.itemActivated.connect(lambda item, _c: self.item_chosen.emit(item.data(0, ID_ROLE)))
        self.summary = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.summary)
        box.addWidget(self.tree)
        box.addWidget(refresh)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def set_map(self, m: JourneyMap) -> None:
        self.map = m
        # Analysis reads the networkx graph: build it when someone looks, never at start-up.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def schedule(self) -> None:
        """The map changed: refresh soon (analysis reads the whole graph, so not on every key)."""
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        from ...analysis import analyze  # networkx loads here, the first time the panel is shown

        self._stale = False
        self._timer.stop()
        self.tree.clear()
        m = self.map
        if m is None:
            return
        findings = analyze(m)
        for f in findings:
            row = QTreeWidgetItem([_tr(KIND_NAMES.get(f.kind, f.kind)), f.item_name, finding_message(f, m)])
            row.setData(0, ID_ROLE, f.item_id)
            row.setData(1, ID_ROLE, f.kind)
            row.setToolTip(2, row.text(2))
            self.tree.addTopLevelItem(row)
        self.summary.setText(self.tr("%n finding(s)", "", len(findings)))
        self.tree.resizeColumnToContents(0)

    def rows(self) -> list[tuple[str, str]]:
        """(kind, item id) of each row, in order."""
        t = self.tree
        return [
            (t.topLevelItem(i).data(1, ID_ROLE), t.topLevelItem(i).data(0, ID_ROLE))
            for i in range(t.topLevelItemCount())
        ]
