"""The analysis panel: the findings of :func:`cxdesigner.analysis.analyze`, one row each.

Activating a row selects its item on the canvas and scrolls to it. The list refreshes shortly
after the map changes (while the panel is shown) and with its Refresh button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...model.entities import JourneyMap
from ..vocabulary_names import channel_name
from .refresh_when_shown import RefreshWhenShown

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def ui_wording():  # noqa: ANN201 - the analysis package (and networkx) loads only when needed
    """Findings worded in the user interface's language, through Qt's translators."""
    from ...analysis import Wording

    return Wording(text=_tr, channel=channel_name, minus="\u2212")


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
        self.updates = RefreshWhenShown(self, self.refresh, self.DELAY_MS)

    def set_map(self, m: JourneyMap) -> None:
        self.map = m
        # Analysis reads the networkx graph: build it when someone looks, never at start-up.
        self.updates.now_or_when_shown()

    def schedule(self) -> None:
        """The map changed: refresh soon (analysis reads the whole graph, so not on every key)."""
        self.updates.schedule()

    def refresh(self) -> None:
        from ...analysis import analyze, kind_label  # networkx loads here, the first time the panel is shown

        self.updates.done()
        self.tree.clear()
        m = self.map
        if m is None:
            return
        wording = ui_wording()
        findings = analyze(m, wording=wording)
        for f in findings:
            row = QTreeWidgetItem([kind_label(f.kind, wording), f.item_name, f.message])
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
