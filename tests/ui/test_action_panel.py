"""The Action Plan dock: opened from the Workshop menu with the keyboard, the PDF's rows in the
PDF's order, a double-click that selects and shows the card, status, owner and priority edited in
the table as one undo step each (Ctrl+Z puts the row back), rows that follow edits made elsewhere
only while shown, an empty map explained, and the Finnish words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu

from cxdesigner.commands import edits
from cxdesigner.model import JourneyMap, Priority, Status
from cxdesigner.ui.workshop.action_panel import ADDRESSES, OWNER, PRIORITY, STATUS, TEXT, WHERE

from ..export.test_pdf_actions import ORDER, plan_map
from .test_accessibility import through_menu

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def open_plan(window, qtbot, keys=(Qt.Key.Key_W, Qt.Key.Key_L)):  # noqa: ANN001, ANN201
    """Workshop ▸ Action Plan with Alt+W, L — the way a keyboard user opens it."""
    through_menu(window, *keys)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.wait(50)  # the offscreen platform reports the closed menu's activation late; then take it back
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dock, panel = window.workshop.action_plan_dock, window.workshop.action_plan
    qtbot.waitUntil(lambda: dock.isVisible() and panel.isVisible())
    return panel


def texts(panel) -> list[str]:  # noqa: ANN001
    return [row[TEXT] for row in panel.rows()]


def cell_point(panel, row: int, column: int):  # noqa: ANN001, ANN201
    table = panel.table
    table.scrollTo(table.model().index(row, column))
    return table.visualRect(table.model().index(row, column)).center()


def double_click(panel, row: int, column: int) -> None:  # noqa: ANN001
    """Press, release, then the double-click event, as a real double-click arrives."""
    point = cell_point(panel, row, column)
    QTest.mouseClick(panel.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseDClick(panel.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)


def card_id(m: JourneyMap, text: str) -> str:
    return next(c.id for c in m.cards.values() if c.text == text)


def test_rows_in_the_printed_order_and_a_double_click_shows_the_card(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    panel = open_plan(w, qtbot)
    assert texts(panel) == ORDER
    price = panel.rows()[0]
    assert price[WHERE] == "Discover · Web" and price[ADDRESSES] == "Prices are hidden in a PDF"
    assert (price[OWNER], price[PRIORITY], price[STATUS]) == ("Maria", "High", "In progress")
    assert panel.rows()[-1][0] == "✓" and all(row[0] == "" for row in panel.rows()[:-1])
    assert panel.summary.text() == "Actions: 7 · done: 1"
    # The canvas looks somewhere else, zoomed in; a double-click on the row brings the card.
    view = w.view
    view.zoom_by(3)
    view.centerOn(view.sceneRect().topLeft())
    target = card_id(w.document.map, "Loyalty app")
    rect = w.scene.cards[target].mapRectToScene(w.scene.cards[target].boundingRect())
    assert not view.mapToScene(view.viewport().rect()).boundingRect().intersects(rect)
    double_click(panel, 6, TEXT)
    assert w.scene.selected_ids("card") == [target]
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(rect)


def test_enter_on_a_row_shows_its_card(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    panel = open_plan(w, qtbot)
    QTest.mouseClick(panel.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, cell_point(panel, 2, WHERE))
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert w.scene.selected_ids("card") == [card_id(w.document.map, "Chat on the web")]


def test_status_chosen_in_the_table_is_one_undo_step(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    m, stack = w.document.map, w.document.undo_stack
    panel = open_plan(w, qtbot)
    express = card_id(m, "Express till")
    assert panel.rows()[1][STATUS] == "Planned"
    before = stack.count()
    double_click(panel, 1, STATUS)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    assert combo.currentText() == "Planned"
    QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    assert m.cards[express].status is Status.IN_PROGRESS
    assert stack.count() == before + 1 and stack.undoText() == "Set status"
    qtbot.waitUntil(lambda: panel.rows()[1][STATUS] == "In progress")
    # Ctrl+Z from the table: the window's undo, and the row follows.
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert m.cards[express].status is Status.PLANNED and stack.count() == before + 1 and stack.index() == before
    qtbot.waitUntil(lambda: panel.rows()[1][STATUS] == "Planned")
    stack.redo()
    qtbot.waitUntil(lambda: panel.rows()[1][STATUS] == "In progress")


def test_done_moves_the_row_down_and_ticks_it(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    panel = open_plan(w, qtbot)
    double_click(panel, 0, STATUS)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    QTest.keyClick(combo, Qt.Key.Key_End)  # "Done", the last choice
    QTest.keyClick(combo, Qt.Key.Key_Return)
    assert w.document.map.cards[card_id(w.document.map, "Price calculator")].status is Status.DONE
    qtbot.waitUntil(lambda: texts(panel)[-2:] == ["Price calculator", "Loyalty app"])  # high, then journey order
    assert panel.rows()[-2][0] == "✓" and panel.summary.text() == "Actions: 7 · done: 2"


def test_owner_typed_into_the_table(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    m, stack = w.document.map, w.document.undo_stack
    panel = open_plan(w, qtbot)
    before = stack.count()
    QTest.mouseClick(panel.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, cell_point(panel, 1, OWNER))
    QTest.keyClicks(panel.table, "P")  # typing starts the edit
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "ia")
    assert isinstance(editor, QLineEdit) and editor.text() == "Pia"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert m.cards[card_id(m, "Express till")].owner == "Pia"
    assert stack.count() == before + 1 and stack.undoText() == "Set owner"
    qtbot.waitUntil(lambda: panel.rows()[1][OWNER] == "Pia")
    stack.undo()
    qtbot.waitUntil(lambda: panel.rows()[1][OWNER] == "")


def test_priority_from_the_context_menu(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    m = w.document.map
    panel = open_plan(w, qtbot)
    point = cell_point(panel, 3, TEXT)  # Self-checkout, low priority

    def choose() -> None:  # the menu runs its own loop: drive it with keys once it is up
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        QTest.keyClick(menu, Qt.Key.Key_P)
        sub = QApplication.activePopupWidget()
        assert sub is not menu
        assert sub.activeAction().text() == "None"
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
            QTest.keyClick(sub, key)  # Low, Medium, High

    QTimer.singleShot(200, choose)
    viewport = panel.table.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)  # what a right-click becomes
    assert m.cards[card_id(m, "Self-checkout")].priority is Priority.HIGH
    qtbot.waitUntil(lambda: texts(panel)[:3] == ["Price calculator", "Self-checkout", "Express till"])


def test_edits_elsewhere_refresh_the_rows_only_while_shown(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(plan_map())
    m, doc = w.document.map, w.document
    panel = open_plan(w, qtbot)
    doc.edit(edits.set_fields, "card", card_id(m, "Better ad copy"), "Set priority", priority=Priority.HIGH)
    qtbot.waitUntil(lambda: texts(panel)[:3] == ["Price calculator", "Better ad copy", "Express till"])
    w.workshop.action_plan_dock.hide()
    doc.edit(edits.set_fields, "card", card_id(m, "Train the staff"), "Set owner", owner="")
    qtbot.wait(panel.DELAY_MS * 2)
    assert "Train the staff" in texts(panel)  # a hidden panel does no work
    w.workshop.action_plan_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: "Train the staff" not in texts(panel))
    assert len(texts(panel)) == 6


def test_an_empty_map_is_explained(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(JourneyMap("Empty"))
    panel = open_plan(w, qtbot)
    assert panel.stack.currentWidget() is panel.empty and panel.empty.isVisible()
    assert not panel.table.isVisible() and "no cards with an owner" in panel.empty.text()


FINNISH = {  # the panel's strings as /work/fi/action-panel.tsv gives them, until they are in the .qm
    ("WorkshopController", "Action P&lan"): "Toimenpide&suunnitelma",
    ("WorkshopController", "Action Plan"): "Toimenpidesuunnitelma",
    ("ActionPanel", "Action"): "Toimenpide",
    ("ActionPanel", "Where"): "Missä",
    ("ActionPanel", "Addresses"): "Ratkaisee",
    ("ActionPanel", "Owner"): "Vastuuhenkilö",
    ("ActionPanel", "Priority"): "Prioriteetti",
    ("ActionPanel", "Status"): "Tila",
    ("ActionPanel", "Actions: %1 · done: %2"): "Toimenpiteitä: %1 · valmiina: %2",
}


class PanelFinnish(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return FINNISH.get((context, source))  # None: not ours, the next translator answers


def test_finnish_labels(make_window, qtbot) -> None:  # noqa: ANN001
    from cxdesigner.ui.i18n_setup import install_translators

    extra = PanelFinnish()
    try:
        install_translators("fi")
        QCoreApplication.installTranslator(extra)
        w = make_window(plan_map())
        assert w.workshop.action_plan_dock.toggleViewAction().text() == "Toimenpide&suunnitelma"
        panel = open_plan(w, qtbot, (Qt.Key.Key_P, Qt.Key.Key_S))  # Työ&paja ▸ Toimenpide&suunnitelma
        assert w.workshop.action_plan_dock.windowTitle() == "Toimenpidesuunnitelma"
        table = panel.table
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers == ["", "Toimenpide", "Missä", "Ratkaisee", "Vastuuhenkilö", "Prioriteetti", "Tila"]
        first = panel.rows()[0]
        assert (first[PRIORITY], first[STATUS]) == ("Korkea", "Työn alla")  # the translated vocabulary
        assert panel.summary.text() == "Toimenpiteitä: 7 · valmiina: 1"
    finally:
        QCoreApplication.removeTranslator(extra)
        install_translators("en")
