"""Find files shipped in ``resources/`` (fonts, templates, schema, translations, icons).

``resources/`` sits at the top of the repository and is installed into the wheel as the package
``cxdesigner_resources`` (see pyproject.toml), so this works from a checkout and from an
installed wheel alike, whatever the current folder.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_PACKAGE = "cxdesigner_resources"


@cache
def root() -> Traversable:
    """The ``resources`` folder."""
    return resources.files(_PACKAGE)


def path(*parts: str) -> Path:
    """A real filesystem path to a resource (resources are never zipped: see pyproject.toml)."""
    node = root().joinpath(*parts)
    return Path(str(node))


def read_bytes(*parts: str) -> bytes:
    return root().joinpath(*parts).read_bytes()


def font_path(bold: bool = False) -> Path:
    return path("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


def template_names() -> list[str]:
    folder = root().joinpath("templates")
    return sorted(p.name.removesuffix(".cxmap") for p in folder.iterdir() if p.name.endswith(".cxmap"))


def template_path(name: str) -> Path:
    return path("templates", f"{name}.cxmap")
