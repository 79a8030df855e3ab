"""A failed export says why and leaves an existing file at the target exactly as it was."""

from __future__ import annotations

import errno
import os

import pytest

from cxdesigner.cli.main import main
from cxdesigner.export.pdf import export_pdf
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.storage import SaveError, save_map
from tests.factories import small_map

OLD = b"%PDF-1.4 the previous export\n"


def test_missing_folder_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SaveError, match="does not exist"):
        export_pdf(small_map(), tmp_path / "nowhere" / "out.pdf", PdfOptions())


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def write(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("cxdesigner.storage.atomic.os.write", write)


def test_full_disk_keeps_the_existing_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    target.write_bytes(OLD)
    _full_disk(monkeypatch)
    with pytest.raises(SaveError, match="disk is full"):
        export_pdf(small_map(), target, PdfOptions(mode="handout"))
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no temporary file left


def test_command_line_full_disk_exits_1_and_keeps_the_file(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "map.cxmap"
    save_map(small_map(), source)
    target = tmp_path / "out.pdf"
    target.write_bytes(OLD)
    _full_disk(monkeypatch)
    assert main(["export", str(source), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "out.pdf" in err and "disk is full" in err and "Traceback" not in err
    assert target.read_bytes() == OLD


def test_success_replaces_the_file_without_a_backup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    target.write_bytes(OLD)
    export_pdf(small_map(), target, PdfOptions())
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes() != OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
