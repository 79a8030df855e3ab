"""At start-up: maps autosaved by an instance that crashed or was killed, offered for recovery.

Each entry shows the map's name, its folder (or "not saved yet") and when it was autosaved, with a
check box. Recover opens the checked maps; Discard deletes the checked autosaves (after asking);
Decide Later keeps everything for the next start. Unchecked entries are always kept.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...storage.recovery import RecoveryEntry
from .messages import Button, ask

RECOVER, DISCARD, LATER = "recover", "discard", "later"


class RecoveryDialog(QDialog):
    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.entries = list(entries)
        self.choice = LATER
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "CX Designer did not close properly last time. These maps had changes that were "
                "not saved; their autosaved versions can be recovered."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Map"), self.tr("Folder"), self.tr("Autosaved")])
        locale = QLocale()
        for entry in self.entries:
            name = entry.original.name if entry.original is not None else self.tr("Untitled")
            title = f"{entry.title} ({name})" if entry.title and entry.title != name else name
            folder = str(entry.original.parent) if entry.original is not None else self.tr("not saved yet")
            stamp = QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp()))
            when = locale.toString(stamp, QLocale.FormatType.ShortFormat)
            item = QTreeWidgetItem([title, folder, when])  # QTreeWidget items are plain text
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(1, folder)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.recover_button = buttons.addButton(self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._finish(RECOVER))
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(lambda: self._finish(LATER))
        layout.addWidget(buttons)
        self.resize(720, 320)

    def checked(self) -> list[RecoveryEntry]:
        return [
            entry
            for row, entry in enumerate(self.entries)
            if self.list.topLevelItem(row).checkState(0) == Qt.CheckState.Checked
        ]

    def _discard(self) -> None:
        n = len(self.checked())
        if n == 0:
            return
        answer = ask(
            self,
            self.tr("Discard autosaved work"),
            self.tr("Delete the autosaved versions of %n map(s) for good?", "", n),
            Button.Discard | Button.Cancel,
            Button.Cancel,
        )
        if answer == Button.Discard:
            self._finish(DISCARD)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == LATER:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[RecoveryEntry]) -> tuple[str, list[RecoveryEntry]]:
        """``(choice, checked entries)``; closing the dialog any other way means Decide Later."""
        dialog = cls(entries, parent)
        try:
            dialog.exec()
            return dialog.choice, dialog.checked()
        finally:
            dialog.deleteLater()
