"""A named, undoable edit and a plain undo history."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.entities import JourneyMap
from ..model.operations import Operation


@dataclass
class Command:
    """``name`` is what the undo menu shows ("Move 3 cards"); ``operation`` does the work.

    After :meth:`redo`, :attr:`inverse` holds what :meth:`undo` applies, and vice versa, so
    a command can go back and forth any number of times.
    """

    name: str
    operation: Operation
    inverse: Operation | None = None
    # Ids the UI should select after the command is done (new cards, moved cards, ...).
    focus: tuple[str, ...] = ()

    def redo(self, m: JourneyMap) -> None:
        self.inverse = self.operation.apply(m)

    def undo(self, m: JourneyMap) -> None:
        if self.inverse is None:
            raise RuntimeError("undo before redo")
        self.operation = self.inverse.apply(m)


class History:
    """A Qt-free undo stack: ``push`` does a command; ``undo``/``redo`` step through them."""

    def __init__(self, journey_map: JourneyMap) -> None:
        self.map = journey_map
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> None:
        command.redo(self.map)
        self._done.append(command)
        self._undone.clear()

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done.pop()
        command.undo(self.map)
        self._undone.append(command)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone.pop()
        command.redo(self.map)
        self._done.append(command)
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)
