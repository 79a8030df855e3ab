"""Write the built-in templates in resources/templates/ from the definitions below.

Run ``python tools/build_templates.py`` after editing; tests/test_templates.py fails when the
committed files differ from what this script writes. Each template is compact data here:
phases with touchpoints (name, channel, emotion, moment of truth) and cards per lane, written in
the customer's own words as the method asks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cxdesigner.model import Card, JourneyMap, Lane, LaneKind, LinkKind, Persona, Phase, Touchpoint  # noqa: E402
from cxdesigner.storage import dumps_map  # noqa: E402

L = LaneKind

# Lane sets: (kind, English name, Finnish name)
SERVICE_LANES = [
    (L.EXPECTATIONS, "Expectations", "Odotukset"),
    (L.THINKS, "Thinks", "Ajattelee"),
    (L.FEELS, "Feels", "Tuntee"),
    (L.SEES, "Sees and hears", "Näkee ja kuulee"),
    (L.DOES, "Does", "Tekee"),
    (L.PAIN_POINTS, "Pain points", "Kipupisteet"),
    (L.IMPROVEMENTS, "Improvements", "Kehitysideat"),
    (L.BACKSTAGE, "Organisation mirror", "Organisaation toiminnan peilaus"),
    (L.EMOTION_CURVE, "Emotion curve", "Tunnekäyrä"),
]


def build(
    title: str,
    description: str,
    language: str,
    persona: Persona,
    lanes: list[tuple[LaneKind, str]],
    phases: list[dict[str, Any]],
) -> JourneyMap:
    """Assemble a map directly (ids numbered in reading order) and check it."""
    m = JourneyMap(title, description, language, persona)
    counter = iter(range(1, 10_000))
    lane_ids: dict[LaneKind, str] = {}
    for kind, name in lanes:
        lane = Lane(f"ln-{next(counter)}", kind, name)
        m.lanes.append(lane)
        lane_ids[kind] = lane.id
    for p in phases:
        phase = Phase(f"ph-{next(counter)}", p["name"])
        m.phases.append(phase)
        for tp_def in p.get("touchpoints", []):
            name, channel, emotion, mot = tp_def[:4]
            tp = Touchpoint(f"tp-{next(counter)}", name, channel, mot, emotion)
            phase.touchpoints.append(tp)
            cards: dict[LaneKind, list[str]] = tp_def[4] if len(tp_def) > 4 else {}
            made: dict[LaneKind, list[str]] = {}
            for kind, texts in cards.items():
                for text in texts:
                    made.setdefault(kind, []).append(_add(m, next(counter), lane_ids[kind], tp.id, text))
            # The n-th improvement at a touchpoint addresses the n-th pain point there.
            for improvement, pain in zip(made.get(L.IMPROVEMENTS, []), made.get(L.PAIN_POINTS, []), strict=False):
                m.links[(improvement, pain)] = LinkKind.ADDRESSES
        for kind, texts in p.get("cards", {}).items():
            for text in texts:
                _add(m, next(counter), lane_ids[kind], phase.id, text)
    m.rebuild_index()
    m.check_invariants()
    return m


def _add(m: JourneyMap, number: int, lane_id: str, anchor_id: str, text: str) -> str:
    card = Card(f"cd-{number}", text, lane_id, anchor_id)
    m.cards[card.id] = card
    m.cells.setdefault(card.cell, []).append(card.id)
    return card.id


def write_all(folder: Path) -> dict[str, str]:
    from templates_content import TEMPLATES  # noqa: PLC0415 - the content lives beside this script

    written = {}
    for name, m in TEMPLATES(build, SERVICE_LANES).items():
        text = dumps_map(m)
        (folder / f"{name}.cxmap").write_text(text, encoding="utf-8", newline="\n")
        written[name] = text
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    names = write_all(ROOT / "resources" / "templates")
    print("wrote", ", ".join(sorted(names)))
