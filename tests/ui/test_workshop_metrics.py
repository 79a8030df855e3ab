"""NPS/CES in the inspector, the CSV survey import, and the metrics drawn in a metrics lane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from cxdesigner.commands import edits
from cxdesigner.model import LaneKind
from cxdesigner.ui.workshop.survey_import import import_survey_file

from .conftest import center, click


def _type_count(qtbot, box, value: int) -> None:  # noqa: ANN001
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(box, str(value))
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_inspector_nps_and_ces_edits_are_undoable(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    before = m.snapshot()
    site = m.phases[1].touchpoints[0]
    click(w.view, center(w.scene.layout.touchpoints[2].rect))
    editor = w.inspector.tp_metrics
    qtbot.waitUntil(editor.isVisible)
    _type_count(qtbot, editor.nps.boxes[10], 3)
    _type_count(qtbot, editor.nps.boxes[2], 1)
    assert site.nps == (0, 0, 1) + (0,) * 7 + (3,)
    _type_count(qtbot, editor.ces.boxes[0], 4)
    assert site.ces == (4, 0, 0, 0, 0)
    stack = w.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Set NPS answers", "Set NPS answers", "Set CES answers"]
    w.view.setFocus()
    w.scene.flush()
    assert editor.nps_summary.text().startswith("NPS +50")  # 3 promoters, 1 detractor of 4
    assert editor.ces_summary.text().startswith("CES 100 %")
    stack.undo()
    assert site.ces is None
    while stack.canUndo():
        stack.undo()
    assert m.snapshot() == before
    w.scene.flush()
    assert editor.nps.values() is None  # the boxes show the model again
    while stack.canRedo():
        stack.redo()
    assert site.nps[10] == 3 and site.ces == (4, 0, 0, 0, 0)


def test_csv_import_is_one_undo_step(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    before = m.snapshot()
    site, call = m.phases[1].touchpoints
    path = tmp_path / "answers.csv"
    path.write_text(
        f"touchpoint,question,score\nSite,nps,10\nSite,nps,9\nSite,nps,3\n{call.id},ces,1\n{call.id},ces,4\nSite,ces,2\n",
        encoding="utf-8",
    )
    assert import_survey_file(w, path)
    assert site.nps == (0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1)
    assert site.ces == (0, 1, 0, 0, 0) and call.ces == (1, 0, 0, 1, 0)
    stack = w.document.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Import 6 survey answers"
    stack.undo()
    assert m.snapshot() == before
    stack.redo()
    assert site.nps[10] == 1 and call.ces == (1, 0, 0, 1, 0)


def test_csv_import_of_a_bad_file_changes_nothing_and_says_where(make_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = make_window()
    m = w.document.map
    before = m.snapshot()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    path = tmp_path / "bad.csv"
    path.write_text("touchpoint,question,score\nSite,nps,10\nSite,nps,11\nNowhere,ces,2\n", encoding="utf-8")
    assert not import_survey_file(w, path)
    assert m.snapshot() == before and w.document.undo_stack.count() == 0
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Survey Answers Not Imported"
    assert "line 3" in text and "column 3" in text  # the score 11
    assert "line 4" in text and "column 1" in text  # the unknown touchpoint
    assert text.startswith("Nothing was imported.")


def test_metrics_are_drawn_in_the_metrics_lane(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, doc = w.document.map, w.document
    doc.edit(edits.add_lane, LaneKind.METRICS, "Metrics")
    site = m.phases[1].touchpoints[0]
    doc.edit(edits.set_fields, "touchpoint", site.id, "Set NPS answers", nps=(1,) + (0,) * 8 + (2, 1))
    doc.edit(edits.set_fields, "touchpoint", site.id, "Set CES answers", ces=(2, 1, 1, 0, 0))
    w.scene.flush()
    lane = next(lane for lane in m.lanes if lane.kind is LaneKind.METRICS)
    item = w.scene.metrics_items[(lane.id, site.id)]
    assert item.texts() == ["NPS +50  n=4", "CES 75 % less  n=4"]
    cell = w.scene.cell_rect((lane.id, site.id))
    assert cell.contains(item.mapRectToScene(item.boundingRect()))
    assert len(w.scene.metrics_items) == 1  # touchpoints without answers draw nothing
    # The bar is painted: grab the canvas where the item is and find the promoters' green.
    w.view.ensureVisible(item.mapRectToScene(item.boundingRect()), 20, 20)
    image = w.view.viewport().grab().toImage()
    area = w.view.mapFromScene(item.mapRectToScene(item.boundingRect())).boundingRect()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right(), 2)
        for y in range(area.top(), area.bottom(), 2)
    }
    assert "#2e8b57" in colours
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    w.scene.flush()
    assert w.scene.metrics_items == {}


def test_survey_answers_go_to_the_current_state_even_from_an_ideal_state(make_window, tmp_path) -> None:  # noqa: ANN001
    w = make_window()
    root = w.document.root
    assert w.states.create_state("Ideal")
    ideal = w.document.map
    path = tmp_path / "answers.csv"
    path.write_text("touchpoint,question,score\nSite,nps,10\nSite,nps,0\n", encoding="utf-8")
    assert import_survey_file(w, path)
    assert w.document.state_id is None and w.document.map is root  # the current state is shown
    site = next(t for t in root.touchpoints() if t.name == "Site")
    assert site.nps == (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
    assert next(t for t in ideal.touchpoints() if t.name == "Site").nps is None
    assert "current state" in w.statusBar().currentMessage()
    w.document.undo_stack.undo()
    assert site.nps is None
