"""The moments-of-truth overview and the analysis panel: contents, updates, select and scroll."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cxdesigner.analysis import analyze
from cxdesigner.commands import edits

from .conftest import center, click


def _click_row(tree, row) -> None:  # noqa: ANN001
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tree.visualItemRect(row).center()
    )


def _visible(view, rect) -> bool:  # noqa: ANN001
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.intersects(rect)


def test_moments_panel_lists_flagged_touchpoints_and_cards_with_metrics(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, doc = w.document.map, w.document
    panel = w.workshop.moments
    w.workshop.moments_dock.show()
    assert panel.item_ids() == []
    site = m.phases[1].touchpoints[0]
    # Flag a touchpoint with the window's own action (Ctrl+T) on a clicked header.
    click(w.view, center(w.scene.layout.touchpoints[2].rect))
    QTest.keyClick(w.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert site.moment_of_truth
    qtbot.waitUntil(lambda: panel.item_ids() == [site.id])
    assert panel.metrics_of(0) == ["No metric yet."]
    doc.edit(edits.set_fields, "touchpoint", site.id, "Set NPS answers", nps=(0,) * 6 + (1, 0, 1, 1, 1))
    qtbot.waitUntil(lambda: panel.metrics_of(0)[0].startswith("NPS +25"))
    assert "n 4" in panel.metrics_of(0)[0] and len(panel.metrics_of(0)) == 1
    # A card flagged through the inspector's check box (a real click).
    card = next(c for c in m.cards.values() if c.text == "it hurts")
    click(w.view, center(w.scene.layout.cards[card.id].rect))
    box = w.inspector.card_truth
    w.inspector_dock.show()
    qtbot.waitUntil(box.isVisible)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, box.height() // 2))
    assert m.cards[card.id].moment_of_truth
    qtbot.waitUntil(lambda: panel.item_ids() == [site.id, card.id])
    assert "Card" in panel.topLevelItem(1).text(0) and "★" in panel.topLevelItem(1).text(0)
    # Undo: the card leaves the list again.
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.item_ids() == [site.id])
    # A row selects its item and scrolls the canvas to it.
    w.view.horizontalScrollBar().setValue(w.view.horizontalScrollBar().maximum())
    w.view.zoom_by(3)
    w.view.centerOn(w.view.sceneRect().bottomRight())
    _click_row(panel, panel.topLevelItem(0))
    assert w.scene.selected_ids("touchpoint") == [site.id]
    header = w.scene.headers[("touchpoint", site.id)]
    assert _visible(w.view, header.mapRectToScene(header.boundingRect()))


def test_card_moment_of_truth_is_undoable_and_drawn(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    before = m.snapshot()
    card = next(c for c in m.cards.values() if c.text == "first thought")
    click(w.view, center(w.scene.layout.cards[card.id].rect))
    w.workshop.card_moment.trigger()
    assert m.cards[card.id].moment_of_truth
    w.scene.flush()
    assert w.scene.cards[card.id].moment_of_truth
    w.document.undo_stack.undo()
    assert m.snapshot() == before
    w.document.undo_stack.redo()
    assert m.cards[card.id].moment_of_truth


def test_analysis_panel_rows_select_and_scroll_to_their_item(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    panel = w.workshop.analysis
    w.workshop.analysis_dock.show()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    expected = [(f.kind, f.item_id) for f in analyze(m)]
    assert panel.rows() == expected
    kinds = {k for k, _ in expected}
    assert {"unaddressed_pain_point", "empty_lanes", "channel_switch"} <= kinds
    # Every row selects its item and brings it into view.
    w.view.zoom_by(3)
    for i in range(panel.tree.topLevelItemCount()):
        row = panel.tree.topLevelItem(i)
        w.view.centerOn(w.view.sceneRect().bottomRight())
        w.scene.clearSelection()
        panel.tree.scrollToItem(row)
        _click_row(panel.tree, row)
        item_id = row.data(0, Qt.ItemDataRole.UserRole)
        selected = [getattr(it, "item_id", None) for it in w.scene.selectedItems()]
        assert item_id in selected
        item = w.scene.cards.get(item_id) or next(h for (_k, i2), h in w.scene.headers.items() if i2 == item_id)
        assert _visible(w.view, item.mapRectToScene(item.boundingRect()))


def test_analysis_panel_follows_changes(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, doc = w.document.map, w.document
    panel = w.workshop.analysis
    w.workshop.analysis_dock.show()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    assert ("moment_without_metric", m.touchpoints()[0].id) not in panel.rows()
    doc.edit(edits.set_fields, "touchpoint", m.touchpoints()[0].id, "Toggle moment of truth", moment_of_truth=True)
    qtbot.waitUntil(lambda: ("moment_without_metric", m.touchpoints()[0].id) in panel.rows())
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: ("moment_without_metric", m.touchpoints()[0].id) not in panel.rows())
    texts = [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]
    assert any(t.startswith("The customer switches from") for t in texts)
