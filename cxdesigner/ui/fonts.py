"""The shipped font registered with Qt, and QFonts that match the layout's measurements.

The layout measures text with the font file itself (no kerning, no hinting); the canvas must draw
with exactly the same advances, so every QFont made here has kerning and hinting turned off and a
pixel size equal to the layout's size in points (one scene unit is one point).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from .. import resources

_families: dict[bool, str] = {}


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with Qt once; needs a QGuiApplication."""
    if _families:
        return
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(resources.font_path(bold)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _families[bold] = families[0] if families else "DejaVu Sans"


@cache
def layout_font(size: float, bold: bool = False) -> QFont:
    """A QFont that draws what the layout measured at ``size`` points."""
    register_fonts()
    font = QFont(_families[bold])
    font.setPixelSize(max(1, round(size)))  # every style size is whole points
    font.setBold(bold)
    font.setKerning(False)
    # No ligatures either: the layout measured "f" and "i" separately (as reportlab draws them),
    # and Qt's own PDF output would otherwise extract "ﬁ" instead of "fi".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def ui_font(size: float, bold: bool = False) -> QFont:
    """The same family for widgets that show map text (inline editor)."""
    return layout_font(size, bold)
