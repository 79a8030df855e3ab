"""File ▸ Export PDF…: the options of ``cxdesigner export`` and a live preview of the pages.

The preview is the PDF that Export would write, rendered page by page; it follows the options
after a short pause. Besides the map, the PDF can hold an analysis checklist, an action plan and a
comparison of the current state with one of the file's ideal states (on facing pages, then what differs).
Export shows a progress dialog whose Cancel stops the export before anything is written; a
failure says why in plain text and leaves an existing file as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...export.pdf import ExportCancelled, export_pdf
from ...export.pdf_options import PAGE_SIZES, Mode, Orientation, PdfOptions
from ...model.entities import IdealState, JourneyMap
from ...storage import SaveError
from ..dialogs.messages import show_error
from ..i18n_setup import installed_language
from .preview import MAX_PREVIEW_PAGES, PreviewBuilder, PreviewResult

if TYPE_CHECKING:
    from ..document import Document

PAGE_SIZE_KEY = "export/page_size"
PREVIEW_WIDTH = 460  # device-independent pixels per preview page
DEBOUNCE_MS = 250


def default_page_size(settings: QSettings | None) -> str:
    """The page size from Preferences (``export/page_size``); unset or unknown: the locale's
    (Letter in the US and Canada, A4 elsewhere)."""
    from ..preferences import locale_page_size

    fallback = locale_page_size()
    value = settings.value(PAGE_SIZE_KEY, fallback) if settings is not None else fallback
    for name in PAGE_SIZES:
        if str(value).lower() == name.lower():
            return name
    return fallback


def _root_map(document: Document) -> JourneyMap:
    """The file's map (the current state), whose ideal states the comparison offers."""
    return document.root


def _with_states(m: JourneyMap) -> JourneyMap:
    """A copy of ``m`` with copies of its ideal states (``JourneyMap.copy`` leaves them out)."""
    twin = m.copy()
    twin.ideal_states = [IdealState(s.id, s.name, s.map.copy()) for s in m.ideal_states]
    return twin


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # map text and reasons come from users
    label.setWordWrap(True)
    return label


