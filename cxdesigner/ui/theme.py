"""Themes: the system's look, or CX Designer's light, dark and projector palettes.

``apply_theme(name)`` changes the whole application at once (no restart). Light, dark and
projector use Qt's Fusion style, which draws every widget from the palette, so the colours are
the same on Windows, macOS and Linux; "system" restores the platform style and palette.

The projector theme is for workshops: black on white with strong contrast, a larger font and a
saturated highlight that reads from the back of a room. Every theme keeps the keyboard focus
visible: the Highlight colour (focus frames, selected items) contrasts with Base and Window.

The map itself keeps its paper colours in every theme (cards are the colour of sticky notes on a
wall and print the same); only the window around it follows the theme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark", "projector")

_original: dict[str, object] = {}

R = QPalette.ColorRole
G = QPalette.ColorGroup


def theme_names() -> dict[str, str]:
    """Theme id → translated name, in menu order."""
    return {
        "system": QCoreApplication.translate("Theme", "Same as the system"),
        "light": QCoreApplication.translate("Theme", "Light"),
        "dark": QCoreApplication.translate("Theme", "Dark"),
        "projector": QCoreApplication.translate("Theme", "Projector (high contrast, large text)"),
    }


def _palette(colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(G.Disabled, role, QColor(value))
    return palette


def palette_for(name: str) -> QPalette | None:
    """The palette of a CX Designer theme (None for "system")."""
    if name == "light":
        return _palette(
            {
                R.Window: "#f3f3f3", R.WindowText: "#1b1b1b", R.Base: "#ffffff", R.AlternateBase: "#eef1f5",
                R.Text: "#1b1b1b", R.Button: "#e9e9e9", R.ButtonText: "#1b1b1b", R.BrightText: "#ffffff",
                R.Highlight: "#0b61a4", R.HighlightedText: "#ffffff", R.ToolTipBase: "#ffffdc",
                R.ToolTipText: "#1b1b1b", R.PlaceholderText: "#6b6b6b", R.Link: "#0b61a4", R.LinkVisited: "#6a3d9a",
                R.Light: "#ffffff", R.Midlight: "#dadada", R.Mid: "#b4b4b4", R.Dark: "#8a8a8a", R.Shadow: "#5a5a5a",
            },
            {R.WindowText: "#8a8a8a", R.Text: "#8a8a8a", R.ButtonText: "#8a8a8a"},
        )
    if name == "dark":
        return _palette(
            {
                R.Window: "#2b2d30", R.WindowText: "#e8e8e8", R.Base: "#1f2023", R.AlternateBase: "#2a2c30",
                R.Text: "#e8e8e8", R.Button: "#3a3d41", R.ButtonText: "#e8e8e8", R.BrightText: "#ffffff",
                R.Highlight: "#56b4e9", R.HighlightedText: "#111111", R.ToolTipBase: "#3a3d41",
                R.ToolTipText: "#e8e8e8", R.PlaceholderText: "#9a9a9a", R.Link: "#7cc4f0", R.LinkVisited: "#cc99cc",
                R.Light: "#4a4d52", R.Midlight: "#3f4246", R.Mid: "#35383c", R.Dark: "#1a1b1d", R.Shadow: "#0d0d0e",
            },
            {R.WindowText: "#7d7d7d", R.Text: "#7d7d7d", R.ButtonText: "#7d7d7d", R.Highlight: "#4a4d52"},
        )
    if name == "projector":
        return _palette(
            {
                R.Window: "#ffffff", R.WindowText: "#000000", R.Base: "#ffffff", R.AlternateBase: "#f0f0f0",
                R.Text: "#000000", R.Button: "#ffffff", R.ButtonText: "#000000", R.BrightText: "#ffffff",
                R.Highlight: "#0033cc", R.HighlightedText: "#ffffff", R.ToolTipBase: "#ffffff",
                R.ToolTipText: "#000000", R.PlaceholderText: "#444444", R.Link: "#0033cc", R.LinkVisited: "#660099",
                R.Light: "#ffffff", R.Midlight: "#d0d0d0", R.Mid: "#606060", R.Dark: "#000000", R.Shadow: "#000000",
            },
            {R.WindowText: "#5c5c5c", R.Text: "#5c5c5c", R.ButtonText: "#5c5c5c"},
        )
    return None


def apply_theme(name: str, app: QApplication | None = None) -> str:
    """Apply theme ``name`` (unknown names mean "system") to the running application; return it."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    name = name if name in THEMES else "system"
    if app is None:
        return name
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
        _original["font"] = QFont(app.font())
    palette = palette_for(name)
    if palette is None:
        if str(_original["style"]).lower() != app.style().name().lower():
            app.setStyle(str(_original["style"]))  # by name: Qt creates and owns the style
        app.setPalette(QPalette(_original["palette"]))  # type: ignore[arg-type]
        app.setFont(QFont(_original["font"]))  # type: ignore[arg-type]
        return name
    if app.style().name().lower() != "fusion" and "fusion" in (k.lower() for k in QStyleFactory.keys()):
        app.setStyle("Fusion")
    app.setPalette(palette)
    font = QFont(_original["font"])  # type: ignore[arg-type]
    if name == "projector":
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * 1.3)
    app.setFont(font)
    return name


def current_is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()  # type: ignore[assignment]
    return app is not None and app.palette().color(R.Window).lightness() < 128
