"""File ▸ Import…: another tool's map opens as a new, unsaved document; bad files change nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxdesigner.interop import import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "interop"


def _choose(monkeypatch, path: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _capture_messages(monkeypatch) -> list[str]:  # noqa: ANN001
    texts: list[str] = []

    def exec_(box) -> int:  # noqa: ANN001
        texts.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def test_import_opens_a_new_unsaved_document(make_window, monkeypatch, tmp_path):  # noqa: ANN001
    window = make_window()
    source = tmp_path / "support.ojf"
    shutil.copy(DATA / "ojf" / "customer-support.ojf", source)
    _choose(monkeypatch, source)
    assert window.import_action in window.actions_.file_menu.actions()
    window.import_action.trigger()
    doc = window.document
    assert doc.path is None and doc.modified  # closing asks to save it
    assert doc.map.snapshot() == import_file(source).snapshot()
    assert len(window.scene.items()) > 0
    assert source.read_bytes() == (DATA / "ojf" / "customer-support.ojf").read_bytes()


def test_a_bad_file_gives_a_message_and_changes_nothing(make_window, monkeypatch, tmp_path):  # noqa: ANN001
    window = make_window()
    before_doc, before = window.document, window.document.map.snapshot()
    bad = tmp_path / "broken.ojf"
    bad.write_text('{"version": "1.0", "stages": [', encoding="utf-8")
    _choose(monkeypatch, bad)
    texts = _capture_messages(monkeypatch)
    window.import_action.trigger()
    assert window.document is before_doc and window.document.map.snapshot() == before
    assert len(texts) == 1 and "broken.ojf" in texts[0] and "line" in texts[0]


def test_import_asks_to_save_unsaved_changes_first(make_window, monkeypatch, tmp_path):  # noqa: ANN001
    from cxdesigner.commands import edits

    window = make_window()
    assert window.document.edit(edits.set_fields, "map", "", "Rename map", title="Changed")
    before_doc = window.document
    _choose(monkeypatch, DATA / "ojf" / "customer-support.ojf")
    texts = _capture_messages(monkeypatch)  # answers Ok, which is not Save or Discard: a cancel
    window.import_action.trigger()
    assert texts, "no unsaved-changes question was asked"
    assert window.document is before_doc and window.document.map.title == "Changed"
