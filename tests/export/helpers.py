"""Helpers for the PDF tests: export to a real file, read it back with pypdf."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cxdesigner.export.pdf import export_pdf
from cxdesigner.export.pdf_options import PdfOptions
from cxdesigner.model import JourneyMap


def export(m: JourneyMap, path: Path, **options: object) -> tuple[PdfReader, list[str]]:
    warnings = export_pdf(m, path, PdfOptions(**options))  # type: ignore[arg-type]
    return PdfReader(path), warnings


def squeeze(text: str) -> str:
    """Text without any whitespace: wrapped lines and extraction spacing then compare equal."""
    return "".join(text.split())


def all_text(reader: PdfReader) -> str:
    return squeeze("".join(page.extract_text() or "" for page in reader.pages))


def page_sizes(reader: PdfReader) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def map_texts(m: JourneyMap, lane_ids: set[str] | None = None) -> list[str]:
    """Every phase, touchpoint, lane and card text that the export must print."""
    shown = lane_ids if lane_ids is not None else {ln.id for ln in m.lanes if not ln.hidden}
    texts = [p.name for p in m.phases] + [tp.name for tp in m.touchpoints()]
    texts += [ln.name for ln in m.lanes if ln.id in shown]
    texts += [c.text for c in m.cards.values() if c.lane_id in shown]
    return [t for t in texts if t.strip()]


def printed_sizes(reader: PdfReader, snippet: str) -> list[float]:
    """Effective point sizes (font size × scale) at which lines containing ``snippet`` print."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if snippet in text:
            sizes.append(size * cm[0] * tm[0])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return sizes
