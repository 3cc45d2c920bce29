"""Merging other copies of the vault from the app: conflicted copies found at open, File ▸ Merge
another vault…, and the summary and review list after each merge."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLineEdit, QMessageBox, QWidget

from coachdesk.services.errors import ValidationError
from coachdesk.services.merge import MergeSummary
from coachdesk.services.merge_copies import merge_file, merge_sibling, set_aside_merged_copy
from coachdesk.services.merge_invoices import DuplicateInvoiceNumbers
from coachdesk.ui.kit.file_dialogs import open_file_name
from coachdesk.ui.shell.merge_dialogs import MergeConflictsDialog, MergeSummaryDialog
from coachdesk.ui.unlock.damaged_vault_page import vault_filter
from coachdesk.vault import VaultError, WrongPassphrase

if TYPE_CHECKING:
    from coachdesk.vault import Vault


# (parent, file name) -> the other copy's passphrase, or "" when cancelled
AskPassphrase = Callable[[QWidget, str], str]
# (parent, caption, start folder, filter) -> the chosen file, or "" when cancelled
ChooseFile = Callable[[QWidget, str, str, str], str]


def ask_passphrase(parent: QWidget, name: str) -> str:
    text, ok = QInputDialog.getText(
        parent,
        QGuiApplication.translate("MergeFlow", "Passphrase of the other copy"),
        QGuiApplication.translate(
            "MergeFlow", "“%1” opens with another passphrase. Enter it to merge:"
        ).replace("%1", name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else ""


class MergeFlow(QObject):
    """Merges into the open vault; ``merged`` is emitted after each merge that changed it (save it)."""

    merged = Signal(object)  # MergeSummary

    def __init__(self, window: QWidget, vault: Callable[[], Vault | None]) -> None:
        super().__init__(window)
        self._window = window
        self._vault = vault
        self.ask_passphrase: AskPassphrase = ask_passphrase  # replaced in tests
        self.choose_file: ChooseFile = open_file_name
        self.summary_dialog: MergeSummaryDialog | None = None
        self.review_dialog: MergeConflictsDialog | None = None
        self.offer_box: QMessageBox | None = None
        self.offer_merge_button: QAbstractButton | None = None

    # ----- what the coach asks for -----------------------------------------------------------------

    def merge_another(self) -> MergeSummary | None:
        """File ▸ Merge another vault…: choose a copy, merge it (its passphrase asked if it differs)."""
        vault = self._vault()
        if vault is None:
            return None
        chosen = self.choose_file(
            self._window, self.tr("Merge another copy of this vault"), str(vault.path.parent), vault_filter()
        )
        if not chosen:
            return None
        path = Path(chosen)
        summary = self._merge(vault, path)
        if summary is not None:
            self.show_summary(summary, path.name)
        return summary

    def offer_conflicted_copies(self, copies: list[Path]) -> QMessageBox | None:
        """At open: offer to merge the sync tool's conflicted copies (then moved to the backups)."""
        vault = self._vault()
        if vault is None or not copies:
            return None
        names = "\n".join(f"• {copy.name}" for copy in copies)
        if vault.read_only:  # nothing can be merged into it: say what is there
            QMessageBox.warning(
                self._window,
                self.tr("Other copies of your vault"),
                self.tr("A sync tool made copies of this vault when it was changed in two places:")
                + f"\n\n{names}\n\n"
                + self.tr(
                    "They may hold changes this vault lacks. CoachDesk can merge them once it "
                    "opens the vault where it can be saved."
                ),
            )
            return None
        box = self.offer_box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Other copies of your vault"))
        box.setText(
            self.tr(
                "A sync tool made %n copy(ies) of this vault when it was changed on two computers at once:",
                "",
                len(copies),
            )
            + f"\n\n{names}\n\n"
            + self.tr(
                "CoachDesk can merge their changes into this vault. Each merged copy is then moved "
                "into the vault's backups folder."
            )
        )
        merge = self.offer_merge_button = box.addButton(
            self.tr("Merge them into this vault"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge)
        box.buttonClicked.connect(lambda button: button is merge and self.merge_copies(copies))
        box.open()
        return box

    def merge_copies(self, copies: list[Path]) -> MergeSummary | None:
        """Merge each copy, move it into the backups folder, and show one summary for them all."""
        vault = self._vault()
        if vault is None:
            return None
        total: MergeSummary | None = None
        for copy in copies:
            summary = self._merge(vault, copy)
            if summary is None:
                continue
            try:
                set_aside_merged_copy(vault, copy)
            except OSError as error:
                self._warn(
                    self.tr("“%1” was merged but could not be moved: %2")
                    .replace("%1", copy.name)
                    .replace("%2", error.strerror or "")
                )
            total = summary if total is None else _added(total, summary)
        if total is not None:
            self.show_summary(total, copies[0].name if len(copies) == 1 else "")
        return total

    def show_summary(self, summary: MergeSummary, source: str = "") -> MergeSummaryDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        dialog = self.summary_dialog = MergeSummaryDialog(summary, vault.session, self._window, source=source)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_conflicts(self) -> MergeConflictsDialog | None:
        """File ▸ Merge conflicts to review…"""
        vault = self._vault()
        if vault is None:
            return None
        dialog = self.review_dialog = MergeConflictsDialog(vault.session, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- merging ---------------------------------------------------------------------------------

    def _merge(self, vault: Vault, path: Path) -> MergeSummary | None:
        try:
            try:
                with _busy():
                    summary = merge_sibling(vault, path)
            except WrongPassphrase:  # keyed differently: its own passphrase opens it
                secret = self.ask_passphrase(self._window, path.name)
                if not secret:
                    return None
                with _busy():
                    summary = merge_file(vault, path, secret)
        except (VaultError, ValidationError) as error:
            self._warn(
                self.tr("“%1” was not merged. %2").replace("%1", path.name).replace("%2", not_merged(error))
            )
            return None
        self.merged.emit(summary)
        return summary

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Not merged"), text)


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _added(first: MergeSummary, second: MergeSummary) -> MergeSummary:
    return MergeSummary(
        first.added + second.added,
        first.updated + second.updated,
        first.removed + second.removed,
        first.conflicts + second.conflicts,
        first.refused + second.refused,
        tuple(dict.fromkeys(first.notes + second.notes)),
    )


def not_merged(error: Exception) -> str:
    """Why a merge was refused, in the coach's language where the app words it itself."""
    if isinstance(error, DuplicateInvoiceNumbers):
        return QCoreApplication.translate(
            "MergeFlow",
            "Both copies issued invoice numbers that the other copy also gave: %1. Nothing was merged "
            "and neither copy was changed. An issued invoice is never renumbered (it may have been "
            "sent), so these copies cannot become one vault: keep both as they are, and ask your "
            "accountant how to correct the duplicate numbers (a credit note does not free a number). "
            "Then give each computer its own number series ({computer} in the invoice number "
            "pattern). See 'Invoices on two computers' in the guide to sync folders (docs/sync.md).",
        ).replace("%1", ", ".join(error.numbers))
    return str(error)
