"""``cxdesigner export MAP -o OUT``: PDF (fit, poster, handout), PNG/SVG, OJF, CSV, Markdown, Mermaid.

The output's extension picks the format; ``--checklist``, ``--actions`` and ``--compare STATE`` add pages to a PDF
(a usage error, exit 2, with any other format). PDF is drawn here with reportlab (cxdesigner.export);
PNG and SVG go through Qt (cxdesigner.ui.image_export) and the data formats through
cxdesigner.interop; each is imported only when asked for, so a PDF export never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..i18n import primary_language
from ..model.entities import JourneyMap
from ..storage import SaveError
from .common import CommandError, read_map

PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid")
IMAGE_SUFFIXES = (".png", ".svg")
DATA_SUFFIXES = (".ojf", ".csv", ".md", ".mmd")
SUFFIXES = (".pdf", *IMAGE_SUFFIXES, *DATA_SUFFIXES)


def _output(value: str) -> str:
    if Path(value).suffix.lower() not in SUFFIXES:
        raise argparse.ArgumentTypeError(f"{value!r}: the name must end in one of {', '.join(SUFFIXES)}")
    return value


def _page_size(value: str) -> str:
    for name in PAGE_SIZES:
        if value.lower() == name.lower():
            return name
    raise argparse.ArgumentTypeError(f"{value!r}: choose one of {', '.join(PAGE_SIZES)}")


def _percent(value: str) -> float:
    try:
        number = float(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 1 <= number <= 1000:
        raise argparse.ArgumentTypeError(f"{value!r}: the scale must be 1–1000 %")
    return number


def _dpi(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 10 <= number <= 1200:
        raise argparse.ArgumentTypeError(f"{value!r}: the resolution must be 10–1200 dpi")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="MAP", help="the .cxmap file to export")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=_output,
        metavar="OUT",
        help="the file to write: .pdf, .png, .svg, .ojf, .csv, .md or .mmd",
    )
    pdf = parser.add_argument_group("PDF")
    pdf.add_argument(
        "--page-size", type=_page_size, default="A4", metavar="|".join(PAGE_SIZES), help="paper size (default A4)"
    )
    pdf.add_argument(
        "--orientation",
        choices=("auto", "landscape", "portrait"),
        default="auto",
        help="auto (default) picks the one that fits the map best",
    )
    pdf.add_argument(
        "--mode",
        choices=("fit", "poster", "handout"),
        default="fit",
        help="fit: the whole map on one page (default); poster: tiled at --scale; "
        "handout: a cover, then one page per phase in large type",
    )
    pdf.add_argument(
        "--scale", type=_percent, default=100.0, metavar="PERCENT", help="poster scale in percent (default 100)"
    )
    pdf.add_argument("--author", default="", help="the PDF's author field")
    pdf.add_argument(
        "--checklist",
        action="store_true",
        help="add the analysis findings (as 'cxdesigner analyze' lists them) as checklist pages after the map",
    )
    pdf.add_argument(
        "--actions",
        action="store_true",
        help="add an action plan after the map (and the checklist): the improvements and every card "
        "with an owner, priority or status, open ones first",
    )
    pdf.add_argument(
        "--compare",
        metavar="STATE",
        help="print the current state and the ideal state STATE (its id or exact name) on facing pages, "
        "then what differs; fit mode only",
    )
    parser.set_defaults(usage_error=parser.error)  # for checks that need several options at once
    common = parser.add_argument_group("PDF and images")
    common.add_argument(
        "--lanes", metavar="LANE[,LANE...]", help="print only these lanes (ids or names, comma separated)"
    )
    common.add_argument("--title", help="print this title instead of the map's")
    common.add_argument("--dpi", type=_dpi, default=150, help="PNG resolution (default 150)")


def resolve_lanes(m: JourneyMap, spec: str | None) -> tuple[str, ...] | None:
    """Lane ids for a comma-separated list of lane ids or names (names ignore case)."""
    if spec is None:
        return None
    wanted = [part.strip() for part in spec.split(",") if part.strip()]
    if not wanted:
        raise CommandError("--lanes names no lane")
    ids: list[str] = []
    for token in wanted:
        match = [ln.id for ln in m.lanes if ln.id == token] or [
            ln.id for ln in m.lanes if ln.name.casefold() == token.casefold()
        ]
        if not match:
            names = ", ".join(f"{ln.name} ({ln.id})" for ln in m.lanes)
            raise CommandError(f"no lane {token!r} in this map; its lanes are: {names}")
        if len(match) > 1:
            raise CommandError(f"several lanes are called {token!r}; name them by id: {', '.join(match)}")
        if match[0] not in ids:
            ids.append(match[0])
    return tuple(ids)


def _optional(module: str, function: str, what: str) -> Any:
    """A function from a part of the app that this build may not include."""
    try:
        return getattr(importlib.import_module(module), function)
    except ImportError as exc:
        missing = exc.name or ""
        if missing and not (
            module.startswith(missing) or missing.startswith("PySide6") or missing.startswith("shiboken6")
        ):
            raise  # a real bug inside the module, not a missing feature
        raise CommandError(f"{what} export is not available in this build") from None
    except AttributeError:
        raise CommandError(f"{what} export is not available in this build") from None


def resolve_state(m: JourneyMap, spec: str) -> str:
    """The id of the ideal state called ``spec`` (an id, or a name exactly as written)."""
    if any(s.id == spec for s in m.ideal_states):
        return spec
    named = [s.id for s in m.ideal_states if s.name == spec]
    if len(named) == 1:
        return named[0]
    if named:
        raise CommandError(f"several ideal states are called {spec!r}; name one by id: {', '.join(named)}")
    if not m.ideal_states:
        raise CommandError(f"no ideal state {spec!r}: this map has no ideal states")
    states = ", ".join(f"{s.name} ({s.id})" for s in m.ideal_states)
    raise CommandError(f"no ideal state {spec!r} in this map; its ideal states are: {states}")


def _check_pdf_only(args: argparse.Namespace, suffix: str) -> None:
    flags = (("--checklist", args.checklist), ("--actions", args.actions), ("--compare", args.compare))
    wanted = [flag for flag, value in flags if value]
    if wanted and suffix != ".pdf":
        verb = "need" if len(wanted) > 1 else "needs"
        args.usage_error(f"{_and(wanted)} {verb} a .pdf output, not {suffix}")
    if args.compare is not None and args.mode != "fit":
        args.usage_error(f"--compare fits each state on one page; it cannot be combined with --mode {args.mode}")


def _and(flags: list[str]) -> str:
    """"--a", "--a and --b", "--a, --b and --c"."""
    return flags[0] if len(flags) == 1 else f"{', '.join(flags[:-1])} and {flags[-1]}"


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    _check_pdf_only(args, suffix)
    m = read_map(args.file)
    lane_ids = resolve_lanes(m, args.lanes)
    try:
        if suffix == ".pdf":
            warnings = _export_pdf(m, out, args, lane_ids)
        elif suffix in IMAGE_SUFFIXES:
            export_image = _optional("cxdesigner.ui.image_export", "export_image", "PNG/SVG")
            warnings = export_image(m, out, dpi=args.dpi, lane_ids=lane_ids, title=args.title, source_name=Path(args.file).name) or []
        else:
            from ..interop import InteropError

            export_map = _optional("cxdesigner.interop", "export_map", suffix.lstrip(".").upper())
            try:
                warnings = export_map(m, out) or []
            except InteropError as exc:
                raise CommandError(str(exc)) from None
    except SaveError as exc:
        raise CommandError(str(exc)) from None
    for warning in warnings if isinstance(warnings, list) else []:
        print(f"cxdesigner: warning: {warning}", file=sys.stderr)
    print(f"{out}: exported")
    return 0


def _export_pdf(m: JourneyMap, out: Path, args: argparse.Namespace, lane_ids: tuple[str, ...] | None) -> list[str]:
    from ..export.pdf import export_pdf
    from ..export.pdf_options import PdfOptions

    options = PdfOptions(
        page_size=args.page_size,
        orientation=args.orientation,
        mode=args.mode,
        scale=args.scale,
        lane_ids=lane_ids,
        title=args.title,
        source_name=Path(args.file).name,
        author=args.author,
        checklist=args.checklist,
        actions=args.actions,
        compare_state=resolve_state(m, args.compare) if args.compare is not None else None,
        message_language=message_language(),
    )
    return export_pdf(m, out, options, progress=_progress_printer())


def message_language(environ: Mapping[str, str] | None = None) -> str:
    """The language for warnings, as other Unix tools choose it: LC_ALL, then LC_MESSAGES, then LANG.

    The first one set and not empty wins ("fi_FI.UTF-8" gives Finnish; "C" and "POSIX" give
    English, as does an unset environment).
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            lang = primary_language(value)
            return "en" if lang in ("c", "posix") else lang
    return "en"


def _progress_printer():  # type: ignore[no-untyped-def]
    """Show a percentage on a terminal once an export has taken more than a second."""
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()
    shown = [False]

    def progress(done: int, total: int) -> bool:
        if time.monotonic() - started > 1.0:
            print(f"\rExporting… {100 * done // max(total, 1)} %", end="", file=sys.stderr, flush=True)
            shown[0] = True
            if done >= total:
                print(file=sys.stderr)
        return True

    return progress
