"""Link geometry shared by the canvas and the PDF: edge to edge, sides by column, skipped when a
card is not laid out, deterministic, and kinds that differ in more than colour."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.commands import History, edits
from cxdesigner.layout import Rect, compute_layout
from cxdesigner.layout.links import HEAD_LENGTH, LINK_STYLES, Head, LinkPath, Side, link_paths, route_links
from cxdesigner.model import LinkKind
from tests.factories import small_map

EPS = 1e-6


def _cards(m):  # noqa: ANN001, ANN202 - {(lane index, touchpoint index, card index): card id}
    tps = [tp.id for tp in m.touchpoints()]
    return {
        (li, ti, ci): card_id
        for li, lane in enumerate(m.lanes[:3])
        for ti, tp in enumerate(tps)
        for ci, card_id in enumerate(m.cells[(lane.id, tp)])
    }


def _on_side(point: tuple[float, float], r: Rect, side: Side) -> bool:
    x, y = point
    if side in (Side.TOP, Side.BOTTOM):
        edge = r.y if side is Side.TOP else r.bottom
        return abs(y - edge) < EPS and r.x - EPS <= x <= r.right + EPS
    edge = r.x if side is Side.LEFT else r.right
    return abs(x - edge) < EPS and r.y - EPS <= y <= r.bottom + EPS


def _strictly_inside(point: tuple[float, float], r: Rect, margin: float = 0.5) -> bool:
    x, y = point
    return r.x + margin < x < r.right - margin and r.y + margin < y < r.bottom - margin


def _only(layout, links) -> LinkPath:  # noqa: ANN001
    paths = link_paths(layout, links)
    assert len(paths) == 1
    return paths[0]


def test_endpoints_lie_on_the_card_edges_and_the_curve_stays_out_of_both_cards() -> None:
    m = small_map()
    layout = compute_layout(m)
    ids = sorted(layout.cards)
    kinds = list(LinkKind)
    # Every pair of cards, one link at a time, every kind: edge to edge, never through its own cards.
    for n, (a, b) in enumerate(itertools.permutations(ids, 2)):
        p = _only(layout, {(a, b): kinds[n % 3]})
        ra, rb = layout.cards[a].rect, layout.cards[b].rect
        assert (p.source, p.target) == (a, b)
        assert _on_side(p.start, ra, p.start_side), (a, b, p)
        assert _on_side(p.end, rb, p.end_side), (a, b, p)
        for i in range(1, 50):
            point = p.point_at(i / 50)
            assert not _strictly_inside(point, ra) and not _strictly_inside(point, rb), (a, b, i, point)


def test_cards_in_one_column_connect_bottom_to_top() -> None:
    m = small_map()
    layout = compute_layout(m)
    c = _cards(m)
    # Second "thinks" card at Web, first "feels" card at Web: one above the other, nothing between.
    upper, lower = c[(0, 0, 1)], c[(1, 0, 0)]
    down = _only(layout, {(upper, lower): LinkKind.FLOW})
    assert (down.start_side, down.end_side) == (Side.BOTTOM, Side.TOP)
    assert down.start[1] == pytest.approx(layout.cards[upper].rect.bottom)
    assert down.end[1] == pytest.approx(layout.cards[lower].rect.y)
    assert down.angle == pytest.approx(math.pi / 2)  # the head points down, into the lower card
    up = _only(layout, {(lower, upper): LinkKind.ADDRESSES})
    assert (up.start_side, up.end_side) == (Side.TOP, Side.BOTTOM)
    assert up.end[1] == pytest.approx(layout.cards[upper].rect.bottom)
    assert up.angle == pytest.approx(-math.pi / 2)
    # Two cards stacked in one cell, too.
    first, second = c[(0, 0, 0)], c[(0, 0, 1)]
    assert _only(layout, {(first, second): LinkKind.FLOW}).start_side is Side.BOTTOM


def test_cards_in_one_column_with_cards_between_bracket_round_them() -> None:
    m = small_map()
    layout = compute_layout(m)
    c = _cards(m)
    top, bottom = c[(0, 0, 0)], c[(2, 0, 1)]  # four cards of the Web column lie between
    p = _only(layout, {(top, bottom): LinkKind.RELATES})
    assert (p.start_side, p.end_side) == (Side.RIGHT, Side.RIGHT)
    right = layout.cards[top].rect.right
    between = [layout.cards[c[key]].rect for key in ((0, 0, 1), (1, 0, 0), (1, 0, 1), (2, 0, 0))]
    for i in range(1, 50):
        point = p.point_at(i / 50)
        assert point[0] >= right - EPS
        assert not any(_strictly_inside(point, r) for r in between)


def test_cards_in_different_columns_connect_side_to_side() -> None:
    m = small_map()
    layout = compute_layout(m)
    c = _cards(m)
    web, store = c[(0, 0, 0)], c[(2, 2, 1)]  # thinks at Web → pain point at Store, lanes apart
    right = _only(layout, {(web, store): LinkKind.ADDRESSES})
    assert (right.start_side, right.end_side) == (Side.RIGHT, Side.LEFT)
    assert right.start[0] == pytest.approx(layout.cards[web].rect.right)
    assert right.end[0] == pytest.approx(layout.cards[store].rect.x)
    assert right.angle == pytest.approx(0.0)  # meets the target square to its left edge
    left = _only(layout, {(store, web): LinkKind.ADDRESSES})
    assert (left.start_side, left.end_side) == (Side.LEFT, Side.RIGHT)
    assert left.end[0] == pytest.approx(layout.cards[web].rect.right)
    assert abs(left.angle) == pytest.approx(math.pi)
    # A gentle curve: it bends, but stays within the two cards' rows.
    ys = [right.point_at(i / 20)[1] for i in range(21)]
    assert min(ys) >= right.start[1] - EPS and max(ys) <= right.end[1] + EPS
    assert len({round(y, 3) for y in ys}) > 5


def test_links_to_cards_on_hidden_lanes_are_skipped() -> None:
    m = small_map()
    c = _cards(m)
    links = {(c[(0, 0, 0)], c[(1, 1, 0)]): LinkKind.FLOW, (c[(0, 0, 0)], c[(2, 2, 0)]): LinkKind.ADDRESSES}
    assert len(link_paths(compute_layout(m), links)) == 2
    feels = m.lanes[1]
    History(m).push(edits.set_fields(m, "lane", feels.id, "Hide lane", hidden=True))
    paths = link_paths(compute_layout(m), links)
    assert [(p.source, p.target) for p in paths] == [(c[(0, 0, 0)], c[(2, 2, 0)])]
    # An export of chosen lanes (thinks and feels, not pain points) lays out only their cards.
    chosen = link_paths(compute_layout(m, lane_ids=[m.lanes[0].id, feels.id]), links)
    assert [(p.source, p.target) for p in chosen] == [(c[(0, 0, 0)], c[(1, 1, 0)])]


def test_deterministic_whatever_the_order_of_the_links() -> None:
    m = small_map()
    layout = compute_layout(m)
    ids = sorted(layout.cards)
    pairs = [(a, b) for a, b in itertools.permutations(ids[:8], 2)][::3]
    links = {pair: list(LinkKind)[i % 3] for i, pair in enumerate(pairs)}
    backwards = dict(reversed(list(links.items())))
    first = link_paths(layout, links)
    assert first == link_paths(layout, backwards) == link_paths(compute_layout(m), links)
    assert [(p.source, p.target) for p in first] == sorted(links)


def test_links_leaving_one_side_get_ports_of_their_own() -> None:
    m = small_map()
    layout = compute_layout(m)
    c = _cards(m)
    source = c[(1, 0, 0)]
    targets = [c[(0, 1, 0)], c[(1, 1, 0)], c[(2, 1, 0)]]  # all to the right, from higher to lower
    paths = link_paths(layout, {(source, t): LinkKind.FLOW for t in targets})
    starts = {p.target: p.start for p in paths}
    assert all(p.start_side is Side.RIGHT for p in paths)
    ys = [starts[t][1] for t in targets]
    assert ys == sorted(ys) and len(set(ys)) == 3  # ordered like their other ends: no crossing


def test_heads_point_into_the_target_and_kinds_differ_without_colour() -> None:
    m = small_map()
    layout = compute_layout(m)
    c = _cards(m)
    a, b = c[(0, 0, 0)], c[(0, 1, 0)]
    for kind in LinkKind:
        p = _only(layout, {(a, b): kind})
        head = p.head()
        if LINK_STYLES[kind].head is Head.NONE:
            assert head is None
            continue
        left, tip, right = head
        assert tip == p.end
        base = ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
        assert math.dist(base, tip) == pytest.approx(HEAD_LENGTH)
        assert base[0] < layout.cards[b].rect.x  # the head sits outside the card, pointing in
        bounds = p.bounds()
        assert all(bounds.x - EPS <= x <= bounds.right + EPS and bounds.y - EPS <= y <= bounds.bottom + EPS
                   for x, y in (left, tip, right, p.start))
    looks = {(s.dash, s.head) for s in LINK_STYLES.values()}
    assert len(looks) == len(LinkKind)  # dash pattern and head tell the kinds apart in grey too
    assert len({s.dash for s in LINK_STYLES.values()}) == len(LinkKind)


def test_route_links_follows_moved_rectangles() -> None:
    """What the canvas does during a drag: the same routing, from where the cards are now."""
    a, b = "a", "b"
    side_by_side = route_links({a: Rect(0, 0, 100, 40), b: Rect(200, 0, 100, 40)}, {(a, b): LinkKind.FLOW})[0]
    assert side_by_side.end == (200, 20)
    moved = route_links({a: Rect(0, 0, 100, 40), b: Rect(30, 120, 100, 40)}, {(a, b): LinkKind.FLOW})[0]
    assert (moved.start_side, moved.end_side) == (Side.BOTTOM, Side.TOP)
    assert moved.end == (80, 120)
    assert route_links({a: Rect(0, 0, 10, 10)}, {(a, b): LinkKind.FLOW}) == []  # b not laid out
    assert route_links({a: Rect(0, 0, 10, 10)}, {(a, a): LinkKind.FLOW}) == []  # no self-links


@given(
    st.lists(
        st.tuples(st.floats(0, 900), st.floats(0, 900), st.floats(1, 400), st.floats(1, 300)), min_size=1, max_size=40
    ),
    st.floats(0, 1000),
    st.floats(0, 1000),
    st.floats(0, 1000),
)
def test_the_card_index_finds_what_a_scan_of_every_card_finds(boxes, x, a, b) -> None:  # noqa: ANN001
    from cxdesigner.layout.links import CardIndex

    rects = {f"c{i}": Rect(*box) for i, box in enumerate(boxes)}
    top, bottom = min(a, b), max(a, b)
    exclude = ("c0",)
    scan = any(
        r.x < x < r.right and r.bottom > top + 0.5 and r.y < bottom - 0.5 and cid not in exclude
        for cid, r in rects.items()
    )
    assert CardIndex(rects).crossed(x, top, bottom, exclude) == scan
