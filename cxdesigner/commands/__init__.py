"""Undoable edits with readable names, built from the model's primitive operations.

A :class:`Command` is a name plus one operation; :class:`History` is a Qt-free undo stack used by
tests and the command line. The UI wraps the same commands in ``QUndoCommand`` adapters.
"""

from .command import Command, History
from .edits import (
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

__all__ = [
    "Command",
    "History",
    "add_card",
    "add_lane",
    "add_link",
    "add_phase",
    "add_touchpoint",
    "create_ideal_state",
    "move_cards",
    "move_lane",
    "move_phase",
    "move_touchpoint",
    "remove_cards",
    "remove_ideal_state",
    "remove_lane",
    "remove_phase",
    "remove_touchpoint",
    "set_fields",
]
