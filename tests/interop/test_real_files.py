"""Every real file from another tool (tests/data/interop, with its licence) imports as expected.

The expected numbers were counted by reading the files (see docs/interop.md for the rules):
OJF phases = stages; lanes = swimlanes + 4 blueprint layers (when any node has a blueprint)
+ the emotion curve; touchpoints = nodes in the touchpoint swimlanes; cards = nodes with a
description in touchpoint swimlanes + the other nodes + blueprint items.
"""

from __future__ import annotations

import json

import pytest

from cxdesigner.interop import import_file
from cxdesigner.model import Channel, LaneKind, Priority
from cxdesigner.storage import dumps_map, loads_map

from .helpers import ALL_FILES, DATA, EMS_FILE, HANDWRITTEN, OJF_FILES

# file: (phases, touchpoints, lanes, cards)
EXPECTED = {
    # 1 swimlane + 4 blueprint layers + curve; 3 nodes with descriptions + 5 + 5 + 6 blueprint items
    "ojf/clinic-visit-blueprint.ojf": (3, 3, 6, 19),
    # User Activity holds the 4 touchpoints; Emotional State, Pain Points, Support Channel 4 cards
    "ojf/customer-support.ojf": (4, 4, 5, 8),
    # User Actions: 4 touchpoints; 3 more nodes; "Digital Touchpoints" holds no nodes
    "ojf/ecommerce-purchase.ojf": (4, 4, 5, 7),
    # Customer Actions + Digital + Physical Touchpoints: 8 touchpoints; Pain Points: 1 node
    "ojf/ecommerce-return.ojf": (4, 8, 5, 9),
    # Interaction: 4 touchpoints; 4 more nodes
    "ojf/event-booking.ojf": (4, 4, 5, 8),
    # 2 swimlanes + 4 layers + curve; 4 nodes + 5 + 3 + 5 + 4 blueprint items
    "ojf/hotel-check-in-blueprint.ojf": (3, 4, 7, 21),
    # 5 phases, 6 actions; touchpoint lists 2+3+3+3+3+2, thoughts 6 × 2
    "ems/sample.yaml": (5, 6, 3, 28),
    # 3 sections, 6 tasks; Actors lane + curve; 8 actor mentions
    "handwritten/library-card.mmd": (3, 6, 2, 8),
    "handwritten/palvelupolku.mmd": (2, 3, 2, 1),
    # 3 phases (one without touchpoints), 4 lanes (one declared only), 4 card rows
    "handwritten/palvelupolku.csv": (3, 2, 4, 4),
}


def test_every_file_in_the_data_folder_is_tested_and_has_its_licence():
    listed = {str(path.relative_to(DATA)) for path in ALL_FILES}
    assert listed == set(EXPECTED)
    for folder in ("ojf", "ems", "handwritten"):
        assert (DATA / folder / "LICENSE").is_file()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_imports_with_the_expected_counts(name):
    m = import_file(DATA / name)
    counts = m.counts()
    assert (counts["phases"], counts["touchpoints"], counts["lanes"], counts["cards"]) == EXPECTED[name]
    m.check_invariants()


def test_ojf_flat_dialect_header_scores_and_moments_of_truth():
    m = import_file(DATA / "ojf/customer-support.ojf")
    assert m.title == "Getting a broken smart toy fixed before a birthday"
    assert m.persona.name == "Sam, Tech-Savvy Parent"
    assert [p.name for p in m.phases] == [
        "Problem Discovery",
        "Initial Support Contact",
        "Troubleshooting",
        "Resolution",
    ]
    tps = m.touchpoints()
    # scores -2, 1, 0, 5 → ×2/5 rounded half away from zero
    assert [(tp.name, tp.emotion, tp.moment_of_truth) for tp in tps] == [
        ("Toy won't turn on", -1, False),
        ("Initiate Live Chat", 0, False),
        ("Follow reset instructions", 0, True),
        ("Device Revived", 2, False),
    ]
    assert tps[1].channel is Channel.CHAT  # from the tag "Chat"
    kinds = [(lane.name, lane.kind) for lane in m.lanes]
    assert kinds == [
        ("User Activity", LaneKind.DOES),
        ("Emotional State", LaneKind.FEELS),
        ("Pain Points", LaneKind.PAIN_POINTS),
        ("Support Channel", LaneKind.CUSTOM),
        ("Emotion curve", LaneKind.EMOTION_CURVE),
    ]
    # the only touchpoint of its stage is the anchor of the stage's other nodes
    bot_loop = next(c for c in m.cards.values() if c.text == "Bot Loop")
    assert bot_loop.anchor_id == tps[1].id and bot_loop.priority is Priority.MEDIUM
    assert bot_loop.detail == "Spent 5 minutes talking to a bot before reaching a human."
    assert bot_loop.extra["ojf"]["node"]["sentiment"] == "annoyed"


