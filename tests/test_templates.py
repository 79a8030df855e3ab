"""Built-in templates: present, valid, current with their source, and in the right language."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cxdesigner import resources
from cxdesigner.layout import compute_layout
from cxdesigner.model import LaneKind
from cxdesigner.templates import list_templates, load_template
from tests.storage.test_format import schema_validator

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {"palvelupolku-fi", "service-journey-en", "retail-omnichannel-en", "learning-journey-en", "blank"}


def test_all_templates_are_there():
    assert set(resources.template_names()) == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_is_valid(name):
    m = load_template(name)
    m.check_invariants()
    data = json.loads(resources.template_path(name).read_text(encoding="utf-8"))
    assert list(schema_validator().iter_errors(data)) == []
    layout = compute_layout(m)
    assert layout.width > 0 and len(layout.cards) == len(m.cards)


def test_templates_are_current_with_their_source(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_templates

        written = build_templates.write_all(tmp_path)
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for name, text in written.items():
        assert resources.template_path(name).read_text(encoding="utf-8") == text, name


def test_finnish_template_follows_the_source_method():
    m = load_template("palvelupolku-fi")
    assert m.language == "fi"
    assert [p.name for p in m.phases] == [
        "Tarpeen syntyminen",
        "Etsiminen",
        "Sopimus / toteutus",
        "Palvelujen käyttö",
        "Loppuminen",
    ]
    names = {tp.name for tp in m.touchpoints()}
    for seed in ("Netti", "Mobiili", "Some", "Kollegat/tutut", "Markkinointi", "Artikkelit", "Asiakaspalvelu", "Yhteydenottolomake"):
        assert seed in names
    kinds = [lane.kind for lane in m.lanes]
    for kind in (LaneKind.EXPECTATIONS, LaneKind.THINKS, LaneKind.FEELS, LaneKind.SEES, LaneKind.DOES,
                 LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS, LaneKind.BACKSTAGE, LaneKind.EMOTION_CURVE):
        assert kind in kinds
    assert any(tp.moment_of_truth for tp in m.touchpoints())
    assert len(m.cards) >= 30


def test_list_templates_gives_titles():
    infos = {t.name: t for t in list_templates()}
    assert infos["palvelupolku-fi"].language == "fi"
    assert infos["service-journey-en"].title.startswith("Service journey")


