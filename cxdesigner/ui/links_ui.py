"""Edit ▸ Link Cards / Unlink Cards: connect two selected cards.

"An improvement addresses a pain point" is what the analysis checks (pain points no improvement
addresses); flow and "relates to" links record sequences and connections. The direction is
decided by the command (commands/edits.py link_cards), so the selection order does not matter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..commands import edits
from ..model.vocabulary import LinkKind

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("LinkActions", text)


def link_selected(window: MainWindow, kind: LinkKind) -> bool:
    cards = window.scene.selected_ids("card")
    if len(cards) != 2:
        window.statusBar().showMessage(_tr("Select exactly two cards to link them."), 6000)
        return False
    return window.document.edit(edits.link_cards, cards, kind)


def unlink_selected(window: MainWindow) -> bool:
    cards = window.scene.selected_ids("card")
    if len(cards) < 2:
        window.statusBar().showMessage(_tr("Select the linked cards to unlink them."), 6000)
        return False
    return window.document.edit(edits.unlink_cards, cards)


def install(window: MainWindow) -> None:
    menu = QMenu(_tr("Lin&k Cards"), window)
    menu.setObjectName("linkMenu")
    entries = [
        (_tr("&Improvement Addresses Pain Point"), LinkKind.ADDRESSES, "Ctrl+L"),
        (_tr("&Flow (Earlier to Later)"), LinkKind.FLOW, None),
        (_tr("&Relates To"), LinkKind.RELATES, None),
    ]
    window.link_actions = {}
    for text, kind, shortcut in entries:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False, k=kind: link_selected(window, k))
        menu.addAction(action)
        window.addAction(action)
        window.link_actions[kind] = action
    unlink = QAction(_tr("U&nlink Cards"), window)
    unlink.triggered.connect(lambda _=False: unlink_selected(window))
    window.addAction(unlink)
    window.unlink_action = unlink
    edit_menu = window.actions_.edit_menu
    edit_menu.addSeparator()
    edit_menu.addMenu(menu)
    edit_menu.addAction(unlink)
