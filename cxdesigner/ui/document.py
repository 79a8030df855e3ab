"""One open journey map: the model, its file path and its undo stack.

The document is the only place that changes the map: the scene and the panels build a
:class:`~cxdesigner.commands.Command` and call :meth:`Document.push`.
"""

from __future__ import annotations

import os
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
    # The map shown and edited switched between the current state and an ideal state.
    state_switched = Signal()

    def __init__(self, journey_map: JourneyMap, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # ``root`` is the file's map: the current state (nykytila), holding the ideal states
        # (tavoitetila). ``map`` is the one on screen, which every edit goes to.
        self.root = journey_map
        self._active: JourneyMap = journey_map
        self.title_override: str | None = None  # a read-only view of one state names it itself
        self.path = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setClean()
        # Never lose work (issue 7): what the file on disk looked like when we last read or wrote
        # it (to notice other programs changing it), whether this window holds the file's lock,
        # whether saving must ask for a new name, and the key of this document's autosave.
        self.disk_stamp: tuple[int, int] | None = None
        self.holds_lock = False
        self.read_only = False
        self.recovery_key: str | None = None

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Load ``path``; raises :class:`~cxdesigner.storage.MapFileError`."""
        before = file_stamp(Path(path))
        doc = cls(load_map(path), Path(path), parent)
        after = file_stamp(Path(path))
        # Changed while we read it: record nothing we could trust, so the next save asks.
        doc.disk_stamp = after if after == before else (-1, -1)
        return doc

    # -- states ---------------------------------------------------------------------------------
    @property
    def map(self) -> JourneyMap:
        return self._active

    @property
    def state_id(self) -> str | None:
        """The ideal state on screen, or None for the current state."""
        return None if self._active is self.root else self._state_of(self._active)

    def _state_of(self, m: JourneyMap) -> str | None:
        return next((s.id for s in self.root.ideal_states if s.map is m), None)

    def state_name(self) -> str:
        """The name of the state on screen ("Current state" for the map itself)."""
        state_id = self.state_id
        return self.tr("Current state") if state_id is None else self.root.ideal_state(state_id).name

    def layout_title(self) -> str | None:
        """The title drawn on the map: an ideal state adds its name, so no one mistakes it for
        the current state (None: the map's own title)."""
        if self.title_override is not None:
            return self.title_override
        if self.state_id is None:
            return None
        return self.tr("%1 — %2").replace("%1", self.map.title).replace("%2", self.state_name())

    def switch_state(self, state_id: str | None) -> None:
        """Show and edit ``state_id`` (None: the current state); raises KeyError if unknown."""
        target = self.root if state_id is None else self.root.ideal_state(state_id).map
        if target is not self._active:
            self._active = target
            self.state_switched.emit()

    def _show(self, m: JourneyMap) -> None:
        """Before an undo or redo changes ``m``: put it on screen, so no change happens unseen."""
        if m is self.root or self._state_of(m) is not None:
            if m is not self._active:
                self._active = m
                self.state_switched.emit()

    def _after_state_edit(self) -> None:
        """An ideal state on screen may have just been deleted (or its creation undone)."""
        if self._active is not self.root and self._state_of(self._active) is None:
            self._active = self.root
            self.state_switched.emit()

    def push_state_edit(self, command: Command | None) -> bool:
        """Create, delete or rename an ideal state: an edit of the file's map whose undo does not
        switch the screen to the current state (only away from a state that stops existing)."""
        if command is None:
            return False
        try:
            command.redo(self.root)
        except ModelError as exc:
            self.edit_refused.emit(str(exc))
            return False
        self.undo_stack.push(UndoCommand(self.root, command, already_done=True, after=self._after_state_edit))
        self._after_state_edit()
        return True

    def mark_recovered(self) -> None:
        """Show the document as modified without an undo step (a recovered autosave)."""
        self.undo_stack.resetClean()

    def changed_on_disk(self) -> bool:
        """True if the file at ``path`` is no longer the one this document last read or wrote.

        A file that is gone is not a conflict: saving writes it again (or, if its folder is gone
        too, fails with that reason)."""
        if self.path is None or self.disk_stamp is None:
            return False
        now = file_stamp(self.path)
        return now is not None and now != self.disk_stamp

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
        self.undo_stack.push(UndoCommand(self.map, command, already_done=True, before=self._show))
        if command.focus:
            self.focus_requested.emit(tuple(command.focus))
        return True

    def amend(self, command: Command, addition: Command | None) -> bool:
        """Do ``addition`` as part of the undo step that did ``command`` (the text typed into a
        card just added), so one undo takes back both and one redo brings back both.

        If that step is no longer the last one done, or the file was saved since, ``addition``
        becomes a step of its own: it never changes a step that the user has moved past."""
        if addition is None:
            return False
        try:
            addition.redo(self.map)
        except ModelError as exc:
            self.edit_refused.emit(str(exc))
            return False
        step = UndoCommand(self.map, addition, already_done=True, before=self._show, amends=command)
        self.undo_stack.push(step)  # QUndoStack asks the last step to merge it (UndoCommand.mergeWith)
        if addition.focus:
            self.focus_requested.emit(tuple(addition.focus))
        return True

    def withdraw(self, command: Command) -> bool:
        """Take back ``command`` as if it had never been done: no undo step, nothing to redo.

        Only the last step can go, and only when nothing waits to be redone after it; returns
        False (and changes nothing) otherwise."""
        stack = self.undo_stack
        index = stack.index()
        if index == 0 or index != stack.count():
            return False
        top = stack.command(index - 1)
        if not isinstance(top, UndoCommand) or top.origin is not command:
            return False
        top.withdraw_on_undo()
        stack.undo()
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
        save_map(self.root, target)
        renamed = target != self.path
        self.path = target
        self.disk_stamp = file_stamp(target)
        self.read_only = False
        self.undo_stack.setClean()
        if renamed:
            self.path_changed.emit()


def file_stamp(path: Path) -> tuple[int, int] | None:
    """Modification time (ns) and size of ``path``, or None if it cannot be read."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
