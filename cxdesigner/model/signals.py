"""A minimal observer, so the model can announce changes without depending on Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Signal(Generic[T]):
    """Call every connected function with one value, in connection order."""

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[Callable[[T], None]] = []

    def connect(self, slot: Callable[[T], None]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[[T], None]) -> None:
        self._slots.remove(slot)

    def emit(self, value: T) -> None:
        for slot in list(self._slots):
            slot(value)


@dataclass(frozen=True, slots=True)
class Change:
    """What one operation changed: the entity type, the action and the ids concerned.

    ``entity`` is one of ``map``, ``persona``, ``phase``, ``touchpoint``, ``lane``, ``card``,
    ``link``; ``action`` one of ``added``, ``removed``, ``moved``, ``updated``.
    """

    entity: str
    action: str
    ids: tuple[str, ...] = ()
