"""Pure geometry in points: where every header, cell, card and curve point goes. No Qt."""

from .engine import compute_layout, default_style
from .geometry import (
    CardBox,
    CellBox,
    Column,
    CurveGeometry,
    CurvePoint,
    LaneBox,
    Layout,
    PhaseBox,
    Rect,
    TextBlock,
    TouchpointBox,
)
from .style import Style

__all__ = [
    "CardBox",
    "CellBox",
    "Column",
    "CurveGeometry",
    "CurvePoint",
    "LaneBox",
    "Layout",
    "PhaseBox",
    "Rect",
    "Style",
    "TextBlock",
    "TouchpointBox",
    "compute_layout",
    "default_style",
]
