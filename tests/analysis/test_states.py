"""Ideal states: created from the current state, undoable, saved, compared."""

from __future__ import annotations

import copy
import json

import pytest

from cxdesigner.analysis.state_diff import diff_states
from cxdesigner.commands import History, add_card, create_ideal_state, remove_cards, remove_ideal_state, set_fields
from cxdesigner.model import ModelError
from cxdesigner.model.operations import SetFields
from cxdesigner.storage import MapFileError, dumps_map, loads_map
from tests.factories import small_map
from tests.storage.test_format import schema_validator


def test_create_switch_undo_and_save():
    m = small_map()
    before = m.snapshot()
    h = History(m)
    h.push(create_ideal_state(m, "Tavoitetila"))
    (state,) = m.ideal_states
    assert state.map.snapshot() == {**before, "ideal_states": []}
    assert state.map is not m
    # Editing the ideal state leaves the current one alone.
    tp = state.map.phases[0].touchpoints[0]
    History(state.map).push(set_fields(state.map, "touchpoint", tp.id, "Emotion", emotion=2))
    assert m.phases[0].touchpoints[0].emotion is None
    text = dumps_map(m)
    again = loads_map(text)
    assert again.snapshot() == m.snapshot()
    assert dumps_map(again) == text
    assert list(schema_validator().iter_errors(json.loads(text))) == []
    h.undo()
    assert m.snapshot() == before
    h.redo()
    assert m.ideal_states == [state]  # the very same object comes back
    h.push(remove_ideal_state(m, state.id))
    assert m.ideal_states == []
    h.undo()
    assert m.ideal_states[0] is state


def test_states_can_be_renamed_and_ids_stay_unique():
    m = small_map()
    h = History(m)
    h.push(create_ideal_state(m, "A"))
    h.push(create_ideal_state(m, "B"))
    a, b = m.ideal_states
    assert a.id != b.id and a.id not in {c for c in m.cards}
    h.push(set_fields(m, "state", a.id, "Rename state", name="Ideal 2027"))
    assert a.name == "Ideal 2027"
    h.undo()
    assert a.name == "A"
    with pytest.raises(ModelError):
        SetFields("state", "st-missing", {"name": "x"}).apply(m)


def test_nested_states_in_a_file_are_refused():
    m = small_map()
    History(m).push(create_ideal_state(m, "Ideal"))
    data = json.loads(dumps_map(m))
    inner = data["graph"]["ideal_states"][0]["map"]
    inner["graph"]["ideal_states"] = [copy.deepcopy(data["graph"]["ideal_states"][0])]
    with pytest.raises(MapFileError, match="cannot hold ideal states"):
        loads_map(json.dumps(data))
    data = json.loads(dumps_map(m))
    data["graph"]["ideal_states"][0]["map"]["nodes"][0]["name"] = 7
    with pytest.raises(MapFileError, match="ideal state 'Ideal': node"):
        loads_map(json.dumps(data))


def test_difference_summary():
    m = small_map()
    History(m).push(create_ideal_state(m, "Ideal"))
    ideal = m.ideal_states[0].map
    h = History(ideal)
    web = ideal.phases[0].touchpoints[0]
    store = ideal.phases[1].touchpoints[0]
    thinks = ideal.lanes[0]
    removed_id, changed_id = ideal.cells[(thinks.id, web.id)][:2]
    h.push(add_card(ideal, thinks.id, store.id, "A brand-new idea"))
    h.push(remove_cards(ideal, [removed_id]))
    h.push(set_fields(ideal, "card", changed_id, "Edit", text="Better words"))
    h.push(set_fields(ideal, "touchpoint", web.id, "Emotion", emotion=2))
    diff = diff_states(m, ideal)
    assert [c.text for c in diff.added] == ["A brand-new idea"]
    assert [c.id for c in diff.removed] == [removed_id]
    assert [(c.after.id, c.fields) for c in diff.changed] == [(changed_id, ("text",))]
    assert [(e.touchpoint_id, e.before, e.after, e.delta) for e in diff.emotions] == [(web.id, None, 2, None)]
    assert diff_states(m, m.copy()).empty
