"""Folding a follow-up edit into a command that is already done, so the two are one undo step.

Adding a card and typing its text is one gesture for the user: the UI adds the card at once (so it
shows where it goes) and, when the text is committed, folds the text into the "Add card" step.
The result is an ordinary :class:`Command`, so undo and redo replay it exactly, with or without Qt.
"""

from __future__ import annotations

from ..model.operations import Batch
from .command import Command


def merged(first: Command, then: Command) -> Command:
    """One command that does ``first`` and then ``then``, named and focused like ``first``.

    Both must be done (applied, in that order, most recently): the result is done too, so its
    next call is :meth:`Command.undo`, which takes back ``then`` before ``first``.
    """
    if first.inverse is None or then.inverse is None:
        raise ValueError("only commands that are done can be merged")
    return Command(
        first.name,
        Batch((first.operation, then.operation)),
        inverse=Batch((then.inverse, first.inverse)),
        focus=first.focus,
    )
