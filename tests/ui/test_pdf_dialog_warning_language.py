"""The Export PDF dialog shows the export's warnings in the user interface's language (what
``install_translators`` installed), and so does the status bar after File ▸ Export PDF…; the PDF
itself keeps the map's language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from cxdesigner.ui.app import ensure_app
from cxdesigner.ui.export_ui.pdf_dialog import PdfExportDialog
from cxdesigner.ui.i18n_setup import install_translators, installed_language
from tests.export.helpers import all_text
from tests.factories import generated_map

ETHIOPIC = "ሰላም"  # DejaVu Sans has no Ethiopic
SHOTS = Path(os.environ.get("CX_TEST_SHOTS", "/tmp/cx-shots"))
_REAL_EXEC = QDialog.exec  # taken before the autouse no_modal_dialogs fixture replaces it


@pytest.fixture
def finnish_ui() -> Iterator[None]:
    ensure_app()
    assert install_translators("fi") == "fi"
    yield
    install_translators("en")


def _crowded_map():  # noqa: ANN202
    """An English map too big for one A4 page, with a card the font cannot draw."""
    m = generated_map(1200, phases=6, touchpoints_per_phase=6)
    card = next(iter(m.cards.values()))
    card.text = f"{ETHIOPIC} customer"
    return m, card.id


def _open(qtbot, settings, m) -> PdfExportDialog:  # noqa: ANN001
    d = PdfExportDialog(m, None, settings)
    qtbot.addWidget(d)
    d.show()
    d.page_size.setCurrentIndex(d.page_size.findData("A4"))
    qtbot.waitUntil(lambda: d.page_count is not None and d.options().page_size == "A4", timeout=30000)
    qtbot.waitUntil(lambda: d.warnings_label.text() != "", timeout=30000)
    return d


def test_the_preview_warnings_are_finnish_in_a_finnish_ui(qtbot, settings, finnish_ui) -> None:  # noqa: ANN001
    m, card_id = _crowded_map()
    d = _open(qtbot, settings, m)
    assert installed_language() == "fi" and d.options().message_language == "fi"
    lines = d.warnings_label.text().splitlines()
    assert lines[0] == "Varoitukset:"
    assert lines[1] == (
        f"• Fontista puuttuu ላ (U+120B), ም (U+121D), ሰ (U+1230) kohdassa: kortti {card_id} ”{ETHIOPIC} customer” "
        f"kaistalla ”Lane 1”. Puuttuvat merkit tulostuvat tyhjinä ruutuina."
    )
    assert lines[2].startswith("• Yhdellä A4-sivulla korttien teksti tulostuu ")
    assert lines[2].endswith(
        " pt:n kokoisena, liian pienenä luettavaksi; kokeile julistetilaa tai suurempaa sivukokoa."
    )
    assert "," in lines[2].split("tulostuu ")[1].split(" pt")[0]  # a decimal comma
    SHOTS.mkdir(parents=True, exist_ok=True)
    d.grab().save(str(SHOTS / "pdf-dialog-finnish-warnings.png"))
    # Handout prints the cards large: the warnings follow the new options and stay Finnish.
    d.mode.setCurrentIndex(d.mode.findData("handout"))
    qtbot.waitUntil(lambda: len(d.warnings_label.text().splitlines()) == 2, timeout=30000)
    assert d.warnings_label.text().splitlines() == lines[:2]


def test_the_preview_warnings_are_english_in_an_english_ui(qtbot, settings) -> None:  # noqa: ANN001
    ensure_app()
    install_translators("en")
    m, card_id = _crowded_map()
    d = _open(qtbot, settings, m)
    assert d.options().message_language == "en"
    lines = d.warnings_label.text().splitlines()
    assert lines[0] == "Warnings:"
    assert lines[1].startswith(f"• The font has no glyph for ላ (U+120B), ም (U+121D), ሰ (U+1230) in card {card_id}")
    assert lines[2].startswith("• On one A4 page the card text prints at ")


def test_export_from_the_menu_reports_in_finnish(  # noqa: ANN001
    qtbot, make_window, finnish_ui, tmp_path: Path, monkeypatch
) -> None:
    m, card_id = _crowded_map()
    window = make_window(m)
    out = tmp_path / "kartta.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(PdfExportDialog, "exec", _REAL_EXEC)  # this dialog runs for real, driven below
    seen: list[str] = []

    def drive(tries: int = 0) -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, PdfExportDialog) or d.page_count is None:
            if tries < 600:
                QTimer.singleShot(50, lambda: drive(tries + 1))
            elif d is not None:
                d.reject()  # never hang the suite
            return
        d.page_size.setCurrentIndex(d.page_size.findData("A4"))
        seen.append(d.windowTitle())
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    window.export_actions.export_pdf_action.trigger()
    assert seen == ["Vie PDF:ksi"]
    assert out.is_file()
    message = window.statusBar().currentMessage()
    assert message.startswith(
        f"Viety: kartta.pdf — varoitus: Fontista puuttuu ላ (U+120B), ም (U+121D), ሰ (U+1230) kohdassa: kortti {card_id}"
    ), message
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.statusBar().grab().save(str(SHOTS / "status-bar-finnish-warning.png"))
    assert "Legend" in all_text(PdfReader(out))  # the English map prints in English
