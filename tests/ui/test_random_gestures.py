"""Many random gestures on the canvas: the model stays consistent, and undoing every step
brings back exactly the map we started with."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cxdesigner.templates import load_template


@pytest.mark.parametrize("seed", list(range(1, 9)))
def test_random_gestures_keep_the_map_consistent_and_undo_to_the_start(make_window, seed) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    w = make_window(load_template("service-journey-en"))
    m, scene, view = w.document.map, w.scene, w.view
    view.fit_map()
    start = m.snapshot()
    vp = view.viewport()

    def random_point() -> QPoint:
        r = vp.rect()
        return QPoint(rng.randrange(5, r.width() - 5), rng.randrange(5, r.height() - 5))

    def item_point() -> QPoint:
        scene.flush()
        items = list(scene.cards.values()) + list(scene.headers.values()) + list(scene.curve_points.values())
        item = rng.choice(items)
        return view.mapFromScene(item.sceneBoundingRect().center())

    most_steps = 0
    for _ in range(60):
        action = rng.choice(["drag", "drag", "click", "keys", "undo", "redo", "delete"])
        if action == "drag":
            a, b = item_point(), random_point()
            QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
            for i in range(1, 5):
                QTest.mouseMove(vp, a + (b - a) * (i / 4))
            QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
        elif action == "click":
            QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, random_point())
        elif action == "keys":
            key = rng.choice([Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down])
            QTest.keyClick(vp, key)
            if rng.random() < 0.3:
                QTest.keyClicks(vp, "note")
                editor = view.editing.editor
                if editor is not None and not editor.finished:
                    QTest.keyClick(editor, rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Escape]))
        elif action == "undo":
            w.document.undo_stack.undo()
        elif action == "redo":
            w.document.undo_stack.redo()
        elif action == "delete" and rng.random() < 0.3:
            QTest.keyClick(vp, Qt.Key.Key_Delete)
        m.check_invariants()
        most_steps = max(most_steps, w.document.undo_stack.count())
        scene.flush()
        assert set(scene.cards) == set(m.cards)
        assert {i for (k, i) in scene.headers if k == "phase"} == {p.id for p in m.phases}
    view.editing.cancel()
    w.document.undo_stack.setIndex(0)
    assert m.snapshot() == start
    assert most_steps >= 1  # the gestures really edited the map
