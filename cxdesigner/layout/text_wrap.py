"""Greedy line breaking measured with :class:`FontMetrics`.

Lines break at spaces; an explicit newline always breaks; a word wider than the line is broken
between characters, so nothing ever runs outside its box. The result is the exact list of lines
both renderers draw.
"""

from __future__ import annotations

from functools import lru_cache

from .font_metrics import FontMetrics


def wrap_text(metrics: FontMetrics, text: str, width: float, size: float) -> tuple[str, ...]:
    return _wrap_cached(metrics, text, round(width, 3), size)


@lru_cache(maxsize=65536)
def _wrap_cached(metrics: FontMetrics, text: str, width: float, size: float) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n"):
        lines.extend(_wrap_paragraph(metrics, paragraph, width, size))
    return tuple(lines)


def _wrap_paragraph(metrics: FontMetrics, paragraph: str, width: float, size: float) -> list[str]:
    words = paragraph.split(" ")
    if metrics.text_width(paragraph, size) <= width:
        return [paragraph.rstrip(" ")]
    space = metrics.text_width(" ", size)
    lines: list[str] = []
    line = ""
    line_width = 0.0
    for word in words:
        word_width = metrics.text_width(word, size)
        if line and line_width + space + word_width <= width:
            line = f"{line} {word}"
            line_width += space + word_width
            continue
        if line or lines:
            if line:
                lines.append(line)
            line, line_width = "", 0.0
        if word_width <= width:
            line, line_width = word, word_width
            continue
        pieces = _break_word(metrics, word, width, size)
        lines.extend(pieces[:-1])
        line = pieces[-1]
        line_width = metrics.text_width(line, size)
    lines.append(line)
    return lines


def _break_word(metrics: FontMetrics, word: str, width: float, size: float) -> list[str]:
    pieces: list[str] = []
    start = 0
    used = 0.0
    for i, w in enumerate(metrics.char_widths(word, size)):
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def wrap_phrases(metrics: FontMetrics, phrases: list[str], width: float, size: float) -> tuple[str, ...]:
    """Like :func:`wrap_text` for ``" ".join(phrases)``, but lines break between phrases, and
    inside a phrase only where it alone is wider than a line."""
    lines: list[str] = []
    line = ""
    for phrase in phrases:
        candidate = f"{line} {phrase}" if line else phrase
        if metrics.text_width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        wrapped = wrap_text(metrics, phrase, width, size)
        lines.extend(wrapped[:-1])
        line = wrapped[-1]
    lines.append(line)
    return tuple(lines)
