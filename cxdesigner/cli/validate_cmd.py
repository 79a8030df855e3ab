"""``cxdesigner validate FILE...``: ``FILE: OK`` or ``FILE: <problem>`` per file."""

from __future__ import annotations

import argparse

from ..storage import MapFileError, load_map


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="map files to check")


def run(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            load_map(name)
        except MapFileError as exc:
            failed += 1
            message = str(exc)
            prefix = name.rsplit("/", 1)[-1] + ": "
            print(f"{name}: {message.removeprefix(prefix)}")
        else:
            print(f"{name}: OK")
    return 1 if failed else 0
