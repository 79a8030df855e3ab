"""``cxdesigner [FILE]``: start the app (Qt is imported only here)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CommandError


def run(args: argparse.Namespace) -> int:
    if args.file is not None:
        path = Path(args.file)
        if not path.exists():
            raise CommandError(f"{path}: no such file")
    from ..ui.app import run_app

    return run_app(args.file, quit_after=args.quit_after)
