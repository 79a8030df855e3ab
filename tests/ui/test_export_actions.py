"""The File menu's Export PDF…, Export Image… and Print… in a real main window."""

from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from cxdesigner.ui.export_ui.image_dialog import ImageResolutionDialog
from cxdesigner.ui.image_export import image_points


def test_actions_sit_in_the_file_menu_above_quit(make_window) -> None:  # noqa: ANN001
    window = make_window()
    actions = window.actions_.file_menu.actions()
    names = [a.objectName() for a in actions]
    i = names.index("exportPdfAction")
    assert names[i : i + 3] == ["exportPdfAction", "exportImageAction", "printAction"]
    assert actions.index(window.actions_.quit) > i + 3
    assert actions[i + 3].isSeparator()


def test_export_pdf_opens_the_dialog_for_the_current_document(make_window, no_modal_dialogs) -> None:  # noqa: ANN001
    window = make_window()
    window.export_actions.export_pdf_action.trigger()
    assert no_modal_dialogs == ["Export PDF"]  # the dialog ran (and was cancelled by the fixture)
    dialog = window.export_actions.pdf_dialog()
    try:
        assert dialog.title_edit.text() == window.document.map.title
        assert set(dialog.lane_boxes) == {ln.id for ln in window.document.map.lanes}
    finally:
        dialog.close()
        dialog.deleteLater()


def test_export_image_from_the_window(make_window, tmp_path: Path, monkeypatch, no_modal_dialogs) -> None:  # noqa: ANN001
    window = make_window()
    actions = window.export_actions
    assert actions.export_image_to(tmp_path / "map.png", dpi=100)
    image = QImage(str(tmp_path / "map.png"))
    width, height = image_points(window.document.map)
    assert width == window.scene.layout.width
    assert (image.width(), image.height()) == (round(width * 100 / 72), round(height * 100 / 72))
    assert actions.export_image_to(tmp_path / "map.svg")
    assert (tmp_path / "map.svg").read_text(encoding="utf-8").startswith("<?xml")
    assert "map.svg" in window.statusBar().currentMessage()
    # The menu action: a file dialog, then the resolution dialog (cancelled here: nothing written).
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "via-menu"), "PNG image (*.png)")
    )
    actions.export_image_action.trigger()
    assert no_modal_dialogs == ["PNG resolution"]
    assert not (tmp_path / "via-menu.png").exists()
    # A failure says why and keeps the old file.
    (tmp_path / "old.png").write_bytes(b"old")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("cxdesigner.storage.atomic.os.write", full)
    assert not actions.export_image_to(tmp_path / "old.png")
    assert no_modal_dialogs[-1] == "Cannot export the image"
    assert (tmp_path / "old.png").read_bytes() == b"old"


def test_resolution_dialog_shows_the_pixel_size(make_window, settings) -> None:  # noqa: ANN001
    window = make_window()
    dialog = ImageResolutionDialog(window.document.map, settings)
    try:
        dialog.dpi.setValue(144)
        w, h = dialog.pixel_size()
        width, height = image_points(window.document.map)
        assert (w, h) == (round(width * 2), round(height * 2))
        assert f"{w} × {h}" in dialog.size_label.text()
        dialog.accept()
        assert int(settings.value("export/image_dpi")) == 144
    finally:
        dialog.deleteLater()


def test_print_to_a_pdf_file_through_qprinter(make_window, tmp_path: Path) -> None:  # noqa: ANN001
    window = make_window()
    printer = window.export_actions.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert window.export_actions.print_to(printer)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 842) < 2 and abs(float(page.mediabox.height) - 595) < 2
    # NFKC: Qt's PDF writer draws "fi" as its ligature glyph (U+FB01) in the text layer.
    text = "".join(unicodedata.normalize("NFKC", page.extract_text()).split())
    m = window.document.map
    for card in m.cards.values():
        assert "".join(card.text.split()) in text
    assert "".join(m.title.split()) in text
