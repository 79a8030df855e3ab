"""File ▸ Export PDF…: options, live preview (pypdfium2), export, cancel and failures."""

from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from cxdesigner.export.pdf import build_pdf
from cxdesigner.export.pdf_options import PAGE_SIZES, PdfOptions
from cxdesigner.ui.export_ui.pdf_dialog import PdfExportDialog
from cxdesigner.ui.export_ui.preview import MAX_PREVIEW_PAGES
from tests.factories import generated_map, small_map


def _pages(options: PdfOptions, m) -> int:  # noqa: ANN001
    data, _warnings = build_pdf(m, options)
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def dialog(qtbot, settings):  # noqa: ANN001
    made: list[PdfExportDialog] = []

    def make(m=None, path: Path | None = None) -> PdfExportDialog:  # noqa: ANN001
        d = PdfExportDialog(m if m is not None else small_map(), path, settings)
        qtbot.addWidget(d)
        d.show()
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


def _wait_preview(qtbot, d: PdfExportDialog, timeout: int = 20000) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: d.page_count is not None, timeout=timeout)


def _select(combo, value: str) -> None:  # noqa: ANN001
    combo.setCurrentIndex(combo.findData(value))


def test_preview_page_count_follows_mode_and_page_size(qtbot, dialog) -> None:  # noqa: ANN001
    m = small_map(cards_per_cell=3)
    d = dialog(m)
    _wait_preview(qtbot, d)
    assert d.page_count == _pages(d.options(), m) == 1
    assert d._pages_layout.count() == 1  # one page image shown
    _select(d.mode, "handout")
    qtbot.waitUntil(lambda: d.page_count == _pages(d.options(), m), timeout=20000)
    handout = d.page_count
    assert handout >= 3  # a cover and one page per phase
    assert "page" in d.page_count_label.text()
    _select(d.mode, "poster")
    d.scale.setValue(400)
    _select(d.page_size, "A4")
    expected = _pages(d.options(), m)
    assert expected > 2
    qtbot.waitUntil(lambda: d.page_count == expected, timeout=20000)
    _select(d.page_size, "A1")
    expected_a1 = _pages(d.options(), m)
    assert expected_a1 < expected
    qtbot.waitUntil(lambda: d.page_count == expected_a1, timeout=20000)
    assert str(expected_a1) in d.page_count_label.text()


def test_default_page_size_comes_from_settings(qtbot, dialog, settings: QSettings) -> None:  # noqa: ANN001
    settings.setValue("export/page_size", "A3")
    d = dialog()
    assert d.options().page_size == "A3"
    settings.setValue("export/page_size", "nonsense")
    assert dialog().options().page_size == "A4"


def test_lanes_and_title_go_into_the_options(qtbot, dialog) -> None:  # noqa: ANN001
    m = small_map()
    d = dialog(m)
    assert d.options().title is None
    assert d.options().lane_ids == tuple(ln.id for ln in m.lanes)
    d.lane_boxes[m.lanes[1].id].setChecked(False)
    d.title_edit.setText("<b>Printed</b>")
    options = d.options()
    assert options.lane_ids == tuple(ln.id for ln in m.lanes if ln.id != m.lanes[1].id)
    assert options.title == "<b>Printed</b>"
    for box in d.lane_boxes.values():
        box.setChecked(False)
    assert d.options() is None
    assert not d.export_button.isEnabled()
    d.lane_boxes[m.lanes[0].id].setChecked(True)
    qtbot.waitUntil(lambda: d.page_count == 1, timeout=20000)
    assert d.export_button.isEnabled()


def test_export_writes_the_chosen_page_size(qtbot, dialog, tmp_path: Path) -> None:  # noqa: ANN001
    m = small_map()
    d = dialog(m, tmp_path / "journey.cxmap")
    _select(d.page_size, "A3")
    _select(d.orientation, "portrait")
    d.title_edit.setText("Exported title")
    out = tmp_path / "journey.pdf"
    assert d.suggested_path() == str(out)
    assert d.export_to(out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    w, h = PAGE_SIZES["A3"]
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - w) < 1 and abs(float(page.mediabox.height) - h) < 1
    text = page.extract_text()
    assert "Exported title" in "".join(text.split()) or "Exportedtitle" in "".join(text.split())
    assert "journey.cxmap" in text


