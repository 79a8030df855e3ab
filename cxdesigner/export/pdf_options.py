"""What a PDF export is asked to do: page size, orientation, mode, scale, lanes, title, and the
pages added after the map (an analysis checklist; an action plan; a comparison with an ideal state)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib import pagesizes

# Portrait (width, height) in points.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": pagesizes.A4,
    "A3": pagesizes.A3,
    "A2": pagesizes.A2,
    "A1": pagesizes.A1,
    "A0": pagesizes.A0,
    "Letter": pagesizes.LETTER,
    "Legal": pagesizes.LEGAL,
    "Tabloid": pagesizes.TABLOID,
}


class Mode(StrEnum):
    FIT = "fit"  # the whole map scaled onto one page
    POSTER = "poster"  # the map at a scale, tiled over pages
    HANDOUT = "handout"  # a cover page, then one page (or more) per phase in large type


class Orientation(StrEnum):
    AUTO = "auto"
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


class ExportCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "A4"
    orientation: Orientation = Orientation.AUTO
    mode: Mode = Mode.FIT
    scale: float = 100.0  # poster only, percent of the map's natural size
    lane_ids: tuple[str, ...] | None = None  # None: every lane that is not hidden
    title: str | None = None  # None: the map's title
    source_name: str = ""  # the map's file name, printed in the title block
    author: str = ""
    date: _dt.date | None = None  # None: today
    checklist: bool = False  # after the map: the analysis findings as a checklist to tick
    actions: bool = False  # last: improvements and follow-up cards as an action plan (pdf_actions)
    # An ideal state's id: the current state and that state fitted on facing pages, then what
    # differs (pdf_compare). Each state is one page, so this goes with fit mode only.
    compare_state: str | None = None
    # The language of the returned warnings: the reader's (the UI's, or the shell's locale for the
    # command line), which may differ from the printed map's (``m.language``).
    message_language: str = "en"

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"unknown page size {self.page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
        object.__setattr__(self, "orientation", Orientation(self.orientation))
        object.__setattr__(self, "mode", Mode(self.mode))
        if not 1 <= self.scale <= 1000:
            raise ValueError(f"the poster scale must be 1–1000 %, not {self.scale:g}")
        if self.compare_state is not None and self.mode is not Mode.FIT:
            raise ValueError(
                f"comparing states fits each state on one page; it cannot be combined with {self.mode.value} mode"
            )

    def page(self, landscape: bool) -> tuple[float, float]:
        """(width, height) of a page in points, in the given orientation."""
        w, h = PAGE_SIZES[self.page_size]
        short, long_ = min(w, h), max(w, h)
        return (long_, short) if landscape else (short, long_)

    def page_for(self, content_w: float, content_h: float) -> tuple[float, float]:
        """The page for content of this shape: ``auto`` matches the content's orientation."""
        if self.orientation is Orientation.AUTO:
            return self.page(landscape=content_w >= content_h)
        return self.page(landscape=self.orientation is Orientation.LANDSCAPE)

    def export_date(self) -> _dt.date:
        return self.date or _dt.date.today()
