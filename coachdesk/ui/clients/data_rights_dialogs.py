"""A client's rights over their records: everything held exported to a folder, and erasure, asked plainly."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.client_records import ErasureInterrupted, labelled_backups
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.mentions import REDACTED
from coachdesk.ui.clients.erasure_words import ErasureWords, record_lines
from coachdesk.ui.clients.mention_list import MentionList
from coachdesk.ui.kit import recipient_dialog
from coachdesk.ui.kit.file_dialogs import existing_folder
from coachdesk.ui.kit.form import ERROR_STYLE
from coachdesk.ui.kit.screen_fit import fit_to_screen, resize_within_screen

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.client_records import ErasurePlan

__all__ = [
    "EraseClientDialog",
    "ErasureWords",
    "erasure_summary",
    "export_client_flow",
    "record_lines",
    "show_erasure_done",
]

MAX_BACKUPS_LISTED = 8
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _paragraph(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
    return label


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"\u2022 {line}" for line in lines)


# ----- export ----------------------------------------------------------------------------------------


def choose_export_folder(parent: QWidget | None, caption: str) -> str:
    """The system's folder dialog; '' when cancelled."""
    return existing_folder(parent, caption)


def show_information(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def export_folder(chosen: Path, client_name: str, today: date) -> Path:
    """Where the records go: the chosen folder when it is empty, else a new folder inside it."""
    if chosen.is_dir() and not any(chosen.iterdir()):
        return chosen
    name = " ".join(_UNSAFE.sub("-", client_name).split()).strip(". ") or "Client"
    base = f"Records of {name} {today.isoformat()}"
    target, number = chosen / base, 2
    while target.exists():
        target, number = chosen / f"{base} ({number})", number + 1
    return target


def export_client_flow(
    parent: QWidget | None,
    open_db: DbFactory,
    client_id: uuid.UUID,
    *,
    today: date | None = None,
    choose_folder: Callable[[QWidget | None, str], str] = choose_export_folder,
    show_result: Callable[[QWidget | None, str, str], None] = show_information,
    report_error: Callable[[QWidget | None, str, str], None] = show_problem,
) -> Changes | None:
    """Export everything held about a client (client.json and their PDFs), for a subject-access or
    portability request, to the recipient the coach names (the client, or their own use; recorded in
    the outbound ledger), and say what was written and what could not be printed.

    The coach chooses a folder: an empty one is used as it is, otherwise a new folder named after
    the client and the day is made inside it. Returns the Changes (the export is audited), or None
    when cancelled or after showing why it failed. The dialogs are parameters so tests can replace them.
    """
    from coachdesk.services.client_overview import client_profile
    from coachdesk.services.client_records import export_client

    today = today or date.today()
    try:
        with open_db() as db:
            name = client_profile(db, client_id).name
    except ValidationError as error:
        report_error(
            parent,
            QCoreApplication.translate("ClientRecordsExport", "The records were not exported"),
            error.message,
        )
        return None
    chosen = choose_folder(
        parent,
        QCoreApplication.translate("ClientRecordsExport", "Choose where to save {name}'s records").format(
            name=name
        ),
    )
    if not chosen:
        return None
    # For the client (data access) by default; the coach may keep a copy for their own use.
    recipient = recipient_dialog.ask_recipient(
        parent, QCoreApplication.translate("ClientRecordsExport", "Client's records"), name
    )
    if recipient is None:
        return None
    folder = export_folder(Path(chosen), name, today)
    try:
        with open_db() as db:
            result = export_client(db, client_id, folder, today, recipient=recipient.name)
    except ValidationError as error:
        report_error(
            parent,
            QCoreApplication.translate("ClientRecordsExport", "The records were not exported"),
            QCoreApplication.translate("ClientRecordsExport", "{folder}: {reason}").format(
                folder=folder, reason=error.message
            ),
        )
        return None
    except OSError as error:
        reason = error.strerror or str(error)
        report_error(
            parent,
            QCoreApplication.translate("ClientRecordsExport", "The records were not exported"),
            QCoreApplication.translate(
                "ClientRecordsExport",
                "Could not write in {folder}: {reason}.\n\n"
                "Choose another folder, or check that you may write to it.",
            ).format(folder=folder, reason=reason),
        )
        return None
    saved = QCoreApplication.translate("ClientRecordsExport", "{name}'s records were saved in {folder}:")
    message = (
        saved.format(name=name, folder=result.folder)
        + "\n\n"
        + _bullets([path.name for path in result.files])
    )
    if result.not_printed:
        not_printed = QCoreApplication.translate("ClientRecordsExport", "Not printed:")
        message += f"\n\n{not_printed}\n" + _bullets(list(result.not_printed))
    show_result(parent, QCoreApplication.translate("ClientRecordsExport", "Client records exported"), message)
    return result.changes


# ----- erasure ---------------------------------------------------------------------------------------


def backups_text(backups: tuple[Path, ...], vault_path: Path | None, client_name: str) -> str:
    """Which backup files still hold the client after the erasure, and until when."""
    labelled = labelled_backups(vault_path) if vault_path is not None else {}
    rotation = QCoreApplication.translate(
        "EraseClientDialog",
        "The vault file as it is now also becomes a backup when CoachDesk saves after the erasure. "
        "CoachDesk thins out older backups as it saves (every save of the last hour, then one per "
        "hour for a day, one per day for a month and one per month for a year), so "
        "{name}'s records leave the rotated backups at the latest a year after the erasure.",
    ).format(name=client_name)
    if not backups:
        return QCoreApplication.translate(
            "EraseClientDialog", "There are no backups of this vault yet. {rotation}"
        ).format(rotation=rotation)
    folder = backups[0].parent
    names = []
    for path in backups[:MAX_BACKUPS_LISTED]:
        label = labelled.get(path)
        if label:
            names.append(
                QCoreApplication.translate(
                    "EraseClientDialog", "{file} ({label}: kept until you delete it)"
                ).format(file=path.name, label=label)
            )
        else:
            names.append(path.name)
    if len(backups) > MAX_BACKUPS_LISTED:
        names.append(
            QCoreApplication.translate("EraseClientDialog", "and {count} more").format(
                count=len(backups) - MAX_BACKUPS_LISTED
            )
        )
    these = QCoreApplication.translate(
        "EraseClientDialog", "These backups of the vault, in {folder}, still hold {name}'s records:"
    )
    text = f"{these.format(folder=folder, name=client_name)}\n{_bullets(names)}\n\n{rotation}"
    if labelled:
        text += " " + QCoreApplication.translate(
            "EraseClientDialog",
            "Backups made before an upgrade are never rotated away: delete them yourself if the "
            "records must go now.",
        )
    return text


class EraseClientDialog(QDialog):
    """Asks before erasing a client: names every kind of record removed and the backups that keep them.

    "Erase" is enabled once the coach has typed the client's name (accents and case do not matter).
    After the erasure ``changes`` holds what changed. The caller must save the vault right after
    (the app controller's ``autosaver.save_now()``): the erasure rebuilt the database without the
    client, and only a save replaces the vault file that still holds them.
    """

    def __init__(
        self,
        open_db: DbFactory,
        client_id: uuid.UUID,
        vault_path: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        from coachdesk.services.client_records import erasure_plan
        from coachdesk.services.mentions import find_mentions

        super().__init__(parent)
        self._open_db = open_db
        self.client_id = client_id
        self.changes: Changes | None = None
        self.client_name = ""
        self.setWindowTitle(self.tr("Erase client"))
        self.setMinimumWidth(560)
        self.question = _paragraph(bold=True)
        self.removed = _paragraph()
        self.removed.setAccessibleName(self.tr("What will be removed"))
        self.backups = _paragraph()
        self.backups.setAccessibleName(self.tr("Backups that still hold the records"))
        self.name_box = QLineEdit()
        self.name_box.setAccessibleName(self.tr("Type the client's name to confirm"))
        self.name_box.textChanged.connect(lambda _t: self._confirmation_changed())
        self.error = _paragraph()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase the client"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_label = _paragraph()
        self.confirm_label.setBuddy(self.name_box)
        self.mentions = MentionList()
        self.summary = ""  # after the erasure: what was done, for ``show_erasure_done``
        self._plan: ErasurePlan | None = None
        self._vault_path = vault_path
        self._lay_out()
        try:
            with open_db() as db:
                plan = erasure_plan(db, client_id, vault_path)
                mentions = find_mentions(db, client_id)
        except ValidationError as error:
            self.show_error(error.message)
            self.name_box.setEnabled(False)
            return
        self._plan = plan
        self.mentions.set_mentions(mentions, plan.client_name)
        self._show_plan(plan, vault_path)

    def _lay_out(self) -> None:
        confirm = QVBoxLayout()
        confirm.setSpacing(4)
        confirm.addWidget(self.confirm_label)
        confirm.addWidget(self.name_box)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.question)
        layout.addWidget(self.removed)
        layout.addWidget(self.backups)
        layout.addWidget(self.mentions, 10)  # the list takes the room there is; it scrolls
        layout.addLayout(confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _show_plan(self, plan: ErasurePlan, vault_path: Path | None) -> None:
        name = self.client_name = plan.client_name
        self.setWindowTitle(self.tr("Erase a client"))
        self.question.setText(self.tr("Erase {name} and everything recorded about them?").format(name=name))
        removed = [self.tr("{name}'s client record").format(name=name), *record_lines(plan.records)]
        intro = self.tr("This removes from the vault:")
        after = self.tr(
            "Only an audit line without personal data remains. This cannot be undone. Files you "
            "exported or sent earlier (agreements, letters, exports of their records) are not affected."
        )
        self.removed.setText(f"{intro}\n{_bullets(removed)}\n\n{after}")
        self.backups.setText(backups_text(plan.backups, vault_path, name))
        self.confirm_label.setText(self.tr("To confirm, type the client's name: {name}").format(name=name))
        self.name_box.setFocus()
        width = 760 if self.mentions.rows else self.minimumWidth()
        resize_within_screen(self, width, max(self.heightForWidth(width), self.sizeHint().height()))
        fit_to_screen(self)

    def _confirmation_changed(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def confirmed(self) -> bool:
        """Whether the name typed is the client's (spaces, case and accents aside)."""
        typed = fold(" ".join(self.name_box.text().split()))
        return bool(self.client_name) and typed == fold(" ".join(self.client_name.split()))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        from coachdesk.services.client_records import erase_client

        if not self.confirmed():
            return
        try:
            chosen = self.mentions.chosen()
            with self._open_db() as db:
                self.changes = erase_client(db, self.client_id, redact=chosen)
        except ValidationError as error:
            self.show_error(error.message)
            return
        except ErasureInterrupted:
            self.show_error(
                self.tr(
                    "Erasing {name} did not finish: the vault was busy. "
                    "Close any other open editor and try again."
                ).format(name=self.client_name)
            )
            return
        if self._plan is not None:
            kept = len(self.mentions.rows) - len(chosen)
            self.summary = erasure_summary(self.client_name, len(chosen), kept, self._plan, self._vault_path)
        super().accept()


def erasure_summary(
    name: str, redacted: int, kept: int, plan: ErasurePlan, vault_path: Path | None, today: date | None = None
) -> str:
    """What an erasure did: the client gone, the mentions redacted or left, and the backups that still
    hold the records, until when."""
    until = _long_date(_a_year_after(today or date.today()))
    lines = [
        QCoreApplication.translate(
            "EraseClientDialog", "{name} and everything recorded about them were erased from the vault."
        ).format(name=name)
    ]
    words = ErasureWords()
    if redacted or kept:
        lines.append(words.mentions_redacted(redacted).format(name=name, redacted=REDACTED))
    if kept:
        lines.append(words.mentions_left(kept).format(name=name))
    labelled = labelled_backups(vault_path) if vault_path is not None and plan.backups else {}
    if plan.backups:
        held = words.backups_hold(len(plan.backups))
        lines.append(held.format(folder=plan.backups[0].parent, date=until))
    else:
        lines.append(
            QCoreApplication.translate(
                "EraseClientDialog",
                "The vault file as it was becomes a backup when CoachDesk saves; it leaves the rotated "
                "backups by {date} at the latest.",
            ).format(date=until)
        )
    if labelled:
        upgrade = words.upgrade_backups(len(labelled))
        lines.append(upgrade)
    return "\n\n".join(lines)


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def show_erasure_done(parent: QWidget | None, dialog: EraseClientDialog) -> QMessageBox:
    """Say what the erasure did, once the vault is saved; the message does not block the caller."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("EraseClientDialog", "Client erased"),
        dialog.summary,
        parent=parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
