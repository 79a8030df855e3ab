"""PDF pages as images for the export dialog's preview, rendered by PDFium (pypdfium2).

The preview shows the very bytes that Export would write (``build_pdf``), so what the dialog shows
is what the file holds. Building and rendering run on one worker thread; a newer request makes an
older one stop at its next progress tick.

**The worker thread never touches Qt.** It works on plain Python objects only (``_Job``, the map,
the options) and hands back raw RGB pixels in ``bytes``; the GUI thread turns them into
``QImage`` objects. Earlier versions created the ``QImage`` objects and read the builder's
attributes (a ``QObject``) on the worker thread; the test suite then crashed, rarely, with the
main thread collecting garbage while the worker ran. Shiboken's wrapper bookkeeping is shared
by all threads, so the cure is to keep every Qt wrapper on the GUI thread.

Results come back through a plain thread-safe queue that a GUI-thread timer empties, not through
a queued Qt signal carrying a Python object (such a payload can be released by Qt outside the GIL
when its receiver is gone).

The cyclic garbage collector is also paused from just before a build is submitted until the GUI
thread sees that the worker has finished (``_GcPause``). Python runs a collection on whichever
thread happens to allocate: one started by the worker would destroy unreachable Qt objects of the
GUI (closed windows, old scene items) on the wrong thread, and one on the GUI thread would run
finalizers while the worker is mid-build. With the pause, collection never overlaps a build, and
it resumes as soon as the worker is idle.
"""

from __future__ import annotations

import gc
import queue
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QImage

from ...export.pdf import ExportCancelled, PdfOptions, build_pdf
from ...model.entities import JourneyMap

MAX_PREVIEW_PAGES = 12


@dataclass(frozen=True)
class PageBitmap:
    """One rendered page as the worker hands it over: packed RGB888 rows, ``stride`` bytes each."""

    width: int
    height: int
    stride: int
    pixels: bytes

    def to_image(self) -> QImage:
        """A ``QImage`` that owns its pixels (GUI thread only)."""
        return QImage(self.pixels, self.width, self.height, self.stride, QImage.Format.Format_RGB888).copy()


@dataclass
class PreviewResult:
    generation: int
    page_count: int = 0
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # points, every page
    images: list[QImage] = field(default_factory=list)  # the first MAX_PREVIEW_PAGES pages
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    preview_missing: bool = False  # pypdfium2 is not installed: page count only


@dataclass
class _Built:
    """What the worker thread produces: plain Python data only."""

    generation: int
    page_count: int = 0
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    bitmaps: list[PageBitmap] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    preview_missing: bool = False


# PDFium is not thread-safe: every call into it, from any thread (each dialog has its own worker),
# goes through this one lock. Two previews rendering at once crashed the process without it.
_PDFIUM_LOCK = threading.Lock()


