"""A card's follow-up line (status · owner · priority) is laid out below its text, in the map's language."""

from __future__ import annotations

from hypothesis import given, settings

from cxdesigner.commands import History, edits
from cxdesigner.layout import compute_layout
from cxdesigner.layout.follow_up import follow_up_text
from cxdesigner.layout.font_metrics import metrics_for
from cxdesigner.model import Priority, Status
from tests.factories import small_map
from tests.strategies import journey_maps


def _first_card(m):
    lane, tp = m.lanes[0], m.touchpoints()[0]
    return m.cells[(lane.id, tp.id)][0]


def _follow_up(m, card_id: str, **values) -> None:
    History(m).push(edits.set_fields(m, "card", card_id, "Set follow-up", **values))


def _meta_inside(box, style) -> None:
    regular = metrics_for(style.font_file)
    meta = box.meta
    assert meta is not None
    assert meta.size < box.text.size
    assert meta.y >= box.text.y + box.text.height  # below the text, never over it
    assert box.rect.x <= meta.x and meta.x + meta.width <= box.rect.right
    assert meta.y + meta.height <= box.rect.bottom - style.card_padding + 1e-6
    for line in meta.lines:
        assert regular.text_width(line, meta.size) <= meta.width + 1e-6, line


def test_follow_up_line_grows_the_card_by_its_block_and_reads_status_owner_priority() -> None:
    m = small_map()
    card = _first_card(m)
    before = compute_layout(m)
    _follow_up(m, card, status=Status.IN_PROGRESS, owner="Maija Virtanen", priority=Priority.HIGH)
    after = compute_layout(m)
    old, new = before.cards[card], after.cards[card]
    assert old.meta is None
    assert new.meta is not None
    # Lines break between the parts, the separator ending the line before.
    assert new.meta.lines == ("In progress · Maija Virtanen ·", "High priority")
    gap = after.style.card_padding / 2
    assert new.rect.h == old.rect.h + gap + new.meta.height
    assert new.text == old.text
    _meta_inside(new, after.style)
    # The card below it in the same cell moves down by exactly the growth.
    below = m.cells[(m.lanes[0].id, m.touchpoints()[0].id)][1]
    assert after.cards[below].rect.y == before.cards[below].rect.y + gap + new.meta.height


def test_finnish_map_reads_in_finnish_and_done_has_a_check_mark() -> None:
    m = small_map()
    m.language = "fi"
    card = _first_card(m)
    _follow_up(m, card, status=Status.IN_PROGRESS, owner="Maija", priority=Priority.HIGH)
    meta = compute_layout(m).cards[card].meta
    assert meta is not None and meta.lines == ("Työn alla · Maija · Korkea prioriteetti",)
    _follow_up(m, card, status=Status.DONE, owner="", priority=None)
    assert compute_layout(m).cards[card].meta.lines == ("✓ Valmis",)
    m.language = "en"
    assert compute_layout(m).cards[card].meta.lines == ("✓ Done",)


def test_each_field_alone_makes_a_line_and_an_empty_owner_none() -> None:
    m = small_map()
    card = m.cards[_first_card(m)]
    card.owner = "   "
    assert follow_up_text(card, "en") == ""
    card.owner = "Ann\nLee"  # a newline in an owner does not start a second line
    assert follow_up_text(card, "en") == "Ann Lee"
    card.owner, card.priority = "", Priority.LOW
    assert follow_up_text(card, "en") == "Low priority"
    card.priority, card.status = None, Status.PLANNED
    assert follow_up_text(card, "en") == "Planned"


def test_cards_without_follow_up_are_laid_out_exactly_as_before() -> None:
    m = small_map()
    plain = compute_layout(m)
    card = _first_card(m)
    _follow_up(m, card, owner="Someone")
    _follow_up(m, card, owner="")
    again = compute_layout(m)
    assert again.cards == plain.cards
    assert all(box.meta is None for box in again.cards.values())
    assert again.height == plain.height


def test_odd_text_wraps_within_the_card() -> None:
    m = small_map()
    ids = list(m.cells[(m.lanes[0].id, m.touchpoints()[0].id)]) + list(m.cells[(m.lanes[1].id, m.touchpoints()[1].id)])
    owners = [
        "Ölli 🙂🚀 Ääninen-Ylönen " * 3,
        "محمد العلي — שרה כהן",
        "Hubert Blaine Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohl",
        "x" * 300,
    ]
    for card, owner in zip(ids, owners, strict=True):
        _follow_up(m, card, owner=owner, status=Status.DONE, priority=Priority.MEDIUM)
    layout = compute_layout(m)
    for card in ids:
        box = layout.cards[card]
        _meta_inside(box, layout.style)
        assert len(box.meta.lines) > 1  # each is too long for one line
        cell = layout.cells[(box.lane_id, box.anchor_id)]
        assert cell.rect.contains(box.rect)
    assert "".join(layout.cards[ids[3]].meta.lines).count("x") == 300  # nothing lost in the wrapping


@settings(max_examples=40, deadline=None)
@given(journey_maps())
def test_generated_maps_keep_the_follow_up_line_inside_the_card(m) -> None:
    layout = compute_layout(m)
    for box in layout.cards.values():
        card = m.cards[box.id]
        if follow_up_text(card, m.language):
            _meta_inside(box, layout.style)
        else:
            assert box.meta is None
            assert box.rect.h == box.text.height + 2 * layout.style.card_padding
