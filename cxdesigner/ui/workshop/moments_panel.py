"""The moments-of-truth overview: every flagged touchpoint and card, with its metrics.

Rows are marked with a star *and* the words "Touchpoint"/"Card"; under a touchpoint, a line
each for its NPS and CES (or "No metric yet."). Activating a row selects the item on the canvas and scrolls to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...model.entities import JourneyMap
from .common import ces_text, nps_text

ID_ROLE = Qt.ItemDataRole.UserRole


class MomentsPanel(QTreeWidget):
    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("momentsOfTruth")
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Moment of truth"), self.tr("Where")])
        self.itemClicked.connect(lambda item, _c: self.item_chosen.emit(item.data(0, ID_ROLE)))
        self.itemActivated.connect(lambda item, _c: self.item_chosen.emit(item.data(0, ID_ROLE)))

    def refresh(self, m: JourneyMap) -> None:
        self.clear()
        for phase in m.phases:
            for tp in phase.touchpoints:
                if tp.moment_of_truth:
                    metrics = [t for t in (nps_text(tp.nps), ces_text(tp.ces)) if t] or [self.tr("No metric yet.")]
                    self._row(tp.id, self.tr("★ Touchpoint: %1").replace("%1", tp.name), phase.name, metrics)
        anchors = [a for p in m.phases for a in [p.id, *(t.id for t in p.touchpoints)]]
        for lane in m.lanes:
            for anchor in anchors:
                for card in m.cell_cards(lane.id, anchor):
                    if card.moment_of_truth:
                        where = m.touchpoint(anchor).name if m.has_touchpoint(anchor) else m.phase(anchor).name
                        text = " ".join(card.text.split())
                        self._row(card.id, self.tr("★ Card: %1").replace("%1", text), f"{lane.name} · {where}", [])
        self.expandAll()
        self.resizeColumnToContents(0)

    def _row(self, item_id: str, label: str, where: str, metrics: list[str]) -> None:
        row = QTreeWidgetItem([label, where])
        row.setData(0, ID_ROLE, item_id)
        row.setToolTip(0, label)
        self.addTopLevelItem(row)
        for text in metrics:  # each metric on a line of its own under its touchpoint
            child = QTreeWidgetItem([text])
            child.setData(0, ID_ROLE, item_id)
            child.setToolTip(0, text)
            row.addChild(child)
            child.setFirstColumnSpanned(True)

    def item_ids(self) -> list[str]:
        return [self.topLevelItem(i).data(0, ID_ROLE) for i in range(self.topLevelItemCount())]

    def metrics_of(self, index: int) -> list[str]:
        row = self.topLevelItem(index)
        return [row.child(i).text(0) for i in range(row.childCount())]
