"""Loading (issue 7 §3) through the app: every hostile file of tests/data/hostile/ gives a message
naming the problem — the same one load_map gives — opens nothing half-read and leaves the current
map as it was; the awkward files that must load, load."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cxdesigner.storage import MapFileError, load_map
from cxdesigner.storage.lock import lock_path

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
BAD = sorted(p for p in HOSTILE.glob("*.cxmap") if not p.name.startswith("ok-"))
GOOD = sorted(HOSTILE.glob("ok-*.cxmap"))


def test_the_corpus_is_all_here() -> None:
    assert len(BAD) == 91 and [p.name for p in GOOD] == ["ok-ideal-state.cxmap", "ok-networkx-links-key.cxmap", "ok-utf8-bom.cxmap"]


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    shown: list[tuple[str, str]] = []

    def exec_(box) -> int:  # noqa: ANN001
        assert box.textFormat().name == "PlainText"
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_a_hostile_file_is_refused_with_the_loaders_message(make_window, messages, path) -> None:  # noqa: ANN001
    with pytest.raises(MapFileError) as expected:
        load_map(path)
    window = make_window()
    doc, before, title = window.document, window.document.map.snapshot(), window.windowTitle()
    assert not window.open_path(path)
    assert messages == [("Cannot open the map", str(expected.value))]
    assert str(expected.value).startswith(f"{path.name}: ") and len(str(expected.value)) > len(path.name) + 10
    assert window.document is doc and doc.map.snapshot() == before and window.windowTitle() == title
    assert not lock_path(path).exists()  # nothing half-opened: not even a lock file
    assert path.name not in window.recent_files()


@pytest.mark.parametrize("path", GOOD, ids=[p.name for p in GOOD])
def test_the_awkward_files_that_must_load_do(make_window, messages, path) -> None:  # noqa: ANN001
    window = make_window()
    try:
        assert window.open_path(path)
        assert messages == []
        assert window.document.map.snapshot() == load_map(path).snapshot()
    finally:
        window.document.undo_stack.setClean()
        window.close()  # gives the lock up: the corpus folder stays clean
    assert not lock_path(path).exists()