def test_cancel_in_the_progress_dialog_writes_nothing(qtbot, dialog, tmp_path: Path) -> None:  # noqa: ANN001
    m = generated_map(1500)
    d = dialog(m)
    folder = tmp_path / "out"  # the settings file lives in tmp_path
    folder.mkdir()
    out = folder / "map.pdf"
    out.write_bytes(b"%PDF-1.4 the old file")
    seen: list[int] = []

    def press_cancel() -> None:
        progress = d.progress_dialog
        assert isinstance(progress, QProgressDialog)
        seen.append(progress.maximum())
        button = progress.findChild(QPushButton)
        button.click()  # the dialog's own Cancel button

    QTimer.singleShot(0, press_cancel)
    assert not d.export_to(out)
    assert seen, "the progress dialog was never reached"
    assert out.read_bytes() == b"%PDF-1.4 the old file"
    assert sorted(p.name for p in folder.iterdir()) == ["map.pdf"]
    assert d.isVisible()  # the dialog stays for another try
    assert d.progress_dialog is None


def test_full_disk_gives_a_message_and_keeps_the_file(qtbot, dialog, tmp_path, monkeypatch, no_modal_dialogs) -> None:  # noqa: ANN001
    d = dialog()
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "map.pdf"
    out.write_bytes(b"old")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("cxdesigner.storage.atomic.os.write", full)
    assert not d.export_to(out)
    assert no_modal_dialogs == ["Cannot export the PDF"]
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["map.pdf"]


def test_unwritable_folder_gives_a_message(qtbot, dialog, tmp_path, no_modal_dialogs) -> None:  # noqa: ANN001
    d = dialog()
    texts: list[str] = []
    from cxdesigner.ui.export_ui import pdf_dialog

    original = pdf_dialog.show_error

    def record(parent, title: str, text: str) -> None:  # noqa: ANN001
        texts.append(text)
        original(parent, title, text)

    pdf_dialog.show_error = record
    try:
        assert not d.export_to(tmp_path / "no-such-folder" / "map.pdf")
        assert not d.export_to(Path("/proc/cxdesigner-export-test.pdf"))
    finally:
        pdf_dialog.show_error = original
    assert no_modal_dialogs == ["Cannot export the PDF"] * 2
    assert "does not exist" in texts[0]
    assert "cxdesigner-export-test.pdf" in texts[1]
    assert not Path("/proc/cxdesigner-export-test.pdf").exists()


def test_preview_shows_at_most_twelve_pages_and_says_so(qtbot, dialog) -> None:  # noqa: ANN001
    m = small_map(cards_per_cell=3)
    d = dialog(m)
    _select(d.mode, "poster")
    d.scale.setValue(600)
    expected = _pages(d.options(), m)
    assert expected > MAX_PREVIEW_PAGES
    qtbot.waitUntil(lambda: d.page_count == expected, timeout=30000)
    labels = [d._pages_layout.itemAt(i).widget() for i in range(d._pages_layout.count())]
    assert sum(1 for w in labels if w.pixmap() is not None and not w.pixmap().isNull()) == MAX_PREVIEW_PAGES
    assert "more pages" in labels[-1].text()


def test_without_pypdfium2_the_page_count_still_shows(qtbot, dialog, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # "import pypdfium2" raises ImportError
    m = small_map()
    d = dialog(m)
    _select(d.mode, "handout")
    expected = _pages(d.options(), m)
    qtbot.waitUntil(lambda: d.page_count == expected, timeout=20000)
    assert "no preview" in d.page_count_label.text()
    assert d.export_button.isEnabled()
