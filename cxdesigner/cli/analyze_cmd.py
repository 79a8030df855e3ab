"""``cxdesigner analyze MAP [--json]``: one finding per line (kind, item id, item name, message)."""

from __future__ import annotations

import argparse
import json

from ..analysis import analyze
from .common import read_map


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="MAP")
    parser.add_argument("--json", action="store_true", help="print a JSON list of findings")


def run(args: argparse.Namespace) -> int:
    # English whatever the map's language: scripts read these messages (the PDF checklist and the
    # analysis panel word them for people).
    findings = analyze(read_map(args.file), language="en")
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(f"{f.kind}\t{f.item_id}\t{f.item_name}\t{f.message}")
    return 0
