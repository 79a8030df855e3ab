"""``cxdesigner info FILE [--json]``: the title and the counts of a map."""

from __future__ import annotations

import argparse
import json

from .common import read_map


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    m = read_map(args.file)
    counts = m.counts()
    info = {
        "title": m.title,
        "language": m.language,
        "persona": m.persona.name,
        "phases": counts["phases"],
        "touchpoints": counts["touchpoints"],
        "lanes": counts["lanes"],
        "cards": counts["cards"],
        "links": counts["links"],
        "moments_of_truth": sum(1 for tp in m.touchpoints() if tp.moment_of_truth),
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False, sort_keys=True))
        return 0
    print(f"Title:       {m.title}")
    if m.persona.name:
        print(f"Persona:     {m.persona.name}")
    for key in ("phases", "touchpoints", "lanes", "cards", "links"):
        print(f"{key.capitalize() + ':':<13}{info[key]}")
    return 0
