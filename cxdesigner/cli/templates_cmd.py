"""``cxdesigner templates``: one line per template, its name and title."""

from __future__ import annotations

import argparse

from ..templates import list_templates


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    templates = list_templates()
    width = max(len(t.name) for t in templates)
    for t in templates:
        print(f"{t.name:<{width}}  {t.title}")
    return 0
