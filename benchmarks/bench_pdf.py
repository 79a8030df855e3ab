"""PDF export time and size against a plain-reportlab floor, for 100 / 1,000 / 5,000 cards.

    /work/venv/bin/python benchmarks/bench_pdf.py [--repeat 3] [--sizes 100,1000,5000]

For each size: a generated map (tests/factories.py) is exported with ``build_pdf`` (layout,
drawing and PDF serialisation included, in fit mode on A0); the floor draws the same rectangles
and the same wrapped lines (taken from the layout, so the floor does no layout work) with the
same embedded TTF on a bare reportlab canvas, one ``drawString`` per line. Font registration
(about 70 ms, once per process) is paid before timing. The best of ``--repeat`` runs is shown;
"cold" clears the layout's line-wrap cache before every run (a first export from the command
line), "warm" keeps it (the app, where the canvas already laid the map out).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cxdesigner.export.pdf import build_pdf  # noqa: E402
from cxdesigner.export.pdf_fonts import Fonts  # noqa: E402
from cxdesigner.export.pdf_options import PdfOptions  # noqa: E402
from cxdesigner.layout import compute_layout, default_style  # noqa: E402
from cxdesigner.layout.text_wrap import _wrap_cached  # noqa: E402
from tests.factories import generated_map  # noqa: E402


def floor(layout, fonts: Fonts) -> bytes:  # type: ignore[no-untyped-def]
    """Plain reportlab: one rectangle and its wrapped lines per card, nothing else."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(layout.width, layout.height), initialFontName=fonts.regular)
    h = layout.height
    for card in layout.cards.values():
        r = card.rect
        c.setFillColorRGB(0.9, 0.95, 1.0)
        c.rect(r.x, h - r.bottom, r.w, r.h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fonts.regular, card.text.size)
        for i, line in enumerate(card.text.lines):
            c.drawString(card.text.x, h - card.text.baseline(i), line)
    c.showPage()
    c.save()
    return buffer.getvalue()


def best(fn, repeat: int):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="100,1000,5000")
    args = parser.parse_args()
    fonts = Fonts(default_style())  # registers the TTFs once, outside the timings
    options = PdfOptions(page_size="A0", mode="fit")
    print(
        f"{'cards':>6} {'floor s':>8} {'warm s':>7} {'ratio':>6} {'cold s':>7} {'ratio':>6} {'export KB':>10} {'floor KB':>9} {'ratio':>6}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        m = generated_map(n)
        layout = compute_layout(m)
        floor_s, floor_pdf = best(lambda layout=layout: floor(layout, fonts), args.repeat)
        warm_s, (pdf, _warnings) = best(lambda m=m: build_pdf(m, options), args.repeat)

        def cold(m=m):  # type: ignore[no-untyped-def]
            _wrap_cached.cache_clear()
            return build_pdf(m, options)

        cold_s, _ = best(cold, args.repeat)
        print(
            f"{n:>6} {floor_s:>8.3f} {warm_s:>7.3f} {warm_s / floor_s:>6.2f} {cold_s:>7.3f} {cold_s / floor_s:>6.2f} "
            f"{len(pdf) / 1024:>10.0f} {len(floor_pdf) / 1024:>9.0f} {len(pdf) / len(floor_pdf):>6.2f}"
        )


if __name__ == "__main__":
    main()
