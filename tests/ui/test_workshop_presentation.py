"""Presentation mode: keys with real key events, the spotlight, the timer, quick capture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QToolBar

from .conftest import center, click

K = Qt.Key


def _present(window, qtbot):  # noqa: ANN001, ANN202
    pm = window.workshop.presentation
    pm.ZOOM_MS = 60
    window.view.setFocus()
    QTest.keyClick(window.view, K.Key_F5)
    qtbot.waitUntil(lambda: pm.active and not pm.animating)
    return pm


def _view_centre(view) -> QPointF:  # noqa: ANN001
    return view.mapToScene(view.viewport().rect().center())


def _expect_on_phase(pm, index: int) -> None:  # noqa: ANN001
    view = pm.view
    target = pm.target_rect(index)
    assert target.contains(pm.phase_rect(index))
    vp = view.viewport().rect()
    expected_zoom = min(vp.width() / target.width(), vp.height() / target.height())
    assert view.zoom == pytest.approx(expected_zoom, rel=0.03)
    shown = view.mapToScene(vp).boundingRect()
    # The whole phase is on screen, and the view is centred on it unless the map's edge stops it.
    assert shown.adjusted(-2, -2, 2, 2).contains(pm.phase_rect(index))
    c = _view_centre(view)
    scene_rect = view.sceneRect()
    if shown.left() > scene_rect.left() + 2 and shown.right() < scene_rect.right() - 2:
        assert abs(c.x() - target.center().x()) < 3 / view.zoom + 1


def test_f5_enters_full_screen_hides_chrome_and_esc_restores(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    w.view.set_zoom(1.5)
    w.view.horizontalScrollBar().setValue(120)
    place = (w.view.zoom, w.view.horizontalScrollBar().value(), w.view.verticalScrollBar().value())
    visible_docks = [d for d in w.findChildren(QDockWidget) if d.isVisible()]
    assert w.menuBar().isVisible() and visible_docks
    pm = _present(w, qtbot)
    assert w.isFullScreen()
    assert not w.menuBar().isVisible() and not w.statusBar().isVisible()
    assert not any(d.isVisible() for d in w.findChildren(QDockWidget))
    assert not any(t.isVisible() for t in w.findChildren(QToolBar))
    assert w.scene.theme.projector and w.scene.style.card_font_size > 9
    assert pm.phase_index == 0
    _expect_on_phase(pm, 0)
    QTest.keyClick(w.view, K.Key_Escape)
    assert not pm.active and not w.isFullScreen()
    assert w.menuBar().isVisible() and w.statusBar().isVisible()
    assert all(d.isVisible() for d in visible_docks)
    assert not w.scene.theme.projector and w.scene.style.card_font_size == 9
    assert not w.scene.spotlight.isVisible()
    qtbot.waitUntil(lambda: w.view.viewport().width() < 1400)  # the docks are back beside the canvas
    assert (w.view.zoom, w.view.horizontalScrollBar().value(), w.view.verticalScrollBar().value()) == place


def test_arrows_home_end_step_phases_with_a_smooth_zoom(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    pm = _present(w, qtbot)
    before_zoom = w.view.zoom
    seen = []
    pm.phase_changed.connect(seen.append)
    QTest.keyClick(w.view, K.Key_Right)
    assert pm.phase_index == 1 and pm.animating  # a zoom in steps, not a jump
    qtbot.waitUntil(lambda: not pm.animating)
    _expect_on_phase(pm, 1)
    # The lane names stay on screen, pinned to the left edge, level with their lanes.
    names = pm.lane_names
    assert names.isVisible() and names.names() == ["Thinks", "Pain points", "Emotion curve"]
    assert names.geometry().width() == round(w.scene.style.lane_header_width * w.view.zoom)
    assert w.view.mapToScene(names.geometry().topRight()).x() <= pm.phase_rect(1).left() + 1
    QTest.keyClick(w.view, K.Key_End)
    qtbot.waitUntil(lambda: not pm.animating)
    assert pm.phase_index == 2
    _expect_on_phase(pm, 2)
    QTest.keyClick(w.view, K.Key_Right)  # at the end: stays
    qtbot.waitUntil(lambda: not pm.animating)
    assert pm.phase_index == 2
    QTest.keyClick(w.view, K.Key_Left)
    qtbot.waitUntil(lambda: not pm.animating)
    assert pm.phase_index == 1
    QTest.keyClick(w.view, K.Key_Home)
    qtbot.waitUntil(lambda: not pm.animating)
    assert pm.phase_index == 0
    _expect_on_phase(pm, 0)
    assert seen == [1, 2, 1, 0]
    assert not pm.lane_names.isVisible()  # phase 1 of the map: the real lane headers are beside it
    # F fits the whole map
    QTest.keyClick(w.view, K.Key_F)
    qtbot.waitUntil(lambda: not pm.animating)
    shown = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert shown.adjusted(-2, -2, 2, 2).contains(w.view.sceneRect())
    assert w.view.zoom < before_zoom
    assert w.document.undo_stack.count() == 0  # presenting edits nothing


def test_spotlight_dims_all_but_the_current_phase_and_toggles(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    pm = _present(w, qtbot)
    spot = w.scene.spotlight
    assert spot.isVisible() and spot.hole() == pm.phase_rect(0)
    QTest.keyClick(w.view, K.Key_Right)
    qtbot.waitUntil(lambda: not pm.animating)
    assert spot.hole() == pm.phase_rect(1)
    # The dimming is drawn: a pixel outside the phase is darker than the same pixel without it.
    outside = w.scene.layout.phases[0].rect
    view_pt = w.view.mapFromScene(QPointF(outside.x + outside.w - 4, outside.y + outside.h + 30))
    dimmed = w.view.viewport().grab().toImage().pixelColor(view_pt)
    QTest.keyClick(w.view, K.Key_S)
    assert not spot.isVisible() and not pm.spotlight.isChecked()
    plain = w.view.viewport().grab().toImage().pixelColor(view_pt)
    assert dimmed.lightness() < plain.lightness() - 40
    QTest.keyClick(w.view, K.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert spot.isVisible() and pm.spotlight.isChecked()


def test_quick_capture_works_while_presenting(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    pm = _present(w, qtbot)
    QTest.keyClick(w.view, K.Key_Right)
    qtbot.waitUntil(lambda: not pm.animating)
    pains = m.lanes[1].id
    site = m.phases[1].touchpoints[0].id
    before = m.snapshot()
    cell_rect = w.scene.cell_rect((pains, site))
    click(w.view, cell_rect.center())
    assert w.scene.current_cell == (pains, site)
    QTest.keyClicks(w.view, "Fine print")  # 'F' types here: a cell is chosen
    editor = w.view.editing.editor
    assert editor is not None
    QTest.keyClick(editor, K.Key_Return)
    assert [c.text for c in m.cell_cards(pains, site)] == ["Fine print"]
    assert pm.active and w.isFullScreen()
    # Esc clears the chosen cell first, then leaves.
    QTest.keyClick(w.view, K.Key_Escape)
    assert pm.active and w.scene.current_cell is None
    w.document.undo_stack.undo()
    assert m.snapshot() == before
    w.document.undo_stack.redo()
    assert [c.text for c in m.cell_cards(pains, site)] == ["Fine print"]
    QTest.keyClick(w.view, K.Key_Escape)
    assert not pm.active


def test_timer_counts_down_and_signals_at_zero(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    ws = w.workshop
    ws.timer.set_tick_ms(5)  # a "second" every 5 ms
    seen: list[int] = []
    ws.timer.changed.connect(seen.append)
    _present(w, qtbot)
    with qtbot.waitSignal(ws.timer.finished, timeout=5000):
        ws.timer.start(0.5)  # 30 seconds
        assert ws.timer_overlay.isVisible() and ws.timer_overlay.text().endswith("0:30")
    assert seen[0] == 30 and seen[-1] == 0 and seen == sorted(seen, reverse=True)
    assert len(seen) == 31
    overlay = ws.timer_overlay
    assert overlay.isVisible() and overlay.signalled and overlay.text() == "Time is up"
    assert overlay.geometry().right() <= w.width()


def test_timer_dialog_starts_the_timer(make_window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    from cxdesigner.ui.workshop.timer import TimerDialog

    def accept(dialog) -> int:  # noqa: ANN001
        dialog.minutes.setValue(3)
        return 1

    monkeypatch.setattr(TimerDialog, "exec", accept)
    w.workshop.start_timer.trigger()
    assert w.workshop.timer.running and w.workshop.timer.remaining == 180
    w.workshop.stop_timer.trigger()
    assert not w.workshop.timer.running and not w.workshop.timer_overlay.isVisible()


def test_presenting_starts_at_the_selected_items_phase(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    card = next(c for c in w.document.map.cards.values() if c.text == "third thought")
    click(w.view, center(w.scene.layout.cards[card.id].rect))
    pm = _present(w, qtbot)
    assert pm.phase_index == 1


def test_the_phase_is_fitted_again_when_the_canvas_changes_size(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    pm = _present(w, qtbot)
    QTest.keyClick(w.view, K.Key_Right)
    qtbot.waitUntil(lambda: not pm.animating)
    width = w.view.viewport().width()
    w.inspector_dock.show()  # the canvas gets narrower
    qtbot.waitUntil(lambda: w.view.viewport().width() < width)
    qtbot.waitUntil(
        lambda: (
            w.view.mapToScene(w.view.viewport().rect()).boundingRect().adjusted(-2, -2, 2, 2).contains(pm.phase_rect(1))
        )
    )
    _expect_on_phase(pm, 1)
