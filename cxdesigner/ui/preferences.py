"""Preferences: the settings the user chooses, and the dialog that edits them.

Everything lives in QSettings under these keys (other modules read them through the functions
below, or the keys directly):

=============================  ===========================================================
``ui/language``                "" (follow the system), "en" or "fi" — effective after a restart
``ui/theme``                   "system", "light", "dark" or "projector" — effective at once
``autosave/interval_seconds``  int, default 60; 0 turns autosave off
``export/page_size``           "A4" (default), or "Letter" in US locales; also A3, Letter, …
``new/template``               the template a new map starts from (default: the example)
``recentFiles``                list of paths, kept by ``file_ops.py`` (cleared from here)
=============================  ===========================================================
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..templates import EXAMPLE_TEMPLATE, list_templates
from .i18n_setup import LANGUAGE_KEY, install_translators, supported_languages, system_language
from .theme import THEME_KEY, THEMES, apply_theme, theme_names

AUTOSAVE_KEY = "autosave/interval_seconds"
AUTOSAVE_DEFAULT = 60
PAGE_SIZE_KEY = "export/page_size"
TEMPLATE_KEY = "new/template"
RECENT_KEY = "recentFiles"  # owned by file_ops.py

PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid")
LANGUAGE_NAMES = {"en": "English", "fi": "Suomi"}  # each in its own language


# -- reading the settings ----------------------------------------------------------------------
def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def autosave_interval(settings: QSettings) -> int:
    """Seconds between autosaves; 0 means off."""
    return max(0, _int(settings.value(AUTOSAVE_KEY, AUTOSAVE_DEFAULT), AUTOSAVE_DEFAULT))


def locale_page_size(locale: QLocale | None = None) -> str:
    """Letter where paper is US-sized (United States, Canada, Mexico, …), else A4."""
    locale = locale or QLocale.system()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
              QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
              QLocale.Country.Venezuela, QLocale.Country.PuertoRico}
    if locale.territory() in letter or locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "Letter"
    return "A4"


def default_page_size(settings: QSettings) -> str:
    value = str(settings.value(PAGE_SIZE_KEY, "") or "")
    return value if value in PAGE_SIZES else locale_page_size()


def default_template(settings: QSettings) -> str:
    value = str(settings.value(TEMPLATE_KEY, "") or "")
    names = {info.name for info in list_templates()}
    return value if value in names else EXAMPLE_TEMPLATE


def theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system") or "system")
    return value if value in THEMES else "system"


def apply_startup_preferences(app: QApplication | None = None, settings: QSettings | None = None) -> str:
    """At start-up, before any window: the language's translators and the theme. Returns the language."""
    settings = settings or QSettings()
    language = install_translators(settings=settings)
    apply_theme(theme(settings), app)
    return language


# -- the dialog ------------------------------------------------------------------------------
class PreferencesDialog(QDialog):
    """Edits the preferences in ``settings``; OK writes them and applies the theme at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout()

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        system = system_language()
        self.language.addItem(self.tr("Same as the system (%1)").replace("%1", LANGUAGE_NAMES.get(system, system)), "")
        for lang in supported_languages():
            self.language.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        self._select(self.language, str(settings.value(LANGUAGE_KEY, "") or ""))
        self._row(form, self.tr("&Language:"), self.language,
                  self.tr("Language of menus and dialogs; takes effect when CX Designer is started again"))
        self.language_note = QLabel(self.tr("A new language takes effect when you start CX Designer again."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow("", self.language_note)

        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        for key, name in theme_names().items():
            self.theme.addItem(name, key)
        self._select(self.theme, theme(settings))
        self._row(form, self.tr("&Theme:"), self.theme, self.tr("Colours of the window; takes effect at once"))

        self.autosave = QSpinBox()
        self.autosave.setObjectName("autosaveSpin")
        self.autosave.setRange(0, 3600)
        self.autosave.setSingleStep(15)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setValue(autosave_interval(settings))
        self._row(form, self.tr("&Autosave every:"), self.autosave,
                  self.tr("Seconds between automatic saves of a recovery copy; 0 turns autosave off"))

        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSizeCombo")
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self._select(self.page_size, default_page_size(settings))
        self._row(form, self.tr("Default &page size:"), self.page_size, self.tr("Paper size the PDF export starts with"))

        self.template = QComboBox()
        self.template.setObjectName("templateCombo")
        for info in list_templates():
            self.template.addItem(info.title or info.name, info.name)
        self._select(self.template, default_template(settings))
        self._row(form, self.tr("Default t&emplate:"), self.template,
                  self.tr("Template selected first when you create a new map"))

        self.clear_recent = QPushButton(self.tr("&Clear Recent Files"))
        self.clear_recent.setObjectName("clearRecentButton")
        self.clear_recent.setAccessibleDescription(self.tr("Empties the File ▸ Open Recent menu"))
        self.clear_recent.clicked.connect(self._clear_recent)
        self.clear_recent.setEnabled(bool(settings.value(RECENT_KEY, [])))
        form.addRow(self.tr("Recent files:"), self.clear_recent)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, description: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)  # Alt+mnemonic moves the focus to the field
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
        form.addRow(caption, widget)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _language_changed(self) -> None:
        current = str(self.settings.value(LANGUAGE_KEY, "") or "")
        self.language_note.setVisible(self.language.currentData() != current)

    def _clear_recent(self) -> None:
        self.settings.remove(RECENT_KEY)
        self.clear_recent.setEnabled(False)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        s = self.settings
        s.setValue(LANGUAGE_KEY, self.language.currentData())
        s.setValue(THEME_KEY, self.theme.currentData())
        s.setValue(AUTOSAVE_KEY, self.autosave.value())
        s.setValue(PAGE_SIZE_KEY, self.page_size.currentData())
        s.setValue(TEMPLATE_KEY, self.template.currentData())
        s.sync()
        apply_theme(self.theme.currentData())


def show_preferences(window: QWidget, settings: QSettings) -> bool:
    """Edit the preferences modally; True when the user pressed OK."""
    dialog = PreferencesDialog(settings, window)
    return dialog.exec() == QDialog.DialogCode.Accepted
