"""The persona box in the map's header: photo, name, quote, description, and short columns of
goals, needs and frustrations. Qt-free, so the canvas and the PDF draw the very same box.

Wide maps get the persona's identity on the left and one column per non-empty section beside
it; narrow maps stack the sections below. Every text is clamped to a few lines (ending in "…"):
the header summarises, the Persona panel and the handout cover hold the full text.
"""

from __future__ import annotations

from ..i18n import primary_language, translate
from ..model.entities import JourneyMap, Persona
from .font_metrics import FontMetrics, metrics_for
from .geometry import PersonaBox, PersonaSection, Rect, TextBlock
from .style import Style
from .text_wrap import wrap_text

# Colours shared by the canvas and the PDF (a warm card, set apart from the grid's greys).
PERSONA_FILL = "#fbf7ef"
PERSONA_BORDER = "#cbbfa6"
PERSONA_TEXT = "#1d232b"
PERSONA_MUTED = "#56606b"
PERSONA_HEADING = "#7a4f00"

# (model field, heading) in the order they are shown; headings follow the map's language.
SECTIONS = (("goals", "Goals"), ("needs", "Needs"), ("frustrations", "Frustrations"))
BULLET = "•"
MAX_WIDTH = 960.0  # wider than this, columns of short items only get harder to read
_MIN_COLUMN = 150.0  # points: a section column narrower than this holds two or three words a line
_MAX_COLUMN = 220.0
MAX_ITEM_LINES = 4
MAX_NAME_LINES = 3
MAX_TEXT_LINES = 5
_ELLIPSIS = "…"


def section_heading(key: str, language: str) -> str:
    """The printed heading of a persona section ("Goals" → "Tavoitteet" on a Finnish map)."""
    headings = {
        "goals": translate("Persona", "Goals", language),
        "needs": translate("Persona", "Needs", language),
        "frustrations": translate("Persona", "Frustrations", language),
    }
    return headings[key]


def quoted(text: str, language: str) -> str:
    """The quote in the map language's quotation marks (Finnish and Swedish use ”…”)."""
    if primary_language(language) in ("fi", "sv"):
        return f"\u201d{text}\u201d"
    return f"\u201c{text}\u201d"


def persona_items(persona: Persona, key: str) -> list[str]:
    """A section's items without the blank ones (an empty line in the panel is no item)."""
    return [item.strip() for item in getattr(persona, key) if item.strip()]


def has_content(persona: Persona) -> bool:
    return bool(
        persona.name.strip()
        or persona.quote.strip()
        or persona.description.strip()
        or persona.photo
        or any(persona_items(persona, key) for key, _ in SECTIONS)
    )


class _Texts:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.metrics = {False: metrics_for(style.font_file), True: metrics_for(style.bold_font_file)}

    def block(
        self, text: str, x: float, y: float, width: float, size: float, bold: bool = False, max_lines: int = 0
    ) -> TextBlock:
        metrics = self.metrics[bold]
        lines = wrap_text(metrics, text, width, size)
        if max_lines and len(lines) > max_lines:
            lines = lines[: max_lines - 1] + (_ellipsize(metrics, lines[max_lines - 1], width, size),)
        return TextBlock(
            lines, x, y, width, size, metrics.line_height(size) * self.style.line_spacing, metrics.ascent_at(size), bold
        )

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.metrics[bold].text_width(text, size)


def clamp_text(text: str, style: Style, width: float, size: float, max_lines: int, bold: bool = False) -> str:
    """``text`` cut to the lines it takes at most ``max_lines`` of, the last ending in "…"; the
    lines are joined with line breaks, so wrapping it again at ``width`` gives these lines."""
    metrics = metrics_for(style.bold_font_file if bold else style.font_file)
    lines = wrap_text(metrics, text, width, size)
    if len(lines) <= max_lines:
        return text
    return "\n".join(lines[: max_lines - 1] + (_ellipsize(metrics, lines[max_lines - 1], width, size),))


def _ellipsize(metrics: FontMetrics, line: str, width: float, size: float) -> str:
    """``line`` shortened until it fits ``width`` with "…" after it (the text goes on)."""
    line = line.rstrip()
    while line and metrics.text_width(line + _ELLIPSIS, size) > width:
        line = line[:-1].rstrip()
    return line + _ELLIPSIS


