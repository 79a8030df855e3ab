"""Advance widths read straight from a TrueType file, so layout needs neither Qt nor reportlab.

Only what line breaking needs is read: ``head`` (units per em), ``hhea`` (ascent, descent,
number of metrics), ``hmtx`` (advance widths) and ``cmap`` (formats 4 and 12: character →
glyph). The canvas and the PDF register the same file and draw the lines this layout chose,
without kerning, so screen and paper break lines identically.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path


class FontMetrics:
    """Widths of characters in one font, in font units, and helpers in points."""

    def __init__(self, data: bytes) -> None:
        tables = self._tables(data)
        self.units_per_em = struct.unpack_from(">H", data, tables["head"] + 18)[0]
        ascent, descent, _gap = struct.unpack_from(">hhh", data, tables["hhea"] + 4)
        self.ascent, self.descent = ascent, descent  # descent is negative
        n_metrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
        hmtx = tables["hmtx"]
        advances = [struct.unpack_from(">H", data, hmtx + 4 * i)[0] for i in range(n_metrics)]
        glyph_of = self._cmap(data, tables["cmap"])
        last = advances[-1]
        self._widths: dict[int, int] = {
            cp: advances[g] if g < n_metrics else last for cp, g in glyph_of.items()
        }
        self.missing_width = advances[0]  # glyph 0: the ".notdef" box

    @staticmethod
    def _tables(data: bytes) -> dict[str, int]:
        count = struct.unpack_from(">H", data, 4)[0]
        tables = {}
        for i in range(count):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            tables[tag.decode("latin-1")] = offset
        return tables

    @staticmethod
    def _cmap(data: bytes, base: int) -> dict[int, int]:
        n = struct.unpack_from(">H", data, base + 2)[0]
        subtables = {}
        for i in range(n):
            platform, encoding, offset = struct.unpack_from(">HHI", data, base + 4 + 8 * i)
            fmt = struct.unpack_from(">H", data, base + offset)[0]
            subtables[(platform, encoding, fmt)] = base + offset
        for key in ((3, 10, 12), (0, 4, 12), (3, 1, 4), (0, 3, 4)):
            if key in subtables:
                reader = FontMetrics._format12 if key[2] == 12 else FontMetrics._format4
                return reader(data, subtables[key])
        raise ValueError("font has no Unicode character map")

    @staticmethod
    def _format4(data: bytes, at: int) -> dict[int, int]:
        seg_x2 = struct.unpack_from(">H", data, at + 6)[0]
        segs = seg_x2 // 2
        ends = struct.unpack_from(f">{segs}H", data, at + 14)
        starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg_x2)
        deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg_x2)
        range_at = at + 16 + 3 * seg_x2
        offsets = struct.unpack_from(f">{segs}H", data, range_at)
        result: dict[int, int] = {}
        for i in range(segs):
            for cp in range(starts[i], ends[i] + 1):
                if cp == 0xFFFF:
                    continue
                if offsets[i] == 0:
                    glyph = (cp + deltas[i]) & 0xFFFF
                else:
                    where = range_at + 2 * i + offsets[i] + 2 * (cp - starts[i])
                    glyph = struct.unpack_from(">H", data, where)[0]
                    if glyph:
                        glyph = (glyph + deltas[i]) & 0xFFFF
                if glyph:
                    result[cp] = glyph
        return result

    @staticmethod
    def _format12(data: bytes, at: int) -> dict[int, int]:
        groups = struct.unpack_from(">I", data, at + 12)[0]
        result: dict[int, int] = {}
        for i in range(groups):
            start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * i)
            for offset in range(end - start + 1):
                if start + offset and glyph + offset:
                    result[start + offset] = glyph + offset
        return result

    def has_char(self, char: str) -> bool:
        return ord(char) in self._widths

    def missing_chars(self, text: str) -> set[str]:
        """Characters the font has no glyph for (line breaks and other controls aside)."""
        widths = self._widths
        return {ch for ch in text if ord(ch) not in widths and ch >= " "}

    def text_width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at font ``size`` (no kerning, as drawn)."""
        get = self._widths.get
        missing = self.missing_width
        units = sum(get(ord(ch), missing) for ch in text)
        return units * size / self.units_per_em

    def char_widths(self, text: str, size: float) -> list[float]:
        get = self._widths.get
        missing = self.missing_width
        scale = size / self.units_per_em
        return [get(ord(ch), missing) * scale for ch in text]

    def line_height(self, size: float) -> float:
        return (self.ascent - self.descent) * size / self.units_per_em

    def ascent_at(self, size: float) -> float:
        return self.ascent * size / self.units_per_em


@cache
def metrics_for(path: Path) -> FontMetrics:
    return FontMetrics(path.read_bytes())
