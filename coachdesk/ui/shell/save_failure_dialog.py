"""Shown when a save failed: what happened, that nothing was lost, and what to do next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.file_dialogs import save_file_name
from coachdesk.ui.shell.autosave import SaveState
from coachdesk.ui.shell.save_status import local_time_text
from coachdesk.vault import VaultError

if TYPE_CHECKING:
    from coachdesk.vault import Vault

VAULT_FILTER = "CoachDesk vaults (*.coachdesk);;All files (*)"
VAULT_SUFFIX = ".coachdesk"
ERROR_STYLE = "QLabel { color: white; background: #b3261e; padding: 8px; border-radius: 3px; }"
DONE_STYLE = "QLabel { color: white; background: #1e6b35; padding: 8px; border-radius: 3px; }"

# (parent, caption, suggested path, filter) -> chosen path, or "" when cancelled
ChoosePath = Callable[[QWidget, str, str, str], str]


def _ask_for_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    return save_file_name(parent, caption, suggested, file_filter)


class SaveFailureDialog(QDialog):
    """Explains a failed save and offers "Try again", "Save a copy elsewhere…" and "Close".

    ``exec()`` returns ``QDialog.DialogCode.Accepted`` when the coach chose "Try again"
    (``wants_retry`` says the same afterwards); the caller then retries the save.
    ``copy_saved`` carries the copy's path: the copy is the vault from then on.
    """

    copy_saved = Signal(object)  # Path of the copy just written

    def __init__(self, vault: Vault, state: SaveState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.choose_path: ChoosePath = _ask_for_path  # replaced in tests
        self.copied_to: Path | None = None
        self.setWindowTitle(self.tr("Not saved"))
        self.setModal(True)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.heading = QLabel(self.tr("CoachDesk could not save your vault"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.message = _paragraph(state.message or self.tr("The save did not finish."))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reassurance = _paragraph(self._reassurance(state))
        self.result_line = _paragraph("")
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_line.hide()

        self.try_again_button = QPushButton(self.tr("Try again"))
        self.copy_button = QPushButton(self.tr("Save a copy elsewhere…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.try_again_button.setDefault(True)
        self.try_again_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(12)
        for widget in (self.heading, self.message, self.reassurance, self.result_line):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.try_again_button)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    @property
    def wants_retry(self) -> bool:
        return self.result() == QDialog.DialogCode.Accepted

    def _reassurance(self, state: SaveState) -> str:
        lines = [
            self.tr(
                "Nothing has been lost: everything you entered is still open in CoachDesk. Keep "
                "CoachDesk open until it is saved: fix the problem and try again, or save a copy "
                "on another drive or in another folder."
            )
        ]
        if state.when is not None:
            lines.append(
                self.tr("The vault file itself holds your work as it was at %1.").replace(
                    "%1", local_time_text(state.when)
                )
            )
        return " ".join(lines)

    def _suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self._vault.path.stem} copy {date.today().isoformat()}{VAULT_SUFFIX}"
        return str(Path(folder or Path.home()) / name)

    def save_copy(self) -> None:
        """Ask where, then write an encrypted copy of the vault as it is in memory."""
        chosen = self.choose_path(
            self, self.tr("Save a copy of the vault"), self._suggested_path(), VAULT_FILTER
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(VAULT_SUFFIX)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            copied = self._vault.save_copy(path)
        except VaultError as error:
            self._show_result(str(error), ok=False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.copied_to = copied
        self.copy_saved.emit(copied)
        self._show_result(
            self.tr(
                "A copy was saved as “%1” in %2. It opens with the same passphrase and recovery key; "
                "CoachDesk opens the copy from now on, when you next unlock."
            )
            .replace("%1", copied.name)
            .replace("%2", str(copied.parent)),
            ok=True,
        )

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result_line.setText(text)
        self.result_line.setStyleSheet(DONE_STYLE if ok else ERROR_STYLE)
        self.result_line.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every wrapped line (adjustSize alone misjudges word-wrapped labels)."""
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
