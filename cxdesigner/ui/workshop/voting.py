"""Dot voting: pick a participant colour, click cards to add dots, and a "most votes" list.

With voting on, a left click on a card adds one dot of the chosen colour; a right click or a
Shift+click removes one dot of that colour. With cards selected, ``+`` adds and ``-`` removes a
dot on each; keys ``1``–``8`` pick the participant colour (also in presentation mode, where the
menus are hidden). A label in the window's bottom-left corner names the current colour. Every
click is one undo step; dots are saved in the file (``Card.votes``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from ...commands.command import Command
from ...model.entities import JourneyMap
from ...model.operations import Batch, SetFields
from ..panels.icons import swatch_icon

# Participant colours: distinct hues that stay apart for the common colour-vision deficiencies
# (Okabe–Ito), each with a name, since colour alone carries no meaning.
PARTICIPANT_COLOURS: tuple[tuple[str, str], ...] = (
    ("#e69f00", QT_TRANSLATE_NOOP("Voting", "Orange")),
    ("#56b4e9", QT_TRANSLATE_NOOP("Voting", "Sky blue")),
    ("#009e73", QT_TRANSLATE_NOOP("Voting", "Green")),
    ("#f0e442", QT_TRANSLATE_NOOP("Voting", "Yellow")),
    ("#0072b2", QT_TRANSLATE_NOOP("Voting", "Blue")),
    ("#d55e00", QT_TRANSLATE_NOOP("Voting", "Vermilion")),
    ("#cc79a7", QT_TRANSLATE_NOOP("Voting", "Purple")),
    ("#000000", QT_TRANSLATE_NOOP("Voting", "Black")),
)


def colour_name(english: str) -> str:
    return QCoreApplication.translate("Voting", english)


def vote_command(m: JourneyMap, card_ids: list[str], colour: str, delta: int) -> Command | None:
    """One undo step adding (delta > 0) or removing a dot of ``colour`` on each card; None if
    nothing would change (removing a dot the card does not have)."""
    ops = []
    for card_id in card_ids:
        votes = dict(m.cards[card_id].votes)
        dots = votes.get(colour, 0) + delta
        if dots < 0:
            continue
        if dots:
            votes[colour] = dots
        else:
            votes.pop(colour, None)
        ops.append(SetFields("card", card_id, {"votes": votes}))
    if not ops:
        return None
    name = "Add vote" if delta > 0 else "Remove vote"
    return Command(name, ops[0] if len(ops) == 1 else Batch(tuple(ops)))


def most_voted(m: JourneyMap) -> list[tuple[str, int]]:
    """(card id, dots) of every card with dots, most first; ties keep the journey's order."""
    anchors = [a for p in m.phases for a in [p.id, *(t.id for t in p.touchpoints)]]
    order = [c for lane in m.lanes for a in anchors for c in m.cells.get((lane.id, a), [])]
    rank = {c: i for i, c in enumerate(order)}
    voted = [(c.id, sum(c.votes.values())) for c in m.cards.values() if c.votes]
    return sorted(voted, key=lambda cv: (-cv[1], rank.get(cv[0], 0)))


