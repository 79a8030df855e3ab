"""Hypothesis strategies for maps whose text is deliberately awkward."""

from __future__ import annotations

from hypothesis import strategies as st

from cxdesigner.model import (
    Card,
    Channel,
    JourneyMap,
    Lane,
    LaneKind,
    LinkKind,
    Persona,
    Phase,
    Priority,
    Status,
    Touchpoint,
)

AWKWARD = [
    "Tarpeen syntyminen – äöå ÄÖÅ",
    "😀👩‍👩‍👧 emoji",
    "日本語のテキスト",
    "שלום עולם",  # Hebrew, right to left
    "مرحبا بالعالم",  # Arabic, right to left
    "<b>bold</b> &amp; <i>unclosed",
    "<img src='/etc/passwd'/>",
    "Supercalifragilisticexpialidocious" * 4,
    "line one\nline two\n\n",
    '"quotes" \\ backslash \t tab',
    "",
]

texts = st.one_of(st.sampled_from(AWKWARD), st.text(max_size=40))

# What another tool or a newer version might add: unknown names (never a known attribute) and
# any JSON value. The file must keep them exactly.
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
extras = st.dictionaries(st.text(min_size=1, max_size=12).map(lambda name: "x-" + name), _json_values, max_size=2)


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyMap:
    m = JourneyMap(draw(texts), draw(texts), draw(st.sampled_from(["en", "fi", "sv-FI"])))
    m.persona = Persona(
        draw(texts),
        draw(texts),
        draw(st.lists(texts, max_size=3)),
        draw(texts),
        needs=draw(st.lists(texts, max_size=2)),
        frustrations=draw(st.lists(texts, max_size=2)),
        # Any bytes after a JPEG or PNG signature: the file keeps them exactly.
        photo=draw(
            st.just(b"")
            | st.tuples(st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"]), st.binary(max_size=64)).map(
                lambda parts: parts[0] + parts[1]
            )
        ),
    )
    number = iter(range(1, 10**6))
    for _ in range(draw(st.integers(0, 4))):
        phase = Phase(f"ph-{next(number)}", draw(texts))
        for _ in range(draw(st.integers(0, 3))):
            phase.touchpoints.append(
                Touchpoint(
                    f"tp-{next(number)}",
                    draw(texts),
                    draw(st.sampled_from(list(Channel))),
                    draw(st.booleans()),
                    draw(st.one_of(st.none(), st.integers(-2, 2))),
                    draw(st.one_of(st.none(), st.tuples(*[st.integers(0, 500)] * 11))),
                    draw(st.one_of(st.none(), st.tuples(*[st.integers(0, 500)] * 5))),
                )
            )
        m.phases.append(phase)
    for _ in range(draw(st.integers(0, 5))):
        m.lanes.append(Lane(f"ln-{next(number)}", draw(st.sampled_from(list(LaneKind))), draw(texts), draw(st.booleans())))
    anchors = [p.id for p in m.phases] + [tp.id for p in m.phases for tp in p.touchpoints]
    card_lanes = [lane.id for lane in m.lanes if lane.kind.holds_cards]
    if anchors and card_lanes:
        for _ in range(draw(st.integers(0, 12))):
            card = Card(
                f"cd-{next(number)}",
                draw(texts),
                draw(st.sampled_from(card_lanes)),
                draw(st.sampled_from(anchors)),
                detail=draw(texts),
                color=draw(st.one_of(st.none(), st.sampled_from(["#ffcc00", "#123abc"]))),
                owner=draw(texts),
                priority=draw(st.one_of(st.none(), st.sampled_from(list(Priority)))),
                status=draw(st.one_of(st.none(), st.sampled_from(list(Status)))),
                moment_of_truth=draw(st.booleans()),
                votes=draw(st.dictionaries(st.sampled_from(["#e69f00", "#56b4e9", "#009e73"]), st.integers(1, 9), max_size=3)),
            )
            m.cards[card.id] = card
            m.cells.setdefault(card.cell, []).append(card.id)
        ids = list(m.cards)
        if len(ids) >= 2:
            for _ in range(draw(st.integers(0, 3))):
                s, t = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
                if s != t:
                    m.links[(s, t)] = draw(st.sampled_from(list(LinkKind)))
                    m.link_extra[(s, t)] = draw(extras)
        for card in m.cards.values():
            m.containment_extra[(card.lane_id, card.id)] = draw(extras)
    m.file_extra = draw(extras)
    m.containment_extra.update({(p.id, tp.id): draw(extras) for p in m.phases for tp in p.touchpoints})
    m.rebuild_index()
    m.check_invariants()
    return m
