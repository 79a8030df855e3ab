"""The action plan's rows, Qt-free: the order the PDF prints, the pain points each row addresses
from one index (the same answer as asking link by link, in one pass over the links), and a
module that loads neither Qt nor networkx."""

from __future__ import annotations

import random
import subprocess
import sys

from cxdesigner.analysis import actions
from cxdesigner.analysis.actions import Action, addressed_index, plan_actions, short
from cxdesigner.commands import History, add_card, add_lane, add_phase, add_touchpoint, set_fields
from cxdesigner.export import pdf_actions
from cxdesigner.model import Channel, JourneyMap, LaneKind, LinkKind, Priority, Status

from ..export.test_pdf_actions import ORDER, plan_map


def _scan_addressed(m: JourneyMap, card_id: str, shown: set[str]) -> tuple[str, ...]:
    """The old way, kept here as the reference: every link looked at for every card."""
    texts = []
    for (source, target), kind in m.links.items():
        if source != card_id or kind is not LinkKind.ADDRESSES:
            continue
        target_card = m.cards.get(target)
        if target_card is not None and target_card.lane_id in shown:
            texts.append(short(target_card.text))
    return tuple(texts)


def busy_map(seed: int = 7) -> JourneyMap:
    """Six phases of touchpoints, hundreds of pain points and improvements, and a thousand links of
    every kind (some to a hidden lane's pain points, some improvement to improvement)."""
    rng = random.Random(seed)
    m = JourneyMap("Busy", "", "en")
    h = History(m)
    for p in range(6):
        h.push(add_phase(m, f"Phase {p}"))
        for t in range(4):
            h.push(add_touchpoint(m, m.phases[-1].id, f"TP {p}.{t}", Channel.WEB))
    for kind in (LaneKind.PAIN_POINTS, LaneKind.IMPROVEMENTS, LaneKind.PAIN_POINTS, LaneKind.BACKSTAGE):
        h.push(add_lane(m, kind))
    pains, improvements, hidden_pains, backstage = (ln.id for ln in m.lanes)
    h.push(set_fields(m, "lane", hidden_pains, "Hide", hidden=True))
    anchors = [tp.id for tp in m.touchpoints()] + [p.id for p in m.phases]
    for lane, count in ((pains, 150), (improvements, 200), (hidden_pains, 40), (backstage, 60)):
        for i in range(count):
            fields = {}
            if rng.random() < 0.5:
                fields["priority"] = rng.choice([*Priority])
            if rng.random() < 0.5:
                fields["status"] = rng.choice([*Status])
            if lane == backstage and rng.random() < 0.3:
                fields["owner"] = rng.choice(["Ann", "Bo", " "])
            h.push(add_card(m, lane, rng.choice(anchors), f"card {lane[-4:]} {i} " + "long words " * rng.randint(0, 9),
                            **fields))
    ids = list(m.cards)
    while len(m.links) < 1000:
        source, target = rng.sample(ids, 2)
        if (source, target) not in m.links and (target, source) not in m.links:
            m.links[(source, target)] = rng.choice([*LinkKind])  # any direction, any kind: the index must not care
    return m


def test_rows_in_the_printed_order() -> None:
    plan = plan_actions(plan_map(), None)
    assert [a.card.text for a in plan] == ORDER
    assert [a.done for a in plan] == [False] * 6 + [True]
    express = plan[1]
    assert express.where == "Buy · Store" and express.addresses == ("The queue at the till is long",)


def test_the_index_gives_what_the_link_by_link_scan_gave_on_a_busy_map() -> None:
    m = busy_map()
    assert sum(k is LinkKind.ADDRESSES for k in m.links.values()) > 250
    for shown in ({ln.id for ln in m.lanes if not ln.hidden}, {ln.id for ln in m.lanes}, {m.lanes[1].id}):
        index = addressed_index(m, shown)
        for card_id in m.cards:
            assert index.get(card_id, ()) == _scan_addressed(m, card_id, shown)
    plan = plan_actions(m, None)
    assert len(plan) > 200 and sum(bool(a.addresses) for a in plan) > 50
    shown = {ln.id for ln in m.lanes if not ln.hidden}
    assert all(a.addresses == _scan_addressed(m, a.card.id, shown) for a in plan)


class CountingLinks(dict):
    passes = 0

    def items(self):  # noqa: ANN201
        CountingLinks.passes += 1
        return super().items()

    def __iter__(self):  # noqa: ANN204
        CountingLinks.passes += 1
        return super().__iter__()


def test_a_plan_reads_the_links_once() -> None:
    m = busy_map(seed=3)
    m.links = CountingLinks(m.links)
    CountingLinks.passes = 0
    rows = plan_actions(m, None)
    assert len(rows) > 200
    assert CountingLinks.passes == 1  # the old scan went through them once per row


def test_a_long_pain_point_is_named_on_one_line() -> None:
    assert short("Too\nmany   spaces") == "Too many spaces"
    cut = short("x" * 100)
    assert len(cut) == actions.PAIN_POINT_CHARS and cut.endswith("…")


def test_the_pdf_page_plans_with_this_module() -> None:
    assert pdf_actions.plan_actions is plan_actions and pdf_actions.Action is Action


def test_planning_loads_neither_qt_nor_networkx() -> None:
    code = (
        "import sys, cxdesigner.analysis.actions, cxdesigner.export.pdf_actions\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'networkx', 'PySide6'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
