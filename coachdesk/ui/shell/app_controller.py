"""Runs the application's life: unlock, the main window, autosave, lock (by hand or when idle), quit."""

from __future__ import annotations

import linecache
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from coachdesk.services import vault_access
from coachdesk.ui.kit.background import BackgroundRunner
from coachdesk.ui.kit.drafts import close_dialog, keep_drafts
from coachdesk.ui.kit.file_dialogs import existing_folder
from coachdesk.ui.kit.screen_fit import fit_shown_window
from coachdesk.ui.shell.autosave import AutoSaver, SaveKind, SaveState
from coachdesk.ui.shell.desktop_lock import ScreenLockWatcher
from coachdesk.ui.shell.heap import release_after_lock, settle_after_unlock
from coachdesk.ui.shell.preferences_dialog import DEFAULT_IDLE_MINUTES, PreferencesDialog
from coachdesk.ui.shell.read_only_banner import ReadOnlyMode
from coachdesk.ui.shell.save_failure_dialog import SaveFailureDialog
from coachdesk.ui.shell.shutdown import SessionEnd, forget_rescue_note, show_rescue_note, write_rescue_copy
from coachdesk.ui.unlock.last_vault import remember_vault
from coachdesk.ui.unlock.passphrase_change import PassphraseChange, suggest_new_passphrase
from coachdesk.ui.unlock.unlock_window import UnlockWindow
from coachdesk.vault import VaultCorrupted, VaultError

if TYPE_CHECKING:
    from coachdesk.services.merge import MergeSummary
    from coachdesk.services.profile import ProfileDetails
    from coachdesk.ui.clients.view import ClientsView
    from coachdesk.ui.shell.main_window import MainWindow
    from coachdesk.ui.shell.merge_flow import MergeFlow
    from coachdesk.vault import Vault

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
_WATCHED = _USER_INPUT | {QEvent.Type.Show, QEvent.Type.Close}


