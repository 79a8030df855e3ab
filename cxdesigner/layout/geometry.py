"""The layout's result: plain frozen records in points, origin top-left, y growing downwards."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model.vocabulary import Channel, LaneKind
from .style import Style

if TYPE_CHECKING:
    from .links import LinkPath


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Lines to draw: line ``i`` has its baseline at ``y + ascent + i * line_height``."""

    lines: tuple[str, ...]
    x: float
    y: float
    width: float
    size: float
    line_height: float
    ascent: float
    bold: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height

    def baseline(self, i: int) -> float:
        return self.y + self.ascent + i * self.line_height


@dataclass(frozen=True, slots=True)
class PhaseBox:
    id: str
    rect: Rect
    text: TextBlock


@dataclass(frozen=True, slots=True)
class TouchpointBox:
    id: str
    phase_id: str
    rect: Rect
    text: TextBlock
    channel_text: TextBlock
    channel: Channel
    moment_of_truth: bool
    emotion: int | None


@dataclass(frozen=True, slots=True)
class LaneBox:
    id: str
    kind: LaneKind
    header: Rect
    band: Rect
    text: TextBlock


@dataclass(frozen=True, slots=True)
class CellBox:
    lane_id: str
    anchor_id: str
    rect: Rect


@dataclass(frozen=True, slots=True)
class CardBox:
    id: str
    lane_id: str
    anchor_id: str
    index: int
    rect: Rect
    text: TextBlock
    color: str
    # The follow-up line (status · owner · priority) below the text, in smaller type; None when
    # the card has none, and the card is then exactly as tall as its text.
    meta: TextBlock | None = None


@dataclass(frozen=True, slots=True)
class CurvePoint:
    touchpoint_id: str
    x: float
    y: float
    score: int


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the grid: a touchpoint, or a phase that has no touchpoints."""

    anchor_id: str
    phase_id: str
    x: float
    w: float


@dataclass(frozen=True)
class CurveGeometry:
    """Where the emotion curve of one lane goes; ``y_for(score)`` maps −2…+2 into the band."""

    lane_id: str
    band: Rect
    top: float
    bottom: float
    points: tuple[CurvePoint, ...]

    def y_for(self, score: float) -> float:
        return self.top + (2 - score) / 4 * (self.bottom - self.top)

    def score_at(self, y: float) -> int:
        """The nearest score −2…+2 for a y position (used when dragging a curve point)."""
        span = self.bottom - self.top
        raw = 2 - 4 * (y - self.top) / span if span else 0
        return max(-2, min(2, round(raw)))


@dataclass(frozen=True, slots=True)
class PersonaSection:
    """One column of the persona box: a heading ("Goals"…) and its items, each with a bullet."""

    key: str  # the Persona field: "goals", "needs" or "frustrations"
    rect: Rect
    heading: TextBlock
    bullets: tuple[TextBlock, ...]
    items: tuple[TextBlock, ...]


@dataclass(frozen=True, slots=True)
class PersonaBox:
    """The persona in the header: photo square, name, quote, description and sections.

    ``photo`` is the image itself (JPEG or PNG; b"" for none), so a renderer needs only the
    layout; it is drawn centre-cropped into ``photo_rect``.
    """

    rect: Rect
    photo_rect: Rect | None
    photo: bytes = field(repr=False)
    name: TextBlock | None
    quote: TextBlock | None
    description: TextBlock | None
    sections: tuple[PersonaSection, ...]

    def texts(self) -> tuple[tuple[TextBlock, str], ...]:
        """Every text block with its role: name, quote, description, heading, bullet or item."""
        found: list[tuple[TextBlock | None, str]] = [
            (self.name, "name"),
            (self.quote, "quote"),
            (self.description, "description"),
        ]
        for section in self.sections:
            found.append((section.heading, "heading"))
            for bullet, item in zip(section.bullets, section.items, strict=True):
                found += [(bullet, "bullet"), (item, "item")]
        return tuple((b, role) for b, role in found if b is not None)


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    style: Style
    title: TextBlock
    subtitle: TextBlock
    grid: Rect  # the area of headers and lanes, below the title block
    columns: tuple[Column, ...]
    phases: tuple[PhaseBox, ...]
    touchpoints: tuple[TouchpointBox, ...]
    lanes: tuple[LaneBox, ...]
    cells: dict[tuple[str, str], CellBox] = field(default_factory=dict)
    cards: dict[str, CardBox] = field(default_factory=dict)
    curves: tuple[CurveGeometry, ...] = ()
    # (lane id, touchpoint id) → where that touchpoint's NPS/CES summary goes in a metrics lane
    metrics: dict[tuple[str, str], Rect] = field(default_factory=dict)
    persona: PersonaBox | None = None  # in the header, between the title and the grid
    # Links between cards both laid out here, routed card edge to card edge (layout/links.py).
    links: tuple[LinkPath, ...] = ()