class VotingTool(QObject):
    """Turns clicks on cards into dots while :attr:`active`. Emits ``voted`` after each change."""

    voted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.colour = PARTICIPANT_COLOURS[0][0]
        self.toggle = QAction(self.tr("Dot &Voting"), window)
        self.toggle.setCheckable(True)
        self.toggle.setShortcut("Ctrl+Shift+V")
        self.toggle.setToolTip(self.tr("Click cards to add a dot; right-click or Shift+click removes one"))
        window.addAction(self.toggle)
        self.colour_menu = QMenu(self.tr("Participant &Colour"), window)
        group = QActionGroup(self)
        for value, english in PARTICIPANT_COLOURS:
            act = self.colour_menu.addAction(swatch_icon(value), colour_name(english))
            act.setCheckable(True)
            act.setChecked(value == self.colour)
            act.setData(value)
            group.addAction(act)
            act.triggered.connect(lambda _=False, v=value: self.set_colour(v))
        self.colour_actions = group
        self._view = None
        self.badge = QLabel(window)
        self.badge.setObjectName("votingBadge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.badge.font()
        font.setPointSizeF(max(font.pointSizeF() * 1.3, 12))
        font.setBold(True)
        self.badge.setFont(font)
        self.badge.hide()
        window.installEventFilter(self)
        self.toggle.toggled.connect(lambda _on: self._show_badge())

    @property
    def active(self) -> bool:
        return self.toggle.isChecked()

    def colour_label(self) -> str:
        english = next(name for value, name in PARTICIPANT_COLOURS if value == self.colour)
        return colour_name(english)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        for act in self.colour_actions.actions():
            act.setChecked(act.data() == colour)
        self._show_badge()

    def place_badge(self) -> None:
        if self.badge.isVisible():
            self._show_badge()

    def _show_badge(self) -> None:
        badge = self.badge
        if not self.active:
            badge.hide()
            return
        badge.setText(
            self.tr("Dot voting: %1 · click adds, right-click removes · keys 1–8 change colour").replace(
                "%1", self.colour_label()
            )
        )
        badge.setStyleSheet(
            "QLabel { background: rgba(255,255,255,235); color: #1d232b; border: 2px solid #1d232b;"
            f" border-left: 18px solid {self.colour}; border-radius: 6px; padding: 4px 10px; }}"
        )
        badge.adjustSize()
        bar = self.window.statusBar()
        bottom = self.window.height() - (bar.height() if bar.isVisible() else 0) - 12
        badge.move(16, bottom - badge.height())
        badge.show()
        badge.raise_()

    def attach(self, view) -> None:  # noqa: ANN001 - a MapView
        self._view = view
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    def vote(self, card_ids: list[str], delta: int) -> bool:
        doc = self._view.map_scene.document
        command = vote_command(doc.map, card_ids, self.colour, delta)
        done = doc.push(command)
        if done:
            self.voted.emit()
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._view
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Resize:
                self._show_badge()
            return False
        if not self.active or view is None:
            return False
        if watched is view and kind == QEvent.Type.KeyPress and not view.editing.active:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            cards = view.map_scene.selected_ids("card")
            if text in ("+", "=", "-") and cards:
                self.vote(cards, -1 if text == "-" else 1)
                return True
            if len(text) == 1 and "1" <= text <= str(len(PARTICIPANT_COLOURS)):
                self.set_colour(PARTICIPANT_COLOURS[int(text) - 1][0])
                return True
            return False
        if watched is not view.viewport():
            return False
        if kind == QEvent.Type.ContextMenu:
            return view._item_at(event.pos()) is not None  # a right click on a card removes a dot
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            item = view._item_at(event.position().toPoint())
            if item is None or item.kind != "card":
                return False
            button = event.button()
            if button == Qt.MouseButton.RightButton or (
                button == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.vote([item.item_id], -1)
            elif button == Qt.MouseButton.LeftButton:
                self.vote([item.item_id], 1)
            else:
                return False
            return True
        return False


class MostVotesPanel(QTreeWidget):
    """Cards with dots, most first. Activating a row selects the card and scrolls to it."""

    card_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mostVotes")
        self.setRootIsDecorated(False)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Dots"), self.tr("Card"), self.tr("Where")])
        self.itemClicked.connect(lambda item, _c: self.card_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.itemActivated.connect(lambda item, _c: self.card_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))

    def refresh(self, m: JourneyMap) -> None:
        self.clear()
        for card_id, dots in most_voted(m):
            card = m.cards[card_id]
            where = m.lane(card.lane_id).name
            if m.has_touchpoint(card.anchor_id):
                where += " · " + m.touchpoint(card.anchor_id).name
            elif m.has_phase(card.anchor_id):
                where += " · " + m.phase(card.anchor_id).name
            row = QTreeWidgetItem([str(dots), " ".join(card.text.split()), where])
            row.setData(0, Qt.ItemDataRole.UserRole, card_id)
            row.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(row)
        self.resizeColumnToContents(0)

    def card_ids(self) -> list[str]:
        return [self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.topLevelItemCount())]
