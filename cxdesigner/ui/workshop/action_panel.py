"""The Action Plan panel: the PDF's action-plan rows (:func:`cxdesigner.analysis.actions.plan_actions`)
for the map on screen, with owner, priority and status editable in place.

Activating a row (double-click on its text, or Enter) emits ``card_chosen`` with the card's id so
the canvas selects it and scrolls to it. Each edit is one undo step through the document, with
the inspector's command and undo name; the rows follow the map shortly after it changes, while
the panel is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.actions import Action, plan_actions
from ...commands import edits
from ...layout.follow_up import DONE_MARK
from ...model.vocabulary import Priority, Status
from ..vocabulary_names import priority_name, status_name
from .refresh_when_shown import RefreshWhenShown

ID_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
DONE, TEXT, WHERE, ADDRESSES, OWNER, PRIORITY, STATUS = range(7)
# column → (card field, undo name): the inspector's names, so the Edit menu reads the same
EDITABLE = {OWNER: ("owner", "Set owner"), PRIORITY: ("priority", "Set priority"), STATUS: ("status", "Set status")}
CHOICES = {PRIORITY: [None, *Priority], STATUS: [None, *Status]}


def _value_name(column: int, value: Any) -> str:
    if value is None:
        return "—"
    return priority_name(value) if column == PRIORITY else status_name(value)


class ChoiceBox(QComboBox):
    """A list that says when its pop-up closes: a pick with the mouse ends the edit, while the
    arrow keys only move through the choices until Enter (``activated`` fires for both)."""

    popup_closed = Signal()
    _open = False

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self._open = True
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802 - Qt override
        super().hidePopup()
        if not self._open:
            return  # hidden with the editor, never shown: nothing was picked
        self._open = False
        # The pick becomes the current item after the pop-up hides; gone with the box if it goes first.
        QTimer.singleShot(0, self, self.popup_closed.emit)


class FollowUpDelegate(QStyledItemDelegate):
    """Owner as a line edit, priority and status as a list; the edit goes to the document, never
    into the table (which shows the model again when it refreshes)."""

    def __init__(self, panel: ActionPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() == OWNER:
            line = QLineEdit(parent)
            line.setAccessibleName(self.panel.titles[OWNER])
            return line
        combo = ChoiceBox(parent)
        combo.setAccessibleName(self.panel.titles[index.column()])
        for value in CHOICES[index.column()]:
            combo.addItem(self.panel.none if value is None else _value_name(index.column(), value), value)

        def chosen() -> None:  # a click in the list is a choice: no Enter needed
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

        combo.popup_closed.connect(chosen)
        return combo

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter ends the edit here: passed on, it would reach the table as "activate the row"
        # and jump to the canvas in the middle of working through the list.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QLineEdit):
            editor.setText(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, CHOICES[index.column()].index(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        card_id = index.sibling(index.row(), 0).data(ID_ROLE)
        value = editor.text() if isinstance(editor, QLineEdit) else editor.currentData()
        self.panel.set_field(card_id, index.column(), value)


class ActionPanel(QWidget):
    card_chosen = Signal(str)
    DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlan")
        self.document = None
        self.updates = RefreshWhenShown(self, self.refresh, self.DELAY_MS)
        self.summary = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("actionPlanTable")
        self.table.setAccessibleName(self.tr("Action plan"))
        self.titles = ["", self.tr("Action"), self.tr("Where"), self.tr("Addresses"), self.tr("Owner"),
                       self.tr("Priority"), self.tr("Status")]
        self.none = self.tr("None")  # the choice that clears a priority or status
        self.table.setHorizontalHeaderLabels(self.titles)
        self.table.horizontalHeaderItem(DONE).setToolTip(self.tr("Done"))
        self.table.verticalHeader().hide()
        # One line a row: the full texts are in the tooltips, the map is a double-click away.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.table.setItemDelegate(FollowUpDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)  # what will be done reads first
        for column in (DONE, PRIORITY, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, ems in ((WHERE, 17), (ADDRESSES, 22), (OWNER, 9)):  # the bottom dock has the width
            self.table.setColumnWidth(column, max(ems * em, header.sectionSizeFromContents(column).width()))
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("No improvements yet, and no cards with an owner, priority or status to plan."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(8)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.summary)
        box.addWidget(self.stack)

    # -- following the map ------------------------------------------------------------------------
    def attach(self, document) -> None:  # noqa: ANN001 - the ui Document
        self.document = document
        self.updates.now_or_when_shown()

    def schedule(self) -> None:
        self.updates.schedule()

    def refresh(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.updates.timer.start()  # rebuilding the rows would throw away what is being typed
            return
        self.updates.done()
        current = self.table.currentIndex()
        keep = (self.card_id(current.row()) if current.isValid() else None, max(current.column(), 0))
        actions = plan_actions(self.document.map, None) if self.document is not None else []
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            self._fill(row, action)
        # Owners are names, worth reading whole: grow the column for them (never shrink what the
        # user widened), up to a cap that leaves the action text room.
        owner = min(self.table.sizeHintForColumn(OWNER), 12 * self.fontMetrics().horizontalAdvance("M"))
        if owner > self.table.columnWidth(OWNER):
            self.table.setColumnWidth(OWNER, owner)
        done = sum(a.done for a in actions)
        summary = self.tr("Actions: %1 · done: %2")
        self.summary.setText(summary.replace("%1", str(len(actions))).replace("%2", str(done)))
        self.stack.setCurrentWidget(self.table if actions else self.empty)
        self.summary.setVisible(bool(actions))  # "0 · 0" above the explanation says nothing more
        ids = [a.card.id for a in actions]
        if keep[0] in ids:
            self.table.setCurrentCell(ids.index(keep[0]), keep[1])

    def _fill(self, row: int, action: Action) -> None:
        card = action.card
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        cells = [
            (DONE_MARK.strip() if action.done else "", None),
            (card.text.strip() or "—", None),
            (action.where, None),
            ("; ".join(action.addresses) or "—", None),
            (card.owner.strip(), card.owner),
            (_value_name(PRIORITY, card.priority), card.priority),
            (_value_name(STATUS, card.status), card.status),
        ]
        for column, (text, value) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(VALUE_ROLE, value)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column in EDITABLE:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            if column in (TEXT, WHERE, ADDRESSES, OWNER) and text:
                item.setToolTip(text)
            if action.done or column == WHERE:
                item.setForeground(muted)  # finished work steps back, as on paper
            if column == PRIORITY and card.priority is Priority.HIGH and not action.done:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if column == DONE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self.tr("Done") if action.done else self.tr("Open"))
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(ID_ROLE, card.id)

    # -- reading and editing ----------------------------------------------------------------------
    def card_id(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return item.data(ID_ROLE) if item is not None else None

    def rows(self) -> list[tuple[str, ...]]:
        """What each row shows, in order (for tests and for reading the panel back)."""
        t = self.table
        return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]

    def set_field(self, card_id: str | None, column: int, value: Any) -> bool:
        """Set the owner, priority or status of ``card_id`` as one undo step (nothing if unchanged)."""
        doc = self.document
        if doc is None or card_id not in doc.map.cards or column not in EDITABLE:
            return False
        field, undo_name = EDITABLE[column]
        if getattr(doc.map.cards[card_id], field) == value:
            return False
        return doc.edit(edits.set_fields, "card", card_id, undo_name, **{field: value})

    def _activated(self, index: QModelIndex) -> None:
        card_id = self.card_id(index.row())
        if card_id is not None:
            self.card_chosen.emit(card_id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        card_id = self.card_id(index.row()) if index.isValid() else None
        if card_id is None:
            return
        menu = QMenu(self)
        for column, title in ((PRIORITY, self.tr("&Priority")), (STATUS, self.tr("&Status"))):
            sub = menu.addMenu(title)
            current = self.table.item(index.row(), column).data(VALUE_ROLE)
            for value in CHOICES[column]:
                action = sub.addAction(self.none if value is None else _value_name(column, value))
                action.setCheckable(True)
                action.setChecked(value == current)
                action.triggered.connect(lambda _=False, c=column, v=value: self.set_field(card_id, c, v))
        menu.addSeparator()
        menu.addAction(self.tr("Show on the &Map"), lambda: self.card_chosen.emit(card_id))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
