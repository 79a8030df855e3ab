"""Fixtures for the Qt layer: an isolated settings file, maps, windows and real input helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from cxdesigner.commands import History, edits
from cxdesigner.model import Channel, JourneyMap, LaneKind
from cxdesigner.ui.app import ensure_app
from cxdesigner.ui.canvas.view import MapView
from cxdesigner.ui.document import Document
from cxdesigner.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path) -> QSettings:  # noqa: ANN001
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # Autosaves of test windows go to the test's folder, never the real per-user one.
    s.setValue("autosave/folder", str(tmp_path / "recovery"))
    return s


def small_map() -> JourneyMap:
    """Three phases (the last without touchpoints), two card lanes and an emotion curve."""
    m = JourneyMap("Test map")
    h = History(m)
    for name in ("Aware", "Search", "Use"):
        h.push(edits.add_phase(m, name))
    p1, p2, _p3 = (p.id for p in m.phases)
    for phase, name, channel in ((p1, "Ad", Channel.MARKETING), (p1, "Friend", Channel.FRIENDS_COLLEAGUES),
                                 (p2, "Site", Channel.WEB), (p2, "Call", Channel.PHONE)):
        h.push(edits.add_touchpoint(m, phase, name, channel))
    h.push(edits.add_lane(m, LaneKind.THINKS))
    h.push(edits.add_lane(m, LaneKind.PAIN_POINTS))
    h.push(edits.add_lane(m, LaneKind.EMOTION_CURVE))
    thinks, pains = m.lanes[0].id, m.lanes[1].id
    tps = [t.id for t in m.touchpoints()]
    h.push(edits.add_card(m, thinks, tps[0], "first thought"))
    h.push(edits.add_card(m, thinks, tps[0], "second thought"))
    h.push(edits.add_card(m, thinks, tps[2], "third thought"))
    h.push(edits.add_card(m, pains, tps[1], "it hurts"))
    h.push(edits.set_fields(m, "touchpoint", tps[0], "Set emotion", emotion=1))
    return m


@pytest.fixture
def make_window(qtbot, settings) -> Iterator:  # noqa: ANN001
    windows: list[MainWindow] = []

    def make(m: JourneyMap | None = None) -> MainWindow:
        ensure_app()
        window = MainWindow(Document(m if m is not None else small_map()), settings=settings)
        window.resize(1500, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.zoom_100()
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.undo_stack.setClean()  # no prompt when the test ends
        window.close()
        window.deleteLater()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch) -> list[str]:  # noqa: ANN001
    """A modal dialog that a test did not expect answers Cancel at once instead of hanging;
    the titles are recorded so a test can assert on them."""
    seen: list[str] = []

    def message_exec(box) -> int:  # noqa: ANN001
        seen.append(box.windowTitle())
        return int(QMessageBox.StandardButton.Cancel.value)

    def dialog_exec(dialog) -> int:  # noqa: ANN001
        seen.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    return seen


def vp(view: MapView, scene_pos: QPointF | tuple[float, float]) -> QPoint:
    """The viewport point that shows ``scene_pos`` (scrolled into view first)."""
    if isinstance(scene_pos, tuple):
        scene_pos = QPointF(*scene_pos)
    view.ensureVisible(scene_pos.x() - 1, scene_pos.y() - 1, 2, 2, 60, 60)
    return view.mapFromScene(scene_pos)


def drag(view: MapView, start: QPointF, end: QPointF, steps: int = 6, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """Press, move in steps, release — real mouse events on the viewport, in viewport coords."""
    viewport = view.viewport()
    a = vp(view, start)
    b = view.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, b)


def click(view: MapView, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, vp(view, pos))


def drop_from_palette(view: MapView, mime: QMimeData, scene_pos: QPointF) -> bool:
    """Deliver a drag-enter, two drag-moves and a drop, as Qt does for a drag from the palette."""
    viewport = view.viewport()
    pos = QPointF(vp(view, scene_pos))
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QCoreApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    for _ in range(2):
        move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
        QCoreApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QCoreApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def center(rect) -> QPointF:  # noqa: ANN001 - a layout Rect
    return QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards(qapp):  # noqa: ANN001
    """Leave nothing on the clipboard: Qt's offscreen platform crashes at exit if data is left there."""
    yield
    qapp.clipboard().clear()

