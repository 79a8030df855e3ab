"""A thin QUndoCommand adapter around the Qt-free :class:`~cxdesigner.commands.Command`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..commands.command import Command
from ..model.entities import JourneyMap
from .vocabulary_names import command_name


class UndoCommand(QUndoCommand):
    """Redo/undo call the wrapped command on the map; nothing else happens here."""

    def __init__(
        self,
        journey_map: JourneyMap,
        command: Command,
        already_done: bool = False,
        before: Callable[[JourneyMap], None] | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(command_name(command.name))
        self.journey_map = journey_map
        self.command = command
        # ``before(map)`` lets the document show the state an undo is about to change;
        # ``after()`` lets it leave a state that the undo or redo just removed.
        self._before = before
        self._after = after
        # The document applies a command once before pushing it, so a refused edit never
        # reaches the stack; QUndoStack.push then calls redo(), which must not apply it again.
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._before is not None:
            self._before(self.journey_map)
        self.command.redo(self.journey_map)
        if self._after is not None:
            self._after()

    def undo(self) -> None:
        if self._before is not None:
            self._before(self.journey_map)
        self.command.undo(self.journey_map)
        if self._after is not None:
            self._after()
