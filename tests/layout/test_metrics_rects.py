"""``Layout.metrics``: where each touchpoint's NPS/CES block goes in a metrics lane, computed once
for the canvas and the PDF; and the shared, Qt-free texts and bars of those blocks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.commands import History, add_card, add_lane, set_fields
from cxdesigner.export.pdf_handout import handout_style
from cxdesigner.layout import compute_layout, default_style
from cxdesigner.layout.marks import NPS_COLORS, metric_boxes, metric_rows, vote_plate
from cxdesigner.model import LaneKind
from tests.export.marks_maps import FRIENDS_CES, STORE_NPS, WEB_CES, WEB_NPS, marked_map
from tests.factories import small_map

STYLES = {"default": default_style(), "handout": handout_style(), "tiny": replace(default_style(), card_font_size=6.0)}


def _metrics_lane(m):  # type: ignore[no-untyped-def]
    return next(ln for ln in m.lanes if ln.kind is LaneKind.METRICS)


@pytest.mark.parametrize("style", STYLES.values(), ids=STYLES.keys())
def test_every_touchpoint_with_answers_gets_a_block_inside_its_cell_below_its_cards(style) -> None:  # noqa: ANN001
    m = marked_map()
    lane = _metrics_lane(m)
    h = History(m)
    web, friends, store = m.touchpoints()
    for i in range(3):  # cards in the metrics cell too: the block goes below them
        h.push(add_card(m, lane.id, web.id, f"Survey note {i} " + "with several words to wrap " * i))
    layout = compute_layout(m, style)
    assert set(layout.metrics) == {(lane.id, tp.id) for tp in (web, friends, store)}
    for (lane_id, tp_id), rect in layout.metrics.items():
        cell = layout.cells[(lane_id, tp_id)].rect
        assert cell.contains(rect)
        assert rect.h == pytest.approx(style.metrics_block_height)
        assert rect.w == pytest.approx(cell.w - 2 * style.cell_padding)
        for card_id in m.cells.get((lane_id, tp_id), ()):
            assert layout.cards[card_id].rect.bottom < rect.y
            assert not layout.cards[card_id].rect.intersects(rect)


def test_no_block_without_answers_or_outside_metrics_lanes() -> None:
    m = marked_map()
    lane = _metrics_lane(m)
    web, friends, store = m.touchpoints()
    History(m).push(set_fields(m, "touchpoint", friends.id, "clear", ces=None))
    layout = compute_layout(m)
    assert set(layout.metrics) == {(lane.id, web.id), (lane.id, store.id)}
    assert all(key[0] == lane.id for key in layout.metrics)
    hidden = compute_layout(m, lane_ids=[ln.id for ln in m.lanes if ln.id != lane.id])
    assert hidden.metrics == {}
    assert compute_layout(small_map()).metrics == {}


def test_two_metrics_lanes_each_get_blocks() -> None:
    m = marked_map()
    History(m).push(add_lane(m, LaneKind.METRICS, "More metrics"))
    layout = compute_layout(m)
    lanes = {key[0] for key in layout.metrics}
    assert len(lanes) == 2 and len(layout.metrics) == 6


@given(st.lists(st.integers(min_value=0, max_value=4), min_size=3, max_size=3))
def test_blocks_never_overlap_cards_whatever_the_cards_per_cell(counts: list[int]) -> None:
    m = marked_map()
    lane = _metrics_lane(m)
    h = History(m)
    for tp, n in zip(m.touchpoints(), counts, strict=True):
        for i in range(n):
            h.push(add_card(m, lane.id, tp.id, f"note {i}"))
    layout = compute_layout(m)
    for key, rect in layout.metrics.items():
        assert layout.cells[key].rect.contains(rect)
        assert not any(c.rect.intersects(rect) for c in layout.cards.values())


def test_rows_say_what_the_hand_worked_numbers_say() -> None:
    assert [r.text for r in metric_rows(WEB_NPS, WEB_CES)] == ["NPS +30  n=10", "CES 60 % less  n=5"]
    assert [r.text for r in metric_rows(None, FRIENDS_CES)] == ["CES 0 % less  n=4"]
    assert [r.text for r in metric_rows(STORE_NPS, None)] == ["NPS −75  n=4"]
    assert metric_rows(None, None) == [] and metric_rows((0,) * 11, (0,) * 5) == []
    fi = metric_rows(WEB_NPS, WEB_CES, ("NPS", "CES", "vähemmän"))
    assert fi[1].text == "CES 60 % vähemmän  n=5"
    nps = metric_rows(WEB_NPS, None)[0]
    assert nps.counts == (2, 3, 5) and nps.colors == NPS_COLORS


def test_bars_are_split_in_proportion_and_text_fits_the_block() -> None:
    from cxdesigner.layout import Rect

    block = Rect(10, 20, 100, 30)
    boxes = metric_boxes(block, metric_rows(WEB_NPS, WEB_CES))
    nps, ces = boxes
    assert [round(part.w, 6) for part, _ in nps.segments] == [20.0, 30.0, 50.0]  # 2/10, 3/10, 5/10
    assert [round(part.w, 6) for part, _ in ces.segments] == [20.0, 40.0, 20.0, 20.0]  # step 4 had no answers
    assert nps.bar.y < ces.text_top and block.contains(ces.bar)
    narrow = metric_boxes(Rect(0, 0, 30, 30), metric_rows(WEB_NPS, WEB_CES))
    assert narrow[0].font_size < nps.font_size  # shrunk to fit 30 pt


def test_vote_plate_shows_the_total_and_at_most_what_fits() -> None:
    from cxdesigner.layout import Rect

    card = Rect(0, 100, 160, 40)
    plate = vote_plate(card, {"#e69f00": 2, "#56b4e9": 1})
    assert plate is not None and plate.label == "3" and len(plate.dots) == 3
    assert plate.rect.y < card.y < plate.rect.bottom  # straddles the top edge
    assert plate.rect.right <= card.right
    many = vote_plate(card, {"#e69f00": 500})
    assert many is not None and many.label == "500" and many.rect.w <= card.w
    assert vote_plate(card, {}) is None
