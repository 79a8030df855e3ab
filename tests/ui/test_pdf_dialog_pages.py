"""File ▸ Export PDF…: the analysis checklist and the comparison with an ideal state, driven with
real clicks and keys; the preview follows them and the exported file holds them."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from cxdesigner.export.pdf import build_pdf
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.model import JourneyMap
from cxdesigner.templates import load_template
from cxdesigner.ui.document import Document
from cxdesigner.ui.export_ui.pdf_dialog import PdfExportDialog
from tests.export.helpers import squeeze
from tests.export.state_maps import map_with_ideal_state


def _pages(m: JourneyMap, options: PdfOptions) -> int:
    data, _warnings = build_pdf(m, options)
    return len(PdfReader(io.BytesIO(data)).pages)


def _dialog(qtbot, settings, m: JourneyMap, **kwargs) -> PdfExportDialog:  # noqa: ANN001, ANN003
    d = PdfExportDialog(m, kwargs.pop("path", None), settings, **kwargs)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _click(qtbot, box) -> None:  # noqa: ANN001
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_tick_the_checklist_pick_a_state_and_export(qtbot, settings, tmp_path: Path) -> None:  # noqa: ANN001
    m, ch = map_with_ideal_state()
    d = _dialog(qtbot, settings, m, path=tmp_path / "states.cxmap")
    qtbot.waitUntil(lambda: d.page_count == 1, timeout=20000)
    assert [d.compare.itemText(i) for i in range(d.compare.count())] == ["No comparison", ch.state_name]
    assert d.compare.isEnabled() and d.compare.currentData() is None

    _click(qtbot, d.checklist)
    assert d.checklist.isChecked() and d.options().checklist
    with_checklist = _pages(m, d.options())
    assert with_checklist >= 2
    qtbot.waitUntil(lambda: d.page_count == with_checklist, timeout=20000)
    assert d._pages_layout.count() == with_checklist  # every page is shown

    d.compare.setFocus()
    qtbot.keyClick(d.compare, Qt.Key.Key_Down)
    assert d.compare.currentData() == ch.state_id
    assert d.options().compare_state == ch.state_id and d.options().checklist
    assert not d.mode.isEnabled() and d.compare_note.isVisible()
    compared = _pages(m, d.options())
    assert compared >= with_checklist + 3  # a cover, two states and the differences before the checklist
    qtbot.waitUntil(lambda: d.page_count == compared, timeout=20000)

    out = tmp_path / "out.pdf"
    assert d.export_to(out)
    reader = PdfReader(out)
    assert len(reader.pages) == compared
    assert reader.trailer["/Root"]["/PageLayout"] == "/TwoPageRight"
    pages = [squeeze(p.extract_text()) for p in reader.pages]
    assert pages[1].startswith("Currentstate") and pages[2].startswith(squeeze(ch.state_name))
    assert squeeze(ch.added) in pages[2] and squeeze(ch.removed) in pages[1]
    assert any(p.startswith("Analysischecklist") for p in pages[4:])
    assert "states.cxmap" in pages[0]


def test_comparing_overrides_the_mode_until_it_is_turned_off(qtbot, settings) -> None:  # noqa: ANN001
    m, ch = map_with_ideal_state()
    d = _dialog(qtbot, settings, m)
    d.mode.setCurrentIndex(d.mode.findData("handout"))
    d.compare.setCurrentIndex(d.compare.findData(ch.state_id))
    assert d.options().mode.value == "fit" and not d.scale.isEnabled()
    d.compare.setFocus()
    qtbot.keyClick(d.compare, Qt.Key.Key_Up)
    assert d.compare.currentData() is None
    assert d.mode.isEnabled() and d.options().mode.value == "handout" and d.options().compare_state is None
    assert not d.compare_note.isVisible()
    expected = _pages(m, d.options())
    qtbot.waitUntil(lambda: d.page_count == expected, timeout=20000)


def test_a_map_without_ideal_states_offers_no_comparison(qtbot, settings) -> None:  # noqa: ANN001
    d = _dialog(qtbot, settings, load_template("service-journey-en"))
    assert d.compare.count() == 1 and not d.compare.isEnabled()
    assert d.compare.toolTip() == "This map has no ideal states yet."


def test_the_states_come_from_the_files_map(qtbot, settings, tmp_path: Path) -> None:  # noqa: ANN001
    m, ch = map_with_ideal_state()
    d = PdfExportDialog.for_document(Document(m, tmp_path / "states.cxmap"), settings)
    qtbot.addWidget(d)
    assert d.compare.findData(ch.state_id) == 1
    # With an ideal state's map on screen, plain exports print it, a comparison the file's map.
    ideal = m.ideal_state(ch.state_id).map
    d2 = _dialog(qtbot, settings, ideal, root=m)
    assert d2.compare.findData(ch.state_id) == 1
    assert d2.export_to(tmp_path / "ideal.pdf")
    assert squeeze(ch.added) in squeeze(PdfReader(tmp_path / "ideal.pdf").pages[0].extract_text())
    d2.compare.setCurrentIndex(1)
    assert d2.export_to(tmp_path / "both.pdf")
    pages = [squeeze(p.extract_text()) for p in PdfReader(tmp_path / "both.pdf").pages]
    assert squeeze(ch.removed) in pages[1] and squeeze(ch.added) in pages[2]


def test_the_dialog_never_changes_the_map(qtbot, settings, tmp_path: Path) -> None:  # noqa: ANN001
    m, ch = map_with_ideal_state()
    before = m.snapshot()
    d = _dialog(qtbot, settings, m)
    d.compare.setCurrentIndex(1)
    _click(qtbot, d.checklist)
    assert d.export_to(tmp_path / "x.pdf")
    assert m.snapshot() == before


def test_tick_the_action_plan_and_export(qtbot, settings, tmp_path: Path) -> None:  # noqa: ANN001
    m = load_template("service-journey-en")
    d = _dialog(qtbot, settings, m, path=tmp_path / "service.cxmap")
    qtbot.waitUntil(lambda: d.page_count == 1, timeout=20000)
    assert not d.actions.isChecked() and not d.options().actions
    _click(qtbot, d.actions)
    assert d.actions.isChecked() and d.options().actions
    qtbot.waitUntil(lambda: d.page_count == 2, timeout=20000)
    assert d._pages_layout.count() == 2
    _click(qtbot, d.checklist)  # the checklist goes between the map and the plan
    both = _pages(m, d.options())
    qtbot.waitUntil(lambda: d.page_count == both, timeout=20000)
    out = tmp_path / "plan.pdf"
    assert d.export_to(out)
    pages = [squeeze(p.extract_text()) for p in PdfReader(out).pages]
    assert len(pages) == both >= 3
    assert pages[-1].startswith("Actionplan") and pages[1].startswith("Analysischecklist")
    _click(qtbot, d.actions)
    qtbot.waitUntil(lambda: d.page_count == both - 1, timeout=20000)


def _mnemonics(dialog: PdfExportDialog) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    letters = []
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain:
            letters.append(plain[plain.index("&") + 1].casefold())
    return letters


def test_every_mnemonic_in_the_dialog_is_its_own_in_english_and_finnish(qtbot, settings) -> None:  # noqa: ANN001
    from cxdesigner.ui.i18n_setup import install_translators

    try:
        for language in ("en", "fi"):
            install_translators(language)
            d = _dialog(qtbot, settings, load_template("service-journey-en"))
            text = d.actions.text().replace("&&", "")
            assert "&" in text, text
            letter = text[text.index("&") + 1].casefold()
            assert _mnemonics(d).count(letter) == 1, (language, text, _mnemonics(d))
            letters = _mnemonics(d)
            assert len(letters) == len(set(letters)), (language, sorted(letters))  # Alt+letter reaches one field
            d.close()
    finally:
        install_translators("en")
