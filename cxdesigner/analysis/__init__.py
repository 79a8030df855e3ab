"""Findings that help a team decide what to fix, read from the map's networkx graph."""

from .findings import KINDS, Finding, Wording, analyze, kind_label, printed_wording

__all__ = ["KINDS", "Finding", "Wording", "analyze", "kind_label", "printed_wording"]
