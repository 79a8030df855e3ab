"""The Qt-free translation lookup reads the same Linguist files as the Qt UI."""

from __future__ import annotations

from cxdesigner import i18n


def test_english_is_the_source_language():
    assert i18n.translate("Any", "Legend", "en") == "Legend"
    assert i18n.translate("Any", "Legend", None) == "Legend"


def test_primary_language():
    assert i18n.primary_language("fi_FI.UTF-8") == "fi"
    assert i18n.primary_language("sv-FI") == "sv"
    assert i18n.primary_language("") == "en"


def test_finnish_catalogue_is_read_from_the_ts_file(tmp_path, monkeypatch):
    ts = tmp_path / "translations" / "cxdesigner_fi.ts"
    ts.parent.mkdir()
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context><name>PdfExport</name>
<message><source>Legend</source><translation>Selite</translation></message>
<message><source>Page {page} of {pages}</source><translation>Sivu {page}/{pages}</translation></message>
<message><source>Draft</source><translation type="unfinished">Luonnos</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )

    monkeypatch.setattr(i18n.resources, "root", lambda: _Folder(tmp_path))
    i18n._catalogue.cache_clear()
    try:
        assert i18n.translate("PdfExport", "Legend", "fi") == "Selite"
        assert i18n.translate("PdfExport", "Page {page} of {pages}", "fi_FI").format(page=2, pages=5) == "Sivu 2/5"
        assert i18n.translate("PdfExport", "Draft", "fi") == "Draft"  # unfinished: not used
        assert i18n.translate("Other", "Legend", "fi") == "Legend"  # context matters
        assert i18n.available_languages() == ["en", "fi"]
    finally:
        i18n._catalogue.cache_clear()


class _Folder:
    """A stand-in for importlib.resources' Traversable, rooted at a temporary folder."""

    def __init__(self, path):
        self.path = path

    def joinpath(self, *parts):
        return self.path.joinpath(*parts)
