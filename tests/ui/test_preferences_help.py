"""Help ▸ Getting started (a guide that opens a guided example map) and Help ▸ About (version
and the licences of the bundled font and icons)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from cxdesigner import __version__
from cxdesigner.ui.help import AboutDialog, GettingStartedDialog, example_template_for


def test_help_menu_has_getting_started_then_about(make_window) -> None:  # noqa: ANN001
    window = make_window()
    texts = [a.text() for a in window.actions_.help_menu.actions() if not a.isSeparator()]
    assert texts[0] == "&Getting Started" and texts[-1] == "&About CX Designer"
    assert not window.actions_.getting_started.shortcut().isEmpty()  # F1 where the platform has it


def test_getting_started_shows_the_guide(make_window, no_modal_dialogs) -> None:  # noqa: ANN001
    window = make_window()
    before = window.document
    window.actions_.getting_started.trigger()
    assert no_modal_dialogs == ["Getting Started"]
    assert window.document is before  # closed without opening the example


def test_getting_started_opens_the_example_map(make_window, monkeypatch, qtbot) -> None:  # noqa: ANN001
    window = make_window()
    window.document.undo_stack.setClean()
    monkeypatch.setattr(GettingStartedDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted.value))
    window.actions_.getting_started.trigger()
    m = window.document.map
    assert window.document.path is None  # untitled: saving asks for a name
    assert len(m.phases) >= 4 and m.cards  # a complete, guided example
    assert example_template_for("fi_FI") == "palvelupolku-fi"
    assert example_template_for("en_US") == "service-journey-en"


def test_guide_speaks_the_method(qtbot) -> None:  # noqa: ANN001
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for words in ("phases", "touchpoints", "pain points", "moments of truth", "emotion curve", "ideal state", "F6"):
        assert words in text, words


def test_the_guide_names_the_keys_the_window_really_has(make_window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QKeySequence

    from cxdesigner.model import LinkKind

    window = make_window()
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "round handle" in text and "Ctrl+L" in text
    assert "Workshop ▸ Action Plan" in text
    assert window.workshop.action_plan_dock.windowTitle() == "Action Plan"
    workshop_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Workshop")
    assert any(a.text().replace("&", "") == "Action Plan" for a in workshop_menu.actions())
    link = window.link_actions[LinkKind.ADDRESSES].shortcut()
    assert link == QKeySequence("Ctrl+L")


def test_about_lists_version_and_licences(make_window, no_modal_dialogs, qtbot) -> None:  # noqa: ANN001
    window = make_window()
    window.actions_.about.trigger()
    assert no_modal_dialogs == ["About CX Designer"]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    credits = dialog.credits.text()
    assert "MIT" in credits and "DejaVu" in credits and "Icons" in credits
    assert "Bitstream Vera" in dialog.font_licence.toPlainText()
