"""The banner over the main window when the vault is open read-only, with "Save a copy…"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStyle, QWidget

from coachdesk.ui.shell.save_failure_dialog import (
    ChoosePath,
    ask_for_path,
    continue_on_copy,
    suggested_copy_path,
)
from coachdesk.ui.unlock.damaged_vault_page import vault_filter
from coachdesk.vault import VaultError

if TYPE_CHECKING:
    from coachdesk.ui.shell.main_window import MainWindow
    from coachdesk.vault import Vault

# Menu commands that only add to the vault: disabled while it cannot be saved.
EDITING_ACTIONS = ("new_client", "new_session", "log_session", "new_agreement", "import_clients")
BANNER_STYLE = (
    "QFrame#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #c19c00; }"
    "QFrame#readOnlyBanner QLabel { color: #3b2f00; }"
)


class ReadOnlyBanner(QFrame):
    """Says that changes cannot be saved to this vault, and offers to save a copy to work on."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Read-only vault"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        self.text = QLabel(
            self.tr("This vault is open read-only: changes cannot be saved. Save a copy… to work on it.")
        )
        self.text.setWordWrap(True)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"))
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_copy_button)


class ReadOnlyMode(QObject):
    """Shows the banner while a read-only vault is open; its "Save a copy…" saves the vault as a
    new file and goes on with it (``continued_on`` carries the copy's path)."""

    continued_on = Signal(object)  # Path

    def __init__(self, window: MainWindow, choose_path: ChoosePath | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._vault: Vault | None = None
        self.choose_path: ChoosePath = choose_path or ask_for_path  # replaced in tests
        self.banner = ReadOnlyBanner()
        self.banner.hide()
        window.set_banner(self.banner)
        self.banner.save_copy_requested.connect(self.save_copy)

    def show_for(self, vault: Vault) -> None:
        """Show the banner and disable the adding commands if ``vault`` is read-only."""
        self._vault = vault
        self.set_read_only(vault.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.banner.setVisible(read_only)
        for name in EDITING_ACTIONS:
            self._window.registry[name].setEnabled(not read_only)

    def save_copy(self) -> None:
        vault = self._vault
        if vault is None or not vault.is_open:
            return
        chosen = self.choose_path(
            self._window, self.tr("Save a copy of the vault"), suggested_copy_path(vault), vault_filter()
        )
        if not chosen:
            return
        try:
            copy = continue_on_copy(vault, chosen)
        except VaultError as error:
            QMessageBox.warning(self._window, self.tr("Copy not saved"), str(error))
            return
        self.set_read_only(False)
        self.continued_on.emit(copy)
