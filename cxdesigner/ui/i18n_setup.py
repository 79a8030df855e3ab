"""The user interface's language: Qt translators for CX Designer and for Qt's own dialogs.

The language is the one chosen in Preferences (``ui/language``: "fi", "en"), or, when that is
empty ("follow the system"), the system locale's if CX Designer has it, else English. Numbers and
dates follow the same choice through the default :class:`QLocale` (a decimal comma in Finnish).

A change takes effect at the next start: widgets translate their texts when they are built, and
the windows do not rebuild themselves when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import resources
from ..i18n import available_languages, primary_language

LANGUAGE_KEY = "ui/language"  # "" = follow the system locale

_installed: list[QTranslator] = []
_installed_language = "en"  # what install_translators last set up; English until it runs


def installed_language() -> str:
    """The language the running UI speaks, for Qt-free text shown in it (PDF export warnings)."""
    return _installed_language


def supported_languages() -> list[str]:
    """Languages with a user interface: English and those with a compiled translation."""
    folder = resources.path("translations")
    found = [lang for lang in available_languages() if lang == "en" or (folder / f"cxdesigner_{lang}.qm").is_file()]
    return found or ["en"]


def system_language() -> str:
    """The system locale's language if CX Designer speaks it, else English."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        lang = primary_language(name)
        if lang in supported_languages():
            return lang
    return "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language the UI uses: the Preferences choice, or the system's."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    lang = primary_language(value) if value else ""
    return lang if lang in supported_languages() else system_language()


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps fi_FI vs sv_FI details), else the language's."""
    system = QLocale.system()
    if primary_language(system.name()) == language:
        return system
    return QLocale(language)


def install_translators(language: str | None = None, settings: QSettings | None = None) -> str:
    """Install the translators for ``language`` (default: :func:`chosen_language`); return it.

    Replaces translators installed by an earlier call. Also sets the default QLocale, so
    ``QLocale().toString(1.5)`` reads "1,5" in Finnish.
    """
    global _installed_language
    app = QCoreApplication.instance()
    lang = primary_language(language) if language else chosen_language(settings)
    if app is None:
        return lang
    _installed_language = lang
    # Ours from an earlier call, and any a caller parented to the app (ensure_app's own).
    for old in {*_installed, *app.findChildren(QTranslator)}:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    if lang == "en":
        return lang
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("cxdesigner", str(resources.path("translations")))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
