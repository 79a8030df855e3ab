"""The Persona dock with real keyboard and mouse input: every finished edit is one named undo
step, nothing commits per keystroke, undo shows at once, too-long text is cut with a message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.commands import edits
from cxdesigner.model import JourneyMap
from cxdesigner.model.values import MAX_TEXT_LENGTH
from cxdesigner.ui.document import Document

CTRL = Qt.KeyboardModifier.ControlModifier


def open_panel(make_window, m: JourneyMap | None = None):  # noqa: ANN001, ANN201
    window = make_window(m)
    window.persona_dock.show()
    window.persona_dock.raise_()
    QApplication.processEvents()
    assert window.persona_panel.isVisible()
    return window, window.persona_panel


def click_into(widget) -> None:  # noqa: ANN001
    QTest.mouseClick(widget.viewport() if hasattr(widget, "viewport") else widget, Qt.MouseButton.LeftButton)
    assert widget.hasFocus()


def last_undo_name(window) -> str:  # noqa: ANN001
    stack = window.document.undo_stack
    return stack.text(stack.count() - 1)


def test_typing_a_name_commits_once_on_enter_and_undo_shows_at_once(make_window) -> None:  # noqa: ANN001
    window, panel = open_panel(make_window)
    m, stack = window.document.map, window.document.undo_stack
    before = stack.count()
    click_into(panel.name)
    QTest.keyClicks(panel.name, "Aino, opiskelija")
    assert m.persona.name == "" and stack.count() == before  # not per keystroke
    QTest.keyClick(panel.name, Qt.Key.Key_Return)
    assert m.persona.name == "Aino, opiskelija"
    assert stack.count() == before + 1 and last_undo_name(window) == "Edit persona name"
    QTest.keyClick(panel.name, Qt.Key.Key_Tab)  # leaving the field unchanged adds nothing
    assert stack.count() == before + 1
    stack.undo()
    assert m.persona.name == "" and panel.name.text() == ""
    stack.redo()
    assert panel.name.text() == "Aino, opiskelija"


def test_undo_from_the_toolbar_shows_even_in_the_focused_field(make_window) -> None:  # noqa: ANN001
    window, panel = open_panel(make_window)
    click_into(panel.quote)
    QTest.keyClicks(panel.quote, "Just make it work")
    QTest.keyClick(panel.quote, Qt.Key.Key_Enter)
    assert panel.quote.hasFocus()
    window.actions_.undo.trigger()
    assert window.document.map.persona.quote == ""
    assert panel.quote.text() == ""
    QTest.keyClick(panel.quote, Qt.Key.Key_Tab)  # leaving it must not bring the quote back
    assert window.document.map.persona.quote == ""


def test_list_items_one_per_line_commit_on_ctrl_return(make_window) -> None:  # noqa: ANN001
    window, panel = open_panel(make_window)
    m, stack = window.document.map, window.document.undo_stack
    before = stack.count()
    click_into(panel.goals)
    QTest.keyClicks(panel.goals, "Find help fast")
    QTest.keyClick(panel.goals, Qt.Key.Key_Return)  # a plain Return starts the next item
    QTest.keyClick(panel.goals, Qt.Key.Key_Return)
    QTest.keyClicks(panel.goals, "  Know the price ")
    assert m.persona.goals == [] and stack.count() == before
    QTest.keyClick(panel.goals, Qt.Key.Key_Return, CTRL)
    assert m.persona.goals == ["Find help fast", "Know the price"]
    assert stack.count() == before + 1 and last_undo_name(window) == "Edit persona goals"
    assert panel.goals.hasFocus()  # Ctrl+Return saves without leaving the box
    click_into(panel.needs)
    assert panel.goals.toPlainText() == "Find help fast\nKnow the price"  # tidied once left
    QTest.keyClicks(panel.needs, "Clear prices")
    click_into(panel.frustrations)  # focus-out commits the needs
    assert m.persona.needs == ["Clear prices"] and last_undo_name(window) == "Edit persona needs"
    QTest.keyClicks(panel.frustrations, "Queues")
    QTest.keyClick(panel.frustrations, Qt.Key.Key_Tab)  # Tab leaves the box (no tab character)
    assert m.persona.frustrations == ["Queues"] and last_undo_name(window) == "Edit persona frustrations"
    assert stack.count() == before + 3
    for _ in range(3):
        stack.undo()
    assert (m.persona.goals, m.persona.needs, m.persona.frustrations) == ([], [], [])
    assert panel.goals.toPlainText() == panel.needs.toPlainText() == panel.frustrations.toPlainText() == ""


def test_description_commits_when_left(make_window) -> None:  # noqa: ANN001
    window, panel = open_panel(make_window)
    m = window.document.map
    click_into(panel.description)
    QTest.keyClicks(panel.description, "Studies part-time")
    QTest.keyClick(panel.description, Qt.Key.Key_Return)
    QTest.keyClicks(panel.description, "and works <b>full-time</b>")
    assert m.persona.description == ""
    click_into(panel.name)
    assert m.persona.description == "Studies part-time\nand works <b>full-time</b>"  # plain text, kept as typed
    assert last_undo_name(window) == "Edit persona description"


def test_the_panel_follows_edits_made_elsewhere_and_a_new_document(make_window) -> None:  # noqa: ANN001
    window, panel = open_panel(make_window)
    window.document.edit(edits.set_fields, "persona", "", "Edit persona name", name="Maija", needs=["Apua"])
    assert panel.name.text() == "Maija" and panel.needs.toPlainText() == "Apua"
    other = JourneyMap("Other")
    other.persona.name = "Leo"
    window.set_document(Document(other))
    assert panel.name.text() == "Leo" and panel.needs.toPlainText() == ""
    click_into(panel.name)
    QTest.keyClicks(panel.name, " B")
    QTest.keyClick(panel.name, Qt.Key.Key_Return)
    assert other.persona.name == "Leo B"  # the edit went to the document now shown
    assert window.document.undo_stack.count() == 1


def test_too_long_text_is_cut_with_a_message(make_window) -> None:  # noqa: ANN001
    window, panel = open_panel(make_window)
    QApplication.clipboard().setText("x" * (MAX_TEXT_LENGTH + 25))
    click_into(panel.description)
    QTest.keyClick(panel.description, Qt.Key.Key_V, CTRL)
    assert len(panel.description.toPlainText()) == MAX_TEXT_LENGTH
    assert "cut to" in window.statusBar().currentMessage()
    click_into(panel.name)
    assert len(window.document.map.persona.description) == MAX_TEXT_LENGTH


def test_the_view_menu_toggles_the_dock(make_window) -> None:  # noqa: ANN001
    window = make_window()
    toggle = window.persona_dock.toggleViewAction()
    assert toggle in window.actions_.view_menu.actions() and toggle.text() == "Pe&rsona"
    assert not window.persona_dock.isVisible()  # hidden at first: the map keeps its room
    toggle.trigger()
    assert window.persona_dock.isVisible()
    toggle.trigger()
    assert not window.persona_dock.isVisible()


def test_the_panels_widgets_have_accessible_names(make_window) -> None:  # noqa: ANN001
    from .test_accessibility import unnamed

    window, panel = open_panel(make_window)
    assert not unnamed(panel)