class AppController(QObject):
    """Owns the open vault and the windows; nothing else opens, creates, saves or closes the vault.

    The unlock window only collects passphrases and the first profile; the work is done here,
    through ``services.vault_access``, with key derivation off the GUI thread.
    """

    def __init__(
        self,
        vault_path: Path,
        settings: QSettings,
        *,
        demo_passphrase: str = "",
        autosave_delay_ms: int = 2000,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.vault: Vault | None = None
        self.autosaver: AutoSaver | None = None
        self._autosave_delay_ms = autosave_delay_ms
        self._runner = BackgroundRunner(self)
        self.loading: threading.Thread | None = None  # the database libraries, loading after start
        # Replaceable in tests: (parent, caption, start folder) -> chosen folder or "".
        self.choose_folder = existing_folder
        self.vault_in_setup: Vault | None = None  # created, awaiting its recovery key and profile pages
        self.unlock_window = UnlockWindow(vault_path, demo_passphrase=demo_passphrase)
        self.unlock_window.unlock_requested.connect(self._unlock_requested)
        self.unlock_window.create_requested.connect(self._create_requested)
        self.unlock_window.profile_submitted.connect(self._profile_submitted)
        self.unlock_window.profile_skipped.connect(self._finish_setup)
        self.unlock_window.restore_requested.connect(self._restore_requested)
        self.unlock_window.closed.connect(self._abandon_setup)
        self._main_window: MainWindow | None = None  # built at the first unlock, off the launch path
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_idle_minutes(float(str(settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES))))
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ----- showing -----------------------------------------------------------------------------

    @property
    def main_window(self) -> MainWindow:
        """The main window, built and wired on first use."""
        if self._main_window is None:
            from coachdesk.ui.shell.main_window import MainWindow
            from coachdesk.ui.shell.save_status import SaveStatusLabel
            from coachdesk.ui.shell.workspace import Workspace

            window = self._main_window = MainWindow()
            self.workspace = Workspace(window, self.settings)
            self.workspace.changed.connect(self._data_changed)
            self.workspace.save_requested.connect(self._save_at_once)
            self.save_status = SaveStatusLabel()
            window.set_save_status_widget(self.save_status)
            self.save_status.clicked.connect(self._show_save_failure)
            window.lock_requested.connect(self.lock)
            window.quit_requested.connect(self.quit)
            window.new_vault_requested.connect(self.new_vault)
            window.open_vault_requested.connect(self.open_vault)
            window.change_passphrase_requested.connect(self.change_passphrase)
            window.back_up_requested.connect(self.back_up_now)
            window.preferences_requested.connect(self.show_preferences)
            window.practice_profile_requested.connect(self.show_practice_profile)
            window.installEventFilter(self)
            window.restore_ui_state(self.settings)
            self.read_only = ReadOnlyMode(window)
            from coachdesk.ui.shell.merge_flow import MergeFlow

            self.merge_flow = MergeFlow(window, lambda: self.vault)
            self.merge_flow.merged.connect(self._merged)
            window.merge_vault_requested.connect(self.merge_flow.merge_another)
            window.merge_conflicts_requested.connect(self.merge_flow.show_conflicts)
            self.read_only.continued_on.connect(self._continued_on)
        return self._main_window

    def start(self) -> None:
        self.unlock_window.show()
        show_rescue_note(self.unlock_window, self.settings)
        # The window shows without the database libraries; they load while the coach types.
        QTimer.singleShot(0, self._load_libraries)

    def _load_libraries(self) -> None:
        self.loading = threading.Thread(target=_load_libraries, name="load-libraries", daemon=True)
        self.loading.start()

    def handle_session_end(self) -> None:
        """Save on SIGTERM/SIGHUP, logout and shutdown (call once, from the application's main)."""
        self.session_end = SessionEnd(self, self)

    def save_or_rescue(self) -> Path | None:
        """Save without asking (open editors' drafts too); if the file cannot be written, write an
        encrypted rescue copy."""
        vault, autosaver = self.vault, self.autosaver
        if vault is not None:
            keep_drafts()
        if vault is None or autosaver is None or autosaver.save_now() or not vault.has_unsaved_changes:
            return None
        previous, copy = self.rescue_copy, write_rescue_copy(vault, self.settings)
        if copy is not None and previous is not None:
            previous.unlink(missing_ok=True)  # the new copy holds everything the earlier one did
        self.rescue_copy = copy or previous
        return self.rescue_copy

    def shut_down(self) -> None:
        """The session ends or the process was told to stop: save (or rescue) and quit, asking nothing."""
        self.save_or_rescue()
        self._close_vault(asking="quit", ask=False)
        self.quit()

    def set_idle_minutes(self, minutes: float) -> None:
        """Lock after this long without keyboard or mouse input (0 turns it off)."""
        self.idle_timer.setInterval(max(int(minutes * 60_000), 0))
        if not minutes:
            self.idle_timer.stop()
        elif self.vault is not None:
            self.idle_timer.start()  # counts from now, at the new length

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self.set_idle_minutes, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_practice_profile(self) -> None:
        if self.vault is None:
            return
        from coachdesk.ui.shell.profile_dialog import ProfileDialog  # loads the practice's tables

        dialog = ProfileDialog(self.vault.session, self.main_window)
        dialog.saved.connect(self._data_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_unlocked(self, vault: Vault) -> None:
        window = self.main_window
        self.vault = vault
        remember_vault(self.settings, vault.path)
        self.autosaver = AutoSaver(vault, self, delay_ms=self._autosave_delay_ms)
        self.autosaver.state_changed.connect(self.save_status.set_state)
        self.autosaver.state_changed.connect(self._on_save_state)
        self.workspace.attach(vault.session, vault.path)
        self.save_status.set_state(self.autosaver.state)
        self.read_only.show_for(vault)
        self.unlock_window.hide()
        window.show_area("dashboard")
        window.show()
        window.activateWindow()
        if self.idle_timer.interval():
            self.idle_timer.start()
        settle_after_unlock()
        copies = vault.conflicted_copies()
        if copies:
            QTimer.singleShot(0, lambda: self.merge_flow.offer_conflicted_copies(copies))

    # ----- opening and creating (asked for by the unlock window) ---------------------------------

    def _in_background(
        self, work: Callable[[], Vault], done: Callable[[Vault | None, VaultError | None], None]
    ) -> None:
        """Run ``work`` off the GUI thread, then ``done(vault, None)`` or ``done(None, error)`` on it."""

        def finished(vault: Vault | None, error: Exception | None) -> None:
            if error is not None and not isinstance(error, VaultError):
                raise error  # a bug, not a wrong passphrase: let it surface
            done(vault, error)

        self._runner.run(work, finished)

    def _unlock_requested(self, path: Path, secret: str, is_recovery_key: bool) -> None:
        def opened(vault: Vault | None, error: VaultError | None) -> None:
            if isinstance(error, VaultCorrupted):
                self.unlock_window.show_damaged(str(error), vault_access.backups_of(path))
                self._runner.run(  # what each backup holds, read with the same secret
                    lambda: vault_access.describe_backups(path, secret, is_recovery_key=is_recovery_key),
                    lambda found, failed: self.unlock_window.show_backup_details(
                        path, None if failed else found
                    ),
                )
            elif vault is None:
                self.unlock_window.unlock_failed(str(error))
            else:
                self.unlock_window.unlock_succeeded()
                self._on_unlocked(vault)
                if is_recovery_key:
                    self.recovery_prompt = suggest_new_passphrase(self.main_window, self.change_passphrase)

        self._in_background(
            lambda: vault_access.open_vault(path, secret, is_recovery_key=is_recovery_key), opened
        )

    def _create_requested(self, path: Path, passphrase: str) -> None:
        def created(vault: Vault | None, error: VaultError | None) -> None:
            if vault is None:
                self.unlock_window.create_failed(str(error))
                return
            self.vault_in_setup = vault
            key, vault.recovery_key = vault.recovery_key or "", None  # the page alone shows it, once
            self.unlock_window.show_recovery_key(key)

        self._in_background(lambda: vault_access.create_vault(path, passphrase), created)

    def _profile_submitted(self, details: ProfileDetails) -> None:
        from coachdesk.services.errors import ValidationError

        vault = self.vault_in_setup
        if vault is None:
            return
        try:
            vault_access.save_first_profile(vault, details)
        except ValidationError as error:
            self.unlock_window.profile_refused(error)
            return
        except VaultError as error:
            self.unlock_window.profile_not_saved(str(error))
            return
        self._finish_setup()

    def _finish_setup(self) -> None:
        vault, self.vault_in_setup = self.vault_in_setup, None
        if vault is not None:
            self._on_unlocked(vault)

    def _restore_requested(self, backup: Path, target: Path) -> None:
        """Restore to ``target``, which is the vault from now on; the damaged one is renamed to say so."""
        damaged = self.unlock_window.vault_path
        try:
            vault_access.restore_backup(backup, target)
        except VaultError as error:
            self.unlock_window.restore_failed(str(error))
            return
        remember_vault(self.settings, target)
        try:
            aside = vault_access.set_aside_damaged(damaged, date.today()).name
            notice = self.tr("The backup was restored. The damaged file was renamed “%1” and kept.")
        except VaultError as error:
            aside, notice = str(error), self.tr("The backup was restored. %1")
        self.unlock_window.show_vault(target, notice.replace("%1", aside))

    def wait_for_work(self) -> None:
        """Block until key derivation in the background has finished (quit, tests)."""
        self._runner.wait()

    def _abandon_setup(self) -> None:
        """The unlock window closed half-way through setting up: the new vault is saved already."""
        self._runner.wait()
        if self.vault_in_setup is not None:
            self.vault_in_setup.close()
            self.vault_in_setup = None

    # ----- locking and quitting ------------------------------------------------------------------

    def _close_vault(self, *, asking: str, ask: bool = True) -> bool:
        """Save, close the vault and clear every view; False if the coach chose to keep it open."""
        vault, autosaver = self.vault, self.autosaver
        if vault is None or autosaver is None:
            return True
        keep_drafts()  # what is typed in open editors goes into the vault before it is saved
        if not autosaver.save_now() and ask and not self.confirm_unsaved(asking):
            return False
        autosaver.stop()
        autosaver.deleteLater()
        if self.failure_dialog is not None:
            self.failure_dialog.close()
            self.failure_dialog.deleteLater()  # a dialog waiting for a question to be answered never opens
            self.failure_dialog = None
        self.read_only.set_read_only(False)
        self.idle_timer.stop()
        self._close_dialogs()
        vault.close()
        self.vault = self.autosaver = None
        self.workspace.save_ui_state()
        self.workspace.clear()
        self.main_window.clear()
        self.main_window.save_ui_state(self.settings)
        self.main_window.hide()
        self.unlock_window.vault_path = vault.path
        release_after_lock()
        return True

    def _close_dialogs(self) -> None:
        """Close every open editor (keeping its draft), question and preview: none may outlive the
        vault it shows."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                close_dialog(widget)

    def lock(self) -> bool:
        """Save, close the vault, forget the decrypted data, and show the unlock window."""
        if self.vault is None:
            return True
        if not self._close_vault(asking="lock"):
            return False
        self.unlock_window.show_start_page()
        self.unlock_window.show()
        self.unlock_window.activateWindow()
        return True

    def quit(self) -> bool:
        """Save and close everything; asks before losing unsaved changes."""
        if not self._close_vault(asking="quit"):
            return False
        self.unlock_window.close()  # waits for key derivation, closes a vault still being set up
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here (thousands when an area is shown): the type is read
        # once, and most leave at the first test.
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind in _USER_INPUT and self.vault is not None and self.idle_timer.interval():
            self.idle_timer.start()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_shown_window(watched)  # a window or dialog never opens partly off the screen
        if watched is self._main_window and kind == QEvent.Type.Close:
            event.ignore()
            QTimer.singleShot(0, self.quit)
            return True
        return False

    # ----- vault actions -------------------------------------------------------------------------

    @property
    def clients_view(self) -> ClientsView:
        return self.workspace.clients

    def _save_at_once(self) -> None:
        """After an erasure: write the vault now, so the file no longer holds the client."""
        if self.autosaver is not None:
            self.autosaver.save_now()

    def _data_changed(self, _changes: object) -> None:
        """A view changed the vault: autosave will follow."""
        if self.autosaver is not None:
            self.autosaver.note_change()

    def confirm_unsaved(self, asking: str) -> bool:
        """After a failed save on lock or quit: True to go on (changes copied, or given up)."""
        vault, autosaver = self.vault, self.autosaver
        assert vault is not None and autosaver is not None
        box = QMessageBox(self.main_window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Your latest changes are not saved"))
        if asking == "lock":
            consequence = self.tr(
                "If you lock now without saving, the changes since the last save are lost. "
                "Save a copy elsewhere to keep them."
            )
            without_saving = self.tr("Lock without saving")
        else:
            consequence = self.tr(
                "If you quit now without saving, the changes since the last save are lost. "
                "Save a copy elsewhere to keep them."
            )
            without_saving = self.tr("Quit without saving")
        box.setText(f"{autosaver.state.message}\n\n{consequence}")
        copy = box.addButton(self.tr("Save a copy elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(without_saving, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is discard:
            return True
        if box.clickedButton() is copy:
            dialog = SaveFailureDialog(vault, autosaver.state, self.main_window)
            dialog.continued_on.connect(self._continued_on)
            dialog.save_copy()
            return dialog.copied_to is not None
        return False

    def _on_save_state(self, state: SaveState) -> None:
        """The first failure of a run of them opens the failure dialog; later ones only show in red,
        and in the dialog while it is open."""
        dialog = self.failure_dialog
        if dialog is not None and dialog.isVisible():
            dialog.show_state(state)
        if state.failed and dialog is None:
            self._keep_rescue_copy()
            self._show_save_failure()
        elif state.kind is SaveKind.SAVED:
            self._forget_rescue_copy()
            if dialog is not None:
                if dialog.copied_to is None:
                    dialog.close()
                self.failure_dialog = None

    failure_dialog: SaveFailureDialog | None = None
    merge_flow: MergeFlow  # made with the main window
    rescue_copy: Path | None = None  # written when saving first failed; gone once a save succeeds

    def _keep_rescue_copy(self) -> None:
        """An encrypted copy of what is in memory, so a crash after a failed save loses nothing."""
        if self.vault is not None and self.rescue_copy is None:
            self.rescue_copy = write_rescue_copy(self.vault, self.settings)

    def _forget_rescue_copy(self) -> None:
        """The vault holds everything again: the rescue copy and its note would only mislead."""
        if self.rescue_copy is not None:
            self.rescue_copy.unlink(missing_ok=True)
            forget_rescue_note(self.settings)
            self.rescue_copy = None

    def _show_save_failure(self) -> None:
        """Open the failure dialog (without blocking); "Try again" retries the save."""
        if self.vault is None or self.autosaver is None:
            return
        if self.failure_dialog is not None and self.failure_dialog.isVisible():
            self.failure_dialog.raise_()
            return
        dialog = self.failure_dialog = SaveFailureDialog(self.vault, self.autosaver.state, self.main_window)
        autosaver = self.autosaver
        dialog.retry_requested.connect(autosaver.retry)
        dialog.saved.connect(autosaver.saved_elsewhere)
        dialog.continued_on.connect(self._continued_on)
        dialog.merged.connect(self._merged_from_disk)
        dialog.open_when_free()

    def _merged(self, _summary: object) -> None:
        """Another copy was merged in: every view shows the merged practice, and autosave follows."""
        self.workspace.refresh_everything()

    def _merged_from_disk(self, summary: MergeSummary) -> None:
        """The file changed on disk was merged in and the vault saved: refresh and say what came in."""
        self.workspace.refresh_everything()
        self.merge_flow.show_summary(summary)

    def _continued_on(self, copy: Path) -> None:
        """A copy was saved and is now the vault in use: saves go there, and it is opened next."""
        if self.autosaver is not None:
            self.autosaver.saved_elsewhere()
        self.read_only.set_read_only(False)
        self.unlock_window.vault_path = copy
        remember_vault(self.settings, copy)
        self.main_window.statusBar().showMessage(self.tr("Now working on {path}").format(path=copy), 10_000)

    def new_vault(self) -> None:
        if self.lock():
            self.unlock_window.start_new_vault()

    def open_vault(self) -> None:
        if self.lock():
            self.unlock_window.open_other_vault()

    def change_passphrase(self) -> None:
        """Ask for the current passphrase and a new one; the change runs off the GUI thread."""
        vault = self.vault
        if vault is None or self.autosaver is None or not self.autosaver.save_now():
            return
        bar = self.main_window.statusBar()
        self.passphrase_change = PassphraseChange(vault, self._runner, self.main_window, bar.showMessage)
        self.passphrase_change.start()

    def back_up_now(self) -> None:
        """Write an encrypted copy of the vault into a folder the coach chooses."""
        vault = self.vault
        if vault is None:
            return
        start = str(self.settings.value("backup/folder", str(Path.home())))
        folder = self.choose_folder(self.main_window, self.tr("Back up the vault into"), start)
        if not folder:
            return
        self.settings.setValue("backup/folder", folder)
        name = self.tr("{name} backup {moment}").format(
            name=vault.path.stem, moment=f"{datetime.now():%Y-%m-%d %H-%M-%S}"
        )
        name += vault.path.suffix
        try:
            copy = vault.save_copy(Path(folder) / name)
        except VaultError as error:
            QMessageBox.warning(self.main_window, self.tr("Backup not written"), str(error))
            return
        self.main_window.statusBar().showMessage(self.tr("Backed up to {path}").format(path=copy), 8000)

    @property
    def active_window(self) -> QWidget:
        return self.main_window if self.vault is not None else self.unlock_window


def _load_libraries() -> None:
    """Load the database libraries, then forget the source text PySide6's import hook read of each
    of their modules (it looks for ``__feature__`` switches and leaves the text in ``linecache``):
    read again only if a traceback needs it."""
    vault_access.load_libraries()
    linecache.clearcache()
