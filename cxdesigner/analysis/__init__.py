"""Findings that help a team decide what to fix, read from the map's networkx graph, and the
action plan's rows (:mod:`.actions`, which needs no networkx).

The findings load on first use, so the action plan (the PDF page, the panel) does not pull in
networkx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .findings import KINDS, Finding, Wording, analyze, kind_label, printed_wording

__all__ = ["KINDS", "Finding", "Wording", "analyze", "kind_label", "printed_wording"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import findings

        return getattr(findings, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
