"""A Finnish map prints Finnish labels (legend, title block, cover, footers, poster notes) and
Finnish dates and decimal commas, whoever exports it; an English map keeps English ones. The
labels come from resources/translations/cxdesigner_fi.ts through the Qt-free cxdesigner.i18n."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cxdesigner.export.pdf_options import Mode
from cxdesigner.export.pdf_sheet import format_date, format_number
from cxdesigner.templates import load_template

from .helpers import all_text, export, outline_titles, squeeze

DATE = dt.date(2026, 3, 7)


@pytest.fixture(scope="module")
def finnish_map():  # noqa: ANN201
    m = load_template("palvelupolku-fi")
    assert m.language.startswith("fi")
    return m


def test_fit_page_prints_finnish_legend_and_title_block(finnish_map, tmp_path: Path) -> None:  # noqa: ANN001
    reader, _ = export(finnish_map, tmp_path / "fi.pdf", date=DATE, source_name="palvelupolku.cxmap")
    text = all_text(reader)
    for label in ("Selite", "Otsikko:", "Päivämäärä:7.3.2026", "Tiedosto:palvelupolku.cxmap", "Kanavat:", "Sivu1/1"):
        assert squeeze(label) in text, label
    if any(tp.moment_of_truth for tp in finnish_map.touchpoints()):
        assert "Totuudenhetki" in text
    if any(ln.kind.value == "emotion_curve" for ln in finnish_map.lanes):
        assert "+2erittäinmyönteinen" in text and "−2erittäinkielteinen" in text
    for english in ("Legend", "Date:", "Page1of1", "Channels:", "Momentoftruth", "verypositive"):
        assert english not in text, english


def test_handout_cover_and_footers_are_finnish(finnish_map, tmp_path: Path) -> None:  # noqa: ANN001
    reader, _ = export(finnish_map, tmp_path / "handout.pdf", mode=Mode.HANDOUT, date=DATE)
    text = all_text(reader)
    assert "Kansilehti·Sivu1/" in text
    assert "Totuudenhetket" in text and "Tunnekäyrä" in text
    assert f"Vaihe1/{len(finnish_map.phases)}:" in text
    assert "Päivämäärä:7.3.2026" in text
    assert outline_titles(reader) == ["Kansilehti"] + [p.name for p in finnish_map.phases]
    for english in ("Cover", "Momentsoftruth", "Emotioncurve", "Phase1of", "Date:"):
        assert english not in text, english


def test_poster_notes_are_finnish_with_a_decimal_comma(finnish_map, tmp_path: Path) -> None:  # noqa: ANN001
    reader, _ = export(finnish_map, tmp_path / "poster.pdf", mode=Mode.POSTER, page_size="A4", scale=62.5, date=DATE)
    text = all_text(reader)
    assert "Juliste:" in text and "mittakaava62,5%" in text
    assert "Näinpalatsopivatyhteen" in text and "PalaA1" in text
    assert "Leikkaajokainenpala" in text
    assert "Poster:" not in text and "62.5" not in text


def test_english_map_keeps_english_labels(tmp_path: Path) -> None:
    m = load_template("service-journey-en")
    reader, _ = export(m, tmp_path / "en.pdf", date=DATE)
    text = all_text(reader)
    assert "Legend" in text and "Date:2026-03-07" in text and "Page1of1" in text
    assert "Selite" not in text


def test_date_and_number_formats() -> None:
    assert format_date(DATE, "fi") == "7.3.2026"
    assert format_date(DATE, "fi-FI") == "7.3.2026"
    assert format_date(DATE, "en") == "2026-03-07"
    assert format_number(62.5, "g", "fi") == "62,5"
    assert format_number(62.5, "g", "en") == "62.5"
