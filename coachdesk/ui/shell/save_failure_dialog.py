"""Shown when a save failed: what happened, that nothing was lost, and what to do next."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.file_dialogs import save_file_name
from coachdesk.ui.kit.screen_fit import resize_within_screen
from coachdesk.ui.shell.autosave import SaveKind, SaveState
from coachdesk.ui.shell.save_status import local_time_text
from coachdesk.ui.unlock.damaged_vault_page import vault_filter
from coachdesk.vault import VaultChangedOnDisk, VaultError, VaultSaveFailed

if TYPE_CHECKING:
    from coachdesk.vault import Vault

VAULT_SUFFIX = ".coachdesk"
ERROR_STYLE = "QLabel { color: white; background: #b3261e; padding: 8px; border-radius: 3px; }"
DONE_STYLE = "QLabel { color: white; background: #1e6b35; padding: 8px; border-radius: 3px; }"

# (parent, caption, suggested path, filter) -> chosen path, or "" when cancelled
ChoosePath = Callable[[QWidget, str, str, str], str]
_FULL = (errno.ENOSPC, errno.EDQUOT)


QUESTION_POLL_MS = 250  # how often to look whether the question on screen was answered


def suggested_copy_path(vault: Vault) -> str:
    """A name for a copy, in the vault's own folder (or the home folder if that is gone)."""
    folder = vault.path.parent if vault.path.parent.is_dir() else Path.home()
    name = QCoreApplication.translate("SaveFailureDialog", "{name} copy {date}").format(
        name=vault.path.stem, date=date.today().isoformat()
    )
    return str(folder / f"{name}{VAULT_SUFFIX}")


def continue_on_copy(vault: Vault, chosen: str) -> Path:
    """Save ``vault`` as the new file ``chosen`` and go on with it (``VaultError`` if that fails)."""
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(VAULT_SUFFIX)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return vault.save_as(path)
    finally:
        QGuiApplication.restoreOverrideCursor()


def ask_for_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    return save_file_name(parent, caption, suggested, file_filter)


