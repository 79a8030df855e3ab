"""Starting the app, the view's zoom, the inspector and the first-window drawing."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from cxdesigner.templates import load_template
from cxdesigner.ui.app import open_window
from cxdesigner.ui.canvas.items import CardItem

from .conftest import center, click


def test_run_app_quits_after_a_while(tmp_path) -> None:  # noqa: ANN001
    code = "from cxdesigner.ui.app import run_app; raise SystemExit(run_app(None, quit_after=0.3))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_run_app_with_a_bad_file_does_not_hang_or_trace(tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.cxmap"
    bad.write_text("{not json", encoding="utf-8")
    code = f"from cxdesigner.ui.app import run_app; raise SystemExit(run_app({str(bad)!r}, quit_after=0.5))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_open_window_with_a_bad_file_shows_a_dialog_and_the_example(qtbot, tmp_path, no_modal_dialogs, settings) -> None:  # noqa: ANN001,E501
    bad = tmp_path / "bad.cxmap"
    bad.write_bytes(b"")
    window = open_window(bad, settings)
    qtbot.addWidget(window)
    assert no_modal_dialogs == ["Cannot open the map"]
    assert window.document.path is None and window.document.map.cards


def test_window_draws_every_card_and_header_of_the_finnish_template(make_window) -> None:  # noqa: ANN001
    m = load_template("palvelupolku-fi")
    w = make_window(m)
    scene = w.scene
    assert set(scene.cards) == set(m.cards)
    assert all(isinstance(i, CardItem) for i in scene.cards.values())
    assert {k for k, _ in scene.headers} == {"phase", "touchpoint", "lane"}
    assert len(scene.headers) == len(m.phases) + len(m.touchpoints()) + len([ln for ln in m.lanes if not ln.hidden])
    for card_id, item in scene.cards.items():
        box = scene.layout.cards[card_id]
        assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)
        assert item.box.text.lines == box.text.lines  # drawn as the layout wrapped it
    assert "Palvelupolku" in w.windowTitle() or "Untitled" in w.windowTitle()
    image = w.view.grab().toImage()
    assert not image.isNull()


def test_zoom_actions_and_ctrl_wheel(make_window) -> None:  # noqa: ANN001
    w = make_window()
    view = w.view
    view.zoom_100()
    w.actions_.zoom_in.trigger()
    assert view.zoom > 1.0
    w.actions_.zoom_100.trigger()
    assert view.zoom == 1.0
    w.actions_.fit_map.trigger()
    assert view.zoom < 1.0
    assert "%" in w.zoom_label.text()
    assert w.actions_.zoom_in.shortcuts()[0] == QKeySequence(QKeySequence.StandardKey.ZoomIn)


def test_hidden_lane_and_lane_from_context_menu(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    lane = m.lanes[1].id
    menu = w.build_context_menu("lane", lane)
    hide = next(a for a in menu.actions() if a.text() == "Hide Lane")
    hide.trigger()
    assert m.lane(lane).hidden
    w.scene.flush()
    assert ("lane", lane) not in w.scene.headers
    menu = w.build_context_menu("", "")
    show = next(a for a in menu.actions() if a.menu() and a.text() == "Show Hidden Lane")
    show.menu().actions()[0].trigger()
    assert not m.lane(lane).hidden


def test_inspector_edits_the_selected_touchpoint(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    tp = m.touchpoints()[2]
    click(w.view, center(w.scene.layout.touchpoints[2].rect))
    assert w.inspector.kind == "touchpoint"
    w.inspector.tp_truth.click()
    assert m.touchpoint(tp.id).moment_of_truth
    w.inspector.tp_name.setFocus()
    w.inspector.tp_name.selectAll()
    QTest.keyClicks(w.inspector.tp_name, "Web shop")
    QTest.keyClick(w.inspector.tp_name, Qt.Key.Key_Return)
    assert m.touchpoint(tp.id).name == "Web shop"
    assert [w.document.undo_stack.text(i) for i in range(2)] == ["Toggle moment of truth", "Rename touchpoint"]


def test_rubber_band_selects_several_cards(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    cell = scene.layout.cells[(m.lanes[0].id, m.touchpoints()[0].id)].rect
    a = view.mapFromScene(QPointF(cell.x + 2, cell.y + 2))
    b = view.mapFromScene(QPointF(cell.right - 2, cell.bottom - 2))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(view.viewport(), (a + b) / 2)
    QTest.mouseMove(view.viewport(), b)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert set(scene.selected_ids()) == set(m.cells[(m.lanes[0].id, m.touchpoints()[0].id)])
    assert "2" in w.selection_label.text()


def test_dropping_a_map_file_on_the_canvas_opens_it(make_window, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QUrl

    from cxdesigner.storage import save_map

    from .conftest import drop_from_palette

    path = tmp_path / "dropped.cxmap"
    save_map(load_template("learning-journey-en"), path)
    w = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop_from_palette(w.view, mime, QPointF(300, 300))
    assert w.document.path == path


def test_ctrl_wheel_zooms_and_middle_drag_pans(make_window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    w = make_window(load_template("palvelupolku-fi"))
    view = w.view
    view.zoom_100()
    pos = QPointF(200, 200)
    wheel = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom > 1.1
    h = view.horizontalScrollBar()
    h.setValue(300)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
    QTest.mouseMove(vp, QPoint(350, 300))
    QTest.mouseMove(vp, QPoint(300, 300))
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 300))
    assert h.value() == 400
    assert w.document.undo_stack.count() == 0


def test_history_panel_lists_readable_steps(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    from cxdesigner.commands import edits

    w.document.edit(edits.move_cards, list(m.cards)[:2], m.lanes[1].id, m.phases[2].id, 0)
    model = w.history.model()
    texts = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert texts == ["<opened>", "Move 2 cards"]


def test_insert_phase_from_the_keyboard_opens_its_name(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    w.scene.set_current_cell((m.lanes[0].id, m.touchpoints()[0].id))
    w.actions_.add_phase.trigger()
    assert [p.name for p in m.phases] == ["Aware", "New phase", "Search", "Use"]
    editor = w.view.editing.editor
    editor.selectAll()
    QTest.keyClicks(editor, "Tarve")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert m.phases[1].name == "Tarve"


def test_user_text_is_never_rich_text(make_window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from cxdesigner.commands import edits

    w = make_window()
    m = w.document.map
    card = next(iter(m.cards))
    w.document.edit(edits.set_fields, "card", card, "Edit", text="<b>bold</b> &amp;")
    w.scene.flush()
    item = w.scene.cards[card]
    assert item.box.text.lines == ("<b>bold</b> &amp;",)
    # A file name with Qt's modified placeholder and markup shows literally.
    from pathlib import Path

    w.document.path = Path("/tmp/<b>a<b>[*].cxmap")
    w._update_title()
    QApplication.processEvents()
    assert w.windowHandle().title().startswith("<b>a<b>[*].cxmap")


def test_space_drag_pans_without_editing(make_window) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint

    w = make_window(load_template("palvelupolku-fi"))
    view, m = w.view, w.document.map
    before = m.snapshot()
    h = view.horizontalScrollBar()
    h.setValue(200)
    vp = view.viewport()
    QTest.keyPress(vp, Qt.Key.Key_Space)
    card = next(iter(w.scene.cards.values()))
    start = view.mapFromScene(card.sceneBoundingRect().center())
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, start + QPoint(-40, 0))
    QTest.mouseMove(vp, start + QPoint(-80, 0))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(-80, 0))
    QTest.keyRelease(vp, Qt.Key.Key_Space)
    assert h.value() == 280
    assert m.snapshot() == before and w.document.undo_stack.count() == 0


def test_inline_editor_follows_scrolling(make_window) -> None:  # noqa: ANN001
    w = make_window(load_template("palvelupolku-fi"))
    card = next(iter(w.document.map.cards))
    w.scene.select_ids([card])
    assert w.view.edit_selection()
    editor = w.view.editing.editor
    x = editor.pos().x()
    w.view.horizontalScrollBar().setValue(w.view.horizontalScrollBar().value() + 30)
    assert editor.pos().x() == x - 30
    QTest.keyClick(editor, Qt.Key.Key_Escape)


def test_inspector_edits_the_selected_card(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    before = m.snapshot()
    card = m.cells[(m.lanes[1].id, m.touchpoints()[1].id)][0]
    click(w.view, center(w.scene.layout.cards[card].rect))
    assert w.inspector.kind == "card"
    assert w.inspector.card_text.toPlainText() == "it hurts"
    box = w.inspector.card_detail
    box.setFocus()
    QTest.keyClicks(box, "Heard in interview 3")
    w.view.setFocus()  # leaving the box commits
    assert m.cards[card].detail == "Heard in interview 3"
    combo = w.inspector.card_priority
    combo.setCurrentIndex(combo.findData("high"))
    combo.activated.emit(combo.currentIndex())
    assert m.cards[card].priority == "high"
    assert [w.document.undo_stack.text(i) for i in range(2)] == ["Edit card detail", "Set priority"]
    w.document.undo_stack.undo()
    w.document.undo_stack.undo()
    assert m.snapshot() == before
