"""Refresh the Qt Linguist sources in resources/translations/ and compile them.

    python tools/update_translations.py            # lupdate over cxdesigner/, then lrelease
    python tools/update_translations.py --check    # exit 1 listing strings without a translation

Extraction is ``pyside6-lupdate`` over every ``.py`` file in ``cxdesigner/`` (it finds
``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``, ``QT_TRANSLATE_NOOP`` and the Qt-free
``translate("Ctx", "…")`` of ``cxdesigner.i18n`` with two arguments), plus what lupdate cannot
see: the Qt-free ``translate("Ctx", "…", language)`` with its third argument, and module
helpers such as ``def _tr(text): return QCoreApplication.translate("FileOps", text)``. Calls
``_tr("literal")`` of such a helper are found with :mod:`ast` and merged into the ``.ts`` as
ordinary messages of that context, so code written in that style is translated too.

The ``.qm`` files are committed next to the ``.ts`` (a source checkout runs without a build step);
``tests/ui/test_i18n_completeness.py`` fails when one is not what ``lrelease`` makes of its ``.ts``.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "cxdesigner"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi",)
_TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _tool(name: str) -> str:
    """``pyside6-NAME`` next to this Python (the virtualenv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pyside6-essentials)")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool = False


# -- the helpers lupdate does not see --------------------------------------------------------
def _helper_context(fn: ast.FunctionDef) -> str | None:
    """"FileOps" for ``def _tr(text): return QCoreApplication.translate("FileOps", text)``."""
    if not fn.args.args:
        return None
    param = fn.args.args[0].arg
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        ctx, text = node.args[0], node.args[1]
        if (
            name in _TRANSLATE_NAMES
            and isinstance(ctx, ast.Constant)
            and isinstance(ctx.value, str)
            and isinstance(text, ast.Name)
            and text.id == param
        ):
            return ctx.value
    return None


def helper_messages(files: list[Path] | None = None) -> set[Message]:
    """Literal calls of per-module translation helpers (``_tr("…")``), by the helper's context."""
    found: set[Message] = set()
    for path in files if files is not None else source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {
            fn.name: ctx
            for fn in tree.body
            if isinstance(fn, ast.FunctionDef) and (ctx := _helper_context(fn)) is not None
        }
        # ``tr = lambda s: QCoreApplication.translate("Metrics", s)`` inside a function.
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Lambda)
            ):
                fake = ast.FunctionDef(node.targets[0].id, node.value.args, [ast.Return(node.value.body)], [], None)
                if (ctx := _helper_context(fake)) is not None:
                    helpers[node.targets[0].id] = ctx
        qt_free = _imports_qt_free_translate(tree)
        for node in ast.walk(tree):
            if qt_free and _is_qt_free_call(node):
                found.add(Message(node.args[0].value, node.args[1].value))  # type: ignore[attr-defined]
                continue
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
                found.add(Message(helpers[node.func.id], node.args[0].value, numerus))
    return found


def _imports_qt_free_translate(tree: ast.Module) -> bool:
    """The module imports ``translate`` (or ``i18n``) from ``cxdesigner.i18n``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module.endswith("i18n") and any(a.name == "translate" for a in node.names):
                return True
            if any(a.name == "i18n" for a in node.names):
                return True
    return False


def _is_qt_free_call(node: ast.AST) -> bool:
    """``translate("Ctx", "Text", language)``: lupdate skips it (it takes a third argument for a
    literal disambiguation), so it is found here."""
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return False
    func = node.func
    named = (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name)
        and func.value.id == "i18n"
    )
    return named and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])


# -- .ts files --------------------------------------------------------------------------------
def _write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def merge_helpers(ts: Path, messages: set[Message]) -> None:
    """Make the helper messages live entries of ``ts`` (lupdate marks them vanished)."""
    root = ET.parse(ts).getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for msg in sorted(messages, key=lambda m: (m.context, m.source)):
        context = contexts.get(msg.context)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = msg.context
            contexts[msg.context] = context
        entry = next((e for e in context.findall("message") if e.findtext("source") == msg.source), None)
        if entry is None:
            entry = ET.SubElement(context, "message")
            if msg.numerus:
                entry.set("numerus", "yes")
            ET.SubElement(entry, "source").text = msg.source
            translation = ET.SubElement(entry, "translation", type="unfinished")
            if msg.numerus:
                ET.SubElement(translation, "numerusform")
            continue
        translation = entry.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            done = bool(translation.text) or any(f.text for f in translation.findall("numerusform"))
            if done:
                del translation.attrib["type"]
            else:
                translation.set("type", "unfinished")
    _write_ts(root, ts)


def drop_stale(ts: Path) -> None:
    """Remove messages no source has any more (vanished/obsolete after the merge), and those
    lupdate files under an empty context: a local ``tr("…")`` helper it mistook for ``self.tr``
    (found again, under its real context, by :func:`helper_messages`)."""
    root = ET.parse(ts).getroot()
    for context in root.findall("context"):
        if not context.findtext("name"):
            root.remove(context)
            continue
        for entry in context.findall("message"):
            translation = entry.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                context.remove(entry)
        if not context.findall("message"):
            root.remove(context)
    _write_ts(root, ts)


def lupdate(ts: Path, language: str) -> None:
    files = [str(p) for p in source_files()]
    subprocess.run(
        [_tool("lupdate"), *files, "-ts", str(ts), "-source-language", "en", "-target-language", language,
         "-locations", "none", "-silent"],
        check=True,
        capture_output=True,
        text=True,
    )


def refresh(ts: Path, language: str, keep_stale: bool = False) -> None:
    """Bring ``ts`` up to date with the sources: new strings appear as unfinished."""
    lupdate(ts, language)
    merge_helpers(ts, helper_messages())
    if not keep_stale:
        drop_stale(ts)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def untranslated(ts: Path) -> list[Message]:
    """Live messages of ``ts`` without a finished translation (every plural form filled)."""
    missing = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name", "")
        for entry in context.findall("message"):
            translation = entry.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = entry.get("numerus") == "yes"
            forms = [f.text for f in translation.findall("numerusform")] if translation is not None else []
            text_ok = all(forms) and bool(forms) if numerus else bool(translation is not None and translation.text)
            if kind == "unfinished" or not text_ok:
                missing.append(Message(name, entry.findtext("source", ""), numerus))
    return missing


def check(language: str) -> list[Message]:
    """Refresh a copy of the language's ``.ts`` from today's sources; what it lacks."""
    ts = TRANSLATIONS / f"cxdesigner_{language}.ts"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        if ts.exists():
            shutil.copyfile(ts, copy)
        refresh(copy, language)
        return untranslated(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list untranslated strings; exit 1 if any")
    parser.add_argument("--keep-stale", action="store_true", help="keep strings the sources no longer use")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            missing = check(language)
        else:
            ts = TRANSLATIONS / f"cxdesigner_{language}.ts"
            refresh(ts, language, args.keep_stale)
            lrelease(ts, ts.with_suffix(".qm"))
            missing = untranslated(ts)
        for msg in missing:
            print(f"{language}: untranslated [{msg.context}] {msg.source!r}")
        if missing:
            status = 1
        print(f"{language}: {len(missing)} untranslated", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
