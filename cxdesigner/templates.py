"""The built-in templates in ``resources/templates/`` (each one a ``.cxmap`` file)."""

from __future__ import annotations

from dataclasses import dataclass

from . import resources
from .model.entities import JourneyMap
from .storage import MapFileError, load_map

EXAMPLE_TEMPLATE = "service-journey-en"


class TemplateError(Exception):
    pass


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    language: str


def load_template(name: str) -> JourneyMap:
    if name not in resources.template_names():
        available = ", ".join(resources.template_names())
        raise TemplateError(f"no template {name!r}; available: {available}")
    try:
        return load_map(resources.template_path(name))
    except MapFileError as exc:  # pragma: no cover - tests validate every template
        raise TemplateError(f"template {name!r} is damaged: {exc}") from None


def list_templates() -> list[TemplateInfo]:
    result = []
    for name in resources.template_names():
        m = load_template(name)
        result.append(TemplateInfo(name, m.title, m.language))
    return result
