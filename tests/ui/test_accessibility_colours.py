"""Colour-blind safety of the default lane colours (model/vocabulary.py), measured: CIE76 ΔE in
CIELAB after simulating protanopia, deuteranopia and tritanopia (Viénot/Machado matrices at full
severity, in linear sRGB). Colour is never the only carrier of a lane's meaning (every lane header,
palette entry, colour menu entry and PDF legend names it), so these tests record what colour adds."""

from __future__ import annotations

import itertools
import math

import pytest

from cxdesigner.model.vocabulary import LANE_KIND_COLORS, LaneKind

_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(hex_colour: str) -> list[float]:
    values = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in values]


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = (min(max(c, 0.0), 1.0) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str, vision: str | None = None) -> float:
    la, lb = _linear(a), _linear(b)
    if vision is not None:
        m = _CVD[vision]
        la = [sum(m[i][j] * la[j] for j in range(3)) for i in range(3)]
        lb = [sum(m[i][j] * lb[j] for j in range(3)) for i in range(3)]
    return math.dist(_lab(la), _lab(lb))


CARD_KINDS = [k for k in LaneKind if k.holds_cards]


def test_every_card_lane_kind_has_its_own_colour_for_normal_vision() -> None:
    close = [(a.value, b.value, round(delta_e(LANE_KIND_COLORS[a], LANE_KIND_COLORS[b]), 1))
             for a, b in itertools.combinations(CARD_KINDS, 2)
             if delta_e(LANE_KIND_COLORS[a], LANE_KIND_COLORS[b]) < 2.3]  # 2.3: a just noticeable difference
    assert not close, close


@pytest.mark.parametrize("vision", [
    "deuteranopia", "protanopia", "tritanopia",
])
def test_pain_points_and_improvements_differ_under_colour_blindness(vision: str) -> None:
    a, b = LANE_KIND_COLORS[LaneKind.PAIN_POINTS], LANE_KIND_COLORS[LaneKind.IMPROVEMENTS]
    assert delta_e(a, b, vision) >= 10, round(delta_e(a, b, vision), 1)
