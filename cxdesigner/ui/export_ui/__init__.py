"""Export and print from the app: File ▸ Export PDF… (options and a live preview),
Export Image… (PNG/SVG through the canvas's scene) and Print…. ``install(window)`` is
registered in :mod:`cxdesigner.ui.extensions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..main_window import MainWindow


def install(window: MainWindow) -> None:
    from .actions import install as install_actions

    install_actions(window)
