"""The Referrals area: every referral with its status and follow-up, the referral form, status moves,
and the referral letter's preview and export."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from coachdesk.domain import ReferralStatus, ReferralUrgency
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.services.folding import fold
from coachdesk.services.referral_list import ReferralRow, referral_rows
from coachdesk.services.referrals import NEXT_STATUSES, set_referral_status
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported, saved_text
from coachdesk.ui.kit.record_list_view import RecordListView
from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel, local_date_text
from coachdesk.ui.referrals.letter_check import confirm_letter
from coachdesk.ui.referrals.letter_consent import record_letter_consent
from coachdesk.ui.referrals.referral_dialog import ReferralDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

CONTEXT = "ReferralsView"


def tr(text: str) -> str:
    """``text`` in the coach's language (the Referrals list's translation context)."""
    return QCoreApplication.translate(CONTEXT, text)


STATUS_WORDS = {
    ReferralStatus.PROPOSED: str(QT_TRANSLATE_NOOP("ReferralsView", "Proposed")),
    ReferralStatus.SENT: str(QT_TRANSLATE_NOOP("ReferralsView", "Sent")),
    ReferralStatus.ACCEPTED: str(QT_TRANSLATE_NOOP("ReferralsView", "Accepted")),
    ReferralStatus.COMPLETED: str(QT_TRANSLATE_NOOP("ReferralsView", "Completed")),
    ReferralStatus.CANCELLED: str(QT_TRANSLATE_NOOP("ReferralsView", "Cancelled")),
}
MOVE_WORDS = {
    ReferralStatus.SENT: str(QT_TRANSLATE_NOOP("ReferralsView", "Mark as sent")),
    ReferralStatus.ACCEPTED: str(QT_TRANSLATE_NOOP("ReferralsView", "Mark as accepted")),
    ReferralStatus.COMPLETED: str(QT_TRANSLATE_NOOP("ReferralsView", "Mark as completed")),
    ReferralStatus.CANCELLED: str(QT_TRANSLATE_NOOP("ReferralsView", "Cancel the referral")),
}
# The list's short word for each urgency (the form says more: "Soon (within a few weeks)").
URGENCY_SHORT = {
    ReferralUrgency.ROUTINE: str(QT_TRANSLATE_NOOP("ReferralsView", "Routine")),
    ReferralUrgency.SOON: str(QT_TRANSLATE_NOOP("ReferralsView", "Soon")),
    ReferralUrgency.URGENT: str(QT_TRANSLATE_NOOP("ReferralsView", "Urgent")),
}
_STATUS_ORDER = {status: i for i, status in enumerate(ReferralStatus)}
_URGENCY_ORDER = {urgency: i for i, urgency in enumerate(ReferralUrgency)}


class ReferralColumn(IntEnum):
    CLIENT = 0
    PROFESSIONAL = 1
    URGENCY = 2
    STATUS = 3
    REFERRED_ON = 4
    FOLLOW_UP_ON = 5
    REASON = 6  # last: it takes the room left


def _date_sort(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


COLUMNS: dict[IntEnum, Column[ReferralRow]] = {
    ReferralColumn.CLIENT: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Client")),
        lambda r, _l: r.client_name,
        lambda r: fold(r.client_name),
    ),
    ReferralColumn.PROFESSIONAL: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Referred to")),
        lambda r, _l: f"{r.professional} ({r.profession})",
        lambda r: fold(r.professional),
    ),
    ReferralColumn.URGENCY: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Urgency")),
        lambda r, _l: tr(URGENCY_SHORT[r.urgency]),
        lambda r: -_URGENCY_ORDER[r.urgency],
    ),
    ReferralColumn.STATUS: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Status")),
        lambda r, _l: tr(STATUS_WORDS[r.status]),
        lambda r: _STATUS_ORDER[r.status],
    ),
    ReferralColumn.REFERRED_ON: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Referred")),
        lambda r, loc: local_date_text(r.referred_on, loc),
        lambda r: _date_sort(r.referred_on),
    ),
    ReferralColumn.FOLLOW_UP_ON: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Follow up")),
        lambda r, loc: local_date_text(r.follow_up_on, loc),
        lambda r: _date_sort(r.follow_up_on),
    ),
    ReferralColumn.REASON: Column(
        str(QT_TRANSLATE_NOOP("ReferralsView", "Reason")),
        lambda r, _l: " ".join(r.reason.split()),
        lambda r: fold(r.reason),
    ),
}


class ReferralTableModel(RowTableModel[ReferralRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        specs = {c: Column(tr(s.header), s.text, s.sort, s.align_right) for c, s in COLUMNS.items()}
        super().__init__(ReferralColumn, specs, parent)


class ReferralFilterProxy(RowFilterProxy[ReferralRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            ReferralRow,
            lambda r: (r.client_name, r.professional, r.profession, r.reason),
            lambda r: (fold(r.client_name), str(r.id)),
            parent,
        )


def letter_document(row: ReferralRow) -> ExportableDocument:
    """The referral letter of ``row`` for the shared preview and export flow."""
    from coachdesk.services.document_export import referral_letter_document

    return ExportableDocument(
        title=tr(str(QT_TRANSLATE_NOOP("ReferralsView", "Referral letter"))),
        file_name=neutral_file_name("referral_letter", date.today(), row.id),
        source=referral_letter_document(row.id, date.today()),
        about=tr(str(QT_TRANSLATE_NOOP("ReferralsView", "{client} to {professional}"))).format(
            client=row.client_name, professional=row.professional
        ),
    )


class ReferralsView(RecordListView[ReferralRow]):
    area = "referrals"
    confirm_letter = staticmethod(confirm_letter)  # what to check before a letter leaves; tests replace it
    noun = "referral"
    filter_hint = str(QT_TRANSLATE_NOOP("ReferralsView", "Filter by client, professional or reason"))
    whole_columns = (ReferralColumn.CLIENT, ReferralColumn.PROFESSIONAL)
    new_text = str(QT_TRANSLATE_NOOP("ReferralsView", "New referral…"))
    first_text = str(QT_TRANSLATE_NOOP("ReferralsView", "Make your first referral…"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ReferralTableModel(), ReferralFilterProxy(), parent)
        self.filter_box.setPlaceholderText(tr(self.filter_hint))
        self.filter_box.setAccessibleName(self.tr("Filter referrals"))
        self.table.setAccessibleName(self.tr("Referrals"))
        self.new_button.setText(tr(self.new_text))
        self.first_button.setText(tr(self.first_text))
        self.exporter = DocumentExporter(on_printed=lambda printed: self.changed.emit(printed.changes))
        self.delete_button.hide()  # referrals are cancelled, never deleted
        self.table.sortByColumn(ReferralColumn.FOLLOW_UP_ON, Qt.SortOrder.AscendingOrder)
        self.move_button = QPushButton(self.tr("Status"))
        self.move_button.setAccessibleName(self.tr("Change the referral's status"))
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.move_menu.aboutToShow.connect(self._fill_moves)
        self.preview_button = QPushButton(self.tr("Preview letter"))
        self.preview_button.setToolTip(self.tr("Preview the referral letter of the selected referral"))
        self.preview_button.clicked.connect(self.preview_letter)
        self.export_button = QPushButton(self.tr("Export letter…"))
        self.export_button.setToolTip(self.tr("Export the referral letter of the selected referral as a PDF"))
        self.export_button.clicked.connect(self.export_letter)
        for position, button in enumerate(
            (self.move_button, self.preview_button, self.export_button), start=1
        ):
            self.bar.insertWidget(position, button)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()
        # Replaceable in tests: the date a status move takes effect.
        self.today = date.today

    def _update_buttons(self) -> None:
        row = self.selected()
        self.move_button.setEnabled(row is not None and bool(NEXT_STATUSES[row.status]))
        self.preview_button.setEnabled(row is not None)
        self.export_button.setEnabled(row is not None)

    def load_rows(self, db: Db) -> list[ReferralRow]:
        return referral_rows(db)

    def refresh(self) -> None:
        super().refresh()
        self._update_buttons()

    def open_editor(self, open_db: DbFactory, record_id: Any | None) -> Changes | None:
        from coachdesk.services.changes import Changes as AllChanges

        dialog = ReferralDialog(open_db, record_id, parent=self)
        accepted = dialog.exec() and dialog.changes is not None
        made = [*dialog.changes_made, *([dialog.changes] if accepted and dialog.changes else [])]
        if not made:
            return None
        total = AllChanges()
        for changes in made:
            total = total | changes
        if accepted and record_id is None and dialog.changes is not None and dialog.changes.created:
            total = total | self._screen(open_db, dialog.changes.created)
        return total

    def _screen(self, open_db: DbFactory, referral_id: Any) -> Changes:
        """A referral to someone who pays the coach a fee is recorded as a conflict to decide."""
        from coachdesk.services.screening import record_findings, screen_referral

        with open_db() as db:
            findings = screen_referral(db, referral_id)
            changes = record_findings(db, findings)
        if findings:
            recorded = self.tr("It is recorded in the Ethics area for your decision.")
            self.inform(
                self.tr("A conflict of interest to decide"), f"{findings[0].description}\n\n{recorded}"
            )
        return changes

    def deletion_question(self, row: ReferralRow) -> tuple[str, str]:
        return "", ""

    def delete_selected(self) -> Changes | None:
        """Referrals are part of the ethical record: they are cancelled, not deleted."""
        row = self.selected()
        if row is not None:
            self.inform(
                self.tr("Referrals are kept"),
                self.tr(
                    "A referral stays in the client's record. Cancel it with Status ▸ Cancel the referral."
                ),
            )
        return None

    def delete_record(self, db: Db, row: ReferralRow) -> Changes:
        raise ValidationError("referral_id", self.tr("Referrals are cancelled, not deleted."))

    # ----- status --------------------------------------------------------------------------------------

    def _fill_moves(self) -> None:
        self.move_menu.clear()
        row = self.selected()
        if row is None:
            return
        for status in sorted(NEXT_STATUSES[row.status], key=lambda s: _STATUS_ORDER[s]):
            action = self.move_menu.addAction(tr(MOVE_WORDS[status]))
            action.triggered.connect(partial(self.move_to, status))

    def move_to(self, status: ReferralStatus) -> Changes | None:
        row = self.selected()
        if row is None or self._open_db is None:
            return None
        try:
            with self._open_db() as db:
                changes = set_referral_status(db, row.id, status, self.today())
        except ValidationError as refused:
            self.inform(self.tr("The status was not changed"), refused.message)
            return None
        self.refresh()
        self.changed.emit(changes)
        return changes

    # ----- the letter ----------------------------------------------------------------------------------

    def preview_letter(self) -> None:
        row = self.selected()
        if row is None or self._open_db is None or not self.confirm_letter(self, self._open_db, row.id):
            return
        self.exporter.preview(self, self._open_db, self._letter(row), self._exported)

    def export_letter(self) -> Exported | None:
        row = self.selected()
        if row is None or self._open_db is None or not self.confirm_letter(self, self._open_db, row.id):
            return None
        exported = self.exporter.export(self, self._open_db, self._letter(row))
        if exported is not None:
            self._exported(exported)
        return exported

    def _letter(self, row: ReferralRow) -> ExportableDocument:
        """The letter, able to record the client's consent when the filter wants it."""
        assert self._open_db is not None
        record = record_letter_consent(self._open_db, row, self.changed.emit)
        return dataclasses.replace(letter_document(row), record_consent=record)

    def _exported(self, exported: Exported) -> None:
        self.changed.emit(exported.changes)
        window = self.window()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(saved_text(exported), 8000)

    def clear(self) -> None:
        self.exporter.forget()
        super().clear()
