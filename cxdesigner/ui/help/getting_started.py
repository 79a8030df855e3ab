"""Help ▸ Getting started: the method in five steps, the keys that matter, and a guided example.

"Open the Example Map" opens a complete example journey in the user interface's language (the
Finnish *palvelupolku* in Finnish, the English service journey otherwise) as an untitled map.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...templates import EXAMPLE_TEMPLATE, load_template

if TYPE_CHECKING:
    from ..main_window import MainWindow

FINNISH_EXAMPLE = "palvelupolku-fi"


def example_template_for(language: str) -> str:
    return FINNISH_EXAMPLE if language.startswith("fi") else EXAMPLE_TEMPLATE


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setWindowTitle(self.tr("Getting Started"))
        self.resize(640, 600)
        self.text = QTextBrowser()
        self.text.setObjectName("gettingStartedText")
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Getting started guide"))
        self.text.setHtml(self.guide_html())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_example = self.buttons.addButton(self.tr("&Open the Example Map"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_example.setAccessibleDescription(
            self.tr("Opens a complete example journey map as a new untitled map")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.open_example.setFocus()

    def guide_html(self) -> str:
        steps = [
            self.tr("<b>Choose the journey and its phases.</b> Start from a template (File ▸ New) and "
                    "name the phases along the journey, e.g. <i>Need arises → Searching → Agreement → "
                    "Using the service → Ending</i>. Insert ▸ Phase adds one."),
            self.tr("<b>List the touchpoints</b> in each phase: web, mobile, social media, friends and "
                    "colleagues, customer service… Drag them from the palette or use Insert ▸ Touchpoint."),
            self.tr("<b>Describe every touchpoint</b> in the lanes: what the customer thinks, feels, "
                    "sees, hears and does, their expectations, the pain points and the improvements. "
                    "Write in the customer's own words."),
            self.tr("<b>Mark the moments of truth</b> (Ctrl+T) and give each touchpoint an emotion "
                    "score in the inspector: the emotion curve draws itself."),
            self.tr("<b>Link each improvement to the pain point it addresses:</b> select the improvement "
                    "and drag its round handle onto the pain point (or Edit ▸ Link Cards, Ctrl+L)."),
            self.tr("<b>Give each improvement an owner, a priority and a status</b> in the inspector or in "
                    "Workshop ▸ Action Plan; the PDF export can add the action plan as a page."),
            self.tr("<b>Share and steer.</b> Save the map, print it as a PDF poster or handouts, "
                    "and compare the current state with the ideal state: Workshop ▸ Current and Ideal "
                    "States ▸ New Ideal State from Current (Ctrl+Shift+N), then Compare States Side by "
                    "Side (Ctrl+Shift+D)."),
        ]
        keys = [
            self.tr("Arrow keys move between cards; F6 moves between the map, palette and inspector."),
            self.tr("F2 edits the selected card; Ctrl+Return adds a card to the current cell."),
            self.tr("Enter on a palette entry inserts it without the mouse."),
        ]
        title = self.tr("Your first journey map")
        keyboard = self.tr("Working with the keyboard")
        privacy = self.tr("Your maps stay on your computer: nothing is sent anywhere.")
        parts = [f"<h2>{escape(title)}</h2>", "<ol>"]
        parts += [f"<li>{step}</li>" for step in steps]
        parts += ["</ol>", f"<h3>{escape(keyboard)}</h3>", "<ul>"]
        parts += [f"<li>{escape(k)}</li>" for k in keys]
        parts += ["</ul>", f"<p>{escape(privacy)}</p>"]
        return "\n".join(parts)


def show_getting_started(window: MainWindow) -> bool:
    """Show the guide; open the example map if asked (after the unsaved-changes prompt)."""
    from ..document import Document

    dialog = GettingStartedDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if not window.maybe_save():
        return False
    window.set_document(Document(load_template(example_template_for(QLocale().name()))))
    return True
