"""The Finnish translation is complete and compiled: the same extraction as
``tools/update_translations.py`` (pyside6-lupdate over cxdesigner/ plus the ``_tr("…")`` helpers and
the Qt-free ``translate("Ctx", "…", language)`` calls) finds nothing unfinished, and the committed
``.qm`` is what ``lrelease`` makes of the ``.ts``."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cxdesigner_fi.ts"
QM = TS.with_suffix(".qm")


def _tool_module():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


ut = _tool_module()
needs_tools = pytest.mark.skipif(
    not (Path(sys.executable).parent / "pyside6-lupdate").exists() and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate/lrelease are not installed",
)


@needs_tools
def test_every_user_visible_string_has_a_finnish_translation() -> None:
    missing = ut.check("fi")
    listing = "\n".join(f"  [{m.context}] {m.source!r}" for m in missing)
    assert not missing, f"{len(missing)} strings have no finished Finnish translation in {TS.name}:\n{listing}\n" \
        "Run tools/update_translations.py, translate them (Qt Linguist or the .ts), and run it again."


@needs_tools
def test_committed_qm_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    ut.lrelease(TS, fresh)
    assert QM.exists(), "cxdesigner_fi.qm is missing: run tools/update_translations.py"
    assert QM.read_bytes() == fresh.read_bytes(), "cxdesigner_fi.qm is older than the .ts: run tools/update_translations.py"


def _messages() -> list[tuple[str, str, list[str]]]:
    found = []
    for context in ET.parse(TS).getroot().findall("context"):
        for entry in context.findall("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete", "unfinished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            found.append((context.findtext("name", ""), entry.findtext("source", ""), forms))
    return found


def test_translations_keep_placeholders_and_mnemonics() -> None:
    """%1, %n, {name} and [*] survive translation, and a menu text keeps exactly one mnemonic."""
    placeholder = re.compile(r"%\d|\{\w+\}|\[\*\]")
    problems = []
    for context, source, forms in _messages():
        wanted = sorted(placeholder.findall(source))
        for text in forms:
            if sorted(placeholder.findall(text)) != wanted:
                problems.append(f"[{context}] {source!r} → {text!r}: placeholders differ")
            if ("%n" in source) and "%n" not in text and len(forms) > 1:
                problems.append(f"[{context}] {source!r} → {text!r}: lost %n")
            amps = lambda s: len(re.findall(r"&(?=\w)", s.replace("&&", "")))  # noqa: E731
            if amps(source) != amps(text):
                problems.append(f"[{context}] {source!r} → {text!r}: mnemonic count differs")
    assert not problems, "\n".join(problems)


def test_menu_mnemonics_are_unique_in_finnish() -> None:
    """Within one menu, two Finnish entries never share a mnemonic letter (Alt+letter is unambiguous)."""
    table = {(c, s): f[0] for c, s, f in _messages()}
    menus = {
        "menu bar": ["&File", "&Edit", "&View", "&Insert", "&Workshop", "&Tools", "&Help"],
        "File": ["&New…", "&Open…", "Open &Recent", "&Save", "Save &As…", "Re&vert", "&Quit"],
        "Edit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Dup&licate", "&Delete", "Select &All", "&Edit Text",
                 "&Moment of Truth", "Card C&olour", "Pre&ferences…"],
        "View": ["Zoom &In", "Zoom &Out", "&Actual Size (100 %)", "&Fit Map", "Fit &Width", "Pa&lette", "I&nspector",
                 "&History", "&Go To"],
        "Go To": ["Next &Pane", "Pre&vious Pane", "Go to &Map", "Go to P&alette", "Go to &Inspector"],
        "Insert": ["&Phase", "&Touchpoint", "&Card in Current Cell", "&Lane"],
        "Help": ["&Getting Started", "&About CX Designer"],
    }
    clashes = []
    for menu, sources in menus.items():
        letters: dict[str, str] = {}
        for source in sources:
            text = table.get(("WindowActions", source), "")
            match = re.search(r"&(\w)", text)
            assert match, f"{menu}: {source!r} has no Finnish mnemonic ({text!r})"
            letter = match.group(1).lower()
            if letter in letters:
                clashes.append(f"{menu}: {text!r} and {letters[letter]!r} both use Alt+{letter}")
            letters[letter] = text
    assert not clashes, "\n".join(clashes)


def test_helper_and_qt_free_calls_are_extracted(tmp_path: Path) -> None:
    """The two kinds of call lupdate misses are found by the tool's own pass."""
    source = tmp_path / "sample.py"
    source.write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication
        from ..i18n import translate

        def _tr(text):
            return QCoreApplication.translate("Sample", text)

        def label(language):
            return _tr("Hello") + translate("Printed", "Legend", language) + _tr(variable_is_skipped)
    '''))
    found = ut.helper_messages([source])
    assert found == {ut.Message("Sample", "Hello"), ut.Message("Printed", "Legend")}
