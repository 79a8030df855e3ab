"""Preferences persist in QSettings (a temporary INI file, never the user's) and a new window
sees them; the theme applies at once; window geometry, docks and recent files are remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cxdesigner.ui.app import ensure_app
from cxdesigner.ui.document import Document
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.preferences import (
    AUTOSAVE_KEY,
    PAGE_SIZE_KEY,
    TEMPLATE_KEY,
    PreferencesDialog,
    autosave_interval,
    default_page_size,
    default_template,
    locale_page_size,
    theme,
)
from cxdesigner.ui.theme import THEME_KEY, apply_theme

from .conftest import small_map


@pytest.fixture
def ini(tmp_path) -> Iterator:  # noqa: ANN001
    """Settings in a temp folder through the default INI format, as ``QSettings()`` would find them."""
    ensure_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield lambda: QSettings()
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    apply_theme("system")


def test_defaults(ini) -> None:  # noqa: ANN001
    s = ini()
    assert autosave_interval(s) == 60
    assert default_page_size(s) == locale_page_size()
    assert default_template(s) == "service-journey-en"
    assert theme(s) == "system"


def test_letter_paper_in_us_locales() -> None:
    assert locale_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    assert locale_page_size(QLocale(QLocale.Language.English, QLocale.Country.Canada)) == "Letter"
    assert locale_page_size(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)) == "A4"
    assert locale_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "A4"


def test_dialog_saves_and_a_new_dialog_and_window_read_them_back(ini, qtbot) -> None:  # noqa: ANN001
    dialog = PreferencesDialog(ini())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    assert dialog.language_note.isVisibleTo(dialog)  # "takes effect when you start again"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.autosave.setValue(0)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("A3"))
    dialog.template.setCurrentIndex(dialog.template.findData("palvelupolku-fi"))
    dialog.accept()
    # The theme is effective at once.
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 100

    fresh = ini()  # a new QSettings object: read from the file
    assert fresh.value("ui/language") == "fi"
    assert fresh.value(THEME_KEY) == "dark"
    assert autosave_interval(fresh) == 0 and int(fresh.value(AUTOSAVE_KEY)) == 0
    assert fresh.value(PAGE_SIZE_KEY) == "A3" and default_page_size(fresh) == "A3"
    assert fresh.value(TEMPLATE_KEY) == "palvelupolku-fi"
    again = PreferencesDialog(fresh)
    qtbot.addWidget(again)
    assert again.language.currentData() == "fi"
    assert again.theme.currentData() == "dark"
    assert again.autosave.value() == 0 and again.autosave.text() == "Off"
    assert again.page_size.currentData() == "A3"
    assert again.template.currentData() == "palvelupolku-fi"


def test_cancel_changes_nothing(ini, qtbot) -> None:  # noqa: ANN001
    dialog = PreferencesDialog(ini())
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(300)
    dialog.reject()
    assert ini().value(AUTOSAVE_KEY) is None


def test_clear_recent_files(ini, qtbot) -> None:  # noqa: ANN001
    s = ini()
    s.setValue("recentFiles", ["/tmp/a.cxmap"])
    dialog = PreferencesDialog(s)
    qtbot.addWidget(dialog)
    assert dialog.clear_recent.isEnabled()
    dialog.clear_recent.click()
    assert not ini().value("recentFiles")


def test_edit_preferences_action_opens_the_dialog(make_window, no_modal_dialogs) -> None:  # noqa: ANN001
    window = make_window()
    window.actions_.preferences.trigger()
    assert no_modal_dialogs == ["Preferences"]
    assert window.actions_.preferences in window.actions_.edit_menu.actions()


def test_themes_apply_and_restore(qtbot) -> None:  # noqa: ANN001
    app = ensure_app()
    before = app.palette().color(QPalette.ColorRole.Window)
    font = app.font().pointSizeF()
    try:
        for name, dark in (("dark", True), ("light", False), ("projector", False)):
            assert apply_theme(name) == name
            window = app.palette().color(QPalette.ColorRole.Window)
            assert (window.lightness() < 128) is dark, name
            # Focus frames and selections stay visible: Highlight contrasts with Base.
            base, highlight = app.palette().color(QPalette.ColorRole.Base), app.palette().color(QPalette.ColorRole.Highlight)
            assert abs(base.lightness() - highlight.lightness()) > 60, name
        assert app.font().pointSizeF() > font  # projector: larger text
    finally:
        apply_theme("system")
    assert app.palette().color(QPalette.ColorRole.Window) == before
    assert app.font().pointSizeF() == font


def test_geometry_docks_and_recent_files_persist_across_windows(qtbot, settings) -> None:  # noqa: ANN001
    ensure_app()
    first = MainWindow(Document(small_map()), settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 470)  # inside the offscreen screen (800 × 600): restoreGeometry keeps windows on screen
    first.history_dock.hide()
    qtbot.wait(10)
    size = (first.width(), first.height())  # what the window could take (its minimum may be taller)
    assert size[0] == 640
    first.add_recent("/tmp/one.cxmap")
    first.add_recent("/tmp/two.cxmap")
    first.close()  # writes window/geometry and window/state
    second = MainWindow(Document(small_map()), settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert not second.history_dock.isVisible()
    assert second.palette_dock.isVisible()
    assert second.recent_files() == ["/tmp/two.cxmap", "/tmp/one.cxmap"]
    second.document.undo_stack.setClean()
    second.close()
