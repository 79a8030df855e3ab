"""Dot voting with real clicks, keys, undo, the file, and the "most votes" list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cxdesigner.ui.document import Document
from cxdesigner.ui.workshop.voting import PARTICIPANT_COLOURS, most_voted

from .conftest import center, click, vp

ORANGE, SKY = PARTICIPANT_COLOURS[0][0], PARTICIPANT_COLOURS[1][0]


def _cards(w):  # noqa: ANN001, ANN202
    return {c.text: c for c in w.document.map.cards.values()}


def _click_card(w, card_id, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    w.scene.flush()
    pos = vp(w.view, center(w.scene.layout.cards[card_id].rect))
    QTest.mouseClick(w.view.viewport(), button, mods, pos)


def test_clicks_add_dots_of_the_chosen_colour_and_right_click_removes(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    first = _cards(w)["first thought"]
    before = m.snapshot()
    w.workshop.voting.toggle.trigger()
    assert w.workshop.voting.active
    _click_card(w, first.id)
    _click_card(w, first.id)
    assert m.cards[first.id].votes == {ORANGE: 2}
    w.workshop.voting.colour_menu.actions()[1].trigger()  # Sky blue
    _click_card(w, first.id)
    assert m.cards[first.id].votes == {ORANGE: 2, SKY: 1}
    _click_card(w, first.id, Qt.MouseButton.RightButton)  # removes a sky-blue dot
    assert m.cards[first.id].votes == {ORANGE: 2}
    _click_card(w, first.id, Qt.MouseButton.RightButton)  # none of this colour left: nothing
    assert m.cards[first.id].votes == {ORANGE: 2}
    w.workshop.voting.set_colour(ORANGE)
    _click_card(w, first.id, mods=Qt.KeyboardModifier.ShiftModifier)
    assert m.cards[first.id].votes == {ORANGE: 1}
    # The count is drawn on the card (the item carries it) and no text was edited.
    w.scene.flush()
    assert w.scene.cards[first.id].vote_count == 1
    assert m.cards[first.id].text == "first thought"
    stack = w.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Add vote"] * 3 + ["Remove vote"] * 2
    stack.undo()
    assert m.cards[first.id].votes == {ORANGE: 2}
    while stack.canUndo():
        stack.undo()
    assert m.snapshot() == before
    while stack.canRedo():
        stack.redo()
    assert m.cards[first.id].votes == {ORANGE: 1}


def test_clicks_do_not_vote_when_voting_is_off(make_window) -> None:  # noqa: ANN001
    w = make_window()
    first = _cards(w)["first thought"]
    _click_card(w, first.id)
    assert w.document.map.cards[first.id].votes == {}
    assert w.scene.selected_ids("card") == [first.id]


def test_plus_and_minus_keys_vote_on_the_selected_cards(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    cards = _cards(w)
    click(w.view, center(w.scene.layout.cards[cards["it hurts"].id].rect))
    w.workshop.voting.toggle.setChecked(True)
    w.view.setFocus()
    QTest.keyClicks(w.view, "++")
    assert m.cards[cards["it hurts"].id].votes == {ORANGE: 2}
    QTest.keyClick(w.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier)
    assert m.cards[cards["it hurts"].id].votes == {ORANGE: 1}
    assert w.view.editing.editor is None  # '+' did not start quick capture


def test_votes_are_saved_in_the_file(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    cards = _cards(w)
    w.workshop.voting.toggle.setChecked(True)
    for _ in range(3):
        _click_card(w, cards["third thought"].id)
    w.workshop.voting.set_colour(SKY)
    _click_card(w, cards["it hurts"].id)
    path = tmp_path / "voted.cxmap"
    w.document.save(path)
    loaded = Document.open(path).map
    assert loaded.snapshot() == w.document.map.snapshot()
    assert loaded.cards[cards["third thought"].id].votes == {ORANGE: 3}
    assert loaded.cards[cards["it hurts"].id].votes == {SKY: 1}


def test_most_votes_list_sorts_and_selects(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    cards = _cards(w)
    w.workshop.voting.toggle.setChecked(True)
    for text, n in (("first thought", 1), ("third thought", 3), ("it hurts", 1), ("second thought", 2)):
        for _ in range(n):
            _click_card(w, cards[text].id)
    panel = w.workshop.most_votes
    w.workshop.votes_dock.show()
    w.scene.flush()  # the list follows the relayout that each change schedules
    assert panel.topLevelItemCount() == 4
    order = [m.cards[c].text for c in panel.card_ids()]
    # Most first; ties (1 dot) keep the journey's order: the thinks lane comes before pain points.
    assert order == ["third thought", "second thought", "first thought", "it hurts"]
    assert [panel.topLevelItem(i).text(0) for i in range(4)] == ["3", "2", "1", "1"]
    assert [c for c, _ in most_voted(m)] == panel.card_ids()
    w.workshop.voting.toggle.setChecked(False)
    row = panel.topLevelItem(1)
    QTest.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, panel.visualItemRect(row).center()
    )
    assert w.scene.selected_ids("card") == [cards["second thought"].id]
    w.document.undo_stack.undo()  # the last dot: second thought back to one
    qtbot.waitUntil(lambda: panel.topLevelItem(1).text(0) == "1")


def test_voting_while_presenting_with_keys_for_the_colour(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    pm = w.workshop.presentation
    pm.ZOOM_MS = 0
    w.view.setFocus()
    QTest.keyClick(w.view, Qt.Key.Key_F5)
    assert pm.active and not w.menuBar().isVisible()
    QTest.keyClick(w.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    voting = w.workshop.voting
    assert voting.active and voting.badge.isVisible()
    QTest.keyClick(w.view, Qt.Key.Key_2)  # the second participant colour
    assert voting.colour == SKY and "Sky blue" in voting.badge.text()
    first = _cards(w)["first thought"]
    _click_card(w, first.id)
    assert m.cards[first.id].votes == {SKY: 1}
    assert w.view.editing.editor is None and w.document.undo_stack.count() == 1
    QTest.keyClick(w.view, Qt.Key.Key_Escape)  # clears the selection the click did not make: leaves
    assert not pm.active
    assert voting.badge.isVisible()
    qtbot.waitUntil(lambda: voting.badge.geometry().bottom() < w.statusBar().geometry().top())
