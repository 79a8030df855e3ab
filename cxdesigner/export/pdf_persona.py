"""Draw the layout's persona box (photo, name, quote, sections) onto a reportlab canvas.

Same coordinates as :mod:`cxdesigner.export.pdf_draw`: sheet point (x, y), y downwards, is
drawn at (x, -y). The photo is embedded once per PDF however many poster tiles show it
(reportlab keys images by their content).
"""

from __future__ import annotations

import functools
import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..layout.geometry import Layout, PersonaBox, Rect
from ..layout.persona import PERSONA_BORDER, PERSONA_FILL, PERSONA_HEADING, PERSONA_MUTED, PERSONA_TEXT
from .pdf_fonts import Fonts

_INK = {"quote": PERSONA_TEXT, "description": PERSONA_MUTED, "heading": PERSONA_HEADING, "bullet": PERSONA_HEADING}


def draw_persona(c: Canvas, layout: Layout, fonts: Fonts, view: Rect | None = None) -> None:
    """The persona box of ``layout``, if it has one and it meets ``view``."""
    box: PersonaBox | None = layout.persona
    if box is None or (view is not None and not box.rect.intersects(view)):
        return
    # Imported here: pdf_draw calls this module from draw_layout, so a top-level import would cycle.
    from .pdf_draw import color, draw_text_blocks

    r = box.rect
    c.saveState()
    c.setFillColor(color(PERSONA_FILL))
    c.setStrokeColor(color(PERSONA_BORDER))
    c.setLineWidth(0.8)
    c.roundRect(r.x, -r.bottom, r.w, r.h, 4, stroke=1, fill=1)
    c.restoreState()
    if box.photo_rect is not None:
        draw_photo(c, box.photo, box.photo_rect)
    draw_text_blocks(c, ((block, _INK.get(role, PERSONA_TEXT)) for block, role in box.texts()), fonts)


@functools.lru_cache(maxsize=8)
def photo_is_readable(photo: bytes) -> bool:
    """Whether the whole picture decodes (a file may hold a truncated or damaged one: reportlab
    would fail half-way through the page on it)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(photo)) as image:
            image.load()
            return image.width > 0 and image.height > 0
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged image
        return False


def draw_photo(c: Canvas, photo: bytes, rect: Rect) -> bool:
    """``photo`` centre-cropped into the square ``rect`` with a thin frame; False if unreadable
    (then only the frame is drawn: a damaged picture never stops an export)."""
    from .pdf_draw import color

    drawn = False
    c.saveState()
    image, w, h = None, 0, 0
    if photo_is_readable(photo):
        image = ImageReader(io.BytesIO(photo))
        w, h = image.getSize()
    if image is not None and w > 0 and h > 0:
        clip = c.beginPath()
        clip.rect(rect.x, -rect.bottom, rect.w, rect.h)
        c.clipPath(clip, stroke=0, fill=0)
        scale = max(rect.w / w, rect.h / h)  # cover the square, cropping the longer side
        dw, dh = w * scale, h * scale
        x = rect.x + (rect.w - dw) / 2
        y = -rect.bottom + (rect.h - dh) / 2
        c.drawImage(image, x, y, dw, dh)
        drawn = True
    c.restoreState()
    c.setStrokeColor(color(PERSONA_BORDER))
    c.setLineWidth(0.6)
    c.rect(rect.x, -rect.bottom, rect.w, rect.h, stroke=1, fill=0)
    return drawn
