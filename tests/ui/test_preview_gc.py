"""The PDF preview pauses the garbage collector only while a build is under way."""

from __future__ import annotations

import gc

from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.ui.export_ui.preview import PreviewBuilder
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
