"""The persona box in the header: inside the page, between the title and the grid, sections only
when they have items, every line within its column, and nothing overlapping."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.layout import compute_layout, default_style
from cxdesigner.layout.font_metrics import metrics_for
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.persona import MAX_ITEM_LINES, has_content, quoted
from cxdesigner.model import JourneyMap
from cxdesigner.model.entities import Persona
from tests.factories import small_map

PNG_MAGIC = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32  # the layout never decodes the photo


def full_persona() -> Persona:
    return Persona(
        name="Maya, small-business owner",
        description="Runs a five-person design studio.",
        goals=["Find a trustworthy partner fast", "Know what it costs"],
        quote="My time is short.",
        needs=["Clear prices", "Quick answers"],
        frustrations=["Queues on the phone"],
        photo=PNG_MAGIC,
    )


def block_rect(b) -> Rect:  # noqa: ANN001
    return Rect(b.x, b.y, b.width, b.height)


def check_box(m: JourneyMap, layout) -> None:  # noqa: ANN001
    box = layout.persona
    style = layout.style
    assert box is not None
    # Inside the page's width, below the title (and subtitle), above the grid.
    assert box.rect.x >= style.margin - 1e-6
    assert box.rect.right <= layout.width - style.margin + 1e-6
    subtitle = layout.subtitle
    subtitle_bottom = subtitle.y + (subtitle.height if any(subtitle.lines) else 0)
    title_bottom = max(layout.title.y + layout.title.height, subtitle_bottom)
    assert box.rect.y >= title_bottom - 1e-6
    assert not box.rect.intersects(block_rect(layout.title))
    assert box.rect.bottom < layout.grid.y
    for phase in layout.phases:
        assert not box.rect.intersects(phase.rect)
    # Every text inside the box, each line within its block's width, no two blocks overlapping.
    metrics = {False: metrics_for(style.font_file), True: metrics_for(style.bold_font_file)}
    texts = [b for b, _role in box.texts()]
    for b in texts:
        assert box.rect.contains(block_rect(b)), b
        for line in b.lines:
            assert metrics[b.bold].text_width(line, b.size) <= b.width + 1e-6, line
    rects = [block_rect(b) for b in texts] + ([box.photo_rect] if box.photo_rect else [])
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    if box.photo_rect is not None:
        assert box.rect.contains(box.photo_rect)
        assert box.photo_rect.w == box.photo_rect.h


def test_a_full_persona_gets_a_box_between_title_and_grid() -> None:
    m = small_map()
    without = compute_layout(m)
    assert without.persona is None
    m.persona = full_persona()
    layout = compute_layout(m)
    check_box(m, layout)
    box = layout.persona
    assert [s.key for s in box.sections] == ["goals", "needs", "frustrations"]
    goals = [" ".join(b.lines) for b in box.sections[0].items]
    assert goals == ["Find a trustworthy partner fast", "Know what it costs"]
    assert all(b.lines == ("•",) for s in box.sections for b in s.bullets)
    assert box.name.bold and box.name.lines == ("Maya, small-business owner",)
    assert box.quote.lines == ("“My time is short.”",)
    assert box.photo == PNG_MAGIC
    # The header grows by the box: everything below moves down by the same amount.
    shift = layout.grid.y - without.grid.y
    assert shift >= box.rect.h
    for a, b in zip(without.cards.values(), layout.cards.values(), strict=True):
        assert abs((b.rect.y - a.rect.y) - shift) < 1e-6
    assert compute_layout(m) == layout  # deterministic


def test_empty_sections_are_left_out_and_a_name_alone_is_enough() -> None:
    m = small_map()
    m.persona = Persona(name="Leo", needs=["", "  "], frustrations=["Waiting"])
    box = compute_layout(m).persona
    assert [s.key for s in box.sections] == ["frustrations"]
    assert box.photo_rect is None and box.quote is None and box.description is None
    m.persona = Persona(goals=["   "], needs=[""])
    assert not has_content(m.persona)
    assert compute_layout(m).persona is None


def test_the_subtitle_no_longer_repeats_the_persona() -> None:
    m = small_map()
    m.persona = full_persona()
    layout = compute_layout(m)
    assert layout.subtitle.lines == ("For tests",)
    assert not any("Maya" in line for line in layout.subtitle.lines)


def test_long_items_are_clamped_with_an_ellipsis() -> None:
    m = small_map()
    m.persona = Persona(name="Sara", goals=["word " * 400])
    layout = compute_layout(m)
    item = layout.persona.sections[0].items[0]
    assert len(item.lines) == MAX_ITEM_LINES
    assert item.lines[-1].endswith("…")
    check_box(m, layout)


def test_a_narrow_map_stacks_the_sections_below_the_name() -> None:
    m = JourneyMap("Narrow", "", "en")  # no phases: the grid is one column wide
    m.persona = full_persona()
    layout = compute_layout(m)
    check_box(m, layout)
    box = layout.persona
    name_bottom = max(box.photo_rect.bottom, box.description.y + box.description.height)
    assert all(s.rect.y >= name_bottom for s in box.sections)
    for upper, lower in itertools.pairwise(box.sections):
        assert lower.rect.y >= upper.rect.bottom


def test_sections_sit_beside_the_name_on_a_wide_map_and_below_it_on_a_medium_one() -> None:
    from cxdesigner.templates import load_template

    wide = load_template("service-journey-en")
    wide.persona = full_persona()
    layout = compute_layout(wide)
    check_box(wide, layout)
    box = layout.persona
    assert all(s.rect.y == box.name.y for s in box.sections)
    assert all(s.rect.x > box.name.x + box.name.width for s in box.sections)
    medium = small_map()  # three touchpoints: too narrow for four columns side by side
    medium.persona = full_persona()
    box = compute_layout(medium).persona
    first = box.sections[0].rect
    assert first.y >= box.photo_rect.bottom
    assert all(s.rect.y == first.y for s in box.sections)
    assert box.name.lines == ("Maya, small-business owner",)


def test_quotes_follow_the_maps_language() -> None:
    assert quoted("Hei", "fi") == "\u201dHei\u201d"
    assert quoted("Hi", "en") == "\u201cHi\u201d"


def test_projector_type_makes_a_bigger_box() -> None:
    from dataclasses import replace

    m = small_map()
    m.persona = full_persona()
    small = compute_layout(m).persona
    big_style = replace(default_style(), subtitle_font_size=14.0, card_font_size=14.0)
    big = compute_layout(m, big_style).persona
    assert big.photo_rect.w > small.photo_rect.w and big.rect.h > small.rect.h


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120)


@settings(max_examples=60, deadline=None)
@given(
    name=texts,
    quote=texts,
    description=texts,
    goals=st.lists(texts, max_size=6),
    needs=st.lists(texts, max_size=6),
    frustrations=st.lists(texts, max_size=6),
    photo=st.booleans(),
    phases=st.integers(0, 4),
)
def test_any_persona_fits_its_box_without_overlaps(  # noqa: ANN201
    name, quote, description, goals, needs, frustrations, photo, phases  # noqa: ANN001
):
    m = small_map(cards_per_cell=0)
    m.phases = m.phases[: min(phases, len(m.phases))]
    m.rebuild_index()
    m.persona = Persona(name, description, goals, quote, needs, frustrations, PNG_MAGIC if photo else b"")
    layout = compute_layout(m)
    if has_content(m.persona):
        check_box(m, layout)
    else:
        assert layout.persona is None
