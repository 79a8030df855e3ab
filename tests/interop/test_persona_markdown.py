"""The Markdown report lists the persona's needs and frustrations like its goals."""

from __future__ import annotations

from cxdesigner.interop.markdown import write_markdown
from cxdesigner.model.entities import Persona
from tests.factories import small_map


def test_needs_and_frustrations_are_listed_after_the_goals() -> None:
    m = small_map(cards_per_cell=0)
    m.persona = Persona(
        name="Leo", goals=["Pay fast"], needs=["Clear *prices*", "  "], frustrations=["Queues", "Forms | fields"]
    )
    report = write_markdown(m)
    section = report[report.index("## Persona") : report.index("## Journey at a glance")]
    assert section.index("Goals:") < section.index("Needs:") < section.index("Frustrations:")
    assert "- Pay fast" in section
    assert "- Clear \\*prices\\*" in section  # escaped, never markup
    assert "- Queues\n- Forms \\| fields" in section
    assert "-   \n" not in section and "- \n" not in section  # a blank item is no item


def test_a_persona_with_only_frustrations_still_gets_its_section() -> None:
    m = small_map(cards_per_cell=0)
    m.persona = Persona(frustrations=["Waiting"])
    report = write_markdown(m)
    assert "## Persona" in report and "Frustrations:" in report and "- Waiting" in report
    assert "Needs:" not in report and "Goals:" not in report
