"""Current and ideal states (*nykytila*, *tavoitetila*): create, switch, rename, delete, and
compare two states side by side with their difference summary.

:func:`install` plugs them into a main window (see ``ui/extensions.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..main_window import MainWindow


def install(window: MainWindow) -> None:
    from .controller import StatesController

    window.states = StatesController(window)
