"""The round handle of the selected card: a plain drag from it links two cards (no Alt needed,
which some desktops take for moving windows). Real mouse events throughout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from cxdesigner.model import LinkKind
from cxdesigner.ui.canvas.link_handle import OFFSET, RADIUS

from .conftest import click, drag
from .test_link_drag import card, card_center, link_map


def _handle_point(w) -> QPoint:  # noqa: ANN001
    """The handle's centre in the viewport (it is drawn just right of the card's edge)."""
    return w.view.mapFromScene(w.view.link_handle.handle.scenePos()) + QPoint(round(OFFSET), 0)


def _drag_handle(w, end: QPointF, steps: int = 6) -> None:  # noqa: ANN001
    viewport = w.view.viewport()
    a, b = _handle_point(w), w.view.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_the_handle_sits_on_the_right_edge_of_the_one_selected_card(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    handle = w.view.link_handle.handle
    assert not handle.isVisible()
    early, late = card(m, "early thought"), card(m, "late thought")
    click(w.view, card_center(w, early))
    assert handle.isVisible() and handle.card is w.scene.cards[early]
    rect = w.scene.layout.cards[early].rect
    assert abs(handle.scenePos().x() - rect.right) < 0.5 and abs(handle.scenePos().y() - (rect.y + rect.h / 2)) < 0.5
    assert w.view.itemAt(_handle_point(w)) is handle  # a press there reaches it
    card_item = w.scene.cards[early]
    assert not card_item.sceneBoundingRect().contains(w.view.mapToScene(_handle_point(w)))  # beside the text
    click(w.view, card_center(w, late), Qt.KeyboardModifier.ControlModifier)  # two cards: whose handle?
    assert len(w.scene.selectedItems()) == 2 and not handle.isVisible()
    QTest.keyClick(w.view, Qt.Key.Key_Escape)  # nothing selected
    assert not handle.isVisible()


def test_dragging_the_handle_onto_a_card_links_them_in_one_undo_step(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    before = m.snapshot()
    pain, fix = card(m, "the form loses my data"), card(m, "save drafts")
    click(w.view, card_center(w, pain))
    places = {cid: w.scene.layout.cards[cid].rect for cid in m.cards}
    _drag_handle(w, card_center(w, fix))
    assert m.links == {(fix, pain): LinkKind.ADDRESSES}  # the method's direction, whichever end was dragged
    assert {cid: w.scene.layout.cards[cid].rect for cid in m.cards} == places  # no card moved
    # The card it started from is selected again, with its handle: the next link is one drag away.
    assert w.scene.selectedItems() == [w.scene.cards[pain]]
    assert w.view.link_handle.handle.isVisible() and w.view.link_handle.handle.card is w.scene.cards[pain]
    w.document.undo_stack.undo()
    assert m.snapshot() == before
    w.document.undo_stack.redo()
    assert m.links == {(fix, pain): LinkKind.ADDRESSES}


def test_a_handle_drag_into_empty_canvas_or_a_click_on_it_links_nothing(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early = card(m, "early thought")
    click(w.view, card_center(w, early))
    steps = w.document.undo_stack.count()
    _drag_handle(w, QPointF(5, 5))
    point = _handle_point(w)
    QTest.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert m.links == {} and w.document.undo_stack.count() == steps
    assert w.scene.selectedItems() == [w.scene.cards[early]]


def test_the_handle_hides_while_a_card_is_dragged_and_follows_it_after(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early, late = card(m, "early thought"), card(m, "late thought")
    handle = w.view.link_handle.handle
    click(w.view, card_center(w, early))
    viewport = w.view.viewport()
    a = w.view.mapFromScene(card_center(w, early))
    b = w.view.mapFromScene(card_center(w, late))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(viewport, a + QPoint(20, 0))
    QTest.mouseMove(viewport, b)
    assert not handle.isVisible()  # it would be left behind at the old place
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    w.scene.flush()
    moved = m.cards[early]
    assert moved.anchor_id == m.cards[late].anchor_id  # the card went to the other column
    assert handle.isVisible() and handle.card is w.scene.cards[early]
    rect = w.scene.layout.cards[early].rect
    assert abs(handle.scenePos().x() - rect.right) < 0.5


def test_the_handle_keeps_its_size_on_screen_and_is_gone_while_presenting(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    click(w.view, card_center(w, card(w.document.map, "early thought")))
    handle = w.view.link_handle.handle
    sizes = []
    for zoom in (0.5, 2.0):
        w.view.set_zoom(zoom)
        on_screen = handle.deviceTransform(w.view.viewportTransform()).mapRect(handle.boundingRect())
        sizes.append(on_screen.width())
    assert abs(sizes[0] - sizes[1]) <= 2 and sizes[0] >= 2 * RADIUS
    w.scene.set_projector(True)
    assert not handle.isVisible()
    w.scene.set_projector(False)
    assert handle.isVisible()


def test_the_handle_says_what_it_does(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window(link_map())
    click(w.view, card_center(w, card(w.document.map, "early thought")))
    viewport = w.view.viewport()
    pos = _handle_point(w)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Drag to another card to link them"
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_alt_drag_still_links(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early, late = card(m, "early thought"), card(m, "late thought")
    drag(w.view, card_center(w, early), card_center(w, late), modifiers=Qt.KeyboardModifier.AltModifier)
    assert m.links == {(early, late): LinkKind.FLOW}


def _close_menu_when_open() -> None:
    """The window's context menu waits for a choice: close it as soon as it is up."""

    def close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            popup.close()
        else:
            QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)


def test_a_double_click_or_right_click_on_the_handle_is_about_its_card(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early = card(m, "early thought")
    click(w.view, card_center(w, early))
    menus = []
    w.view.context_menu_requested.connect(lambda kind, item_id, _pos: menus.append((kind, item_id)))
    point = _handle_point(w)
    _close_menu_when_open()
    QApplication.sendEvent(
        w.view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, w.view.viewport().mapToGlobal(point)),
    )
    assert menus == [("card", early)]
    cards = len(m.cards)
    QTest.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert w.view.editing.active and len(m.cards) == cards  # its card's text is edited, no new card
    QTest.keyClick(w.view.editing.editor, Qt.Key.Key_Escape)


def test_several_links_from_one_card_in_a_row(make_window) -> None:  # noqa: ANN001
    w = make_window(link_map())
    m = w.document.map
    early, late, pain = card(m, "early thought"), card(m, "late thought"), card(m, "the form loses my data")
    click(w.view, card_center(w, early))
    _drag_handle(w, card_center(w, late))
    _drag_handle(w, card_center(w, pain))  # no click in between
    assert m.links == {(early, late): LinkKind.FLOW, (early, pain): LinkKind.FLOW}
    w.document.undo_stack.undo()
    assert m.links == {(early, late): LinkKind.FLOW}
