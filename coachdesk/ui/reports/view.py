"""The Reports area: the coaching-hours log with credential progress and exports, the calendar, retention."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from coachdesk.domain import DocumentKind
from coachdesk.services.credentials import RECENT_MONTHS
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_names import neutral_file_name
from coachdesk.services.local_time import local_zone
from coachdesk.ui.kit import recipient_dialog
from coachdesk.ui.kit.document_export import DocumentExporter, ExportableDocument, Exported, Printed
from coachdesk.ui.kit.export_folders import ExportFolders
from coachdesk.ui.kit.pdf_print import sheets_text
from coachdesk.ui.kit.row_table import local_date_text
from coachdesk.ui.reports.credentials_view import CredentialsView
from coachdesk.ui.reports.hours import ProgressPanel, ReportWords
from coachdesk.ui.reports.parts import (
    ReportCard,
    choose_save_file,
    run_dialog,
    show_problem,
    with_suffix,
    write_failure,
)
from coachdesk.ui.reports.retention import RetentionSection
from coachdesk.ui.reports.sections import CalendarSection, HoursSection

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.hours_log import HoursLog
    from coachdesk.ui.reports.earlier_hours_dialog import EarlierHoursDialog

PERIOD_DELAY_MS = 250
# The save dialog's filters, marked for translation (the words; the patterns stay).
FILTERS = {
    ".csv": str(QT_TRANSLATE_NOOP("ReportsView", "CSV files (*.csv)")),
    ".pdf": str(QT_TRANSLATE_NOOP("ReportsView", "PDF documents (*.pdf)")),
    ".ics": str(QT_TRANSLATE_NOOP("ReportsView", "iCalendar files (*.ics)")),
}


def file_filter(suffix: str) -> str:
    """The save dialog's filter for ``suffix``, in the coach's language."""
    return QCoreApplication.translate("ReportsView", FILTERS[suffix])


class ReportsView(QWidget):
    """The Reports area.

    ``changed`` carries the Changes of each write (an export of the hours log is recorded; the
    retention period, a decision to keep, an erasure). After an erasure ``erased`` follows
    ``changed``: the vault must be saved at once. ``open_record("client", id, id)`` asks for a
    client to be shown. ``vault_path`` names the vault whose backups the erasure question lists.
    """

    changed = Signal(object)  # Changes
    erased = Signal(object)  # Changes
    open_record = Signal(str, object, object)  # kind, record id, client id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db: DbFactory | None = None
        self._credentials_attached = False
        self.log: HoursLog | None = None
        self.folders = ExportFolders()  # where the save dialog opens, per kind: this session only
        # Replaceable in tests.
        self.today: Callable[[], date] = date.today
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.zone: Callable[[], tzinfo] = local_zone
        self.choose_file: Callable[[QWidget | None, str, str, str], str] = self._choose_file
        self.report_error: Callable[[QWidget | None, str, str], None] = show_problem
        # Prints the log; tests replace its ``ask_printer``.
        self.exporter = DocumentExporter(on_printed=lambda printed: self.changed.emit(printed.changes))
        self.exporter.report_error = self._report_print_error

        self.hours = HoursSection()
        self.progress = ReportCard(self.tr("Progress towards ICF credentials"), "")
        self.progress_panel = ProgressPanel()
        self.progress.body.addWidget(self.progress_panel)
        self.calendar = CalendarSection()
        self.retention = RetentionSection()
        self.retention.today = self._today

        self.hours.csv_button.clicked.connect(lambda: self.export_hours_log(".csv"))
        self.hours.pdf_button.clicked.connect(lambda: self.export_hours_log(".pdf"))
        for button, action in (
            (self.hours.print_button, self.print_hours_log),
            (self.hours.earlier_button, self.edit_earlier_hours),
            (self.hours.letter_button, self.export_verification_letter),
        ):
            button.clicked.connect(action)
        print_keys = QShortcut(QKeySequence.StandardKey.Print, self)
        print_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_keys.activated.connect(self.hours.print_button.click)
        # The log is made again once the period stops changing (typing a date changes it per key).
        self.period_timer = QTimer(self, singleShot=True, interval=PERIOD_DELAY_MS)
        self.period_timer.timeout.connect(self.refresh_hours)
        for bound in (self.hours.start, self.hours.end):
            bound.check.toggled.connect(lambda _on: self.period_timer.start())
            bound.edit.dateChanged.connect(lambda _d: self.period_timer.start())
        self.hours.table.activated.connect(self._open_line)
        self.calendar.export_button.clicked.connect(self.export_calendar)
        self.retention.changed.connect(self._retention_changed)
        self.retention.erased.connect(self.erased)
        self.retention.open_record.connect(self.open_record)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 18, 20, 20)
        column.setSpacing(14)
        for card in (self.hours, self.progress, self.calendar, self.retention):
            column.addWidget(card)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tabs())
        QWidget.setTabOrder(self.hours.letter_button, self.calendar.export_button)
        QWidget.setTabOrder(self.calendar.names, self.retention.years)
        self.clear()

    def _tabs(self) -> QTabWidget:
        """This page as the first tab; Credentials (mentoring, supervision, CCE, readiness) the second."""
        self.credentials = CredentialsView()
        self.credentials.changed.connect(self.changed)
        self.credentials.set_vaults(lambda: tuple(self._vaults()))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll_area, self.tr("Hours and records"))
        self.tabs.addTab(self.credentials, self.tr("Credentials"))
        self.tabs.currentChanged.connect(self._tab_shown)
        return self.tabs

    def _tab_shown(self, _index: int) -> None:
        """Credentials reads the whole hours log twice over (readiness, supervision): it is filled
        when its tab is first shown, not whenever the reports are."""
        if self.tabs.currentWidget() is self.credentials and self._open_db is not None:
            self._attach_credentials(self._open_db)

    def _attach_credentials(self, open_db: DbFactory) -> None:
        if not self._credentials_attached:
            self._credentials_attached = True
            self.credentials.attach(open_db)

    def _today(self) -> date:
        return self.today()

    @property
    def vault_path(self) -> Path | None:
        return self.retention.vault_path

    @vault_path.setter
    def vault_path(self, path: Path | None) -> None:
        self.retention.vault_path = path

    # ----- life ------------------------------------------------------------------------------------

    def attach(self, open_db: DbFactory) -> None:
        """Show the reports of the vault that ``sessions`` opens sessions on."""
        self._open_db = open_db
        if self.vault_path is None:  # the workspace passes ``vault.session``: its vault knows the file
            owner = getattr(open_db, "__self__", None)
            path = getattr(owner, "path", None)
            self.vault_path = path if isinstance(path, Path) else None
        self.retention.attach(open_db)  # each part fills itself as it is attached
        self.credentials.today = self.today
        self.credentials.zone = self.zone
        self._credentials_attached = False
        if self.tabs.currentWidget() is self.credentials:
            self._attach_credentials(open_db)
        self.refresh_hours()
        self.refresh_calendar()

    def refresh(self) -> None:
        if self._open_db is None:
            return
        self.refresh_hours()
        self.refresh_calendar()
        self.retention.refresh()
        self.credentials.refresh()

    def clear(self) -> None:
        """Forget everything shown and reset the period and choices (on lock)."""
        self._open_db = None
        self.period_timer.stop()
        self.log = None
        self.vault_path = None
        self.folders.forget()
        self.hours.clear()
        self.progress_panel.clear()
        self.progress.subtitle_label.setText(self._progress_subtitle(None))
        self.calendar.clear()
        self.retention.clear()
        self.credentials.clear()
        self._credentials_attached = False

    # ----- the hours log ---------------------------------------------------------------------------

    def _make_log(self) -> HoursLog | None:
        """The log for the period chosen; None after showing what is wrong with the period."""
        from coachdesk.services.hours_log import hours_log

        if self._open_db is None:
            return None
        self.hours.form.clear_errors()
        try:
            with self._open_db() as db:
                return hours_log(
                    db,
                    self.today(),
                    start=self.hours.start.value(),
                    end=self.hours.end.value(),
                    zone=self.zone(),
                )
        except ValidationError as error:
            self.hours.form.show_error(error)
            return None

    def refresh_hours(self) -> None:
        self.period_timer.stop()
        log = self._make_log()
        if log is None:
            return
        self.log = log
        self.hours.show_log(log)
        self.progress_panel.show_progress(log.progress)
        self.progress.subtitle_label.setText(self._progress_subtitle(log))

    def _progress_subtitle(self, log: HoursLog | None) -> str:
        period = log is not None and (log.start is not None or log.end is not None)
        if log is None:
            return self.tr(
                "Measured on the log's claimable lines. ACC and PCC also ask for hours in the last "
                "{months} months; MCC does not."
            ).format(months=RECENT_MONTHS)
        if period:
            text = self.tr(
                "Measured on the log's claimable lines in the period chosen. ACC and PCC also ask for hours "
                "in the last {months} months (since {since}); MCC does not."
            )
        else:
            text = self.tr(
                "Measured on the log's claimable lines. ACC and PCC also ask for hours in the last "
                "{months} months (since {since}); MCC does not."
            )
        return text.format(months=RECENT_MONTHS, since=local_date_text(log.recent_since))

    def _open_line(self, index: QModelIndex) -> None:
        line = self.hours.proxy.row_at(index)
        if line is not None and line.client_ids:
            client_id = line.client_ids[0]
            self.open_record.emit("client", client_id, client_id)

    def _suggested(self, kind: DocumentKind, name: str) -> str:
        return str(self.folders.folder(kind.value) / name)

    def _choose_file(self, parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str:
        return choose_save_file(parent, caption, suggested, file_filter, tuple(self._vaults()))

    def _vaults(self) -> list[Path]:
        return [self.vault_path] if self.vault_path else []

    def export_hours_log(self, suffix: str) -> Path | None:
        """Ask where, write the log as CSV or PDF (by ``suffix``), and record the export."""
        from coachdesk.services.hours_log_export import export_hours_log

        log = self._make_log()
        if log is None or self._open_db is None:
            return None
        kind = suffix.lstrip(".").upper()
        name = neutral_file_name("hours_log", log.made_on, suffix=suffix)
        chosen = self.choose_file(
            self,
            self.tr("Export the coaching-hours log as {kind}").format(kind=kind),
            self._suggested(DocumentKind.HOURS_LOG, name),
            file_filter(suffix),
        )
        if not chosen:
            return None
        path = with_suffix(Path(chosen), suffix)
        # Kept for the coach's own use by default, or named: a credentialing body, a mentor coach.
        recipient = recipient_dialog.ask_recipient(self, self.tr("Coaching-hours log"), "")
        if recipient is None:
            return None
        title = self.tr("The hours log was not saved")
        try:
            with self._open_db() as db:
                changes = export_hours_log(
                    db, path, log.made_on, log=log, vaults=self._vaults(), recipient=recipient.name
                )
        except ValidationError as error:
            if error.field in ("start_date", "end_date"):
                self.hours.form.show_error(error)
            else:
                self.report_error(self, title, f"“{path.name}”: {error.message}")
            return None
        except OSError as error:
            self.report_error(self, title, write_failure(path, error))
            return None
        self.folders.remember(DocumentKind.HOURS_LOG.value, path.parent)
        self.hours.notice.setText(
            self.tr("Saved “{file}” in {folder}.").format(file=path.name, folder=path.parent)
        )
        self.hours.notice.show()
        self.changed.emit(changes)
        return path

    def print_hours_log(self) -> Printed | None:
        """Ask for a printer, print the log for the period chosen and record the print (no file)."""
        from coachdesk.services.hours_log_export import hours_log_print

        log = self._make_log()
        if log is None or self._open_db is None:
            return None
        name = neutral_file_name("hours_log", log.made_on, suffix=".pdf")
        document = ExportableDocument(self.tr("Coaching-hours log"), name, hours_log_print(log))
        printed = self.exporter.print_document(self, self._open_db, document)
        if printed is not None:
            self.hours.notice.setText(sheets_text(printed.pages))
            self.hours.notice.show()
        return printed

    def edit_earlier_hours(self) -> EarlierHoursDialog | None:
        """Open the lines entered for hours before CoachDesk; each change remakes the log and is saved."""
        from coachdesk.ui.reports.earlier_hours_dialog import EarlierHoursDialog

        if self._open_db is None:
            return None
        dialog = EarlierHoursDialog(self._open_db, self.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._earlier_changed)
        dialog.open()
        return dialog

    def _earlier_changed(self, changes: Changes) -> None:
        self.refresh_hours()
        self.changed.emit(changes)

    def export_verification_letter(self) -> Exported | None:
        """The letter an organisation's contact signs for the hours logged under aliases (ledger recorded)."""
        from coachdesk.ui.reports.verification_letter_dialog import export_verification_letter

        log = self._make_log()
        if log is None or self._open_db is None:
            return None
        exported = export_verification_letter(
            self, self._open_db, self.exporter, log, run=run_dialog, report=self._report_print_error
        )
        if exported is not None:
            self.hours.notice.setText(
                self.tr("Saved “{file}” in {folder}.").format(
                    file=exported.path.name, folder=exported.path.parent
                )
            )
            self.hours.notice.show()
            self.changed.emit(exported.changes)
        return exported

    def _report_print_error(self, parent: QWidget | None, title: str, message: str) -> None:
        self.report_error(parent, title, message)  # looked up now: tests replace ``report_error``

    # ----- the calendar ----------------------------------------------------------------------------

    def refresh_calendar(self) -> None:
        from coachdesk.services.calendar_export import upcoming_session_count

        if self._open_db is None:
            return
        with self._open_db() as db:
            self.calendar.show_count(upcoming_session_count(db, self.now()))

    def export_calendar(self) -> Path | None:
        """Ask where, and write the upcoming sessions as an .ics file (names only when chosen)."""
        from coachdesk.services.calendar_export import export_calendar

        if self._open_db is None:
            return None
        chosen = self.choose_file(
            self,
            self.tr("Export the calendar"),
            self._suggested(
                DocumentKind.CALENDAR, neutral_file_name("calendar", date.today(), suffix=".ics")
            ),
            file_filter(".ics"),
        )
        if not chosen:
            return None
        path = with_suffix(Path(chosen), ".ics")
        names = self.calendar.names.isChecked()
        try:
            with self._open_db() as db:
                count = export_calendar(
                    db,
                    path,
                    self.now(),
                    names=names,
                    zone=self.zone(),
                    vaults=self._vaults(),
                    reminder_minutes=self.calendar.reminder_minutes(),
                )
        except OSError as error:
            self.report_error(self, self.tr("The calendar was not saved"), write_failure(path, error))
            return None
        self.folders.remember(DocumentKind.CALENDAR.value, path.parent)
        if names:
            saved = self.tr("Saved “{file}” in {folder}: {events}, titles with client names.")
        else:
            saved = self.tr("Saved “{file}” in {folder}: {events}, titles with initials only.")
        self.calendar.notice.setText(
            saved.format(file=path.name, folder=path.parent, events=ReportWords().events(count))
        )
        self.calendar.notice.show()
        from coachdesk.services.changes import changed

        self.changed.emit(changed("outbound_entry"))  # the export is in the ledger: save it
        return path

    # ----- retention -------------------------------------------------------------------------------

    def _retention_changed(self, changes: Changes) -> None:
        if changes.touches("client"):  # an erasure: the log and the calendar lose the client too
            self.refresh_hours()
            self.refresh_calendar()
        self.changed.emit(changes)

    # ----- UI state --------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        settings.setValue("reports_view/hours_header", self.hours.table.horizontalHeader().saveState())
        settings.setValue("reports_view/calendar_reminder", self.calendar.reminder_minutes() or 0)
        self.retention.save_ui_state(settings)

    def restore_ui_state(self, settings: QSettings) -> None:
        state = settings.value("reports_view/hours_header")
        if isinstance(state, QByteArray) and self.hours.table.horizontalHeader().restoreState(state):
            self.hours.widths_set = True
        reminder = settings.value("reports_view/calendar_reminder", 0)
        if isinstance(reminder, (int, str)) and str(reminder).isdigit() and int(reminder):
            self.calendar.set_reminder_minutes(int(reminder))
        self.retention.restore_ui_state(settings)
