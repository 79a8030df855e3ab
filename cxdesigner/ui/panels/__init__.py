"""Docks around the canvas: palette, inspector, undo history."""
