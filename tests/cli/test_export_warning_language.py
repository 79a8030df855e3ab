"""``cxdesigner export`` words its warnings in the shell's language, as other Unix tools do:
LC_ALL, then LC_MESSAGES, then LANG (English when none is set). Real subprocesses; the help text
and the printed PDF do not change with it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxdesigner.cli.export_cmd import message_language
from cxdesigner.storage import save_map
from tests.export.helpers import all_text
from tests.factories import generated_map

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def cx(*args: str, cwd: Path, **locale: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", **locale)
    result = subprocess.run(
        [sys.executable, "-m", "cxdesigner", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def crowded_map(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A map too big for one A4 page, with a card the font cannot draw; and that card's id."""
    m = generated_map(2000, phases=8, touchpoints_per_phase=6)
    card = next(iter(m.cards.values()))
    card.text = "ሰላም"  # Ethiopic: DejaVu Sans has none of it
    path = tmp_path_factory.mktemp("maps") / "crowded.cxmap"
    save_map(m, path)
    return path, card.id


def _warnings(result: subprocess.CompletedProcess[str]) -> list[str]:
    prefix = "cxdesigner: warning: "
    return [line[len(prefix) :] for line in result.stderr.splitlines() if line.startswith(prefix)]


def test_lang_finnish_gives_finnish_warnings(crowded_map: tuple[Path, str], tmp_path: Path) -> None:
    source, card_id = crowded_map
    out = tmp_path / "fi.pdf"
    result = cx("export", str(source), "-o", str(out), cwd=tmp_path, LANG="fi_FI.UTF-8")
    assert result.returncode == 0, result.stderr
    glyph, tiny = _warnings(result)
    assert glyph.startswith("Fontista puuttuu ላ (U+120B), ም (U+121D), ሰ (U+1230) kohdassa: kortti " + card_id)
    assert glyph.endswith("Puuttuvat merkit tulostuvat tyhjinä ruutuina.")
    assert re.fullmatch(
        r"Yhdellä A4-sivulla korttien teksti tulostuu \d+,\d pt:n kokoisena, liian pienenä luettavaksi; "
        r"kokeile julistetilaa tai suurempaa sivukokoa\.",
        tiny,
    ), tiny
    assert result.stdout.strip() == f"{out}: exported"
    assert "Legend" in all_text(PdfReader(out))  # the English map still prints in English


def test_no_locale_gives_english(crowded_map: tuple[Path, str], tmp_path: Path) -> None:
    source, card_id = crowded_map
    result = cx("export", str(source), "-o", str(tmp_path / "en.pdf"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    glyph, tiny = _warnings(result)
    assert glyph.startswith("The font has no glyph for ላ (U+120B), ም (U+121D), ሰ (U+1230) in card " + card_id)
    assert re.fullmatch(
        r"On one A4 page the card text prints at \d+\.\d pt, too small to read; "
        r"try poster mode or a larger page size\.",
        tiny,
    ), tiny


@pytest.mark.parametrize(
    ("locale", "finnish"),
    [
        ({"LC_ALL": "C", "LANG": "fi_FI.UTF-8"}, False),  # LC_ALL wins
        ({"LC_MESSAGES": "fi_FI.UTF-8", "LANG": "en_GB.UTF-8"}, True),  # then LC_MESSAGES
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "fi"}, True),  # empty ones do not count
    ],
)
def test_the_order_of_the_locale_variables(
    crowded_map: tuple[Path, str], tmp_path: Path, locale: dict[str, str], finnish: bool
) -> None:
    source, _ = crowded_map
    result = cx("export", str(source), "-o", str(tmp_path / "out.pdf"), cwd=tmp_path, **locale)
    assert result.returncode == 0, result.stderr
    first = _warnings(result)[0]
    assert first.startswith("Fontista puuttuu" if finnish else "The font has no glyph"), first


def test_help_stays_english_in_a_finnish_shell(tmp_path: Path) -> None:
    result = cx("export", "--help", cwd=tmp_path, LANG="fi_FI.UTF-8")
    assert result.returncode == 0
    assert "the .cxmap file to export" in result.stdout


def test_message_language_reads_the_environment_like_other_tools() -> None:
    assert message_language({}) == "en"
    assert message_language({"LANG": "fi_FI.UTF-8"}) == "fi"
    assert message_language({"LANG": "fi_FI.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}) == "en"
    assert message_language({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fi_FI", "LC_ALL": ""}) == "fi"
    assert message_language({"LC_ALL": "fi_FI@euro", "LC_MESSAGES": "en_US"}) == "fi"
    assert message_language({"LC_ALL": "C.UTF-8", "LANG": "fi_FI.UTF-8"}) == "en"
    assert message_language({"LC_MESSAGES": "POSIX", "LANG": "fi_FI.UTF-8"}) == "en"