class SaveFailureDialog(QDialog):
    """Explains a failed save and offers "Try again", "Save a copy elsewhere…" and "Close", and
    "Merge the other changes into mine" (the default) and "Keep this window's version" when
    another program changed the file.

    "Try again" emits ``retry_requested`` and stays open; the caller feeds each new state to
    ``show_state``, which closes the dialog once saved or says that it failed again. A copy,
    once saved, becomes the vault in use (``continued_on`` carries its path); keeping this
    window's version emits ``saved``.
    """

    retry_requested = Signal()
    continued_on = Signal(object)  # Path: the copy now in use
    saved = Signal()
    merged = Signal(object)  # MergeSummary: the file on disk was merged in, and the vault saved

    def __init__(self, vault: Vault, state: SaveState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.choose_path: ChoosePath = ask_for_path  # replaced in tests
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
        self.message = _paragraph("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reassurance = _paragraph("")
        self.result_line = _paragraph("")
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_line.hide()

        self.try_again_button = QPushButton(self.tr("Try again"))
        self.merge_button = QPushButton(self.tr("Merge the other changes into mine"))
        self.keep_button = QPushButton(self.tr("Keep this window's version"))
        self.copy_button = QPushButton(self.tr("Save a copy elsewhere…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.try_again_button.setDefault(True)

        text = QVBoxLayout()
        text.setSpacing(12)
        for widget in (self.heading, self.message, self.reassurance, self.result_line):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text, 1)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addStretch(1)
        self._button_row = self._buttons()
        layout.addLayout(self._button_row)
        self.setMinimumWidth(600)
        self._state = state
        self._retrying = False
        self.postponed = 0  # times the dialog waited for a question on screen to be answered
        self._describe(state)

    def _buttons(self) -> QHBoxLayout:
        self.try_again_button.clicked.connect(self.try_again)
        self.keep_button.clicked.connect(self.keep_this_version)
        self.merge_button.clicked.connect(self.merge_other_changes)
        self.copy_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.try_again_button)
        return buttons

    @property
    def wants_retry(self) -> bool:
        """Whether "Try again" was clicked since the dialog was opened."""
        return self._retrying

    # ----- what is shown ---------------------------------------------------------------------------

    def _describe(self, state: SaveState) -> None:
        changed = isinstance(state.error, VaultChangedOnDisk)
        self.message.setText(state.message or self.tr("The save did not finish."))
        self.reassurance.setText(self._reassurance(state))
        self.keep_button.setVisible(changed and not self._vault.read_only)
        can_merge = changed and not self._vault.read_only and self._vault.real_path.exists()
        self.merge_button.setVisible(can_merge)
        self.try_again_button.setVisible(not changed and not self._vault.read_only)
        default = self.merge_button if can_merge else self.keep_button if changed else self.try_again_button
        default.setDefault(True)
        default.setFocus()
        # Four buttons after a change on disk: wide enough that none is cut short.
        margins = self._layout.contentsMargins()
        self.setMinimumWidth(max(600, self._button_row.sizeHint().width() + margins.left() + margins.right()))
        self.copy_button.setDefault(self._vault.read_only)
        self._fit_height()

    def show_state(self, state: SaveState) -> None:
        """The save's new state (after "Try again", or any later save): closes once saved,
        says plainly when it failed again."""
        self._state = state
        if state.kind is SaveKind.SAVED:
            if self.copied_to is None:
                self.accept()  # saved where it belongs: nothing left to say
            return
        if not state.failed:
            return
        self._describe(state)
        if self._retrying:
            self._retrying = False
            self.try_again_button.setEnabled(True)
            self._show_result(
                self.tr("Tried again at %1: still not saved.").replace("%1", _now_text()), ok=False
            )

    def _reassurance(self, state: SaveState) -> str:
        error = state.error
        if isinstance(error, VaultChangedOnDisk):
            return self._changed_on_disk(error)
        if self._vault.read_only:
            return self.tr(
                "Nothing has been lost yet: everything you entered is still open in CoachDesk, "
                "until you close it. The vault file itself is unchanged. Save a copy on a drive "
                "CoachDesk can write to, and CoachDesk goes on working on the copy."
            )
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
        if isinstance(error, VaultSaveFailed) and error.errno in _FULL:
            lines.append(
                self.tr(
                    "Saving needs about %1 of free space on that disk (about the size of the vault)."
                ).replace("%1", QLocale().formattedDataSize(self._vault_size()))
            )
        return " ".join(lines)

    def _changed_on_disk(self, error: VaultChangedOnDisk) -> str:
        lines = [self.tr("Nothing has been lost: everything you entered is still open in CoachDesk.")]
        if error.size is not None and error.modified is not None:
            lines.append(
                self.tr("The file on disk is now %1, last changed at %2.")
                .replace("%1", QLocale().formattedDataSize(error.size))
                .replace("%2", local_time_text(error.modified))
            )
        return " ".join(lines)

    def _vault_size(self) -> int:
        try:
            return self._vault.real_path.stat().st_size
        except OSError:
            return 0

    # ----- what the coach can do -------------------------------------------------------------------

    def try_again(self) -> None:
        """Ask for the save again; the dialog stays open until the outcome is known."""
        self._retrying = True
        self.try_again_button.setEnabled(False)
        self._show_result(self.tr("Trying again…"), ok=True)
        self.retry_requested.emit()

    def keep_this_version(self) -> None:
        """Keep the file now on disk as a backup, then save this window's version over it."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._vault.keep_this_version()
        except VaultError as error:
            self._show_result(str(error), ok=False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.saved.emit()
        self.accept()

    def merge_other_changes(self) -> None:
        """Merge the file as another program left it into this window's vault, then save (the file
        on disk is kept as a backup first)."""
        from coachdesk.services.errors import ValidationError
        from coachdesk.services.merge_copies import merge_on_disk

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = merge_on_disk(self._vault)
            self._vault.keep_this_version()
        except (VaultError, ValidationError) as error:
            from coachdesk.ui.shell.merge_flow import not_merged

            self._show_result(not_merged(error), ok=False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.saved.emit()
        self.merged.emit(summary)
        self.accept()

    def save_copy(self) -> None:
        """Ask where, write an encrypted copy of the vault as it is in memory, and go on with it."""
        chosen = self.choose_path(
            self, self.tr("Save a copy of the vault"), suggested_copy_path(self._vault), vault_filter()
        )
        if not chosen:
            return
        try:
            copied = continue_on_copy(self._vault, chosen)
        except VaultError as error:
            self._show_result(str(error), ok=False)
            return
        self.copied_to = copied
        for button in (self.try_again_button, self.keep_button, self.copy_button):
            button.hide()
        self.close_button.setDefault(True)
        self._show_result(
            self.tr(
                "A copy was saved as “%1” in %2, and CoachDesk now works on it: later changes are "
                "saved there, and it is the vault opened next. It opens with the same passphrase "
                "and recovery key."
            )
            .replace("%1", copied.name)
            .replace("%2", str(copied.parent)),
            ok=True,
        )
        self.continued_on.emit(copied)

    def open_when_free(self) -> None:
        """Open (without blocking) now, or once the question on screen has been answered."""
        busy = QApplication.activeModalWidget()
        if busy is not None and busy is not self:
            self.postponed += 1
            QTimer.singleShot(QUESTION_POLL_MS, self, self.open_when_free)
            return
        self.open()

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result_line.setText(text)
        self.result_line.setStyleSheet(DONE_STYLE if ok else ERROR_STYLE)
        self.result_line.show()
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every wrapped line (adjustSize alone misjudges word-wrapped labels)."""
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            resize_within_screen(self, self.width(), needed)


def _now_text() -> str:
    return local_time_text(datetime.now(UTC))


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
