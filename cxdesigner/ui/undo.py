"""A thin QUndoCommand adapter around the Qt-free :class:`~cxdesigner.commands.Command`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..commands.command import Command
from ..commands.merge import merged
from ..model.entities import JourneyMap
from .vocabulary_names import command_name

# Qt offers a command to merge only with one of the same id; every command shares this one and
# :meth:`UndoCommand.mergeWith` accepts just an amendment of itself (see Document.amend).
MERGE_ID = 0x6378


class UndoCommand(QUndoCommand):
    """Redo/undo call the wrapped command on the map; nothing else happens here."""

    def __init__(
        self,
        journey_map: JourneyMap,
        command: Command,
        already_done: bool = False,
        before: Callable[[JourneyMap], None] | None = None,
        after: Callable[[], None] | None = None,
        amends: Command | None = None,
    ) -> None:
        super().__init__(command_name(command.name))
        self.journey_map = journey_map
        self.command = command
        # ``command`` may grow by amendments; ``origin`` stays the command the caller pushed, the
        # handle by which it can amend or withdraw this step.
        self.origin = command
        self.amends = amends
        self._withdrawing = False
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
        if self._withdrawing:
            self.setObsolete(True)  # QUndoStack drops an obsolete command: nothing is left to redo

    def withdraw_on_undo(self) -> None:
        """Make the next undo take this step back for good, as if it had never been done."""
        self._withdrawing = True

    def id(self) -> int:  # noqa: A003 - Qt override
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, UndoCommand) or other.amends is None:
            return False
        if other.amends is not self.origin or other.journey_map is not self.journey_map:
            return False
        self.command = merged(self.command, other.command)
        return True
