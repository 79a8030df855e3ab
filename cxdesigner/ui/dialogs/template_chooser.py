"""New map: pick a template, with a preview of each one drawn by the canvas itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...templates import TemplateError, list_templates, load_template
from ..canvas.scene import MapScene
from ..document import Document

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateChooser(QDialog):
    """A list of templates on the left, the selected one's map on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Journey Map"))
        self.resize(900, 520)
        self.list = QListWidget()
        self.list.setMaximumWidth(280)
        for info in list_templates():
            item = QListWidgetItem(info.title or info.name)  # list items show plain text
            item.setData(NAME_ROLE, info.name)
            item.setToolTip(info.name)
            self.list.addItem(item)
        self.preview = QGraphicsView()
        self.preview.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.preview.setInteractive(False)
        self._scene: MapScene | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview.setAccessibleName(self.tr("Preview"))
        if self.list.count():
            self.list.setCurrentRow(self._default_row(parent))

    def _default_row(self, parent: QWidget | None) -> int:
        """The template chosen in Preferences (``new/template``), else the first."""
        settings = getattr(parent, "settings", None)
        if settings is None:
            return 0
        from ..preferences import default_template

        wanted = default_template(settings)
        for row in range(self.list.count()):
            if self.list.item(row).data(NAME_ROLE) == wanted:
                return row
        return 0

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def _show_preview(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        try:
            m = load_template(item.data(NAME_ROLE))
        except TemplateError:
            return
        old = self._scene
        self._scene = MapScene(Document(m, parent=self))
        self.preview.setScene(self._scene)
        self.preview.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if old is not None:
            old.detach()
            old.deleteLater()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self._scene is not None:
            self.preview.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    @staticmethod
    def choose(parent: QWidget | None = None) -> str | None:
        """Show the dialog; the chosen template's name, or None when cancelled."""
        dialog = TemplateChooser(parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected_name()
            return None
        finally:
            dialog.deleteLater()