def render_pdf_pages(
    data: bytes, width_px: int, max_pages: int = MAX_PREVIEW_PAGES
) -> tuple[int, list[tuple[float, float]], list[PageBitmap]]:
    """(page count, page sizes in points, pixels of the first ``max_pages`` pages ``width_px``
    wide). Safe on any thread: it creates no Qt object."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        return _render_locked(pdfium, data, width_px, max_pages)


def _render_locked(pdfium, data: bytes, width_px: int, max_pages: int):  # noqa: ANN001, ANN202
    doc = pdfium.PdfDocument(data)
    try:
        sizes = [doc.get_page_size(i) for i in range(len(doc))]
        bitmaps: list[PageBitmap] = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            try:
                w, _h = sizes[i]
                bitmap = page.render(scale=width_px / max(w, 1.0), may_draw_forms=False, rev_byteorder=True)
                try:
                    # bytes(): own the pixels, the bitmap's memory goes with it
                    bitmaps.append(PageBitmap(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
                finally:
                    bitmap.close()
            finally:
                page.close()
        return len(sizes), [(float(w), float(h)) for w, h in sizes], bitmaps
    finally:
        doc.close()


class _GcPause:
    """Keeps the cyclic collector off while any preview build is under way, in any dialog.

    Used on the GUI thread only: ``pause`` before a build is submitted, ``track`` its future,
    and a timer of its own
    (parented to the application, so it outlives every dialog) resumes collection once every
    held build has finished, even if its dialog was closed or deleted meanwhile."""

    def __init__(self) -> None:
        self._futures: list[Future] = []
        self._was_enabled = False  # whether pause() turned the collector off
        self._timer: QTimer | None = None

    def pause(self) -> None:
        """Before submitting: the worker must not start a collection either."""
        if not self._futures and gc.isenabled():
            self._was_enabled = True
            gc.disable()

    def track(self, future: Future) -> None:
        """Keep collection paused until ``future`` is done."""
        self._futures.append(future)
        if self._timer is None:
            self._timer = QTimer(QCoreApplication.instance())
            self._timer.setInterval(25)
            self._timer.timeout.connect(self.poll)
        self._timer.start()

    def poll(self) -> None:
        """Resume collection if no held build is still running."""
        self._futures = [f for f in self._futures if not f.done()]
        if self._futures:
            return
        if self._timer is not None:
            self._timer.stop()
        if self._was_enabled:
            gc.enable()
            self._was_enabled = False  # once: a later pause() records the state afresh

    @property
    def holding(self) -> bool:
        return bool(self._futures)


_GC_PAUSE = _GcPause()


class _Job:
    """The worker's side: generation counting and results, in plain Python (no Qt, see above)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.generation = 0
        self.closed = False
        self.results: queue.SimpleQueue[_Built] = queue.SimpleQueue()

    def next_generation(self) -> int:
        with self._lock:
            self.generation += 1
            return self.generation

    def current(self, generation: int) -> bool:
        return generation == self.generation and not self.closed

    def build(self, generation: int, options: PdfOptions, width_px: int, m: JourneyMap) -> None:
        """On the worker thread."""
        built = _Built(generation)
        try:
            data, built.warnings = build_pdf(m, options, lambda _d, _t: self.current(generation))
            if not self.current(generation):
                return
            try:
                built.page_count, built.page_sizes, built.bitmaps = render_pdf_pages(data, width_px)
            except ImportError:  # no PDFium in this build: count the pages, show none
                built.page_count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
                built.preview_missing = True
        except ExportCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown in the preview instead of the pages
            built.error = str(exc) or type(exc).__name__
        if self.current(generation):
            self.results.put(built)  # the GUI thread's timer takes it from here


class PreviewBuilder(QObject):
    """Builds previews on a worker thread; emits ``ready(PreviewResult)`` on the GUI thread."""

    ready = Signal(object)

    def __init__(self, m: JourneyMap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._map = m
        self._job = _Job()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-preview")
        self._future: Future[None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(25)
        self._poll.timeout.connect(self._deliver)

    @property
    def generation(self) -> int:
        return self._job.generation

    def request(self, options: PdfOptions, width_px: int, m: JourneyMap | None = None) -> int:
        """Start a preview for ``options`` (of ``m``, default the builder's map); any older one
        stops. Returns its generation."""
        generation = self._job.next_generation()
        if not self._job.closed:
            _GC_PAUSE.pause()
            self._future = self._executor.submit(self._job.build, generation, options, width_px, m or self._map)
            _GC_PAUSE.track(self._future)
            self._poll.start()
        return generation

    def _deliver(self) -> None:
        """On the GUI thread: hand on finished previews; stop polling when no work is left."""
        while True:
            try:
                built = self._job.results.get_nowait()
            except queue.Empty:
                break
            if self._job.current(built.generation):
                self.ready.emit(
                    PreviewResult(
                        built.generation,
                        built.page_count,
                        built.page_sizes,
                        [bitmap.to_image() for bitmap in built.bitmaps],
                        built.warnings,
                        built.error,
                        built.preview_missing,
                    )
                )
        future = self._future
        if (future is None or future.done()) and self._job.results.empty():
            self._poll.stop()
            _GC_PAUSE.poll()

    def cancel(self, wait: bool = True) -> None:
        """Stop the preview being built (its result is dropped)."""
        self._job.next_generation()
        future = self._future
        if wait and future is not None:
            try:
                future.result()
            except Exception:  # noqa: BLE001 - its errors were reported as a result already
                pass
            _GC_PAUSE.poll()

    def close(self) -> None:
        self.cancel(wait=True)
        self._job.closed = True
        self._poll.stop()
        self._executor.shutdown(wait=True)
        _GC_PAUSE.poll()
