"""The PDF preview's worker thread: it touches no Qt object, and the garbage collector is paused
only while a build is under way (see cxdesigner/ui/export_ui/preview.py for why)."""

from __future__ import annotations

import gc
import threading
from types import FrameType

from shiboken6 import Shiboken

from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.ui.export_ui.preview import PreviewBuilder
from tests.export.helpers import squeeze
from tests.export.state_maps import map_with_ideal_state
from tests.factories import generated_map


def test_the_collector_is_paused_during_builds_and_resumed_after(qtbot) -> None:  # noqa: ANN001
    assert gc.isenabled()
    builder = PreviewBuilder(generated_map(300))
    results = []
    builder.ready.connect(results.append)
    first = builder.request(PdfOptions(), 200)
    assert not gc.isenabled()  # paused before the worker can run
    last = builder.request(PdfOptions(page_size="A3"), 200)  # the first one is dropped
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    qtbot.waitUntil(gc.isenabled, timeout=30000)
    assert [r.generation for r in results] == [last] and first < last
    assert results[0].page_count == 1 and not results[0].error
    builder.close()
    assert gc.isenabled()


def test_closing_mid_build_resumes_the_collector(qtbot) -> None:  # noqa: ANN001
    builder = PreviewBuilder(generated_map(2000))
    builder.request(PdfOptions(), 200)
    builder.close()  # waits for the worker, which stops at its next progress tick
    assert gc.isenabled()


def _qt_use_on_workers(record: list[str]):  # noqa: ANN202
    """A profile function for new threads: notes every call on a Qt wrapper or into PySide6
    made by a thread other than the main one."""
    main = threading.main_thread()

    def profile(frame: FrameType, event: str, arg) -> None:  # noqa: ANN001
        if threading.current_thread() is main:
            return
        try:
            _note(frame, event, arg)
        except Exception as exc:  # noqa: BLE001 - a raising profile function would switch itself off
            record.append(f"profile error: {exc!r}")

    def _note(frame: FrameType, event: str, arg) -> None:  # noqa: ANN001
        if event == "call":
            owner = frame.f_locals.get("self")
            if isinstance(owner, Shiboken.Object):
                record.append(f"{type(owner).__name__}.{frame.f_code.co_name}")
        elif event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(arg, "__module__", None) or ""
            qt_class = isinstance(owner, type) and issubclass(owner, Shiboken.Object)
            if isinstance(owner, Shiboken.Object) or qt_class or module.startswith(("PySide6", "shiboken6")):
                record.append(getattr(arg, "__qualname__", repr(arg)))

    return profile


def test_the_worker_thread_calls_nothing_in_qt(qtbot) -> None:  # noqa: ANN001
    """Qt wrappers are made and read on the GUI thread only: the worker hands back plain pixels."""
    m, ch = map_with_ideal_state()
    qt_calls: list[str] = []
    threading.setprofile(_qt_use_on_workers(qt_calls))
    try:
        builder = PreviewBuilder(m)  # its worker thread starts at the first request, profiled
        results = []
        builder.ready.connect(results.append)
        builder.request(PdfOptions(checklist=True, compare_state=ch.state_id, message_language="fi"), 240)
        qtbot.waitUntil(lambda: bool(results), timeout=30000)
        builder.close()
    finally:
        threading.setprofile(None)
    result = results[0]
    assert not result.error and result.page_count >= 5 and len(result.images) == result.page_count
    assert all(image.width() == 240 and not image.isNull() for image in result.images)
    assert qt_calls == []


def test_the_profile_sees_qt_calls_on_a_worker_thread(qtbot) -> None:  # noqa: ANN001
    """The check above can fail: the same profile catches a QImage made on a worker thread."""
    from PySide6.QtGui import QImage

    qt_calls: list[str] = []
    threading.setprofile(_qt_use_on_workers(qt_calls))
    try:
        worker = threading.Thread(target=lambda: QImage(4, 4, QImage.Format.Format_RGB888).fill(0))
        worker.start()
        worker.join()
    finally:
        threading.setprofile(None)
    assert any("fill" in call for call in qt_calls)


def test_the_preview_pages_show_the_pdf_text(qtbot) -> None:  # noqa: ANN001
    """The pixels survive the hand-over: the first page is not blank, and it is the map's cover."""
    m, _ch = map_with_ideal_state()
    builder = PreviewBuilder(m)
    results = []
    builder.ready.connect(results.append)
    builder.request(PdfOptions(), 300)
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    builder.close()
    image = results[0].images[0]
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 8  # text, cards and lanes, not an empty white page
    assert squeeze(m.title)
