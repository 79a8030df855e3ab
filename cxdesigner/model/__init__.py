"""The journey-map model: plain Python, no Qt, no networkx, no reportlab."""

from .entities import Card, IdealState, JourneyMap, Lane, Persona, Phase, Touchpoint
from .errors import ModelError
from .signals import Change, Signal
from .vocabulary import Channel, LaneKind, LinkKind, Priority, Status

__all__ = [
    "Card",
    "Change",
    "Channel",
    "IdealState",
    "JourneyMap",
    "Lane",
    "LaneKind",
    "LinkKind",
    "ModelError",
    "Persona",
    "Phase",
    "Priority",
    "Signal",
    "Status",
    "Touchpoint",
]
