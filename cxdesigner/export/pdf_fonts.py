"""The layout's font files registered with reportlab (embedded as subsets in every PDF).

Registration is global to reportlab and costs about 70 ms per face, so it happens once per
process. The PDF draws the lines the layout chose with these same files, so paper breaks lines
exactly where the screen does.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..layout.font_metrics import FontMetrics, metrics_for
from ..layout.style import Style


@cache
def _register(path: Path) -> str:
    name = f"CX-{path.stem}"
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


class Fonts:
    """reportlab font names and metrics for a style's regular and bold faces."""

    def __init__(self, style: Style) -> None:
        self.regular = _register(Path(style.font_file))
        self.bold = _register(Path(style.bold_font_file))
        self.regular_metrics: FontMetrics = metrics_for(Path(style.font_file))
        self.bold_metrics: FontMetrics = metrics_for(Path(style.bold_font_file))

    def name(self, bold: bool) -> str:
        return self.bold if bold else self.regular

    def metrics(self, bold: bool) -> FontMetrics:
        return self.bold_metrics if bold else self.regular_metrics
