"""A phase's empty "whole phase" strip takes cards: dropped from the palette, dragged from the
map, or added from the keyboard. Its zone at the top of the lane band shows while dragging."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtTest import QTest

from cxdesigner.ui.canvas.navigation import neighbour_cell
from cxdesigner.ui.canvas.phase_strip import ZONE
from cxdesigner.ui.panels.palette import palette_mime

from .conftest import center, click, drop_from_palette, vp


def _places(window):  # noqa: ANN001, ANN202
    """The pain-points lane, the phase "Search" (touchpoints Site and Call) and its band."""
    m, layout = window.document.map, window.scene.layout
    pains = m.lanes[1].id
    search = m.phases[1]
    band = next(lane.band for lane in layout.lanes if lane.id == pains)
    phase_rect = next(p.rect for p in layout.phases if p.id == search.id)
    return pains, search, band, phase_rect


def test_palette_card_dropped_on_an_empty_phase_strip_belongs_to_the_phase(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, stack = w.document.map, w.scene, w.document.undo_stack
    before = m.snapshot()
    pains, search, band, phase_rect = _places(w)
    assert scene.layout.cells[(pains, search.id)].rect.h == 0  # empty: no room in the layout
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), QPointF(phase_rect.x + 40, band.y + 4))
    editor = w.view.editing.editor
    QTest.keyClicks(editor, "Nobody answers in this whole phase")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    def check() -> None:
        (card_id,) = m.cells[(pains, search.id)]
        card = m.cards[card_id]
        assert (card.lane_id, card.anchor_id) == (pains, search.id)
        assert card.text == "Nobody answers in this whole phase"
        m.check_invariants()

    check()
    assert stack.count() == 1 and stack.text(0) == "Add card"
    scene.flush()
    (card_id,) = m.cells[(pains, search.id)]
    box = scene.layout.cards[card_id].rect
    assert box.w > phase_rect.w * 0.9  # drawn across the phase, not in one touchpoint's column
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    check()


def test_the_drop_indicator_names_the_empty_strip_and_shows_on_screen(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    view, scene = w.view, w.scene
    pains, search, band, phase_rect = _places(w)
    mime = palette_mime("card:thinks")
    pos = vp(view, QPointF(phase_rect.x + phase_rect.w / 2, band.y + 5))
    buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    QCoreApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, action, mime, buttons, mods))
    move = QDragMoveEvent(pos, action, mime, buttons, mods)
    QCoreApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    indicator = scene.drop_indicator
    assert indicator.isVisible() and indicator.label == "Whole phase: Search"
    rect = indicator.boundingRect()
    assert phase_rect.x <= rect.left() and rect.right() <= phase_rect.right  # within the phase
    assert band.y - 2 <= rect.top() and rect.bottom() <= band.y + ZONE + 2  # at the band's top
    image = view.viewport().grab().toImage()
    image.save(str(tmp_path / "strip_indicator.png"))
    # The zone is drawn: its outline is the indicator's orange, where the band is plain pink.
    edge = view.mapFromScene(QPointF(phase_rect.x + phase_rect.w / 2, rect.top() + 2))
    inside = QColor(image.pixel(edge))
    plain = QColor(image.pixel(view.mapFromScene(QPointF(phase_rect.x + phase_rect.w / 2, band.y + 30))))
    assert inside.red() > 180 and inside.green() < 150 and inside.blue() < 120, inside.name()
    assert plain.name() != inside.name()
    QCoreApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert not indicator.isVisible()
    assert w.document.undo_stack.count() == 0


def test_dragging_a_card_onto_the_empty_strip_is_one_move(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    before = m.snapshot()
    pains, search, band, phase_rect = _places(w)
    card_id = m.cells[(pains, m.touchpoints()[1].id)][0]  # "it hurts", at Friend
    viewport = view.viewport()
    start = vp(view, center(scene.layout.cards[card_id].rect))
    end = view.mapFromScene(QPointF(phase_rect.x + phase_rect.w - 30, band.y + 3))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        p = start + (end - start) * (i / 6)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    assert scene.drop_indicator.isVisible() and scene.drop_indicator.label == "Whole phase: Search"
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

    def check() -> None:
        assert m.cards[card_id].cell == (pains, search.id)
        m.check_invariants()

    check()
    assert stack.count() == 1 and stack.text(0) == "Move card"
    assert not scene.drop_indicator.isVisible()
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    check()


def test_just_below_the_zone_a_card_goes_to_the_touchpoint(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    pains, search, band, phase_rect = _places(w)
    site = search.touchpoints[0].id
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), QPointF(phase_rect.x + 40, band.y + ZONE + 3))
    (card_id,) = m.cells[(pains, site)]
    assert m.cards[card_id].anchor_id == site and not m.cells.get((pains, search.id))
    QTest.keyClick(w.view.editing.editor, Qt.Key.Key_Escape)
    assert card_id not in m.cards and w.document.undo_stack.count() == 0


def test_no_strip_zone_in_a_phase_without_touchpoints_or_the_emotion_curve(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, layout = w.document.map, w.scene.layout
    pains, *_ = _places(w)
    use = m.phases[2]
    band = next(lane.band for lane in layout.lanes if lane.id == pains)
    use_rect = next(p.rect for p in layout.phases if p.id == use.id)
    # "Use" has no touchpoints: its one cell is the phase's, as before.
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), QPointF(use_rect.x + 30, band.y + 3))
    assert [m.cards[c].anchor_id for c in m.cells[(pains, use.id)]] == [use.id]
    QTest.keyClick(w.view.editing.editor, Qt.Key.Key_Escape)
    curve = layout.curves[0].band
    on_curve = QPointF(layout.phases[1].rect.x + 30, curve.y + 3)
    assert not drop_from_palette(w.view, palette_mime("card:thinks"), on_curve)


def test_arrow_keys_reach_the_strip_and_ctrl_return_add_a_phase_card(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view, stack = w.document.map, w.scene, w.view, w.document.undo_stack
    before = m.snapshot()
    pains, search, band, phase_rect = _places(w)
    site = search.touchpoints[0].id
    click(view, center(scene.layout.cells[(pains, site)].rect))
    assert scene.current_cell == (pains, site)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert scene.current_cell == (pains, search.id)
    frame = scene.cell_frame
    assert frame.isVisible() and frame.label == "Whole phase: Search"
    assert frame.boundingRect().top() < band.y + ZONE and frame.boundingRect().width() > phase_rect.w * 0.9
    view.viewport().grab().save(str(tmp_path / "strip_frame.png"))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = view.editing.editor
    QTest.keyClicks(editor, "Too many steps")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    (card_id,) = m.cells[(pains, search.id)]
    assert m.cards[card_id].text == "Too many steps" and m.cards[card_id].anchor_id == search.id
    assert stack.count() == 1
    # Down leaves the strip for the phase's first touchpoint cell below it.
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert scene.current_cell == (pains, site)
    stack.undo()
    assert m.snapshot() == before


def test_strip_navigation_in_every_direction(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    thinks, pains = m.lanes[0].id, m.lanes[1].id
    aware, search, use = m.phases
    friend, (site, call) = aware.touchpoints[1].id, (t.id for t in search.touchpoints)
    up, down, left, right = Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right
    strip = (pains, search.id)
    assert neighbour_cell(scene, (pains, site), up) == strip
    assert neighbour_cell(scene, strip, up) == (thinks, site)  # the cell just above the strip
    assert neighbour_cell(scene, (thinks, site), up) == (thinks, search.id)
    assert neighbour_cell(scene, (thinks, search.id), up) is None  # the top lane's strip is the edge
    assert neighbour_cell(scene, strip, down) == (pains, site)
    assert neighbour_cell(scene, strip, left) == (pains, friend)
    assert neighbour_cell(scene, strip, right) == (pains, use.id)
    # Only the phase's first column stops at the strip; walking down never does.
    assert neighbour_cell(scene, (pains, call), up) == (thinks, call)
    assert neighbour_cell(scene, (thinks, site), down) == (pains, site)
    # A phase without touchpoints has no strip: its one cell is the phase's.
    assert neighbour_cell(scene, (pains, use.id), up) == (thinks, use.id)
