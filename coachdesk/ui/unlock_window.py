"""The first window: create a vault, unlock one, show its recovery key once, and lock it again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.background import BackgroundRunner
from coachdesk.vault import MIN_PASSPHRASE_LENGTH, Vault, VaultError

VAULT_FILTER = "CoachDesk vaults (*.coachdesk);;All files (*)"


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    label.setStyleSheet("QLabel#error { color: palette(bright-text); background: #b3261e; padding: 6px; }")
    label.hide()
    return label


def _page(*widgets: QWidget, buttons: list[QWidget]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 28, 32, 24)
    layout.setSpacing(14)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return page


def _passphrase_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    return field


class UnlockWindow(QMainWindow):
    """Creates or unlocks the vault at ``vault_path``; key derivation runs off the GUI thread."""

    def __init__(self, vault_path: Path, runner: BackgroundRunner | None = None) -> None:
        super().__init__()
        self.setWindowTitle("CoachDesk")
        self.vault_path = vault_path
        self.vault: Vault | None = None
        self._runner = runner or BackgroundRunner(self)
        self._pages = QStackedWidget()
        self.setCentralWidget(self._pages)
        self._build_create_page()
        self._build_recovery_page()
        self._build_unlock_page()
        self._build_open_page()
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        self.resize(640, 460)
        self.show_start_page()

    # ----- pages -------------------------------------------------------------------------------

    def _build_create_page(self) -> None:
        self.create_location = QLabel()
        self.create_location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton("Change…")
        change.clicked.connect(self._choose_new_location)
        where = QHBoxLayout()
        where.addWidget(self.create_location, 1)
        where.addWidget(change)
        where_box = QWidget()
        where_box.setLayout(where)
        where.setContentsMargins(0, 0, 0, 0)
        self.new_passphrase = _passphrase_field(f"at least {MIN_PASSPHRASE_LENGTH} characters")
        self.repeat_passphrase = _passphrase_field("the same again")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Keep it in:", where_box)
        form.addRow("Passphrase:", self.new_passphrase)
        form.addRow("Repeat:", self.repeat_passphrase)
        form_box = QWidget()
        form_box.setLayout(form)
        self.create_error = _error_label()
        self.create_button = QPushButton("Create vault")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.repeat_passphrase.returnPressed.connect(self._create)
        self._create_page = _page(
            _heading("Create your practice vault"),
            _paragraph(
                "CoachDesk keeps your clients, sessions and notes in one encrypted file on this "
                "computer. Nothing leaves it unencrypted."
            ),
            form_box,
            _paragraph(
                "<b>Nothing can recover your data without this passphrase or the recovery key "
                "you will be shown next.</b> A few unrelated words make a strong passphrase."
            ),
            self.create_error,
            buttons=[self.create_button],
        )
        self._pages.addWidget(self._create_page)

    def _build_recovery_page(self) -> None:
        self.recovery_key_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        self.recovery_key_label.setFont(mono)
        self.recovery_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.stored_check = QCheckBox("I have stored the recovery key somewhere safe")
        self.recovery_continue = QPushButton("Continue")
        self.recovery_continue.setEnabled(False)
        self.stored_check.toggled.connect(self.recovery_continue.setEnabled)
        self.recovery_continue.clicked.connect(self._show_open_page)
        self._recovery_page = _page(
            _heading("Your recovery key"),
            _paragraph(
                "If you ever forget your passphrase, this key opens the vault. It is shown only "
                "now. Write it down or print it, and keep it apart from this computer."
            ),
            self.recovery_key_label,
            self.stored_check,
            buttons=[self.recovery_continue],
        )
        self._pages.addWidget(self._recovery_page)

    def _build_unlock_page(self) -> None:
        self.unlock_heading = _heading("")
        self.unlock_location = _paragraph("")
        self.passphrase = _passphrase_field("passphrase")
        self.passphrase.returnPressed.connect(self._unlock)
        self.use_recovery = QCheckBox("Use recovery key instead of the passphrase")
        self.use_recovery.toggled.connect(self._toggle_recovery_mode)
        self.unlock_error = _error_label()
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        other = QPushButton("Open another vault…")
        other.clicked.connect(self._choose_existing_vault)
        new = QPushButton("New vault…")
        new.clicked.connect(self._start_new_vault)
        self._unlock_page = _page(
            self.unlock_heading,
            self.unlock_location,
            self.passphrase,
            self.use_recovery,
            self.unlock_error,
            buttons=[new, other, self.unlock_button],
        )
        self._pages.addWidget(self._unlock_page)

    def _build_open_page(self) -> None:
        self.open_heading = _heading("")
        self.open_details = _paragraph("")
        self.open_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lock = QPushButton("Lock")
        lock.setToolTip("Close the vault and forget the decrypted data (Ctrl+L)")
        lock.clicked.connect(self.lock)
        self._open_page = _page(
            self.open_heading,
            self.open_details,
            _paragraph("Your clients, sessions and agreements will appear here as you add them."),
            buttons=[lock],
        )
        self._pages.addWidget(self._open_page)

    # ----- navigation ----------------------------------------------------------------------------

    def show_start_page(self) -> None:
        """Create when there is no vault at the path, unlock otherwise."""
        if self.vault_path.exists():
            self.unlock_heading.setText(f"Unlock {self.vault_path.name}")
            self.unlock_location.setText(f"Vault file: {self.vault_path}")
            self.passphrase.clear()
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
            self._unlock_page: "unlock",
            self._open_page: "open",
        }
        current = self._pages.currentWidget()
        assert current is not None
        return pages[current]

    def _show_open_page(self) -> None:
        vault = self.vault
        assert vault is not None
        self.recovery_key_label.clear()
        self.open_heading.setText(f"{vault.path.name} is unlocked")
        self.open_details.setText(
            f"Vault file: {vault.path}<br>Key derivation: {vault.kdf.describe()}<br>"
            f"Backups kept beside it: {len(vault.backups())}<br>Press Ctrl+L to lock."
        )
        self._pages.setCurrentWidget(self._open_page)

    def _toggle_recovery_mode(self, on: bool) -> None:
        self.passphrase.clear()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("XXXX-XXXX-… (from your recovery sheet)" if on else "passphrase")
        self.passphrase.setFocus()

    def _choose_new_location(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Keep the vault in", str(self.vault_path), VAULT_FILTER)
        if chosen:
            path = Path(chosen)
            self.vault_path = path if path.suffix else path.with_suffix(".coachdesk")
            self.create_location.setText(str(self.vault_path))

    def _choose_existing_vault(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Open a vault", str(self.vault_path.parent), VAULT_FILTER
        )
        if chosen:
            self.vault_path = Path(chosen)
            self.show_start_page()

    def _start_new_vault(self) -> None:
        self.vault_path = self.vault_path.parent / "new practice.coachdesk"
        self.create_location.setText(str(self.vault_path))
        self.create_error.hide()
        self._pages.setCurrentWidget(self._create_page)

    # ----- actions ---------------------------------------------------------------------------------

    def _busy(self, button: QPushButton, busy: bool, idle_text: str, busy_text: str) -> None:
        button.setEnabled(not busy)
        button.setText(busy_text if busy else idle_text)

    def _create(self) -> None:
        passphrase = self.new_passphrase.text()
        if passphrase != self.repeat_passphrase.text():
            self._show_error(self.create_error, "The two passphrases differ. Type them again.")
            self.repeat_passphrase.clear()
            self.repeat_passphrase.setFocus()
            return
        path = self.vault_path
        self._busy(self.create_button, True, "Create vault", "Creating…")
        self._run(lambda: Vault.create(path, passphrase), self._created)

    def _created(self, vault: Vault | None, error: Exception | None) -> None:
        self._busy(self.create_button, False, "Create vault", "Creating…")
        if error is not None or vault is None:
            self._show_error(self.create_error, str(error))
            return
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.vault = vault
        self.recovery_key_label.setText(vault.recovery_key or "")
        vault.recovery_key = None  # shown once
        self.stored_check.setChecked(False)
        self._pages.setCurrentWidget(self._recovery_page)

    def _unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        secret = self.passphrase.text()
        path = self.vault_path
        if self.use_recovery.isChecked():
            work: Callable[[], Vault] = lambda: Vault.open_with_recovery_key(path, secret)  # noqa: E731
        else:
            work = lambda: Vault.open(path, secret)  # noqa: E731
        self._busy(self.unlock_button, True, "Unlock", "Unlocking…")
        self._run(work, self._unlocked)

    def _unlocked(self, vault: Vault | None, error: Exception | None) -> None:
        self._busy(self.unlock_button, False, "Unlock", "Unlocking…")
        if error is not None or vault is None:
            self._show_error(self.unlock_error, str(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.vault = vault
        self._show_open_page()

    def _run(self, work: Callable[[], Vault], done: Callable[[Any, Exception | None], None]) -> None:
        def guarded(result: Any, error: Exception | None) -> None:
            if error is not None and not isinstance(error, VaultError | OSError):
                raise error
            if isinstance(error, OSError):
                error = VaultError(f"The vault could not be read or written ({error.strerror}).")
            done(result, error)

        self._runner.run(work, guarded)

    def _show_error(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()

    def lock(self) -> None:
        """Close the vault (dropping the decrypted data) and return to the unlock page."""
        if self.vault is None:
            return
        self.vault.close()
        self.vault = None
        self.recovery_key_label.clear()
        self.show_start_page()

    def closeEvent(self, event: Any) -> None:
        self._runner.wait()
        self.lock()
        super().closeEvent(event)
