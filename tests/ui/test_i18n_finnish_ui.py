"""The user interface in Finnish: real QTranslators (cxdesigner_fi.qm and Qt's qtbase_fi), the
default QLocale's decimal comma and dates, and the language choice in the settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from cxdesigner.model import Channel, LaneKind
from cxdesigner.ui.app import ensure_app
from cxdesigner.ui.i18n_setup import LANGUAGE_KEY, chosen_language, install_translators, supported_languages
from cxdesigner.ui.vocabulary_names import channel_name, command_name, emotion_name, lane_kind_name


@pytest.fixture
def finnish() -> Iterator[None]:
    ensure_app()
    assert install_translators("fi") == "fi"
    yield
    install_translators("en")


def _menu_titles(window) -> list[str]:  # noqa: ANN001
    return [a.text() for a in window.menuBar().actions()]


def test_finnish_is_offered() -> None:
    ensure_app()
    assert supported_languages() == ["en", "fi"]


def test_menus_are_finnish_with_the_finnish_translator(finnish, make_window) -> None:  # noqa: ANN001
    window = make_window()
    titles = _menu_titles(window)
    assert titles[:4] == ["&Tiedosto", "&Muokkaa", "&Näytä", "&Lisää"]
    assert titles[-1] == "&Ohje"
    file_menu = [a.text() for a in window.actions_.file_menu.actions() if a.text()]
    assert "&Uusi…" in file_menu and "&Tallenna" in file_menu
    assert window.palette_dock.windowTitle() == "Paletti"
    assert window.actions_.getting_started.text() == "&Aloitusopas"
    assert window.actions_.preferences.text() == "A&setukset…"
    assert window.palette.topLevelItem(1).text(0) == "Kohtaamishetket"


def test_menus_are_english_without_it(make_window) -> None:  # noqa: ANN001
    ensure_app()
    install_translators("en")
    assert _menu_titles(make_window())[:4] == ["&File", "&Edit", "&View", "&Insert"]


def test_vocabulary_undo_names_and_plurals_in_finnish(finnish, make_window) -> None:  # noqa: ANN001
    assert lane_kind_name(LaneKind.PAIN_POINTS) == "Kipupisteet"
    assert lane_kind_name(LaneKind.EMOTION_CURVE) == "Tunnekäyrä"
    assert lane_kind_name(LaneKind.TOUCHPOINTS) == "Kohtaamishetket"
    assert channel_name(Channel.SOCIAL_MEDIA) == "Some"
    assert emotion_name(-2) == "−2 Erittäin kielteinen"
    assert command_name("Toggle moment of truth") == "Vaihda totuuden hetki"
    assert command_name("Move 3 cards") == "Siirrä 3 korttia"
    window = make_window()
    assert window.windowTitle().endswith("— CX Designer")
    assert QCoreApplication.translate("MainWindow", "%n selected", "", 1) == "1 valittu"
    assert QCoreApplication.translate("MainWindow", "%n selected", "", 4) == "4 valittua"


def test_qt_own_texts_are_finnish_too(finnish, qtbot) -> None:  # noqa: ANN001
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Peru"


def test_numbers_and_dates_follow_the_finnish_locale(finnish, make_window) -> None:  # noqa: ANN001
    locale = QLocale()
    assert locale.language() == QLocale.Language.Finnish
    assert locale.toString(1.5, "f", 1) == "1,5"
    assert locale.decimalPoint() == ","
    assert locale.toString(QDate(2026, 11, 22), QLocale.FormatType.ShortFormat) == "22.11.2026"
    window = make_window()
    window.view.set_zoom(1.5) if hasattr(window.view, "set_zoom") else window.view.zoom_in()
    assert window.zoom_label.text().startswith("Zoomaus ")


def test_english_numbers_use_a_decimal_point() -> None:
    ensure_app()
    install_translators("en")
    assert QLocale().toString(1.5, "f", 1) == "1.5"


def test_language_choice_is_read_from_the_settings(tmp_path) -> None:  # noqa: ANN001
    ensure_app()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "fi")
    assert chosen_language(settings) == "fi"
    settings.setValue(LANGUAGE_KEY, "en")
    assert chosen_language(settings) == "en"
    settings.setValue(LANGUAGE_KEY, "xx")  # not shipped: follow the system
    assert chosen_language(settings) in ("en", "fi")


def test_start_up_follows_the_preference_over_earlier_translators(tmp_path, make_window) -> None:  # noqa: ANN001
    """apply_startup_preferences (what ensure_app calls) installs the chosen language and removes
    translators installed before it (say, for the system locale)."""
    from cxdesigner.ui.preferences import apply_startup_preferences

    app = ensure_app()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    try:
        settings.setValue(LANGUAGE_KEY, "fi")
        assert apply_startup_preferences(app, settings) == "fi"
        assert _menu_titles(make_window())[0] == "&Tiedosto"
        settings.setValue(LANGUAGE_KEY, "en")
        assert apply_startup_preferences(app, settings) == "en"
        assert _menu_titles(make_window())[0] == "&File"
        assert QLocale().toString(2.5, "f", 1) == "2.5"
    finally:
        install_translators("en")
