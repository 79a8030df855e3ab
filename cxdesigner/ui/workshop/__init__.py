"""Workshop features: presentation mode, timer, dot voting, moments of truth, survey import and
the analysis panel. :func:`install` plugs them into a main window (see ``ui/extensions.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..main_window import MainWindow


def install(window: MainWindow) -> None:
    from .controller import WorkshopController

    window.workshop = WorkshopController(window)
