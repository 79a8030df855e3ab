"""A map with every workshop mark, built in code: votes, card and touchpoint stars, NPS and CES.

The survey numbers are worked by hand in the docstring of :func:`marked_map`, so tests can look
for exact values in what is printed.
"""

from __future__ import annotations

from cxdesigner.commands import History, add_lane, set_fields
from cxdesigner.model import JourneyMap, LaneKind

from ..factories import small_map

# Web: 2 detractors (3, 6), 3 passives (7, 8, 8), 5 promoters (9, 9, 10, 10, 10): n 10, NPS 50 − 20 = +30.
WEB_NPS = (0, 0, 0, 1, 0, 0, 1, 1, 2, 2, 3)
# Web: steps 1–5 answered 1, 2, 1, 0, 1 times: n 5, less effort than expected (1–2) 3/5 = 60 %.
WEB_CES = (1, 2, 1, 0, 1)
# Friends: CES only, 0 0 1 2 1: n 4, 0 % less.
FRIENDS_CES = (0, 0, 1, 2, 1)
# Store: NPS only, 3 detractors (0, 5, 6) and 1 passive (7): n 4, NPS 0 − 75 = −75.
STORE_NPS = (1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0)
VOTES_17 = {"#e69f00": 9, "#56b4e9": 8}
VOTES_23 = {"#009e73": 20, "#cc79a7": 3}


def marked_map(language: str = "en") -> JourneyMap:
    """:func:`small_map` plus a metrics lane and the answers above; the first "Thinks" card at
    Web has 17 votes and is a moment of truth, the first "Feels" card at Store 23 votes; the
    touchpoint Store is a moment of truth."""
    m = small_map(cards_per_cell=2)
    m.language = language
    h = History(m)
    h.push(add_lane(m, LaneKind.METRICS, "Metrics" if language == "en" else "Mittarit"))
    web, friends, store = m.touchpoints()
    h.push(set_fields(m, "touchpoint", web.id, "answers", nps=WEB_NPS, ces=WEB_CES))
    h.push(set_fields(m, "touchpoint", friends.id, "answers", ces=FRIENDS_CES))
    h.push(set_fields(m, "touchpoint", store.id, "answers", nps=STORE_NPS, moment_of_truth=True))
    thinks, feels = m.lanes[0], m.lanes[1]
    starred = m.cells[(thinks.id, web.id)][0]
    h.push(set_fields(m, "card", starred, "mark", votes=VOTES_17, moment_of_truth=True))
    h.push(set_fields(m, "card", m.cells[(feels.id, store.id)][0], "votes", votes=VOTES_23))
    return m


def starred_card_id(m: JourneyMap) -> str:
    return next(c.id for c in m.cards.values() if c.moment_of_truth)