def layout_persona(m: JourneyMap, style: Style, x: float, y: float, width: float) -> PersonaBox | None:
    """The persona box with its top-left at (x, y), at most ``width`` wide; None without a persona."""
    persona = m.persona
    if not has_content(persona):
        return None
    tx = _Texts(style)
    pad = style.header_padding * 1.5
    gap = 14.0
    photo_side = round(6.4 * style.subtitle_font_size)
    sections = [(key, persona_items(persona, key)) for key, _ in SECTIONS]
    sections = [(key, items) for key, items in sections if items]
    k = style.subtitle_font_size / 10.0  # projector type: every measure grows with the text
    width = min(width, MAX_WIDTH * k)
    inner = max(width - 2 * pad, 1.0)
    has_identity = bool(persona.photo or persona.name.strip() or persona.quote.strip() or persona.description.strip())

    # Three arrangements, the first that gives each section column room for a few words a line:
    # sections beside the identity; in a row below it; or one above the other below it.
    n = len(sections)
    ident_w = min(inner, max(240.0 * k, min(320.0 * k, inner * 0.4))) if sections else min(inner, 460.0 * k)
    beside_w = (inner - ident_w - n * gap) / n if n else 0.0
    row_w = (inner - (n - 1) * gap) / n if n else 0.0
    if not n or (has_identity and beside_w >= _MIN_COLUMN * k):
        arrangement = "beside"
    else:
        arrangement = "row" if row_w >= _MIN_COLUMN * k else "stack"
    if arrangement != "beside":
        ident_w = inner

    left, top = x + pad, y + pad
    photo_rect = Rect(left, top, photo_side, photo_side) if persona.photo else None
    text_x = left + (photo_side + 10 if photo_rect else 0)
    text_w = max(ident_w - (text_x - left), 40.0)
    ty = top
    name = quote = description = None
    if persona.name.strip():
        name = tx.block(persona.name.strip(), text_x, ty, text_w, style.subtitle_font_size + 2, True, MAX_NAME_LINES)
        ty += name.height + 3
    if persona.quote.strip():
        quote_text = quoted(persona.quote.strip(), m.language)
        quote = tx.block(quote_text, text_x, ty, text_w, style.subtitle_font_size, max_lines=MAX_TEXT_LINES)
        ty += quote.height + 3
    if persona.description.strip():
        description = tx.block(
            persona.description.strip(), text_x, ty, text_w, style.card_font_size, max_lines=MAX_TEXT_LINES
        )
        ty += description.height
    ident_bottom = max(ty, photo_rect.bottom if photo_rect else top)

    placed: list[PersonaSection] = []
    below = ident_bottom + (gap if ident_bottom > top else 0)
    if arrangement == "stack":
        for key, items in sections:
            placed.append(_section(tx, key, items, left, below, inner, m.language))
            below = placed[-1].rect.bottom + gap / 2
        content_right = left + inner
    else:
        col_w = min(beside_w if arrangement == "beside" else row_w, _MAX_COLUMN * k)
        sx = left + ident_w + gap if arrangement == "beside" else left
        sy = top if arrangement == "beside" else below
        for key, items in sections:
            placed.append(_section(tx, key, items, sx, sy, col_w, m.language))
            sx += col_w + gap
        content_right = (sx - gap if sections else left + ident_w) if arrangement == "beside" else left + inner
    bottom = max([ident_bottom] + [s.rect.bottom for s in placed])
    rect = Rect(x, y, content_right + pad - x, bottom + pad - y)
    return PersonaBox(rect, photo_rect, persona.photo, name, quote, description, tuple(placed))


def _section(tx: _Texts, key: str, items: list[str], x: float, y: float, width: float, language: str) -> PersonaSection:
    style = tx.style
    heading = tx.block(section_heading(key, language), x, y, width, style.subtitle_font_size, bold=True)
    size = style.card_font_size
    indent = tx.width(BULLET + " ", size)
    iy = y + heading.height + 2
    bullets, texts = [], []
    for item in items:
        block = tx.block(item, x + indent, iy, width - indent, size, max_lines=MAX_ITEM_LINES)
        bullets.append(tx.block(BULLET, x, iy, indent, size))
        texts.append(block)
        iy += block.height + 2
    return PersonaSection(key, Rect(x, y, width, iy - 2 - y), heading, tuple(bullets), tuple(texts))
