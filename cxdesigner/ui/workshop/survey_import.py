"""Workshop ▸ Import Survey Answers…: a CSV ``touchpoint,question,score`` added as one undo step.

A file with any problem imports nothing; a dialog lists the problems with line and column.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...commands.survey import add_survey_answers
from ...metrics import SurveyError, read_survey_csv

MAX_BYTES = 50 * 1024 * 1024


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SurveyImport", text, disambiguation, n)


def import_survey_file(window, path: str | Path) -> bool:  # noqa: ANN001 - the MainWindow
    """Read ``path`` and add its answers to the map's current state (one undo step); False on failure."""
    path = Path(path)
    doc = window.document
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SurveyError([_tr("%1: the file is larger than 50 MB").replace("%1", path.name)])
        raw = path.read_bytes()
        answers = read_survey_csv(raw, doc.root, path.name)
    except OSError as exc:
        _problem(window, _tr("Could not read %1: %2").replace("%1", path.name).replace("%2", exc.strerror or str(exc)))
        return False
    except SurveyError as exc:
        _problem(window, str(exc))
        return False
    if answers.rows == 0:
        _problem(window, _tr("%1 holds no answers.").replace("%1", path.name))
        return False
    # Survey answers measure the journey as it is: they go to the current state, which comes on
    # screen so the user sees where they went (an ideal state has no customers to ask yet).
    shown_ideal = doc.state_id is not None
    if shown_ideal:
        doc.switch_state(None)
    if not doc.push(add_survey_answers(doc.map, answers)):
        return False
    message = _tr("Imported %n survey answer(s).", None, answers.rows)
    if shown_ideal:
        message += " " + _tr("They went to the current state, which is now shown.")
    window.statusBar().showMessage(message, 8000)
    return True


def _problem(window, details: str) -> None:  # noqa: ANN001
    box = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Survey Answers Not Imported"), "", QMessageBox.StandardButton.Ok, window
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's text is shown as plain text
    box.setText(_tr("Nothing was imported. Correct the file and import it again:") + "\n\n" + details)
    box.exec()
    box.deleteLater()


def choose_and_import(window) -> bool:  # noqa: ANN001
    path, _ = QFileDialog.getOpenFileName(
        window, _tr("Import Survey Answers"), str(Path.home()), _tr("Survey answers (*.csv);;All files (*)")
    )
    return import_survey_file(window, path) if path else False