class PdfExportDialog(QDialog):
    """Options, preview and Export for one map. ``page_count`` and ``warnings`` follow the
    preview; :meth:`export_to` writes the file (the Export… button asks for the name first)."""

    def __init__(
        self,
        m: JourneyMap,
        source_path: Path | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        root: JourneyMap | None = None,
    ) -> None:
        """``m`` is the map to print; ``root`` the file's map (default ``m``), whose ideal states
        the comparison offers — they differ while an ideal state is on screen."""
        super().__init__(parent)
        self.setObjectName("pdfExportDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        # The dialog is modal, so the map cannot change under it; the preview thread reads a copy.
        root = m if root is None else root
        self._root = _with_states(root)
        self._map = self._root if root is m else m.copy()
        self._source_path = source_path
        self._settings = settings
        self.page_count: int | None = None
        self.warnings: list[str] = []
        self.preview_error = ""
        self.exported_path: Path | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._ratio = 1.0

        self.page_size = QComboBox()
        for name in PAGE_SIZES:
            w, h = PAGE_SIZES[name]
            self.page_size.addItem(
                self.tr("%1 (%2 × %3 mm)")
                .replace("%1", name)
                .replace("%2", str(round(w / 72 * 25.4)))
                .replace("%3", str(round(h / 72 * 25.4))),
                name,
            )
        self.page_size.setCurrentIndex(self.page_size.findData(default_page_size(settings)))
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Automatic"), Orientation.AUTO.value)
        self.orientation.addItem(self.tr("Landscape"), Orientation.LANDSCAPE.value)
        self.orientation.addItem(self.tr("Portrait"), Orientation.PORTRAIT.value)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Fit: the whole map on one page"), Mode.FIT.value)
        self.mode.addItem(self.tr("Poster: tiled over pages at a scale"), Mode.POSTER.value)
        self.mode.addItem(self.tr("Handout: a cover, then one page per phase"), Mode.HANDOUT.value)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(1, 1000)
        self.scale.setDecimals(0)
        self.scale.setValue(100)
        self.scale.setSuffix(self.tr(" %"))
        self.title_edit = QLineEdit(m.title)
        self.title_edit.setPlaceholderText(self.tr("Untitled journey"))
        self.title_edit.setClearButtonEnabled(True)
        self.checklist = QCheckBox(self.tr("Add analysis &checklist"))
        self.checklist.setToolTip(self.tr("After the map, the analysis findings as a list to tick off in the workshop"))
        self.actions = QCheckBox(self.tr("Add &action plan"))
        self.actions.setToolTip(
            self.tr(
                "After the map (and the checklist), the improvements with their owners, priorities and status "
                "as a plan to follow up"
            )
        )
        self.compare = QComboBox()
        self.compare.addItem(self.tr("No comparison"), None)
        for state in root.ideal_states:
            self.compare.addItem(state.name or self.tr("(unnamed ideal state)"), state.id)
        self.compare.setEnabled(bool(root.ideal_states))
        self.compare.setToolTip(
            self.tr("The current state and the ideal state on facing pages, each fitted on one page, then what differs")
            if root.ideal_states
            else self.tr("This map has no ideal states yet.")
        )
        self.compare_note = _plain_label(
            self.tr("A comparison prints each state on one page, the two facing each other, then what differs.")
        )
        self.compare_note.setObjectName("compareNote")
        self.compare_note.setVisible(False)

        self.lane_boxes: dict[str, QCheckBox] = {}
        lanes_group = QGroupBox(self.tr("Lanes"))
        lanes_layout = QVBoxLayout(lanes_group)
        for lane in m.lanes:
            box = QCheckBox(lane.name or self.tr("(unnamed lane)"))
            box.setChecked(not lane.hidden)
            box.toggled.connect(self._options_changed)
            self.lane_boxes[lane.id] = box
            lanes_layout.addWidget(box)
        if not m.lanes:
            lanes_layout.addWidget(_plain_label(self.tr("This map has no lanes.")))
        row = QHBoxLayout()
        all_button, none_button = QPushButton(self.tr("All")), QPushButton(self.tr("None"))
        all_button.clicked.connect(lambda: self._check_lanes(True))
        none_button.clicked.connect(lambda: self._check_lanes(False))
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        lanes_layout.addLayout(row)
        lanes_layout.addStretch(1)
        lanes_scroll = QScrollArea()
        lanes_scroll.setWidgetResizable(True)
        lanes_scroll.setWidget(lanes_group)
        lanes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lanes_scroll.setAccessibleName(self.tr("Lanes to print"))

        form = QFormLayout()
        form.addRow(self.tr("&Page size:"), self.page_size)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(self.tr("&Mode:"), self.mode)
        form.addRow(self.tr("Poster &scale:"), self.scale)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Compare with &ideal state:"), self.compare)
        form.addRow("", self.compare_note)
        form.addRow("", self.checklist)
        form.addRow("", self.actions)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(lanes_scroll, 1)

        self.page_count_label = _plain_label()
        self.page_count_label.setObjectName("pageCount")
        self.warnings_label = _plain_label()
        self.warnings_label.setObjectName("warnings")
        self.warnings_label.setStyleSheet("color: #8a4b00;")
        self._pages = QWidget()
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._pages.setStyleSheet("background: #7d848c;")
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self._pages)
        self.preview_area.setMinimumWidth(PREVIEW_WIDTH + 48)
        self.preview_area.setAccessibleName(self.tr("Preview of the pages"))
        right = QVBoxLayout()
        right.addWidget(self.page_count_label)
        right.addWidget(self.preview_area, 1)
        right.addWidget(self.warnings_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._ask_and_export)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        self.resize(1060, 720)

        self._builder = PreviewBuilder(self._map, self)
        self._builder.ready.connect(self._show_preview)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_preview)
        for combo in (self.page_size, self.orientation, self.mode, self.compare):
            combo.currentIndexChanged.connect(self._options_changed)
        self.checklist.toggled.connect(self._options_changed)
        self.actions.toggled.connect(self._options_changed)
        self.scale.valueChanged.connect(self._options_changed)
        self.title_edit.textChanged.connect(self._options_changed)
        self.finished.connect(lambda _result: self._builder.close())
        self._options_changed()
        self._timer.start(0)  # the first preview without waiting

    @classmethod
    def for_document(
        cls, document: Document, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> PdfExportDialog:
        """The dialog for what ``document`` shows, offering the ideal states of its file."""
        dialog = cls(document.map, document.path, settings, parent, root=_root_map(document))
        title = document.layout_title()
        if title is not None:  # an ideal state on screen: its PDF says which state it is
            dialog.title_edit.setText(title)
        return dialog

    def choose_comparison(self, state_id: str) -> bool:
        """Preselect the comparison with the ideal state ``state_id`` (False if there is none)."""
        index = self.compare.findData(state_id)
        if index < 0:
            return False
        self.compare.setCurrentIndex(index)
        self._options_changed()
        return True

    # -- options ---------------------------------------------------------------------------
    def selected_lane_ids(self) -> tuple[str, ...]:
        return tuple(lane_id for lane_id, box in self.lane_boxes.items() if box.isChecked())

    def options(self) -> PdfOptions | None:
        """The options as chosen, or None when no lane is chosen (the map has some)."""
        lane_ids = self.selected_lane_ids()
        if self.lane_boxes and not lane_ids:
            return None
        title = self.title_edit.text()
        compare = self.compare.currentData()
        return PdfOptions(
            page_size=self.page_size.currentData(),
            orientation=self.orientation.currentData(),
            mode=Mode.FIT.value if compare else self.mode.currentData(),  # a state per page
            scale=self.scale.value(),
            lane_ids=lane_ids if self.lane_boxes else None,
            title=None if title == self._map.title else title,
            source_name=self._source_path.name if self._source_path else "",
            checklist=self.checklist.isChecked(),
            actions=self.actions.isChecked(),
            compare_state=compare,
            message_language=installed_language(),  # warnings in the UI's language, the PDF in the map's
        )

    def _printed_map(self, options: PdfOptions) -> JourneyMap:
        """A comparison starts from the file's map, which holds the ideal states."""
        return self._root if options.compare_state is not None else self._map

    def _check_lanes(self, checked: bool) -> None:
        for box in self.lane_boxes.values():
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self._options_changed()

    def _options_changed(self) -> None:
        comparing = self.compare.currentData() is not None
        self.mode.setEnabled(not comparing)
        self.compare_note.setVisible(comparing)
        self.scale.setEnabled(not comparing and self.mode.currentData() == Mode.POSTER.value)
        ok = self.options() is not None
        self.export_button.setEnabled(ok)
        self.page_count = None
        self._builder.cancel(wait=False)
        if not ok:
            self._timer.stop()
            self.page_count_label.setText(self.tr("Choose at least one lane to print."))
            self._clear_pages()
            return
        self.page_count_label.setText(self.tr("Updating the preview…"))
        self._timer.start()

    def _start_preview(self) -> None:
        options = self.options()
        if options is not None:
            self._ratio = max(1.0, self.devicePixelRatioF())  # sharp pages on high-density screens
            self._builder.request(options, round(PREVIEW_WIDTH * self._ratio), self._printed_map(options))

    # -- preview ---------------------------------------------------------------------------
    def _clear_pages(self) -> None:
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show_preview(self, result: PreviewResult) -> None:
        if result.generation != self._builder.generation:
            return  # options changed since; a newer preview is on its way
        self._clear_pages()
        self.warnings = list(result.warnings)
        self.preview_error = result.error
        if result.error:
            self.page_count = None
            self.page_count_label.setText(self.tr("The PDF cannot be made: %1").replace("%1", result.error))
            self.warnings_label.clear()
            self.export_button.setEnabled(False)
            return
        self.page_count = result.page_count
        self.export_button.setEnabled(True)
        n = result.page_count
        text = self.tr("1 page") if n == 1 else self.tr("%n pages", "", n)
        if result.page_sizes:
            w, h = result.page_sizes[0]
            text += (
                self.tr(", %1 × %2 mm")
                .replace("%1", str(round(w / 72 * 25.4)))
                .replace("%2", str(round(h / 72 * 25.4)))
            )
        if result.preview_missing:
            text += self.tr(" (no preview: this build has no PDF renderer)")
        elif result.page_count > len(result.images):
            text += self.tr(" (the preview shows the first %1)").replace("%1", str(len(result.images)))
        self.page_count_label.setText(text)
        for number, image in enumerate(result.images, 1):
            page = QLabel()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self._ratio)
            page.setPixmap(pixmap)
            page.setToolTip(self.tr("Page %1").replace("%1", str(number)))
            page.setStyleSheet("background: white; border: 1px solid #50565c;")
            self._pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        if result.page_count > MAX_PREVIEW_PAGES:
            rest = result.page_count - len(result.images)
            more = _plain_label(self.tr("… and 1 more page") if rest == 1 else self.tr("… and %n more pages", "", rest))
            more.setStyleSheet("color: white;")
            self._pages_layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        if self.warnings:
            shown = self.warnings[:6]
            lines = [self.tr("Warnings:")] + [f"• {w}" for w in shown]
            if len(self.warnings) > len(shown):
                lines.append(self.tr("… and %n more", "", len(self.warnings) - len(shown)))
            self.warnings_label.setText("\n".join(lines))
        else:
            self.warnings_label.clear()

    # -- export ----------------------------------------------------------------------------
    def suggested_path(self) -> str:
        if self._source_path is not None:
            return str(self._source_path.with_suffix(".pdf"))
        name = (self.title_edit.text() or self.tr("Untitled journey")).replace("/", "-").replace("\\", "-")
        return name + ".pdf"

    def _ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.suggested_path(), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.export_to(Path(path)):
            self.accept()

    def export_to(self, path: Path) -> bool:
        """Write the PDF to ``path`` with a cancellable progress dialog; True when written."""
        options = self.options()
        if options is None:
            return False
        self._timer.stop()
        self._builder.cancel(wait=True)  # one reportlab job at a time
        progress = QProgressDialog(self.tr("Exporting “%1”…").replace("%1", path.name), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress_dialog = progress

        def report(done: int, total: int) -> bool:
            if progress.maximum() != max(total, 1):
                progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            self.warnings = export_pdf(self._printed_map(options), path, options, report)
        except ExportCancelled:
            return False
        except SaveError as exc:
            show_error(self, self.tr("Cannot export the PDF"), str(exc))
            return False
        except (OSError, ValueError, MemoryError) as exc:
            show_error(
                self,
                self.tr("Cannot export the PDF"),
                self.tr("Could not export %1: %2").replace("%1", path.name).replace("%2", str(exc)),
            )
            return False
        finally:
            progress.close()
            progress.deleteLater()
            self.progress_dialog = None
            if self.page_count is None and self.preview_error == "":
                self._timer.start()  # the preview that the export interrupted
        self.exported_path = path
        return True
