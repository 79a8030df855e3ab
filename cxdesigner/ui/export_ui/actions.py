"""File ▸ Export PDF…, Export Image… and Print… for the main window's current document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPageLayout, QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog

from ...storage import SaveError
from ..dialogs.messages import show_error

if TYPE_CHECKING:
    from .pdf_dialog import PdfExportDialog
# The export modules load reportlab and the image renderer: import them when an export starts,
# not while the window is built (start-up time).

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..document import Document
    from ..main_window import MainWindow

PAGE_SIZE_IDS = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "A0": QPageSize.PageSizeId.A0,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}


class ExportActions(QObject):
    """The three actions and what they do; ``window.export_actions`` after :func:`install`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_pdf_action = QAction(self.tr("Export P&DF…"), window)
        self.export_pdf_action.setObjectName("exportPdfAction")
        self.export_pdf_action.triggered.connect(lambda _=False: self.export_pdf())
        self.export_image_action = QAction(self.tr("Export &Image…"), window)
        self.export_image_action.setObjectName("exportImageAction")
        self.export_image_action.triggered.connect(lambda _=False: self.export_image())
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda _=False: self.print_())
        self.actions = [self.export_pdf_action, self.export_image_action, self.print_action]
        for action in self.actions:
            window.addAction(action)

    @property
    def document(self) -> Document:
        return self.window.document

    def _flush(self) -> None:
        self.window.commit_typing()  # what is being typed is on the map the user exports
        scene = getattr(self.window, "scene", None)
        if scene is not None:
            scene.flush()  # a pending relayout does not matter here, but keep one picture of the map

    # -- PDF ---------------------------------------------------------------------------------
    def pdf_dialog(self) -> PdfExportDialog:
        self._flush()
        doc = self.document
        from .pdf_dialog import PdfExportDialog

        return PdfExportDialog.for_document(doc, self.window.settings, self.window)

    def export_pdf(self, compare_state: str | None = None) -> None:
        """The Export PDF dialog; ``compare_state`` preselects a comparison with that ideal state."""
        dialog = self.pdf_dialog()
        if compare_state is not None:
            dialog.choose_comparison(compare_state)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.exported_path is not None:
                self._exported(dialog.exported_path, dialog.warnings)
        finally:
            dialog.deleteLater()

    # -- PNG / SVG ---------------------------------------------------------------------------
    def export_image(self) -> None:
        from .image_dialog import ImageResolutionDialog

        doc = self.document
        base = doc.path.with_suffix("") if doc.path else Path(doc.map.title or self.tr("Untitled journey"))
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export image"), str(base) + ".png", f"{png};;{svg}"
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        dpi = 150
        if path.lower().endswith(".png"):
            dialog = ImageResolutionDialog(doc.map, self.window.settings, self.window, self._source_name())
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                dpi = dialog.dpi.value()
            finally:
                dialog.deleteLater()
        self.export_image_to(Path(path), dpi)

    def export_image_to(self, path: Path, dpi: int = 150) -> bool:
        """Write the current map as PNG/SVG; a failure shows why. True when written."""
        from ..image_export import ImageTooLarge, export_image

        self._flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            warnings = export_image(self.document.map, path, dpi=dpi, source_name=self._source_name())
        except (SaveError, ImageTooLarge) as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self.window, self.tr("Cannot export the image"), str(exc))
            return False
        except (OSError, ValueError, MemoryError) as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(
                self.window,
                self.tr("Cannot export the image"),
                self.tr("Could not export %1: %2").replace("%1", path.name).replace("%2", str(exc)),
            )
            return False
        QGuiApplication.restoreOverrideCursor()
        self._exported(path, warnings)
        return True

    # -- printing ----------------------------------------------------------------------------
    def printer(self) -> QPrinter:
        """A printer set up for the map: the preferred page size, the map's orientation."""
        from PySide6.QtPrintSupport import QPrinter

        from ..image_export import image_points
        from .pdf_dialog import default_page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        doc = self.document
        printer.setDocName(doc.map.title or self.tr("Untitled journey"))
        printer.setPageSize(QPageSize(PAGE_SIZE_IDS[default_page_size(self.window.settings)]))
        width, height = image_points(doc.map, source_name=self._source_name())
        landscape = width >= height
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        return printer

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self.printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print journey map"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        from ..image_export import print_map

        self._flush()
        try:
            print_map(self.document.map, printer, source_name=self._source_name())
        except OSError as exc:
            show_error(self.window, self.tr("Cannot print"), str(exc))
            return False
        self.window.statusBar().showMessage(self.tr("Sent to the printer"), 4000)
        return True

    # -- shared ------------------------------------------------------------------------------
    def _source_name(self) -> str:
        path = self.document.path
        return path.name if path is not None else ""

    def _exported(self, path: Path, warnings: list[str]) -> None:
        message = self.tr("Exported %1").replace("%1", path.name)
        if warnings:
            message += self.tr(" — warning: %1").replace("%1", warnings[0])
        self.window.statusBar().showMessage(message, 8000)


def install(window: MainWindow) -> None:
    """Add Export PDF…, Export Image… and Print… to the File menu, above Quit."""
    actions = ExportActions(window)
    window.export_actions = actions  # type: ignore[attr-defined]
    menu = window.actions_.file_menu
    quit_action = getattr(window.actions_, "quit", None)
    if quit_action is not None and quit_action in menu.actions():
        menu.insertActions(quit_action, actions.actions)
        menu.insertSeparator(quit_action)
    else:
        menu.addSeparator()
        menu.addActions(actions.actions)
