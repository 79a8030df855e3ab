"""The shared layout: cards inside their cells, no overlaps, text fits, deterministic."""

from __future__ import annotations

import itertools

from hypothesis import given

from cxdesigner.layout import compute_layout, default_style
from cxdesigner.layout.font_metrics import metrics_for
from cxdesigner.layout.text_wrap import wrap_text
from cxdesigner.model import LaneKind
from tests.factories import small_map
from tests.strategies import journey_maps


def check_geometry(m, layout):
    style = layout.style
    regular = metrics_for(style.font_file)
    visible_lanes = [lane for lane in m.lanes if not lane.hidden]
    assert [lane.id for lane in layout.lanes] == [lane.id for lane in visible_lanes]
    expected_cards = {c.id for c in m.cards.values() if not m.lane(c.lane_id).hidden}
    assert set(layout.cards) == expected_cards
    for box in layout.cards.values():
        cell = layout.cells[(box.lane_id, box.anchor_id)]
        assert cell.rect.contains(box.rect), (box.id, cell.rect, box.rect)
        lane_box = next(lb for lb in layout.lanes if lb.id == box.lane_id)
        assert lane_box.band.contains(box.rect)
        for line in box.text.lines:
            assert regular.text_width(line, box.text.size) <= box.text.width + 1e-6
        assert box.text.y + box.text.height <= box.rect.bottom + 1e-6
    for a, b in itertools.combinations(layout.cards.values(), 2):
        assert not a.rect.intersects(b.rect), (a.id, b.id)
    for a, b in itertools.combinations(layout.cells.values(), 2):
        assert not a.rect.intersects(b.rect), (a, b)
    for lane_a, lane_b in itertools.pairwise(layout.lanes):
        assert lane_a.band.bottom <= lane_b.band.y + 1e-6
    assert all(layout.grid.contains(lb.band) for lb in layout.lanes)


@given(journey_maps())
def test_cards_lie_inside_their_cells_without_overlapping(m):
    layout = compute_layout(m)
    check_geometry(m, layout)
    assert compute_layout(m) == layout  # deterministic


def test_long_words_break_and_cards_grow():
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    short = compute_layout(m).cards[card.id].rect.h
    card.text = "Epäjärjestelmällistyttämättömyydellänsäkäänköhän " * 3 + "\nrivi"
    layout = compute_layout(m)
    box = layout.cards[card.id]
    assert box.rect.h > short
    assert len(box.text.lines) >= 4
    assert box.text.lines[-1] == "rivi"
    check_geometry(m, layout)


def test_wrap_keeps_every_character_of_a_paragraph():
    metrics = metrics_for(default_style().font_file)
    text = "Asiakas vertailee kolmea palveluntarjoajaa illalla kotona ja toivoo selkeää hinnastoa"
    lines = wrap_text(metrics, text, 90, 9)
    assert len(lines) > 1
    assert " ".join(lines) == text


def test_emotion_curve_points_follow_scores():
    m = small_map()
    web, friends = m.phases[0].touchpoints
    web.emotion, friends.emotion = 2, -2
    layout = compute_layout(m)
    (curve,) = layout.curves
    points = {p.touchpoint_id: p for p in curve.points}
    assert set(points) == {web.id, friends.id}
    assert points[web.id].y < points[friends.id].y
    assert curve.score_at(points[web.id].y) == 2
    assert curve.score_at(points[friends.id].y) == -2
    curve_lane = next(lb for lb in layout.lanes if lb.kind is LaneKind.EMOTION_CURVE)
    assert curve_lane.band.y <= points[web.id].y <= curve_lane.band.bottom


def test_lane_subset_and_hidden_lanes():
    m = small_map()
    m.lanes[1].hidden = True
    assert m.lanes[1].id not in {lb.id for lb in compute_layout(m).lanes}
    only = compute_layout(m, lane_ids=[m.lanes[1].id])
    assert [lb.id for lb in only.lanes] == [m.lanes[1].id]


def test_phase_cards_span_the_phase():
    from cxdesigner.commands import History, add_card

    m = small_map()
    phase = m.phases[0]
    History(m).push(add_card(m, m.lanes[0].id, phase.id, "about the whole phase"))
    layout = compute_layout(m)
    card = next(b for b in layout.cards.values() if b.anchor_id == phase.id)
    phase_box = next(p for p in layout.phases if p.id == phase.id)
    assert card.rect.w > phase_box.rect.w * 0.8
    check_geometry(m, layout)


def test_channel_names_follow_the_map_language():
    m = small_map()
    web = m.phases[0].touchpoints[0]
    english = next(t for t in compute_layout(m).touchpoints if t.id == web.id)
    assert english.channel_text.lines == ("Web",)
    m.language = "fi"
    finnish = next(t for t in compute_layout(m).touchpoints if t.id == web.id)
    assert finnish.channel_text.lines == ("Netti",)


def test_metrics_lanes_make_room_for_survey_summaries():
    from cxdesigner.commands import History, add_card, add_lane

    m = small_map(cards_per_cell=0)
    History(m).push(add_lane(m, LaneKind.METRICS))
    metrics_lane = m.lanes[-1]
    web = m.phases[0].touchpoints[0]
    History(m).push(add_card(m, metrics_lane.id, web.id, "Target: NPS 40"))
    before = compute_layout(m)
    web.nps = (0,) * 9 + (3, 4)
    after = compute_layout(m)
    style = after.style
    band = lambda layout: next(lb.band for lb in layout.lanes if lb.id == metrics_lane.id)  # noqa: E731
    card = after.cards[m.cells[(metrics_lane.id, web.id)][0]]
    cell = after.cells[(metrics_lane.id, web.id)]
    # The summary drawn at the cell's bottom sits below the card, never on it.
    assert cell.rect.bottom - style.metrics_block_height - style.cell_padding >= card.rect.bottom - 1e-6
    assert band(after).h > band(before).h
    check_geometry(m, after)
