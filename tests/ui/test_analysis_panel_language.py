"""The analysis panel words its findings in the user interface's language (Qt's translators),
whatever the map's language, through the same Wording the PDF checklist uses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cxdesigner.analysis import analyze
from cxdesigner.templates import load_template
from cxdesigner.ui.app import ensure_app
from cxdesigner.ui.i18n_setup import install_translators
from cxdesigner.ui.workshop.analysis_panel import AnalysisPanel


@pytest.fixture
def finnish_ui() -> Iterator[None]:
    ensure_app()
    assert install_translators("fi") == "fi"
    yield
    install_translators("en")


def _rows(qtbot, m) -> list[list[str]]:  # noqa: ANN001
    panel = AnalysisPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_map(m)
    t = panel.tree
    return [[t.topLevelItem(i).text(c) for c in range(3)] for i in range(t.topLevelItemCount())]


def test_an_english_map_in_a_finnish_ui(finnish_ui, qtbot) -> None:  # noqa: ANN001
    m = load_template("service-journey-en")
    rows = _rows(qtbot, m)
    assert len(rows) == len(analyze(m))
    kinds = {r[0] for r in rows}
    assert {"Kipupiste ilman kehitysideaa", "Kanavan vaihto", "Tunnekäyrän pohja"} <= kinds
    assert "Asiakas siirtyy kanavasta Some kanavaan Kollegat/tutut." in {r[2] for r in rows}
    assert "Polun matalin tunne (−2)." in {r[2] for r in rows}
    assert any(r[2].startswith("Vielä tyhjänä: ") for r in rows)


def test_a_finnish_map_in_an_english_ui(qtbot) -> None:  # noqa: ANN001
    ensure_app()
    install_translators("en")
    rows = _rows(qtbot, load_template("palvelupolku-fi"))
    messages = {r[2] for r in rows}
    assert "The customer switches from Social media to Friends & colleagues." in messages
    assert "The journey's lowest emotion (−2)." in messages
    assert "Channel switch" in {r[0] for r in rows}
