"""Help ▸ About: the version, the licence, and the licences of what is bundled (font, icons)."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, resources


def font_licence_text() -> str:
    try:
        return resources.read_bytes("fonts", "LICENSE-DejaVu.txt").decode("utf-8")
    except OSError:  # pragma: no cover - the file ships with the app
        return "DejaVu fonts: Bitstream Vera licence and public domain changes (https://dejavu-fonts.github.io/)."


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About CX Designer"))
        self.resize(620, 520)
        heading = QLabel(
            f"<h2>CX Designer {escape(__version__)}</h2><p>"
            + escape(self.tr("Design customer journey maps, offline. Your maps stay on your computer."))
            + "</p>"
        )
        heading.setObjectName("aboutHeading")
        heading.setWordWrap(True)
        heading.setAccessibleName(self.tr("CX Designer version %1").replace("%1", __version__))
        self.version_label = heading

        rows = [
            (self.tr("CX Designer"), self.tr("MIT licence.")),
            (self.tr("Font"), self.tr("DejaVu Sans (regular and bold), bundled for the canvas and the PDF: "
                                       "Bitstream Vera licence with public domain changes by the DejaVu "
                                       "authors. The full text is on the Font licence tab.")),
            (self.tr("Icons"), self.tr("The application icon and the palette icons are drawn for CX Designer "
                                        "and share its MIT licence; other icons come from Qt.")),
            (self.tr("Libraries"), self.tr("Qt %1 and PySide6 %2 (LGPL v3), ReportLab (BSD licence).")
             .replace("%1", qVersion()).replace("%2", pyside_version)),
        ]
        credits = QLabel("".join(f"<p><b>{escape(name)}</b> — {escape(text)}</p>" for name, text in rows))
        credits.setObjectName("aboutCredits")
        credits.setWordWrap(True)
        credits.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        credits.setContentsMargins(10, 6, 10, 6)
        credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)
        credits.setAccessibleName(self.tr("Licences"))
        self.credits = credits

        licence = QPlainTextEdit(font_licence_text())
        licence.setObjectName("fontLicence")
        licence.setReadOnly(True)
        licence.setAccessibleName(self.tr("DejaVu font licence"))
        self.font_licence = licence

        tabs = QTabWidget()
        tabs.setObjectName("aboutTabs")
        tabs.setAccessibleName(self.tr("About CX Designer"))
        tabs.addTab(credits, self.tr("&Licences"))
        tabs.addTab(licence, self.tr("&Font Licence"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()
