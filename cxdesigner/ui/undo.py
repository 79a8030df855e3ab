"""A thin QUndoCommand adapter around the Qt-free :class:`~cxdesigner.commands.Command`."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..commands.command import Command
from ..model.entities import JourneyMap
from .vocabulary_names import command_name


class UndoCommand(QUndoCommand):
    """Redo/undo call the wrapped command on the map; nothing else happens here."""

    def __init__(self, journey_map: JourneyMap, command: Command, already_done: bool = False) -> None:
        super().__init__(command_name(command.name))
        self.journey_map = journey_map
        self.command = command
        # The document applies a command once before pushing it, so a refused edit never
        # reaches the stack; QUndoStack.push then calls redo(), which must not apply it again.
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.command.redo(self.journey_map)

    def undo(self) -> None:
        self.command.undo(self.journey_map)
