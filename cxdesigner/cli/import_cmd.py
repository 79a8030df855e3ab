"""``cxdesigner import SRC -o MAP.cxmap [--force] [--format ojf|ems|mermaid|csv]``.

Reads another tool's file (see docs/interop.md), builds and checks the whole map in memory, then
saves it as safely as any save; nothing is written when the source is malformed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..interop import IMPORT_FORMATS, InteropError, import_file
from .common import CommandError, write_map, write_new_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SRC", help="an .ojf, EMS .yaml, Mermaid .mmd or .csv file")
    parser.add_argument("-o", "--output", required=True, help="the .cxmap file to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument(
        "--format", choices=sorted(IMPORT_FORMATS), help="the source's format (default: from its extension or content)"
    )


def run(args: argparse.Namespace) -> int:
    output = write_new_file(args.output, args.force)
    if Path(args.source).resolve() == output.resolve():
        raise CommandError(f"{output}: the output would overwrite the file being imported")
    try:
        m = import_file(args.source, args.format)
    except InteropError as exc:
        raise CommandError(str(exc)) from None
    write_map(m, output)
    counts = m.counts()
    print(
        f"{output}: imported {counts['phases']} phases, {counts['touchpoints']} touchpoints, "
        f"{counts['lanes']} lanes and {counts['cards']} cards from {Path(args.source).name}"
    )
    return 0