def test_ojf_metadata_dialect_and_blueprint_layers():
    m = import_file(DATA / "ojf/hotel-check-in-blueprint.ojf")
    assert (m.title, m.persona.name) == ("Hotel Arrival & Check-in", "Business Traveler")
    assert m.description == "Checking into a premium hotel after a long flight"
    by_name = {lane.name: lane for lane in m.lanes}
    assert by_name["Backstage"].kind is LaneKind.BACKSTAGE and by_name["Evidence"].kind is LaneKind.SEES
    arrive = m.touchpoints()[0]
    onstage = m.cell_cards(by_name["Onstage"].id, arrive.id)
    assert [(c.text, c.owner) for c in onstage] == [("Opens taxi door and greets guest", "Doorman")]
    evidence = m.cell_cards(by_name["Evidence"].id, arrive.id)
    assert [(c.text, c.detail) for c in evidence] == [("Hotel Signage", "Physical"), ("Valet Stand", "Physical")]
    room = m.touchpoints()[-1]
    assert [c.text for c in m.cell_cards(by_name["Support processes"].id, room.id)] == [
        "VingCard System",
        "Housekeeping App",
    ]
    assert [tp.emotion for tp in m.touchpoints()] == [1, 2, 0, 2]  # scores 2, 4, -1, 5


def test_ojf_touchpoints_from_two_touchpoint_swimlanes_keep_moments_of_truth():
    m = import_file(DATA / "ojf/ecommerce-return.ojf")
    assert [(tp.name, tp.moment_of_truth) for tp in m.phases[1].touchpoints] == [
        ("Return Portal", True),
        ("Live Chat Support", False),
    ]
    fee = next(c for c in m.cards.values() if c.text == "Restocking Fee")
    assert fee.anchor_id == m.phases[1].id  # two touchpoints in the stage: anchored to the phase
    assert fee.moment_of_truth is True  # a card can be a moment of truth too


def test_ems_japanese_text_is_kept_intact():
    m = import_file(EMS_FILE)
    raw = EMS_FILE.read_text(encoding="utf-8")
    assert m.language == "ja"
    assert m.persona.name == "事業部門のシステム利用ユーザー"
    assert m.persona.description.startswith("業務部門でシステムを日常的に利用し")
    assert [p.name for p in m.phases] == ["要件定義", "設計確認", "UAT", "本番稼働", "運用保守"]
    assert [tp.name for tp in m.phases[0].touchpoints] == ["要求を伝える", "要件定義レビュー"]
    assert [tp.emotion for tp in m.touchpoints()] == [-1, -1, 0, 0, -1, 1]
    for card in m.cards.values():
        assert card.text in raw
    thoughts = next(lane for lane in m.lanes if lane.kind is LaneKind.THINKS)
    assert [c.text for c in m.cell_cards(thoughts.id, m.touchpoints()[0].id)] == [
        "正しく意図が伝わるか不安だ",
        "専門用語が多くて理解が難しい",
    ]


def test_mermaid_scores_and_actors():
    m = import_file(HANDWRITTEN / "library-card.mmd")
    assert m.title == "Renewing a library card"
    assert m.description == "A member renews an expired card before borrowing again"
    assert [tp.emotion for tp in m.touchpoints()] == [-2, -1, -1, 0, 2, 2]  # 1 2 2 3 5 5, minus 3
    queue = m.touchpoints()[2]
    assert [c.text for c in m.cards_at(queue.id)] == ["Member", "Librarian"]
    fi = import_file(HANDWRITTEN / "palvelupolku.mmd")
    assert fi.title == "Palvelupolku – äöå"
    assert [tp.emotion for tp in fi.touchpoints()] == [0, 1, -2]  # 3, 4 and 0


def test_csv_file_with_semicolons_multiline_cells_and_a_neutralised_cell():
    m = import_file(HANDWRITTEN / "palvelupolku.csv")
    assert m.title == "palvelupolku"
    texts = {c.text: c for c in m.cards.values()}
    assert "=jonotus kestää" in texts  # the apostrophe that neutralised it is gone
    assert texts["Hinta ei näy"].detail == "Hinnasto on PDF:ssä;\nei etusivulla"
    service = m.phases[1].touchpoints[0]
    assert (service.channel, service.moment_of_truth, service.emotion) == (Channel.CUSTOMER_SERVICE, True, -2)
    assert texts["Myynti ei näe liidejä"].anchor_id == m.phases[1].id
    assert m.phases[2].name == "Ostaminen" and not m.phases[2].touchpoints
    assert m.lanes[-1].kind is LaneKind.EMOTION_CURVE


@pytest.mark.parametrize("path", OJF_FILES, ids=lambda p: p.name)
def test_ojf_files_parse_as_the_spec_says(path):
    # guard against a copy that drifted from the original
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"stages", "swimlanes", "nodes"} <= set(data)


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_imported_maps_save_and_load_unchanged(path):
    m = import_file(path)
    assert loads_map(dumps_map(m)).snapshot() == m.snapshot()
