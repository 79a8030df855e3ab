"""The inspector: edits whatever is selected (card, touchpoint, phase or lane).

Each finished field edit pushes one command through the document; the inspector refreshes
from the model when the selection changes or the scene has been relaid out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)
from shiboken6 import Shiboken

from ...commands import edits
from ...model.vocabulary import Channel, LaneKind, Priority, Status
from ..clipboard import plain_text_of
from ..vocabulary_names import channel_name, emotion_name, lane_kind_name, priority_name, status_name
from ..workshop.metrics_editor import MetricsEditor
from .icons import swatch_icon


class TextBox(QPlainTextEdit):
    """A plain-text box that says when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()

    def insertFromMimeData(self, source) -> None:  # noqa: ANN001
        text = plain_text_of(source)  # never rich text
        if text is not None:
            self.insertPlainText(text)

    def canInsertFromMimeData(self, source) -> bool:  # noqa: ANN001
        return source.hasText() or source.hasHtml()


class Inspector(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.scene = None
        self.kind = ""
        self.item_id = ""
        empty = QLabel(self.tr("Select a card, a touchpoint, a phase or a lane to edit it here."))
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.addWidget(empty)
        self.pages: dict[str, QWidget] = {}
        self._build_card_page()
        self._build_touchpoint_page()
        self._build_phase_page()
        self._build_lane_page()

    # -- pages -------------------------------------------------------------------------------
    def _page(self, kind: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.pages[kind] = page
        self.addWidget(page)
        return form

    def _combo(self, values: list[Any], names: list[str], field: str, undo: str, entity: str) -> QComboBox:
        combo = QComboBox()
        for value, name in zip(values, names, strict=True):
            combo.addItem(name, value)
        combo.activated.connect(lambda _i: self._set(entity, undo, **{field: combo.currentData()}))
        return combo

    def _build_card_page(self) -> None:
        form = self._page("card")
        self.card_text = TextBox()
        self.card_text.editing_finished.connect(lambda: self._set_text("card", "Edit card text", "text", self.card_text))
        self.card_detail = TextBox()
        self.card_detail.editing_finished.connect(
            lambda: self._set_text("card", "Edit card detail", "detail", self.card_detail)
        )
        self.card_colour = QPushButton(self.tr("Choose…"))
        self.card_colour.clicked.connect(self._choose_colour)
        reset = QPushButton(self.tr("Lane default"))
        reset.clicked.connect(lambda: self._set("card", "Change card colour", color=None))
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.card_colour)
        colour_row.addWidget(reset)
        self.card_owner = QLineEdit()
        self.card_owner.editingFinished.connect(lambda: self._set_line("card", "Set owner", "owner", self.card_owner))
        self.card_priority = self._combo(
            [None, *Priority], [self.tr("None")] + [priority_name(p) for p in Priority], "priority", "Set priority", "card"
        )
        self.card_status = self._combo(
            [None, *Status], [self.tr("None")] + [status_name(s) for s in Status], "status", "Set status", "card"
        )
        form.addRow(self.tr("Text"), self.card_text)
        form.addRow(self.tr("Detail"), self.card_detail)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Owner"), self.card_owner)
        form.addRow(self.tr("Priority"), self.card_priority)
        form.addRow(self.tr("Status"), self.card_status)
        self.card_truth = QCheckBox(self.tr("Moment of truth"))
        self.card_truth.clicked.connect(lambda checked: self._set("card", "Toggle moment of truth", moment_of_truth=checked))
        form.addRow("", self.card_truth)

    def _build_touchpoint_page(self) -> None:
        form = self._page("touchpoint")
        self.tp_name = QLineEdit()
        self.tp_name.editingFinished.connect(lambda: self._set_line("touchpoint", "Rename touchpoint", "name", self.tp_name))
        self.tp_channel = self._combo(
            list(Channel), [channel_name(c) for c in Channel], "channel", "Change channel", "touchpoint"
        )
        self.tp_truth = QCheckBox(self.tr("Moment of truth"))
        self.tp_truth.clicked.connect(
            lambda checked: self._set("touchpoint", "Toggle moment of truth", moment_of_truth=checked)
        )
        scores = [None, -2, -1, 0, 1, 2]
        self.tp_emotion = self._combo(scores, [emotion_name(s) for s in scores], "emotion", "Set emotion", "touchpoint")
        form.addRow(self.tr("Name"), self.tp_name)
        form.addRow(self.tr("Channel"), self.tp_channel)
        form.addRow("", self.tp_truth)
        form.addRow(self.tr("Emotion"), self.tp_emotion)
        self.tp_metrics = MetricsEditor()
        self.tp_metrics.nps_edited.connect(lambda counts: self._set("touchpoint", "Set NPS answers", nps=counts))
        self.tp_metrics.ces_edited.connect(lambda counts: self._set("touchpoint", "Set CES answers", ces=counts))
        form.addRow(self.tp_metrics)

    def _build_phase_page(self) -> None:
        form = self._page("phase")
        self.phase_name = QLineEdit()
        self.phase_name.editingFinished.connect(lambda: self._set_line("phase", "Rename phase", "name", self.phase_name))
        form.addRow(self.tr("Name"), self.phase_name)

    def _build_lane_page(self) -> None:
        form = self._page("lane")
        self.lane_name = QLineEdit()
        self.lane_name.editingFinished.connect(lambda: self._set_line("lane", "Rename lane", "name", self.lane_name))
        self.lane_kind = self._combo(list(LaneKind), [lane_kind_name(k) for k in LaneKind], "kind", "Change lane kind", "lane")
        self.lane_hidden = QCheckBox(self.tr("Hidden"))
        self.lane_hidden.clicked.connect(lambda checked: self._set("lane", "Hide lane" if checked else "Show lane", hidden=checked))
        form.addRow(self.tr("Name"), self.lane_name)
        form.addRow(self.tr("Kind"), self.lane_kind)
        form.addRow("", self.lane_hidden)

    # -- scene -------------------------------------------------------------------------------
    def set_scene(self, scene) -> None:  # noqa: ANN001
        self.scene = scene
        scene.selectionChanged.connect(self.refresh)
        scene.relaid_out.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        scene = self.scene
        if scene is None or not Shiboken.isValid(scene) or not Shiboken.isValid(self.card_colour):
            return  # (the last also while the window is being torn down)
        selected = [i for i in scene.selectedItems() if getattr(i, "kind", "") in self.pages]
        if not selected:
            self.kind, self.item_id = "", ""
            self.setCurrentIndex(0)
            return
        item = selected[0]
        self.kind, self.item_id = item.kind, item.item_id
        m = scene.document.map
        try:
            getattr(self, f"_show_{self.kind}")(m)
        except KeyError:  # the object is gone; the next relayout will clear the selection
            self.setCurrentIndex(0)
            return
        self.setCurrentWidget(self.pages[self.kind])

    @staticmethod
    def _put(widget: QWidget, value: Any) -> None:
        if widget.hasFocus():
            return  # never overwrite what the user is typing
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        widget.blockSignals(False)

    def _show_card(self, m) -> None:  # noqa: ANN001
        card = m.cards[self.item_id]
        self._put(self.card_text, card.text)
        self._put(self.card_detail, card.detail)
        self._put(self.card_owner, card.owner)
        self._put(self.card_priority, card.priority)
        self._put(self.card_status, card.status)
        self._put(self.card_truth, card.moment_of_truth)
        colour = card.color or self.scene.style.lane_colors.get(m.lane(card.lane_id).kind, "#f2f2f2")
        self.card_colour.setIcon(swatch_icon(colour))

    def _show_touchpoint(self, m) -> None:  # noqa: ANN001
        tp = m.touchpoint(self.item_id)
        self._put(self.tp_name, tp.name)
        self._put(self.tp_channel, tp.channel)
        self._put(self.tp_truth, tp.moment_of_truth)
        self._put(self.tp_emotion, tp.emotion)
        self.tp_metrics.set_values(tp.nps, tp.ces)

    def _show_phase(self, m) -> None:  # noqa: ANN001
        self._put(self.phase_name, m.phase(self.item_id).name)

    def _show_lane(self, m) -> None:  # noqa: ANN001
        lane = m.lane(self.item_id)
        self._put(self.lane_name, lane.name)
        self._put(self.lane_kind, lane.kind)
        self._put(self.lane_hidden, lane.hidden)

    # -- edits -------------------------------------------------------------------------------
    def _set(self, entity: str, undo_name: str, **values: Any) -> None:
        if self.scene is None or self.kind != entity:
            return
        doc = self.scene.document
        if not doc.edit(edits.set_fields, entity, self.item_id, undo_name, **values):
            self.refresh()  # show the model's value again

    def _current(self, entity: str, field: str) -> Any:
        m = self.scene.document.map
        getter = {"card": lambda i: m.cards[i], "touchpoint": m.touchpoint, "phase": m.phase, "lane": m.lane}[entity]
        return getattr(getter(self.item_id), field)

    def _set_text(self, entity: str, undo: str, field: str, box: QPlainTextEdit) -> None:
        if self.kind == entity and box.toPlainText() != self._current(entity, field):
            self._set(entity, undo, **{field: box.toPlainText()})

    def _set_line(self, entity: str, undo: str, field: str, line: QLineEdit) -> None:
        if self.kind == entity and line.text() != self._current(entity, field):
            self._set(entity, undo, **{field: line.text()})

    def _choose_colour(self) -> None:
        if self.kind != "card":
            return
        colour = QColorDialog.getColor(QColor(self._current("card", "color") or "#ffffff"), self)
        if colour.isValid():
            self._set("card", "Change card colour", color=colour.name())
