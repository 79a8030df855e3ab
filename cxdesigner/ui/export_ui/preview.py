"""PDF pages as images for the export dialog's preview, rendered by PDFium (pypdfium2).

The preview shows the very bytes that Export would write (``build_pdf``), so what the dialog shows
is what the file holds. Building and rendering run on one worker thread; a newer request makes an
older one stop at its next progress tick.

Results come back to the GUI thread through a plain thread-safe queue that a GUI-thread timer
empties, not through a queued Qt signal carrying a Python object: such a signal's payload can be
released by Qt outside the GIL when its receiver is gone (a dialog closed mid-preview), and the
interpreter crashed later in garbage collection.

The cyclic garbage collector is also paused while a preview is being built: in the test suite
the process crashed, rarely, always with the main thread collecting garbage (Qt wrappers of
closed windows) while the worker thread was laying out the map. Collection resumes as soon as
the worker is idle, so nothing piles up for longer than one build.
"""

from __future__ import annotations

import gc
import queue
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from ...export.pdf import ExportCancelled, PdfOptions, build_pdf
from ...model.entities import JourneyMap

MAX_PREVIEW_PAGES = 12


@dataclass
class PreviewResult:
    generation: int
    page_count: int = 0
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # points, every page
    images: list[QImage] = field(default_factory=list)  # the first MAX_PREVIEW_PAGES pages
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    preview_missing: bool = False  # pypdfium2 is not installed: page count only


# PDFium is not thread-safe: every call into it, from any thread (each dialog has its own worker),
# goes through this one lock. Two previews rendering at once crashed the process without it.
_PDFIUM_LOCK = threading.Lock()


def render_pdf_pages(
    data: bytes, width_px: int, max_pages: int = MAX_PREVIEW_PAGES
) -> tuple[int, list[tuple[float, float]], list[QImage]]:
    """(page count, page sizes in points, images of the first ``max_pages`` pages ``width_px`` wide)."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        return _render_locked(pdfium, data, width_px, max_pages)


def _render_locked(pdfium, data: bytes, width_px: int, max_pages: int):  # noqa: ANN001, ANN202
    doc = pdfium.PdfDocument(data)
    try:
        sizes = [doc.get_page_size(i) for i in range(len(doc))]
        images: list[QImage] = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            try:
                w, _h = sizes[i]
                bitmap = page.render(scale=width_px / max(w, 1.0), may_draw_forms=False, rev_byteorder=True)
                try:
                    image = QImage(
                        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
                    ).copy()  # own the pixels: the bitmap's memory goes with it
                finally:
                    bitmap.close()
                images.append(image)
            finally:
                page.close()
        return len(sizes), [(float(w), float(h)) for w, h in sizes], images
    finally:
        doc.close()


class _GcPause:
    """Counts the builds under way in any dialog; the collector runs only when there are none."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = 0
        self._was_enabled = True

    def enter(self) -> None:
        with self._lock:
            if self._busy == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._busy += 1

    def leave(self) -> None:
        with self._lock:
            self._busy -= 1
            if self._busy == 0 and self._was_enabled:
                gc.enable()


_GC_PAUSE = _GcPause()


class PreviewBuilder(QObject):
    """Builds previews on a worker thread; emits ``ready(PreviewResult)`` on the GUI thread."""

    ready = Signal(object)

    def __init__(self, m: JourneyMap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._map = m
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-preview")
        self._generation = 0
        self._lock = threading.Lock()
        self._future: Future[None] | None = None
        self._closed = False
        self._results: queue.SimpleQueue[PreviewResult] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(25)
        self._poll.timeout.connect(self._deliver)

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, options: PdfOptions, width_px: int, m: JourneyMap | None = None) -> int:
        """Start a preview for ``options`` (of ``m``, default the builder's map); any older one
        stops. Returns its generation."""
        with self._lock:
            self._generation += 1
            generation = self._generation
        if not self._closed:
            _GC_PAUSE.enter()
            self._future = self._executor.submit(self._build, generation, options, width_px, m or self._map)
            self._poll.start()
        return generation

    def _deliver(self) -> None:
        """On the GUI thread: hand on finished previews; stop polling when no work is left."""
        while True:
            try:
                result = self._results.get_nowait()
            except queue.Empty:
                break
            if self._current(result.generation):
                self.ready.emit(result)
        future = self._future
        if future is None or future.done():
            if self._results.empty():
                self._poll.stop()

    def cancel(self, wait: bool = True) -> None:
        """Stop the preview being built (its result is dropped)."""
        with self._lock:
            self._generation += 1
        future = self._future
        if wait and future is not None:
            try:
                future.result()
            except Exception:  # noqa: BLE001 - its errors were reported as a result already
                pass

    def close(self) -> None:
        self.cancel(wait=True)
        self._closed = True
        self._poll.stop()
        self._executor.shutdown(wait=True)

    def _current(self, generation: int) -> bool:
        return generation == self._generation and not self._closed

    def _build(self, generation: int, options: PdfOptions, width_px: int, m: JourneyMap) -> None:
        # Paused by request() on the GUI thread before the worker could run; resumed here.
        try:
            self._build_paused(generation, options, width_px, m)
        finally:
            _GC_PAUSE.leave()

    def _build_paused(self, generation: int, options: PdfOptions, width_px: int, m: JourneyMap) -> None:
        result = PreviewResult(generation)
        try:
            data, result.warnings = build_pdf(m, options, lambda _d, _t: self._current(generation))
            if not self._current(generation):
                return
            try:
                result.page_count, result.page_sizes, result.images = render_pdf_pages(data, width_px)
            except ImportError:  # no PDFium in this build: count the pages, show none
                result.page_count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
                result.preview_missing = True
        except ExportCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown in the preview instead of the pages
            result.error = str(exc) or type(exc).__name__
        if self._current(generation):
            self._results.put(result)  # the GUI thread's timer takes it from here
