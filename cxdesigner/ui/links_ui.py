"""Edit ▸ Link Cards / Unlink Cards: connect two selected cards; View ▸ Show Card Links.

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

SHOW_LINKS_KEY = "view/show_links"


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
    _install_show_links(window)


def shows_links(window: MainWindow) -> bool:
    """The remembered choice of View ▸ Show Card Links (on unless turned off)."""
    value = window.settings.value(SHOW_LINKS_KEY, True)
    return str(value).lower() not in ("false", "0")


def _install_show_links(window: MainWindow) -> None:
    action = QAction(_tr("Show &Card Links"), window)
    action.setObjectName("showCardLinks")
    action.setCheckable(True)
    action.setChecked(shows_links(window))
    action.setStatusTip(_tr("Draw the links between cards on the map"))
    window.show_links_action = action

    def apply(*_args: object) -> None:
        scene = window.scene
        if scene is not None and hasattr(scene, "link_layer"):
            scene.link_layer.set_visible(action.isChecked())

    def toggled(on: bool) -> None:
        window.settings.setValue(SHOW_LINKS_KEY, on)
        apply()

    action.toggled.connect(toggled)
    window.document_changed.connect(apply)
    # With the other "show" toggles (palette, inspector, history), before the Go To submenu.
    view = window.actions_.view_menu
    entries = view.actions()
    go = window.actions_.go_menu.menuAction()
    if go in entries:
        at = entries.index(go)
        view.insertAction(entries[at - 1] if at and entries[at - 1].isSeparator() else go, action)
    else:
        view.addAction(action)
    apply()
