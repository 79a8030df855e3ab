"""A hypothesis state machine over the commands, with undo, redo, save and reload in between.

Random adds, moves, edits and deletes of phases, touchpoints, lanes, cards and links (also
multi-card moves, and deliberately bad ids, positions and values). After every step the map keeps
its invariants, save → load gives an equal snapshot and saving that again is byte-identical; a
command refused with ModelError leaves the map exactly as it was; undoing everything returns the
starting map and redoing everything the final one. "Reload" swaps the loaded copy in for the map
and keeps the undo history, so later undos run against what was read back from the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

import cxdesigner
from cxdesigner.commands import (
    Command,
    History,
    add_card,
    add_lane,
    add_link,
    add_phase,
    add_touchpoint,
    create_ideal_state,
    move_cards,
    move_lane,
    move_phase,
    move_touchpoint,
    remove_cards,
    remove_ideal_state,
    remove_lane,
    remove_phase,
    remove_touchpoint,
    set_fields,
)
from cxdesigner.commands.edits import insert_cards, set_cards_fields
from cxdesigner.model import Channel, JourneyMap, LaneKind, LinkKind, ModelError, Priority, Status
from cxdesigner.model.values import MAX_TEXT_LENGTH
from cxdesigner.storage import dumps_map, load_map, loads_map

TEMPLATES = Path(cxdesigner.__file__).resolve().parent.parent / "resources" / "templates"

AWKWARD = [
    "Tarpeen syntyminen – äöå ÄÖÅ",
    "Yhteydenottolomake ja asiakaspalvelu",
    "😀 👩‍👩‍👧 🇫🇮 emoji",
    "日本語のテキスト、中文文本，한국어",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u202eright-to-left override\u202c",
    "<b>bold</b> &amp; <i>unclosed",
    "<img src='file:///etc/passwd'/> &lt;script&gt;",
    "Supercalifragilisticexpialidocious" * 30,
    "line one\nline two\r\n\n",
    '"quotes" \\ backslash \t tab',
    "\x00 nul and \x7f del",
    "",
    " ",
]
TEXTS = st.one_of(
    st.sampled_from(AWKWARD),
    st.text(max_size=30),
    st.text(alphabet="äöå😀中ש", min_size=1, max_size=8).map(lambda word: word * 200),  # a very long word
)
# Sometimes too long: the command must be refused and change nothing.
MAYBE_BAD_TEXTS = st.one_of(TEXTS, st.just("x" * (MAX_TEXT_LENGTH + 1)), st.just(42))
INDEX = st.one_of(st.none(), st.integers(-1, 6))
POSITION = st.integers(-1, 6)

FIELD_VALUES: dict[str, dict[str, st.SearchStrategy]] = {
    "map": {
        "title": MAYBE_BAD_TEXTS,
        "description": TEXTS,
        "language": st.sampled_from(["en", "fi", "sv-FI", "Finnish!"]),
    },
    "persona": {
        "name": TEXTS,
        "description": TEXTS,
        "quote": MAYBE_BAD_TEXTS,
        "goals": st.lists(TEXTS, max_size=3),
    },
    "phase": {"name": MAYBE_BAD_TEXTS},
    "touchpoint": {
        "name": MAYBE_BAD_TEXTS,
        "channel": st.one_of(st.sampled_from(list(Channel)), st.just("fax")),
        "moment_of_truth": st.one_of(st.booleans(), st.just("yes")),
        "emotion": st.one_of(st.none(), st.integers(-3, 3)),
        "nps": st.one_of(st.none(), st.lists(st.integers(0, 500), min_size=11, max_size=11), st.just([1, 2])),
        "ces": st.one_of(st.none(), st.lists(st.integers(0, 500), min_size=5, max_size=5), st.just([-1, 0, 0, 0, 0])),
    },
    "lane": {
        "name": TEXTS,
        "hidden": st.booleans(),
        "kind": st.sampled_from(list(LaneKind)),
    },
    "card": {
        "text": MAYBE_BAD_TEXTS,
        "detail": TEXTS,
        "owner": TEXTS,
        "color": st.sampled_from([None, "#A1B2C3", "#ffffff", "red"]),
        "priority": st.sampled_from([None, *Priority, "urgent"]),
        "status": st.sampled_from([None, *Status]),
        "moment_of_truth": st.booleans(),
        "votes": st.one_of(
            st.dictionaries(st.sampled_from(["#ff0000", "#00AA00", "#0000ff"]), st.integers(1, 20), max_size=3),
            st.just({"#ff0000": 0}),
            st.just({"red": 1}),
        ),
        "no_such_field": st.just(1),
    },
    "state": {"name": MAYBE_BAD_TEXTS},
}


class CommandMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._start(JourneyMap())
        self.refused = 0
        self.done = 0

    def _start(self, m: JourneyMap) -> None:
        self.m = m
        self.history = History(m)
        self.start_snapshot = m.snapshot()
        self.start_text = dumps_map(m)

    @initialize(template=st.sampled_from([None, "blank", "palvelupolku-fi"]))
    def start_from(self, template: str | None) -> None:
        if template is not None:
            self._start(load_map(TEMPLATES / f"{template}.cxmap"))

    # -- helpers --------------------------------------------------------------------------
    def pick(self, data: st.DataObject, ids: list[str]) -> str:
        """Usually an existing id of the wanted kind; sometimes a missing or wrong-kind one."""
        wrong = ["nope", "", *sorted(self.m.all_ids())[:3]]
        if not ids or data.draw(st.integers(0, 9)) == 0:
            return data.draw(st.sampled_from(wrong))
        return data.draw(st.sampled_from(ids))

    def phase_ids(self) -> list[str]:
        return [p.id for p in self.m.phases]

    def touchpoint_ids(self) -> list[str]:
        return [tp.id for tp in self.m.touchpoints()]

    def lane_ids(self) -> list[str]:
        return [lane.id for lane in self.m.lanes]

    def card_ids(self) -> list[str]:
        return sorted(self.m.cards)

    def state_ids(self) -> list[str]:
        return [s.id for s in self.m.ideal_states]

    def anchor_ids(self) -> list[str]:
        return self.phase_ids() + self.touchpoint_ids()

    def push(self, build: Callable[[], Command]) -> None:
        """Build and push a command; if it is refused, the map must be exactly as before."""
        before = self.m.snapshot()
        could_redo = self.history.can_redo
        try:
            command = build()
            self.history.push(command)
        except ModelError:
            self.refused += 1
            assert self.m.snapshot() == before
            assert self.history.can_redo == could_redo, "a refused command must not clear the redo stack"
            return
        self.done += 1
        assert self.history.can_undo and not self.history.can_redo

    # -- adding ---------------------------------------------------------------------------
    @rule(name=MAYBE_BAD_TEXTS, index=INDEX)
    def add_a_phase(self, name, index):
        self.push(lambda: add_phase(self.m, name, index))

    @rule(data=st.data(), name=MAYBE_BAD_TEXTS, channel=st.sampled_from(list(Channel)), index=INDEX)
    def add_a_touchpoint(self, data, name, channel, index):
        phase = self.pick(data, self.phase_ids())
        self.push(lambda: add_touchpoint(self.m, phase, name, channel, index))

    @rule(kind=st.sampled_from(list(LaneKind)), name=st.one_of(st.none(), TEXTS), index=INDEX)
    def add_a_lane(self, kind, name, index):
        self.push(lambda: add_lane(self.m, kind, name, index))

    @rule(
        data=st.data(),
        text=MAYBE_BAD_TEXTS,
        index=INDEX,
        fields=st.fixed_dictionaries(
            {},
            optional={
                "detail": TEXTS,
                "owner": TEXTS,
                "color": st.sampled_from(["#00FF00", "#123abc", "blue"]),
                "priority": st.sampled_from([*Priority, "urgent"]),
                "status": st.sampled_from(list(Status)),
            },
        ),
    )
    def add_a_card(self, data, text, index, fields):
        lane = self.pick(data, self.lane_ids())
        anchor = self.pick(data, self.anchor_ids())
        self.push(lambda: add_card(self.m, lane, anchor, text, index, **fields))

    @rule(data=st.data(), kind=st.sampled_from(list(LinkKind)))
    def add_a_link(self, data, kind):
        source = self.pick(data, self.card_ids())
        target = self.pick(data, self.card_ids())
        self.push(lambda: add_link(self.m, source, target, kind))

    @rule(data=st.data(), index=INDEX)
    def paste_cards(self, data, index):
        """Paste: specs copied from existing cards (as the clipboard holds them) plus junk keys."""
        ids = self.card_ids()
        sources = data.draw(st.lists(st.sampled_from(ids), max_size=3)) if ids else []
        specs = []
        for cid in sources:
            card = self.m.cards[cid]
            spec = {name: getattr(card, name) for name in ("text", "detail", "color", "owner", "priority", "status")}
            specs.append({**spec, "id": cid, "lane_id": "elsewhere", "x-unknown": [1, 2]})
        if data.draw(st.booleans()):
            specs.append(
                {"text": data.draw(MAYBE_BAD_TEXTS), "color": data.draw(st.sampled_from([None, "#abcdef", "red"]))}
            )
        lane = self.pick(data, self.lane_ids())
        anchor = self.pick(data, self.anchor_ids())
        before = set(self.m.cards)
        done = self.done
        self.push(lambda: insert_cards(self.m, specs, lane, anchor, index))
        if self.done > done:
            new = set(self.m.cards) - before
            assert len(new) == len(specs), "every pasted card gets a fresh id"
            assert all(self.m.cards[c].cell == (lane, anchor) for c in new)

    @rule(data=st.data(), color=st.sampled_from(["#abcdef", "#ABCDEF", "nope"]), owner=TEXTS)
    def edit_several_cards(self, data, color, owner):
        ids = self.card_ids()
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4)) if ids else ["nope"]
        self.push(lambda: set_cards_fields(self.m, chosen, "Colour", color=color, owner=owner))

    # -- editing --------------------------------------------------------------------------
    @rule(data=st.data(), entity=st.sampled_from(sorted(FIELD_VALUES)))
    def edit_fields(self, data, entity):
        ids = {
            "map": [""],
            "persona": [""],
            "phase": self.phase_ids(),
            "touchpoint": self.touchpoint_ids(),
            "lane": self.lane_ids(),
            "card": self.card_ids(),
            "state": self.state_ids(),
        }[entity]
        target = self.pick(data, ids)
        names = data.draw(st.lists(st.sampled_from(sorted(FIELD_VALUES[entity])), min_size=1, max_size=3, unique=True))
        values = {name: data.draw(FIELD_VALUES[entity][name]) for name in names}
        self.push(lambda: set_fields(self.m, entity, target, "Edit", **values))

    @rule(name=MAYBE_BAD_TEXTS)
    def create_an_ideal_state(self, name):
        before = self.m.snapshot()
        done = self.done
        self.push(lambda: create_ideal_state(self.m, name))
        if self.done > done:
            state = self.m.ideal_states[-1]
            assert state.map.snapshot() == {**before, "ideal_states": []}
            assert state.map is not self.m

    # -- deleting -------------------------------------------------------------------------
    @rule(data=st.data())
    def delete_an_ideal_state(self, data):
        state = self.pick(data, self.state_ids())
        self.push(lambda: remove_ideal_state(self.m, state))

    @rule(data=st.data())
    def delete_cards(self, data):
        ids = self.card_ids()
        chosen = data.draw(st.lists(st.sampled_from(ids), max_size=4)) if ids else []
        if data.draw(st.integers(0, 9)) == 0:
            chosen.append("nope")
        self.push(lambda: remove_cards(self.m, chosen))

    @rule(data=st.data(), keep_cards=st.booleans())
    def delete_touchpoint(self, data, keep_cards):
        tp = self.pick(data, self.touchpoint_ids())
        self.push(lambda: remove_touchpoint(self.m, tp, keep_cards=keep_cards))

    @rule(data=st.data())
    def delete_phase(self, data):
        phase = self.pick(data, self.phase_ids())
        self.push(lambda: remove_phase(self.m, phase))

    @rule(data=st.data())
    def delete_lane(self, data):
        lane = self.pick(data, self.lane_ids())
        self.push(lambda: remove_lane(self.m, lane))

    # -- moving ---------------------------------------------------------------------------
    @rule(data=st.data(), index=POSITION)
    def move_a_phase(self, data, index):
        phase = self.pick(data, self.phase_ids())
        self.push(lambda: move_phase(self.m, phase, index))

    @rule(data=st.data(), index=POSITION)
    def move_a_touchpoint(self, data, index):
        tp = self.pick(data, self.touchpoint_ids())
        phase = self.pick(data, self.phase_ids())
        self.push(lambda: move_touchpoint(self.m, tp, phase, index))

    @rule(data=st.data(), index=POSITION)
    def move_a_lane(self, data, index):
        lane = self.pick(data, self.lane_ids())
        self.push(lambda: move_lane(self.m, lane, index))

    @rule(data=st.data(), index=POSITION)
    def move_several_cards(self, data, index):
        ids = self.card_ids()
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=5)) if ids else ["nope"]
        lane = self.pick(data, self.lane_ids())
        anchor = self.pick(data, self.anchor_ids())
        if data.draw(st.booleans()) and ids:  # often into a cell that already has cards
            card = self.m.cards[data.draw(st.sampled_from(ids))]
            lane, anchor = card.cell
        before = {c.id: c.cell for c in self.m.cards.values()}
        done_before = self.done
        self.push(lambda: move_cards(self.m, chosen, lane, anchor, index))
        if self.done > done_before:
            moved = list(dict.fromkeys(chosen))
            cell = self.m.cells[(lane, anchor)]
            positions = [cell.index(c) for c in moved]
            # The moved cards sit together, starting at ``index`` among the cell's other cards.
            assert sorted(positions) == list(range(index, index + len(moved)))
            others = [c for c in self.m.cards if c not in moved]
            assert all(self.m.cards[c].cell == before[c] for c in others)

    # -- undo, redo, save, reload -----------------------------------------------------------
    @rule()
    def undo(self):
        could = self.history.can_undo
        assert self.history.undo() == could

    @rule()
    def redo(self):
        could = self.history.can_redo
        assert self.history.redo() == could

    @rule()
    def undo_everything_then_redo_everything(self):
        while self.history.redo():  # the final map is the one with every command done
            pass
        final_snapshot, final_text = self.m.snapshot(), dumps_map(self.m)
        steps = 0
        while self.history.undo():
            steps += 1
        assert self.m.snapshot() == self.start_snapshot
        assert dumps_map(self.m) == self.start_text
        while self.history.redo():
            steps -= 1
        assert steps == 0
        assert self.m.snapshot() == final_snapshot
        assert dumps_map(self.m) == final_text

    @rule()
    def save_and_reload(self):
        text = dumps_map(self.m)
        loaded = loads_map(text.encode("utf-8"))
        assert loaded.snapshot() == self.m.snapshot()
        self.m = loaded
        self.history.map = loaded  # later undo/redo run on the copy read back from the file

    # -- after every step -------------------------------------------------------------------
    @invariant()
    def invariants_hold_and_save_load_is_identity(self):
        self.m.check_invariants()
        text = dumps_map(self.m)
        again = loads_map(text)
        again.check_invariants()
        assert again.snapshot() == self.m.snapshot()
        assert dumps_map(again) == text

    def teardown(self):
        while self.history.redo():
            pass
        final = self.m.snapshot()
        while self.history.undo():
            pass
        assert self.m.snapshot() == self.start_snapshot
        while self.history.redo():
            pass
        assert self.m.snapshot() == final


TestCommandMachine = CommandMachine.TestCase
