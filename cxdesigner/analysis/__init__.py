"""Findings that help a team decide what to fix, read from the map's networkx graph."""

from .findings import Finding, analyze

__all__ = ["Finding", "analyze"]
