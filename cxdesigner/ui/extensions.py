"""Features that plug into the main window from modules of their own.

Each entry is a function ``install(window)`` called once while the window is built, before the
first document is shown. It may add actions to ``window.actions_.file_menu`` (``edit_menu``,
``view_menu``, ``insert_menu``, ``workshop_menu``, ``tools_menu``, ``help_menu``, ``toolbar``),
docks, and connect to ``window.document_changed`` to follow the current document (whose scene is
``window.scene`` and view ``window.view`` at that moment). Keeping these out of main_window.py
lets each feature live, and be tested, in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main_window import MainWindow

Installer = Callable[["MainWindow"], None]


def _installers() -> list[Installer]:
    # One import per feature; keep imports inside so a window builds without loading the rest.
    installers: list[Installer] = []
    from .autosave import install as install_autosave

    installers.append(install_autosave)
    from .export_ui import install as install_export

    installers.append(install_export)
    from .workshop import install as install_workshop

    installers.append(install_workshop)
    from .import_ui import install as install_import

    installers.append(install_import)
    from .links_ui import install as install_links

    installers.append(install_links)
    from .states import install as install_states

    installers.append(install_states)
    from .panels.persona_panel import install as install_persona

    installers.append(install_persona)
    return installers


def install_extensions(window: MainWindow) -> None:
    for install in _installers():
        install(window)
