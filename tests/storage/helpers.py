"""Shared by the storage robustness tests: a time limit, a big map, folder listings."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path

from cxdesigner.model import Card, Channel, JourneyMap, Lane, LaneKind, LinkKind, Phase, Touchpoint

HOSTILE_DIR = Path(__file__).resolve().parent.parent / "data" / "hostile"


class TookTooLong(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the suite) if the block runs longer than ``seconds``."""

    def on_alarm(signum, frame):  # noqa: ARG001
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def big_map(n_cards: int, title: str = "Big map", seed_text: str = "") -> JourneyMap:
    """A valid map with ``n_cards`` cards spread over 4 phases × 3 touchpoints × 6 lanes, plus links."""
    m = JourneyMap(title, "stress test", "fi")
    number = iter(range(1, 10**9))
    for p in range(4):
        phase = Phase(f"ph-{next(number)}", f"Vaihe {p + 1} – äö")
        for t in range(3):
            phase.touchpoints.append(
                Touchpoint(f"tp-{next(number)}", f"Kosketus {p}.{t}", list(Channel)[t], t == 0, t - 1)
            )
        m.phases.append(phase)
    kinds = [k for k in LaneKind if k.holds_cards][:6]
    m.lanes = [Lane(f"ln-{next(number)}", kind, f"Kaista {kind}") for kind in kinds]
    anchors = [tp.id for tp in m.touchpoints()] + [p.id for p in m.phases]
    previous = None
    for i in range(n_cards):
        lane = m.lanes[i % len(m.lanes)]
        anchor = anchors[(i // len(m.lanes)) % len(anchors)]
        card = Card(f"cd-{next(number)}", f"{seed_text}Kortti {i}: asiakas haluaa selkeät hinnat 😀", lane.id, anchor)
        m.cards[card.id] = card
        m.cells.setdefault(card.cell, []).append(card.id)
        if previous is not None and i % 7 == 0:
            m.links[(previous, card.id)] = LinkKind.FLOW
        previous = card.id
    m.rebuild_index()
    m.check_invariants()
    return m


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
