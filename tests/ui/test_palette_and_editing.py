"""Palette drops, in-place editing and quick capture, with real input events."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from cxdesigner.model import Channel
from cxdesigner.ui.canvas.inline_editor import InlineEditor
from cxdesigner.ui.panels.palette import palette_mime

from .conftest import center, click, drop_from_palette, vp


def _editor(window) -> InlineEditor:  # noqa: ANN001
    editor = window.view.editing.editor
    assert editor is not None and editor.isVisible()
    return editor


def _undo_redo(window, before, check) -> None:  # noqa: ANN001
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert window.document.map.snapshot() == before
    while stack.canRedo():
        stack.redo()
    check()


def test_palette_offers_phase_every_channel_and_card_kinds(make_window) -> None:  # noqa: ANN001
    w = make_window()
    payloads = w.palette.payloads()
    assert "phase" in payloads
    assert {f"touchpoint:{c.value}" for c in Channel} <= set(payloads)
    assert "card:thinks" in payloads and "card:pain_points" in payloads
    assert w.palette.mimeData([w.palette.topLevelItem(0).child(0)]).data(
        "application/x-cxdesigner-palette"
    ).data() == b"phase"


def test_palette_drop_adds_a_phase_between_two_phases(make_window, qtbot) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    first, second = scene.layout.phases[0].rect, scene.layout.phases[1].rect
    assert drop_from_palette(w.view, palette_mime("phase"), QPointF(second.x + 10, second.y + 5))
    assert [p.name for p in m.phases] == ["Aware", "New phase", "Search", "Use"]
    # The new phase's name opens for typing; the name joins the "Add phase" step.
    editor = _editor(w)
    editor.selectAll()
    QTest.keyClicks(editor, "Compare")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert [p.name for p in m.phases] == ["Aware", "Compare", "Search", "Use"]
    assert w.document.undo_stack.count() == 1 and w.document.undo_stack.text(0) == "Add phase"
    _undo_redo(w, before, lambda: [p.name for p in m.phases][1] == "Compare")
    del first


def test_palette_drop_adds_a_touchpoint_at_the_drop_position(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    tps = scene.layout.touchpoints
    between = QPointF(tps[2].rect.right - 3, tps[2].rect.y + 10)  # right half of "Site"
    assert drop_from_palette(w.view, palette_mime("touchpoint:chat"), between)
    QTest.keyClick(_editor(w), Qt.Key.Key_Escape)  # keep the default name

    def check() -> None:
        names = [t.name for t in m.phases[1].touchpoints]
        assert names == ["Site", "Chat", "Call"]
        assert m.phases[1].touchpoints[1].channel is Channel.CHAT

    check()
    assert w.document.undo_stack.count() == 1
    _undo_redo(w, before, check)


def test_palette_drop_adds_a_card_and_opens_it_for_typing(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    pains = m.lanes[1].id
    cell = (pains, m.touchpoints()[3].id)
    assert drop_from_palette(w.view, palette_mime("card:pain_points"), center(scene.layout.cells[cell].rect))
    QTest.keyClicks(_editor(w), "Queue is long")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)

    def check() -> None:
        assert [m.cards[c].text for c in m.cells[cell]] == ["Queue is long"]

    check()
    _undo_redo(w, before, check)


def test_palette_drop_on_nothing_is_refused(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    curve = scene.layout.curves[0].band
    assert not drop_from_palette(w.view, palette_mime("card:thinks"), QPointF(curve.x + 300, curve.y + 20))
    assert m.snapshot() == before


def test_inline_edit_commits_with_enter_and_shift_enter_adds_a_line(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    card = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][0]
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(view, center(scene.layout.cards[card].rect)))
    editor = _editor(w)
    editor.selectAll()
    QTest.keyClicks(editor, "line one")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(editor, "<b>two</b>")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert m.cards[card].text == "line one\n<b>two</b>"
    assert w.document.undo_stack.text(0) == "Edit card text"
    _undo_redo(w, before, lambda: m.cards[card].text == "line one\n<b>two</b>")


def test_inline_edit_escape_cancels(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    card = next(iter(m.cards))
    click(view, center(scene.layout.cards[card].rect))
    QTest.keyClick(view.viewport(), Qt.Key.Key_F2)
    editor = _editor(w)
    QTest.keyClicks(editor, " changed")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert m.snapshot() == before
    assert w.document.undo_stack.count() == 0


def test_rename_lane_header_in_place(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    lane = m.lanes[0].id
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(view, center(scene.layout.lanes[0].header)))
    editor = _editor(w)
    editor.selectAll()
    QTest.keyClicks(editor, "Ajattelee")
    QTest.keyClick(editor, Qt.Key.Key_Enter)
    assert m.lane(lane).name == "Ajattelee"
    assert w.document.undo_stack.text(0) == "Rename lane"


def test_quick_capture_typing_into_a_selected_empty_cell(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    cell = (m.lanes[1].id, m.touchpoints()[2].id)
    click(view, center(scene.layout.cells[cell].rect))
    assert scene.current_cell == cell
    QTest.keyClicks(view.viewport(), "Slow")
    editor = _editor(w)
    QTest.keyClicks(editor, " page")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    def check() -> None:
        assert [m.cards[c].text for c in m.cells[cell]] == ["Slow page"]

    check()
    assert w.document.undo_stack.count() == 1
    assert w.document.undo_stack.text(0) == "Add card"
    _undo_redo(w, before, check)


def test_arrow_keys_move_between_cells_then_capture(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    start = (m.lanes[0].id, m.touchpoints()[1].id)
    click(view, center(scene.layout.cells[start].rect))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down)
    target = (m.lanes[1].id, m.touchpoints()[2].id)
    assert scene.current_cell == target
    QTest.keyClicks(view.viewport(), "x")
    QTest.keyClick(_editor(w), Qt.Key.Key_Return)
    assert [m.cards[c].text for c in m.cells[target]] == ["x"]


def test_delete_key_removes_selected_cards_in_one_step(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene, view = w.document.map, w.scene, w.view
    before = m.snapshot()
    ids = list(m.cards)[:2]
    click(view, center(scene.layout.cards[ids[0]].rect))
    click(view, center(scene.layout.cards[ids[1]].rect), Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert not set(ids) & set(m.cards)
    assert w.document.undo_stack.text(0) == "Delete 2 cards"
    _undo_redo(w, before, lambda: not set(ids) & set(m.cards))


def test_a_touchpoint_dropped_and_named_is_one_step_and_esc_keeps_its_default_name(make_window) -> None:  # noqa: ANN001
    w = make_window()
    m, scene = w.document.map, w.scene
    before = m.snapshot()
    tp = scene.layout.touchpoints[0].rect
    assert drop_from_palette(w.view, palette_mime("touchpoint:chat"), QPointF(tp.x + 3, tp.y + 10))
    editor = _editor(w)
    editor.selectAll()
    QTest.keyClicks(editor, "Live chat")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert [t.name for t in m.phases[0].touchpoints][0] == "Live chat"
    assert w.document.undo_stack.count() == 1 and w.document.undo_stack.text(0) == "Add touchpoint"
    _undo_redo(w, before, lambda: [t.name for t in m.phases[0].touchpoints][0] == "Live chat")

    # Esc keeps the default name: the touchpoint was placed on purpose.
    assert drop_from_palette(w.view, palette_mime("touchpoint:chat"), QPointF(tp.x + 3, tp.y + 10))
    QTest.keyClick(_editor(w), Qt.Key.Key_Escape)
    assert [t.name for t in m.phases[0].touchpoints][:2] == ["Chat", "Live chat"]
    assert w.document.undo_stack.count() == 2
