"""Invoices ▸ For the accountant…: a period and invoices or payments, then the CSV written and recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.documents.files import sha256_hex
from coachdesk.domain import OWN_USE
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.ui.kit import recipient_dialog
from coachdesk.ui.kit.document_export import Exported
from coachdesk.ui.kit.file_dialogs import save_file_name
from coachdesk.ui.kit.form import ValidatingForm, from_qdate, to_qdate
from coachdesk.ui.kit.recipient_dialog import Recipient


def last_full_quarter(today: date) -> tuple[date, date]:
    """The calendar quarter before the one ``today`` is in: the period most VAT returns (and so most
    accountants) ask for in Europe's small practices."""
    first_of_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - timedelta(days=1)
    return date(end.year, end.month - 2, 1), end


@dataclass(frozen=True)
class BooksChoice:
    """What the coach asked for: the period (both days included) and invoices or payments."""

    start: date
    end: date
    payments: bool


class BooksDialog(QDialog):
    """Chooses the period (the last full quarter by default) and the invoices or the payments received."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("For the accountant"))
        intro = QLabel(
            self.tr(
                "A CSV file of the period's issued invoices and credit notes (number, date, payer, net, "
                "VAT per rate, gross, paid), or of the payments received. It names payers and amounts "
                "only, never sessions or notes."
            )
        )
        intro.setWordWrap(True)
        start, end = last_full_quarter(today)
        self.form = ValidatingForm()
        self.start = self._date_edit(start)
        self.end = self._date_edit(end)
        self.form.add("start", self.tr("From"), self.start)
        self.form.add("end", self.tr("To"), self.end)
        self.invoices = QRadioButton(self.tr("Invoices and credit notes issued"))
        self.invoices.setChecked(True)
        self.payments = QRadioButton(self.tr("Payments received"))
        self.form.add_row(self.tr("List"), self.invoices)
        self.form.add_row("", self.payments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def _date_edit(value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        return edit

    def choice(self) -> BooksChoice:
        return BooksChoice(
            from_qdate(self.start.date()), from_qdate(self.end.date()), self.payments.isChecked()
        )

    def accept(self) -> None:
        chosen = self.choice()
        if chosen.end < chosen.start:
            self.form.show_error(
                ValidationError("end", self.tr("The period ends before it starts: choose a later last day."))
            )
            return
        super().accept()


def ask_books_choice(parent: QWidget | None, today: date) -> BooksChoice | None:
    """The period and list the coach wants; None when cancelled."""
    dialog = BooksDialog(today, parent)
    return dialog.choice() if dialog.exec() else None


class BooksExport:
    """The accountant's CSV from the Invoices area: period, file, recipient (the coach's own use or their
    accountant), then the same consent filter and outbound ledger as ``coachdesk export invoices``.

    The dialogs are attributes so tests can replace them."""

    def __init__(
        self,
        parent: QWidget,
        today: Callable[[], date],
        report: Callable[[str, str], None],
    ) -> None:
        self.parent = parent
        self.today = today
        self.report = report  # (title, message): a refusal or failure shown to the coach
        self.vault_path: Path | None = None
        self.ask_choice: Callable[[QWidget | None, date], BooksChoice | None] = ask_books_choice
        self.choose_file: Callable[[QWidget | None, str, str], str] = lambda parent, caption, suggested: (
            save_file_name(
                parent,
                caption,
                suggested,
                QCoreApplication.translate("BooksExport", "CSV files (*.csv)"),
                export=True,
                vaults=(self.vault_path,) if self.vault_path else (),
            )
        )
        self.ask_recipient: Callable[[QWidget | None, str, str], Recipient | None] = (
            recipient_dialog.ask_recipient
        )

    def run(self, open_db: DbFactory) -> Exported | None:
        """Ask, write and record; None when cancelled or after saying why nothing was written."""
        from coachdesk.services.invoice_books import export_books

        today = self.today()
        choice = self.ask_choice(self.parent, today)
        if choice is None:
            return None
        kind = "payments_csv" if choice.payments else "invoices_csv"
        chosen = self.choose_file(
            self.parent,
            QCoreApplication.translate("BooksExport", "Save the accountant's list"),
            neutral_file_name(kind, choice.end, suffix=".csv"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(f"{path.name}.csv")
        # Kept for the coach's own use by default; the coach may name their accountant or tax adviser.
        recipient = self.ask_recipient(
            self.parent, QCoreApplication.translate("BooksExport", "List for the accountant"), OWN_USE
        )
        if recipient is None:
            return None
        vaults = [self.vault_path] if self.vault_path else []
        try:
            with open_db() as db:
                changes = export_books(
                    db,
                    path,
                    today,
                    start=choice.start,
                    end=choice.end,
                    payments=choice.payments,
                    vaults=vaults,
                    recipient=recipient.name,
                )
        except ValidationError as refused:
            self.report(QCoreApplication.translate("BooksExport", "The list was not saved"), refused.message)
            return None
        except OSError as error:
            self.report(
                QCoreApplication.translate("BooksExport", "The list was not saved"),
                QCoreApplication.translate("BooksExport", "Could not write “%1” in %2: %3.")
                .replace("%1", path.name)
                .replace("%2", str(path.parent))
                .replace("%3", error.strerror or str(error)),
            )
            return None
        return Exported(path, sha256_hex(path.read_bytes()), changes)
