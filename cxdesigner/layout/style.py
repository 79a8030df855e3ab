"""Sizes, fonts and colours that the layout, the canvas and the PDF share (all in points)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import resources
from ..model.vocabulary import LANE_KIND_COLORS, Channel, LaneKind, channel_names


@dataclass(frozen=True)
class Style:
    margin: float = 24.0
    lane_header_width: float = 130.0
    column_width: float = 172.0
    column_gap: float = 0.0
    cell_padding: float = 7.0
    card_gap: float = 6.0
    card_padding: float = 6.0
    card_font_size: float = 9.0
    header_padding: float = 6.0
    title_font_size: float = 18.0
    subtitle_font_size: float = 10.0
    phase_font_size: float = 12.0
    touchpoint_font_size: float = 10.0
    channel_font_size: float = 8.0
    lane_font_size: float = 10.0
    line_spacing: float = 1.0  # multiple of the font's own line height
    min_phase_header_height: float = 30.0
    min_touchpoint_header_height: float = 46.0
    min_lane_height: float = 44.0
    curve_lane_height: float = 120.0
    title_gap: float = 14.0
    font_file: Path = field(default_factory=lambda: resources.font_path(bold=False))
    bold_font_file: Path = field(default_factory=lambda: resources.font_path(bold=True))
    # None: channel names in the map's own language (what is drawn on a map follows the map).
    channel_names: dict[Channel, str] | None = None
    lane_colors: dict[LaneKind, str] = field(default_factory=lambda: dict(LANE_KIND_COLORS))

    @property
    def metrics_block_height(self) -> float:
        """Room for a touchpoint's NPS/CES summary in a metrics lane (grows with the card type)."""
        return 30.0 * self.card_font_size / 9.0

    def channel_names_for(self, language: str) -> dict[Channel, str]:
        return self.channel_names if self.channel_names is not None else channel_names(language)

    def __hash__(self) -> int:  # dict fields: hash by identity, styles are shared objects
        return id(self)
