"""``cxdesigner new --template NAME -o FILE``: write a new map from a template."""

from __future__ import annotations

import argparse

from ..templates import TemplateError, load_template
from .common import CommandError, write_map, write_new_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", "-t", default="blank", help="template name (see 'cxdesigner templates')")
    parser.add_argument("-o", "--output", required=True, help="the .cxmap file to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("--title", help="the new map's title (default: the template's)")


def run(args: argparse.Namespace) -> int:
    path = write_new_file(args.output, args.force)
    try:
        m = load_template(args.template)
    except TemplateError as exc:
        raise CommandError(str(exc)) from None
    if args.title is not None:
        m.title = args.title
    write_map(m, path)
    print(f"{path}: created from template {args.template}")
    return 0
