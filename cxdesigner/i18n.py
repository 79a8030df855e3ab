"""Translations for the parts of CX Designer that run without Qt (PDF labels, command line).

The same Qt Linguist files serve both worlds: ``resources/translations/cxdesigner_LANG.ts`` is
compiled to ``.qm`` for the Qt user interface (QTranslator), and read here directly with the
standard library for Qt-free code. Write ``translate("Context", "Text with {name}")`` — Qt's
``pyside6-lupdate`` extracts these calls just like ``QCoreApplication.translate`` — and format
the result with ``str.format``.

What is printed on a map (PDF labels, legends) follows the map's language, not the UI's, so a
Finnish map prints in Finnish whoever exports it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from . import resources


def primary_language(language: str | None) -> str:
    """'fi' for 'fi', 'fi-FI', 'fi_FI.UTF-8'; 'en' for anything empty."""
    if not language:
        return "en"
    return language.replace("_", "-").split("-")[0].split(".")[0].lower() or "en"


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    node = resources.root().joinpath("translations", f"cxdesigner_{language}.ts")
    if not node.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.fromstring(node.read_bytes())
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not translation.text:
                continue
            table[(name, source)] = translation.text
    return table


def translate(context: str, text: str, language: str | None = "en") -> str:
    """``text`` in ``language`` (English, the source language, when there is no translation)."""
    lang = primary_language(language)
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)


def available_languages() -> list[str]:
    folder = resources.root().joinpath("translations")
    found = {"en"}
    if folder.is_dir():
        found |= {p.name[len("cxdesigner_") : -3] for p in folder.iterdir() if p.name.startswith("cxdesigner_") and p.name.endswith(".ts")}
    return sorted(found)
