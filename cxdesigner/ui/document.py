"""One open journey map: the model, its file path and its undo stack.

The document is the only place that changes the map: the scene and the panels build a
:class:`~cxdesigner.commands.Command` and call :meth:`Document.push`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..commands.command import Command
from ..model.entities import JourneyMap
from ..model.errors import ModelError
from ..storage import load_map, save_map
from .undo import UndoCommand


class Document(QObject):
    """Emits ``path_changed`` when saved under a new name, ``edit_refused(str)`` when an edit
    breaks a rule of the model (the map is then unchanged), ``focus_requested(tuple)`` with the
    ids a finished command wants selected."""

    path_changed = Signal()
    edit_refused = Signal(str)
    focus_requested = Signal(tuple)

    def __init__(self, journey_map: JourneyMap, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.map = journey_map
        self.path = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setClean()

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Load ``path``; raises :class:`~cxdesigner.storage.MapFileError`."""
        return cls(load_map(path), Path(path), parent)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.tr("Untitled")

    def push(self, command: Command | None) -> bool:
        """Do ``command`` as one undo step; a refused edit changes nothing and returns False."""
        if command is None:
            return False
        try:
            command.redo(self.map)  # operations check everything before they change anything
        except ModelError as exc:
            self.edit_refused.emit(str(exc))
            return False
        self.undo_stack.push(UndoCommand(self.map, command, already_done=True))
        if command.focus:
            self.focus_requested.emit(tuple(command.focus))
        return True

    def edit(self, builder: Callable[..., Command], *args: Any, **kwargs: Any) -> bool:
        """Build a command with ``builder(self.map, *args, **kwargs)`` and push it."""
        try:
            command = builder(self.map, *args, **kwargs)
        except (ModelError, KeyError) as exc:
            self.edit_refused.emit(str(exc))
            return False
        return self.push(command)

    def save(self, path: str | Path | None = None) -> None:
        """Save to ``path`` (or the current path); raises :class:`~cxdesigner.storage.SaveError`."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no path to save to")
        save_map(self.map, target)
        renamed = target != self.path
        self.path = target
        self.undo_stack.setClean()
        if renamed:
            self.path_changed.emit()
