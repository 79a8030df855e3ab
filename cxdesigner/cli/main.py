"""``cxdesigner`` command line: start the app, or run a subcommand.

Exit codes: 0 success, 1 failure (one line on stderr saying why), 2 usage error. A user's
mistake never produces a traceback. Subcommands live in one module each and are imported only
when used, so ``cxdesigner validate`` does not pay for Qt or reportlab.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__
from .common import CommandError

# name → module (in this package) that defines ``add_arguments(parser)`` and ``run(args)``.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "templates": ("templates_cmd", "list the built-in templates"),
    "new": ("new_cmd", "write a new map from a template"),
    "validate": ("validate_cmd", "check map files"),
    "info": ("info_cmd", "show a map's title and counts"),
    "export": ("export_cmd", "export a map to PDF, PNG, SVG, OJF, CSV, Markdown or Mermaid"),
    "import": ("import_cmd", "import a map from another tool's file"),
    "metrics": ("metrics_cmd", "show NPS and CES per touchpoint; import survey answers from CSV"),
    "analyze": ("analyze_cmd", "list pain points without improvements, thin touchpoints and more"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one clear line
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _open_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cxdesigner",
        description="CX Designer: design customer journey maps offline.",
        epilog="Subcommands: "
        + "; ".join(f"{name} ({help_})" for name, (_, help_) in SUBCOMMANDS.items())
        + ". Run 'cxdesigner SUBCOMMAND --help' for each.",
    )
    parser.add_argument("file", nargs="?", help="a .cxmap file to open (default: the example map)")
    parser.add_argument("--version", action="version", version=f"cxdesigner {__version__}")
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help=argparse.SUPPRESS,  # for smoke tests: close the window after this many seconds
    )
    return parser


def _load_subcommand(name: str):  # type: ignore[no-untyped-def]
    module_name, _ = SUBCOMMANDS[name]
    return importlib.import_module(f"{__package__}.{module_name}")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            name = args_list[0]
            module = _load_subcommand(name)
            parser = _Parser(prog=f"cxdesigner {name}", description=SUBCOMMANDS[name][1])
            module.add_arguments(parser)
            args = parser.parse_args(args_list[1:])
            return int(module.run(args) or 0)
        args = _open_parser().parse_args(args_list)
        from .open_cmd import run as open_app

        return open_app(args)
    except CommandError as exc:
        print(f"cxdesigner: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cxdesigner: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `cxdesigner templates | head -1`
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
