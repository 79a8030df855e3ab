"""The resolution of a PNG export, with the pixel size it gives (File ▸ Export Image…)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from ...model.entities import JourneyMap
from ..image_export import MAX_PIXELS, image_points

DPI_KEY = "export/image_dpi"
DEFAULT_DPI = 150


class ImageResolutionDialog(QDialog):
    def __init__(
        self, m: JourneyMap, settings: QSettings | None = None, parent: QWidget | None = None, source_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageResolutionDialog")
        self.setWindowTitle(self.tr("PNG resolution"))
        self._settings = settings
        self._points = image_points(m, source_name=source_name)
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 1200)
        self.dpi.setSingleStep(25)
        self.dpi.setSuffix(self.tr(" dpi"))
        try:
            saved = int(settings.value(DPI_KEY, DEFAULT_DPI)) if settings is not None else DEFAULT_DPI
        except (TypeError, ValueError):
            saved = DEFAULT_DPI
        self.dpi.setValue(saved)
        self.size_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Resolution:"), self.dpi)
        form.addRow(self.tr("Image size:"), self.size_label)
        form.addRow(self.buttons)
        self.dpi.valueChanged.connect(self._show_size)
        self._show_size()

    def pixel_size(self) -> tuple[int, int]:
        w, h = self._points
        dpi = self.dpi.value()
        return max(1, round(w * dpi / 72)), max(1, round(h * dpi / 72))

    def _show_size(self) -> None:
        w, h = self.pixel_size()
        self.size_label.setText(self.tr("%1 × %2 pixels").replace("%1", str(w)).replace("%2", str(h)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(w * h <= MAX_PIXELS)

    def accept(self) -> None:
        if self._settings is not None:
            self._settings.setValue(DPI_KEY, self.dpi.value())
        super().accept()
