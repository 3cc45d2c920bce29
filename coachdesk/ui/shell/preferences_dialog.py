"""Preferences: idle lock and backups folder (applied at once), the language (at the next start)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.file_dialogs import existing_folder
from coachdesk.ui.kit.language_box import LanguageBox

IDLE_KEY = "lock/idle_minutes"  # read by the app controller at start
BACKUP_KEY = "backup/folder"  # where "Back up now" starts
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 480


def stored_idle_minutes(settings: QSettings) -> int:
    """The idle-lock minutes kept in the settings, whole and within range (a bad value gives the default)."""
    try:
        minutes = round(float(str(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES))))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(minutes, 0), MAX_IDLE_MINUTES)


class PreferencesDialog(QDialog):
    """The app's own preferences (nothing about clients: that stays in the vault).

    ``apply_idle_minutes`` is called with each new idle-lock value, which is also stored under
    ``lock/idle_minutes``; the backup folder is stored under ``backup/folder``, and the language
    under ``ui/language`` (read at the next start).
    """

    def __init__(
        self,
        settings: QSettings,
        apply_idle_minutes: Callable[[float], None],
        parent: QWidget | None = None,
        *,
        choose_folder: Callable[[QWidget | None, str, str], str] = existing_folder,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._apply_idle_minutes = apply_idle_minutes
        self._choose_folder = choose_folder
        self.setWindowTitle(self.tr("Preferences"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle_minutes.setValue(stored_idle_minutes(settings))
        self.idle_minutes.setMinimumWidth(140)
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        idle_help = self._hint(
            self.tr(
                "Without keyboard or mouse input for this long, CoachDesk saves, closes the vault and "
                "asks for the passphrase again. Never turns this off."
            )
        )
        self.backup_folder = QLineEdit()
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setMinimumWidth(200)  # the path stays readable beside the longer buttons
        self.backup_folder.setAccessibleName(self.tr("Folder offered for backups"))
        self.backup_folder.setPlaceholderText(self.tr("Your home folder"))
        self.backup_folder.setText(str(settings.value(BACKUP_KEY, "") or ""))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose_backup_folder)
        self.reset_button = QPushButton(self.tr("Use home folder"))
        self.reset_button.clicked.connect(self._reset_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.reset_button)
        backup_help = self._hint(
            self.tr("Where Back up now… starts; you can still pick another folder there.")
        )
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_minutes)
        idle_row.addStretch(1)
        idle_label = QLabel(self.tr("&Lock when idle for:"))
        idle_label.setBuddy(self.idle_minutes)
        folder_label = QLabel(self.tr("&Backups folder:"))
        folder_label.setBuddy(self.choose_button)
        form = QFormLayout()
        form.addRow(idle_label, idle_row)
        form.addRow("", idle_help)
        form.addRow(folder_label, folder_row)
        form.addRow("", backup_help)
        self.language = self._add_language(form, settings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._update_reset()

    def _add_language(self, form: QFormLayout, settings: QSettings) -> LanguageBox:
        language = LanguageBox(settings)
        label = QLabel(self.tr("Lan&guage:"))
        label.setBuddy(language)
        row = QHBoxLayout()
        row.addWidget(language)
        row.addStretch(1)
        form.addRow(label, row)
        form.addRow("", self._hint(self.tr("A new language applies the next time CoachDesk starts.")))
        return language

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(label.foregroundRole().PlaceholderText)
        return label

    def _idle_changed(self, minutes: int) -> None:
        self._settings.setValue(IDLE_KEY, minutes)
        self._apply_idle_minutes(float(minutes))

    def _choose_backup_folder(self) -> None:
        start = self.backup_folder.text() or str(Path.home())
        folder = self._choose_folder(self, self.tr("Offer this folder for backups"), start)
        if folder:
            self._settings.setValue(BACKUP_KEY, folder)
            self.backup_folder.setText(folder)
            self._update_reset()

    def _reset_backup_folder(self) -> None:
        self._settings.remove(BACKUP_KEY)
        self.backup_folder.clear()
        self._update_reset()

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(bool(self.backup_folder.text()))
