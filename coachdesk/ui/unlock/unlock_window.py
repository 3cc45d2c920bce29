"""The first window: asks for a new vault's passphrase, recovery key and profile, or an unlock secret."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from coachdesk.ui.kit.file_dialogs import open_file_name, save_file_name
from coachdesk.ui.kit.screen_fit import resize_within_screen
from coachdesk.ui.kit.widgets import error_label, heading, page, paragraph, passphrase_field, show_error
from coachdesk.ui.unlock.damaged_vault_page import DamagedVaultPage, vault_filter
from coachdesk.ui.unlock.passphrase_strength import StrengthMeter
from coachdesk.ui.unlock.profile_form import ProfileForm
from coachdesk.ui.unlock.recovery_key_page import RecoveryKeyPage
from coachdesk.vault import MIN_PASSPHRASE_LENGTH

if TYPE_CHECKING:
    from coachdesk.services.errors import ValidationError
    from coachdesk.services.vault_access import BackupSummary
    from coachdesk.vault import Backup

# File dialogs, replaceable in tests: (parent, caption, start, filter) -> chosen path or "".
FileChooser = Callable[[QWidget, str, str, str], str]


def _save_file_dialog(parent: QWidget, caption: str, start: str, filters: str) -> str:
    return save_file_name(parent, caption, start, filters)


def _open_file_dialog(parent: QWidget, caption: str, start: str, filters: str) -> str:
    return open_file_name(parent, caption, start, filters)


class UnlockWindow(QMainWindow):
    """Collects what opens or creates the vault at ``vault_path``; never opens, saves or closes one.

    Each ``*_requested`` signal asks the app controller to do the work; the controller answers by
    calling the matching method (``unlock_failed``, ``show_damaged``, ``show_recovery_key`` ...).
    """

    unlock_requested = Signal(object, str, bool)  # vault path, passphrase or recovery key, is_recovery_key
    create_requested = Signal(object, str)  # new vault's path, its passphrase
    profile_submitted = Signal(object)  # ProfileDetails for the new vault
    profile_skipped = Signal()  # "Fill in later"
    restore_requested = Signal(object, object)  # backup path, new file's path
    closed = Signal()

    def __init__(self, vault_path: Path, *, demo_passphrase: str = "") -> None:
        super().__init__()
        self.setWindowTitle("CoachDesk")
        self.vault_path = vault_path
        self.demo_passphrase = demo_passphrase
        self.choose_save_path: FileChooser = _save_file_dialog
        self.choose_open_path: FileChooser = _open_file_dialog
        self._pages = QStackedWidget()
        self.setCentralWidget(self._pages)
        self._build_create_page()
        self._build_recovery_page()
        self._build_profile_page()
        self._build_unlock_page()
        self._build_damaged_page()
        resize_within_screen(self, 680, 560)
        self.show_start_page()

    # ----- pages -------------------------------------------------------------------------------

    def _build_create_page(self) -> None:
        self.create_location = QLabel()
        self.create_location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self._choose_new_location)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.create_location, 1)
        row.addWidget(change)
        self.new_passphrase = passphrase_field(self.tr("at least %n characters", "", MIN_PASSPHRASE_LENGTH))
        self.repeat_passphrase = passphrase_field(self.tr("the same again"))
        self.strength = StrengthMeter()
        self.new_passphrase.textChanged.connect(self.strength.update_for)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Keep it in:"), where)
        form.addRow(self.tr("Passphrase:"), self.new_passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat:"), self.repeat_passphrase)
        self.create_error = error_label()
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.repeat_passphrase.returnPressed.connect(self._create)
        self._create_page = page(
            heading(self.tr("Create your practice vault")),
            paragraph(
                self.tr(
                    "CoachDesk keeps your clients, sessions and notes in one encrypted file on this "
                    "computer. Nothing leaves it unencrypted."
                )
            ),
            form_box,
            paragraph(
                self.tr(
                    "<b>Nothing can recover your data without this passphrase or the recovery key "
                    "you will be shown next.</b> A few unrelated words make a strong passphrase."
                )
            ),
            self.create_error,
            buttons=[self.create_button],
        )
        self._pages.addWidget(self._create_page)

    def _build_recovery_page(self) -> None:
        # Late-bound: the window's chooser can be replaced (tests) after the page exists.
        self._recovery_page = RecoveryKeyPage(lambda *args: self.choose_save_path(*args))  # noqa: PLW0108
        self._recovery_page.done.connect(self._show_profile_page)
        # The page's parts, for tests and for keyboard focus.
        self.recovery_key_label = self._recovery_page.key_label
        self.print_sheet = self._recovery_page.print_sheet
        self.save_sheet = self._recovery_page.save_sheet_button
        self.sheet_status = self._recovery_page.sheet_status
        self.stored_check = self._recovery_page.stored_check
        self.recovery_continue = self._recovery_page.continue_button
        self._pages.addWidget(self._recovery_page)

    def _build_profile_page(self) -> None:
        self.profile_form = ProfileForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.profile_form)
        self.profile_error = error_label()
        later = self.profile_later = QPushButton(self.tr("Fill in later"))
        later.clicked.connect(self.profile_skipped)
        self.profile_save = QPushButton(self.tr("Save and start"))
        self.profile_save.setDefault(True)
        self.profile_save.clicked.connect(self._save_profile)
        self._profile_page = page(
            heading(self.tr("About you and your practice")),
            paragraph(
                self.tr(
                    "This appears on your agreements and letters: your credentials, the code of ethics "
                    "you follow, and where a client can turn with a complaint. You can change it later."
                )
            ),
            scroll,
            self.profile_error,
            buttons=[later, self.profile_save],
        )
        self._pages.addWidget(self._profile_page)

    def _build_unlock_page(self) -> None:
        self.unlock_heading = heading("")
        self.unlock_location = paragraph("")
        self.demo_hint = paragraph("")
        self.demo_hint.setStyleSheet("background: palette(alternate-base); padding: 8px;")
        self.notice = paragraph("")  # what just happened to the files (a backup restored)
        self.notice.setStyleSheet("background: palette(alternate-base); padding: 8px;")
        self.passphrase = passphrase_field(self.tr("passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.use_recovery = QCheckBox(self.tr("Use recovery key instead of the passphrase"))
        self.use_recovery.toggled.connect(self._toggle_recovery_mode)
        self.unlock_error = error_label()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        other = QPushButton(self.tr("Open another vault…"))
        other.clicked.connect(self._choose_existing_vault)
        new = QPushButton(self.tr("New vault…"))
        new.clicked.connect(self.start_new_vault)
        self._unlock_page = page(
            self.unlock_heading,
            self.unlock_location,
            self.demo_hint,
            self.notice,
            self.passphrase,
            self.use_recovery,
            self.unlock_error,
            buttons=[new, other, self.unlock_button],
        )
        self._pages.addWidget(self._unlock_page)

    def _build_damaged_page(self) -> None:
        # Late-bound: the window's chooser can be replaced (tests) after the page exists.
        self._damaged_page = DamagedVaultPage(lambda *args: self.choose_save_path(*args))  # noqa: PLW0108
        self._damaged_page.back.connect(self.show_start_page)
        self._damaged_page.restore_requested.connect(self.restore_requested)
        # The page's parts, for tests and for keyboard focus.
        self.damaged_message = self._damaged_page.message
        self.backup_list = self._damaged_page.backup_list
        self.restore_button = self._damaged_page.restore_button
        self._pages.addWidget(self._damaged_page)

    # ----- navigation ----------------------------------------------------------------------------

    def show_start_page(self) -> None:
        """Create when there is no vault at the path, unlock otherwise."""
        if self.vault_path.exists():
            self.unlock_heading.setText(self.tr("Unlock {file}").format(file=self.vault_path.name))
            self.unlock_location.setText(self.tr("Vault file: {path}").format(path=self.vault_path))
            self.demo_hint.setText(
                self.tr(
                    "This is a demo vault with a fictional practice. Its passphrase is <b>{passphrase}</b>"
                ).format(passphrase=self.demo_passphrase)
                if self.demo_passphrase
                else ""
            )
            self.demo_hint.setVisible(bool(self.demo_passphrase))
            self.notice.hide()
            self.use_recovery.setChecked(False)  # back to a masked passphrase, whatever was used last
            self._toggle_recovery_mode(False)
            self.unlock_error.hide()
            self._pages.setCurrentWidget(self._unlock_page)
            self.passphrase.setFocus()
        else:
            self.create_location.setText(str(self.vault_path))
            self.create_error.hide()
            self._pages.setCurrentWidget(self._create_page)
            self.new_passphrase.setFocus()

    def current_page(self) -> str:
        pages = {
            self._create_page: "create",
            self._recovery_page: "recovery",
            self._profile_page: "profile",
            self._unlock_page: "unlock",
            self._damaged_page: "damaged",
        }
        current = self._pages.currentWidget()
        assert current is not None
        return pages[current]

    def start_new_vault(self) -> None:
        """Show the create page for a new vault beside the current one."""
        folder = self.vault_path.parent
        stem = self.tr("new practice")  # the suggested file name, in the coach's language
        candidate = folder / f"{stem}.coachdesk"
        number = 2
        while candidate.exists():
            candidate = folder / f"{stem} {number}.coachdesk"
            number += 1
        self.vault_path = candidate
        self.create_location.setText(str(self.vault_path))
        self.create_error.hide()
        self._pages.setCurrentWidget(self._create_page)
        self.new_passphrase.setFocus()

    def open_other_vault(self) -> None:
        """Ask for a vault file and show its unlock page."""
        self._choose_existing_vault()

    def _toggle_recovery_mode(self, on: bool) -> None:
        self.passphrase.clear()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("XXXX-XXXX-… (from your recovery sheet)") if on else self.tr("passphrase")
        )
        self.passphrase.setFocus()

    def _choose_new_location(self) -> None:
        chosen = self.choose_save_path(
            self, self.tr("Keep the vault in"), str(self.vault_path), vault_filter()
        )
        if chosen:
            path = Path(chosen)
            self.vault_path = path if path.suffix else path.with_suffix(".coachdesk")
            self.create_location.setText(str(self.vault_path))

    def _choose_existing_vault(self) -> None:
        chosen = self.choose_open_path(
            self, self.tr("Open a vault"), str(self.vault_path.parent), vault_filter()
        )
        if chosen:
            self.vault_path = Path(chosen)
            self.show_start_page()

    # ----- creating ------------------------------------------------------------------------------

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.new_passphrase.text()
        if passphrase != self.repeat_passphrase.text():
            show_error(self.create_error, self.tr("The two passphrases differ. Type them again."))
            self.repeat_passphrase.clear()
            self.repeat_passphrase.setFocus()
            return
        self.create_error.hide()
        self._busy(self.create_button, True, self.tr("Create vault"), self.tr("Creating…"))
        self.create_requested.emit(self.vault_path, passphrase)

    def create_failed(self, message: str) -> None:
        """The vault was not created: say why, on the create page."""
        self._busy(self.create_button, False, self.tr("Create vault"), self.tr("Creating…"))
        show_error(self.create_error, message)

    def show_recovery_key(self, key: str) -> None:
        """The vault was created: show its recovery key, once."""
        self._busy(self.create_button, False, self.tr("Create vault"), self.tr("Creating…"))
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self._recovery_page.show_key(self.vault_path, key)
        self._pages.setCurrentWidget(self._recovery_page)

    def _show_profile_page(self) -> None:
        self.profile_error.hide()
        self._pages.setCurrentWidget(self._profile_page)

    def _save_profile(self) -> None:
        self.profile_form.clear_errors()
        self.profile_error.hide()
        self.profile_submitted.emit(self.profile_form.details())

    def profile_refused(self, error: ValidationError) -> None:
        """The profile was not saved for a bad field: show the problem next to it."""
        self.profile_form.show_error(error)

    def profile_not_saved(self, message: str) -> None:
        """The vault could not be saved with the profile: say why, below the form."""
        show_error(self.profile_error, message)

    # ----- unlocking -----------------------------------------------------------------------------

    def _unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.unlock_error.hide()
        self._busy(self.unlock_button, True, self.tr("Unlock"), self.tr("Unlocking…"))
        self.unlock_requested.emit(self.vault_path, self.passphrase.text(), self.use_recovery.isChecked())

    def unlock_failed(self, message: str) -> None:
        """The vault did not open: say why, and keep what was typed, selected, to type it again."""
        self._busy(self.unlock_button, False, self.tr("Unlock"), self.tr("Unlocking…"))
        show_error(self.unlock_error, message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def unlock_succeeded(self) -> None:
        """The vault opened: forget what was typed."""
        self._busy(self.unlock_button, False, self.tr("Unlock"), self.tr("Unlocking…"))
        self.passphrase.clear()

    def show_damaged(self, message: str, backups: Sequence[Backup]) -> None:
        """The vault is damaged: show why, and the backups kept beside it."""
        self._busy(self.unlock_button, False, self.tr("Unlock"), self.tr("Unlocking…"))
        self.passphrase.clear()
        self._damaged_page.show_for(self.vault_path, message, backups)
        self._pages.setCurrentWidget(self._damaged_page)

    def show_backup_details(self, path: Path, summaries: Sequence[BackupSummary] | None) -> None:
        """What each backup of the damaged vault at ``path`` holds, once read (if still shown);
        ``None`` when they could not be read, which leaves the list as it is."""
        if (
            summaries is not None
            and self.current_page() == "damaged"
            and self._damaged_page.vault_path == path
        ):
            self._damaged_page.show_backups(summaries)

    def restore_failed(self, message: str) -> None:
        """A backup was not restored: say why, on the damaged-vault page."""
        self._damaged_page.show_problem(message)

    def show_vault(self, path: Path, notice: str = "") -> None:
        """Show the start page for the vault at ``path`` (a restored backup, the vault just locked),
        with ``notice`` saying what just happened to the files."""
        self.vault_path = path
        self.show_start_page()
        if notice:
            self.notice.setText(notice)
            self.notice.show()

    # ----- plumbing --------------------------------------------------------------------------------

    def _busy(self, button: QPushButton, busy: bool, idle_text: str, busy_text: str) -> None:
        button.setEnabled(not busy)
        button.setText(busy_text if busy else idle_text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
