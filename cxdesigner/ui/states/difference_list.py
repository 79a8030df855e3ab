"""The difference summary of two states as a list: cards added, removed and changed, and the
emotion change per touchpoint. Choosing a row names the item's id in ``item_chosen``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ...analysis.state_diff import StateDiff
from ...model.entities import Card, JourneyMap

_ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("StateDifferences", text)


def field_names() -> dict[str, str]:
    return {
        "text": _tr("text"),
        "detail": _tr("detail"),
        "lane_id": _tr("lane"),
        "anchor_id": _tr("place"),
        "color": _tr("colour"),
        "owner": _tr("owner"),
        "priority": _tr("priority"),
        "status": _tr("status"),
        "moment_of_truth": _tr("moment of truth"),
    }


def _signed(n: int) -> str:
    return ("+" if n > 0 else "\u2212" if n < 0 else "±") + QLocale().toString(abs(n))


def _score(score: int | None) -> str:
    if score is None:
        return _tr("none")
    return "0" if score == 0 else _signed(score)


def where(m: JourneyMap, card: Card) -> str:
    """"Pain points · Checkout" for a card: its lane and its touchpoint (or phase)."""
    try:
        lane = m.lane(card.lane_id).name
    except KeyError:
        lane = "?"
    if m.has_touchpoint(card.anchor_id):
        anchor = m.touchpoint(card.anchor_id).name
    elif m.has_phase(card.anchor_id):
        anchor = m.phase(card.anchor_id).name
    else:
        anchor = "?"
    return f"{lane} · {anchor}"


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split()) or _tr("(empty card)")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DifferenceList(QTreeWidget):
    item_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("stateDifferences")
        self.setAccessibleName(_tr("Differences between the states"))
        self.setColumnCount(2)
        self.setHeaderLabels([_tr("Difference"), _tr("Where")])
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        item_id = item.data(0, _ID_ROLE)
        if item_id:
            self.item_chosen.emit(item_id)

    def show_diff(self, diff: StateDiff, before: JourneyMap, after: JourneyMap) -> None:
        self.clear()
        if diff.empty:
            QTreeWidgetItem(self, [_tr("The two states are the same."), ""])
            return
        names = field_names()
        self._group(
            _tr("Cards added (%1)"),
            [(_one_line(c.text), where(after, c), c.id) for c in diff.added],
        )
        self._group(
            _tr("Cards removed (%1)"),
            [(_one_line(c.text), where(before, c), c.id) for c in diff.removed],
        )
        self._group(
            _tr("Cards changed (%1)"),
            [
                (
                    _tr("%1 — changed: %2")
                    .replace("%1", _one_line(ch.after.text))
                    .replace("%2", ", ".join(names.get(f, f) for f in ch.fields)),
                    where(after, ch.after),
                    ch.after.id,
                )
                for ch in diff.changed
            ],
        )
        rows = []
        for e in diff.emotions:
            text = _tr("%1: %2 → %3").replace("%1", e.name).replace("%2", _score(e.before)).replace("%3", _score(e.after))
            if e.delta is not None:
                text += f" ({_signed(e.delta)})"
            rows.append((text, "", e.touchpoint_id))
        self._group(_tr("Emotion changes (%1)"), rows)
        self.expandAll()
        self.resizeColumnToContents(0)

    def _group(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self, [title.replace("%1", QLocale().toString(len(rows))), ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        for text, place, item_id in rows:
            row = QTreeWidgetItem(group, [text, place])
            row.setData(0, _ID_ROLE, item_id)
            row.setToolTip(0, text)

    def rows(self) -> list[str]:
        """Every row's text, groups and items in order (for tests and screen readers)."""
        out = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            out.append(group.text(0))
            out.extend(group.child(j).text(0) for j in range(group.childCount()))
        return out
