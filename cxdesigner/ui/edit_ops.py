"""Edit commands of the main window: clipboard, delete, select all, colours, lanes, inserting
without the mouse, and the canvas context menu. Each becomes one command on the document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from ..commands import edits
from ..model.vocabulary import LaneKind, channel_names, lane_kind_names
from .canvas.palette_drop import PaletteDrop
from .clipboard import cards_from_mime, cards_to_mime
from .vocabulary_names import new_phase_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditOps", text)


class EditOpsMixin:
    """Mixed into :class:`MainWindow` (needs ``document``, ``scene``, ``view``)."""

    # -- clipboard -------------------------------------------------------------------------
    def copy(self) -> bool:
        ids = self._ordered_selection()
        if not ids:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(self.document.map, ids))
        return True

    def cut(self) -> bool:
        if not self.copy():
            return False
        return self.document.edit(edits.remove_cards, self._ordered_selection())

    def paste(self) -> bool:
        specs = cards_from_mime(QGuiApplication.clipboard().mimeData())
        cell, index = self._paste_target()
        if not specs or cell is None:
            return False
        return self.document.edit(edits.insert_cards, specs, cell[0], cell[1], index)

    def duplicate(self) -> bool:
        ids = self._ordered_selection()
        if not ids:
            return False
        m = self.document.map
        specs = [{k: getattr(m.cards[c], k) for k in edits.CARD_SPEC_FIELDS} for c in ids]
        last = m.cards[ids[-1]]
        index = m.cells[last.cell].index(last.id) + 1
        n = len(specs)
        name = "Duplicate card" if n == 1 else f"Duplicate {n} cards"
        return self.document.edit(edits.insert_cards, specs, last.lane_id, last.anchor_id, index, name)

    def _ordered_selection(self) -> list[str]:
        m = self.document.map
        selected = set(self.scene.selected_ids("card"))
        order = [c for (lane, anchor) in self._cell_order() for c in m.cells.get((lane, anchor), [])]
        return [c for c in order if c in selected]

    def _cell_order(self) -> list[tuple[str, str]]:
        m = self.document.map
        anchors = [a for p in m.phases for a in [p.id] + [t.id for t in p.touchpoints]]
        return [(lane.id, a) for lane in m.lanes for a in anchors]

    def _paste_target(self) -> tuple[tuple[str, str] | None, int | None]:
        m = self.document.map
        selected = self._ordered_selection()
        if selected:
            last = m.cards[selected[-1]]
            return last.cell, m.cells[last.cell].index(last.id) + 1
        cell = self.scene.current_cell
        if cell is None:
            layout = self.scene.layout
            lanes = [lane for lane in layout.lanes if lane.kind is not LaneKind.EMOTION_CURVE]
            if not lanes or not layout.columns:
                return None, None
            cell = (lanes[0].id, layout.columns[0].anchor_id)
        return cell, None

    # -- selection and deletion --------------------------------------------------------------
    def select_all(self) -> None:
        for item in self.scene.cards.values():
            item.setSelected(True)

    def delete_selection(self) -> bool:
        return self.view.delete_selection()

    def edit_text(self) -> bool:
        return self.view.edit_selection()

    def edit_text_new_card(self) -> bool:
        cell = self.scene.current_cell
        return self.view.editing.edit_new_card(cell) if cell else False

    # -- fields ------------------------------------------------------------------------------
    def toggle_moment_of_truth(self) -> bool:
        """Flag (or unflag) the selected cards, else the selected touchpoint, as a moment of truth."""
        cards = self.scene.selected_ids("card")
        if cards:
            m = self.document.map
            flag = not all(m.cards[c].moment_of_truth for c in cards)
            return self.document.edit(edits.set_cards_fields, cards, "Toggle moment of truth", moment_of_truth=flag)
        ids = self.scene.selected_ids("touchpoint")
        if not ids:
            return False
        tp = self.document.map.touchpoint(ids[0])
        return self.document.edit(
            edits.set_fields, "touchpoint", tp.id, "Toggle moment of truth", moment_of_truth=not tp.moment_of_truth
        )

    def set_card_colour(self, colour: str | None) -> bool:
        ids = self.scene.selected_ids("card")
        if not ids:
            return False
        return self.document.edit(edits.set_cards_fields, ids, "Change card colour", color=colour)

    # -- lanes -------------------------------------------------------------------------------
    def add_lane(self, kind: LaneKind) -> bool:
        m = self.document.map
        selected = self.scene.selected_ids("lane")
        index = [lane.id for lane in m.lanes].index(selected[0]) + 1 if selected else None
        return self.document.edit(edits.add_lane, kind, lane_kind_names(m.language)[kind], index)

    def set_lane_hidden(self, lane_id: str, hidden: bool) -> bool:
        name = "Hide lane" if hidden else "Show lane"
        return self.document.edit(edits.set_fields, "lane", lane_id, name, hidden=hidden)

    def move_lane_by(self, lane_id: str, step: int) -> bool:
        order = [lane.id for lane in self.document.map.lanes]
        index = order.index(lane_id) + step
        if not 0 <= index < len(order):
            return False
        return self.document.edit(edits.move_lane, lane_id, index)

    # -- inserting without the mouse -----------------------------------------------------------
    def insert_from_palette(self, payload: str) -> bool:
        """What a palette drop would do, at the keyboard's current place."""
        m = self.document.map
        scene = self.scene
        cell = scene.current_cell
        what, _, arg = payload.partition(":")
        column = None
        if cell is not None:
            column = next((c for c in scene.layout.columns if c.anchor_id == cell[1] or c.phase_id == cell[1]), None)
        if what == "phase":
            index = [p.id for p in m.phases].index(column.phase_id) + 1 if column else None
            drop = PaletteDrop(None, edits.add_phase(m, new_phase_name(m.language), index), "phase")
        elif what == "touchpoint":
            if not m.phases:
                return False
            phase = m.phase(column.phase_id) if column else m.phases[-1]
            ids = [t.id for t in phase.touchpoints]
            index = ids.index(column.anchor_id) + 1 if column and column.anchor_id in ids else None
            from ..model.vocabulary import Channel

            channel = Channel(arg) if arg in Channel._value2member_map_ else Channel.OTHER
            name = channel_names(m.language)[channel]
            drop = PaletteDrop(None, edits.add_touchpoint(m, phase.id, name, channel, index), "touchpoint")
        elif what == "card":
            lanes = [lane for lane in m.lanes if lane.kind.value == arg and not lane.hidden]
            if cell is not None and lanes and m.lane(cell[0]).kind.value != arg:
                # A "pain point" card goes to the pain-points lane of the current column.
                cell = (lanes[0].id, cell[1])
                scene.set_current_cell(cell)
            if cell is None:
                if not lanes or not scene.layout.columns:
                    return False
                cell = (lanes[0].id, scene.layout.columns[0].anchor_id)
                scene.set_current_cell(cell)
            return self.view.editing.edit_new_card(cell)
        else:
            return False
        return self.view.editing.add_header_and_edit(drop.edit_kind, drop.command)

    # -- context menu ---------------------------------------------------------------------------
    def show_context_menu(self, kind: str, item_id: str, pos: QPoint) -> None:
        menu = self.build_context_menu(kind, item_id)
        menu.exec(pos)
        menu.deleteLater()

    def build_context_menu(self, kind: str, item_id: str) -> QMenu:
        acts = self.actions_
        menu = QMenu(self)
        m = self.document.map
        if kind == "card":
            menu.addActions([acts.edit_text, acts.cut, acts.copy, acts.paste, acts.duplicate, acts.delete])
            menu.addMenu(acts.colour_menu)
        elif kind == "touchpoint":
            menu.addAction(_tr("Rename"), lambda: self.view.editing.edit_item("touchpoint", item_id))
            menu.addAction(acts.moment_of_truth)
            menu.addAction(_tr("Delete Touchpoint and Its Cards"), lambda: self.document.edit(edits.remove_touchpoint, item_id))
            menu.addAction(
                _tr("Delete Touchpoint, Keep Cards on Phase"),
                lambda: self.document.edit(edits.remove_touchpoint, item_id, keep_cards=True),
            )
        elif kind == "phase":
            menu.addAction(_tr("Rename"), lambda: self.view.editing.edit_item("phase", item_id))
            menu.addAction(_tr("Delete Phase"), lambda: self.document.edit(edits.remove_phase, item_id))
        elif kind == "lane":
            menu.addAction(_tr("Rename"), lambda: self.view.editing.edit_item("lane", item_id))
            menu.addAction(_tr("Hide Lane"), lambda: self.set_lane_hidden(item_id, True))
            menu.addAction(_tr("Move Up"), lambda: self.move_lane_by(item_id, -1))
            menu.addAction(_tr("Move Down"), lambda: self.move_lane_by(item_id, 1))
            menu.addAction(_tr("Delete Lane"), lambda: self.document.edit(edits.remove_lane, item_id))
            menu.addMenu(acts.lane_menu)
        else:
            menu.addAction(acts.paste)
            menu.addMenu(acts.lane_menu)
        hidden = [lane for lane in m.lanes if lane.hidden]
        if hidden:
            show = menu.addMenu(_tr("Show Hidden Lane"))
            for lane in hidden:
                show.addAction(lane.name.replace("&", "&&"), lambda lid=lane.id: self.set_lane_hidden(lid, False))
        return menu

    def about(self) -> None:
        QMessageBox.about(
            self,
            _tr("About CX Designer"),
            _tr("CX Designer — design customer journey maps, offline. Your maps stay on your computer."),
        )
