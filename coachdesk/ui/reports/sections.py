"""The Reports sections for the coaching-hours log (period, table, totals) and the calendar export."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.form import OptionalDate, ValidatingForm
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.reports.hours import (
    HoursColumn,
    HoursLogModel,
    HoursLogProxy,
    ReportWords,
    hours_lines,
    not_claimable_texts,
    totals_text,
)
from coachdesk.ui.reports.parts import ReportCard, fit_height, muted, notice

if TYPE_CHECKING:
    from coachdesk.services.hours_log import HoursLog

MAX_ROWS_SHOWN = 12


class HoursSection(ReportCard):
    """The log: an optional period, its claimable lines, the totals, what cannot be claimed, and the
    earlier hours and verification letter buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("HoursSection", "Coaching-hours log"),
            QCoreApplication.translate(
                "HoursSection",
                "Completed sessions in the ICF credential format: one row per client or group (up to 15 "
                "participants counted). Only claimable hours are listed and counted; "
                "the rest is shown apart.",
            ),
            parent,
        )
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Save the log as a spreadsheet (CSV) in the ICF columns"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the log as a PDF with your details and the totals"))
        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.print_button.setToolTip(self.tr("Print the log with your details and the totals (Ctrl+P)"))
        self.buttons.addWidget(self.csv_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        self.start = OptionalDate(self.tr("Set"), self.tr("Start of the period"))
        self.end = OptionalDate(self.tr("Set"), self.tr("End of the period"))
        for bound, hint in (
            (self.start, self.tr("not set: from your first session")),
            (self.end, self.tr("not set: up to today")),
        ):
            cast(QHBoxLayout, bound.layout()).insertWidget(2, muted(hint))
        self.form = ValidatingForm()
        self.form.add("start_date", self.tr("From"), self.start, focus=self.start.edit)
        self.form.add("end_date", self.tr("To"), self.end, focus=self.end.edit)
        self.model = HoursLogModel(self)
        self.proxy = HoursLogProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, self.tr("Coaching-hours log"))
        self.table.sortByColumn(HoursColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        self.empty_label = muted(wrap=True)
        self.empty_label.setAccessibleName(self.tr("No hours logged"))
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Totals"))
        self.not_claimable = muted(wrap=True)
        self.not_claimable.setAccessibleName(self.tr("Not claimable"))
        self.earlier_button = QPushButton(self.tr("Earlier hours\u2026"))
        self.earlier_button.setToolTip(
            self.tr("Enter or import log lines for hours coached before CoachDesk")
        )
        self.letter_button = QPushButton(self.tr("Verification letter\u2026"))
        self.letter_button.setToolTip(
            self.tr("A letter for an organisation's contact to sign, verifying hours logged under aliases")
        )
        more = QHBoxLayout()
        more.addWidget(self.earlier_button)
        more.addWidget(self.letter_button)
        more.addStretch(1)
        self.notice = notice()
        self.body.addWidget(self.form)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)
        self.body.addWidget(self.totals)
        self.body.addWidget(self.not_claimable)
        self.body.addLayout(more)
        self.body.addWidget(self.notice)
        self.widths_set = False
        chain = [
            self.start.check,
            self.start.edit,
            self.end.check,
            self.end.edit,
            self.csv_button,
            self.pdf_button,
            self.print_button,
            self.table,
            self.earlier_button,
        ]
        for before, after in zip(chain, [*chain[1:], self.letter_button], strict=True):
            QWidget.setTabOrder(before, after)

    def show_log(self, log: HoursLog) -> None:
        lines = hours_lines(log)
        self.model.set_rows(lines)
        self.table.setVisible(bool(lines))
        self.empty_label.setVisible(not lines)
        if log.start is not None or log.end is not None:
            self.empty_label.setText(self.tr("No completed sessions in this period."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No completed sessions yet. Each client you coach will be listed here with their paid "
                    "and pro bono hours once a session is marked completed."
                )
            )
        self.totals.setText(
            self.tr("Total: {totals}").format(totals=totals_text(log.totals, log.recent_since))
        )
        apart = not_claimable_texts(log)
        self.not_claimable.setText("\n".join(apart))
        self.not_claimable.setVisible(bool(apart))
        if lines:
            if not self.widths_set:
                fit_columns(self.table, widest=220)
                self.widths_set = True
            fit_height(self.table, len(lines), MAX_ROWS_SHOWN)

    def clear(self) -> None:
        self.model.clear()
        for bound in (self.start, self.end):
            bound.check.blockSignals(True)
            bound.set_value(None)
            bound.edit.setEnabled(False)
            bound.check.blockSignals(False)
        self.form.clear_errors()
        self.totals.clear()
        self.not_claimable.clear()
        self.not_claimable.hide()
        self.notice.hide()
        self.table.hide()
        self.empty_label.hide()


class CalendarSection(ReportCard):
    """Upcoming sessions as an .ics file; private by default (initials in titles)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CalendarSection", "Calendar"),
            QCoreApplication.translate(
                "CalendarSection",
                "Your upcoming sessions as an iCalendar (.ics) file for Google Calendar, Outlook or Apple "
                "Calendar. Importing a newer file updates the events instead of adding copies.",
            ),
            parent,
        )
        self.export_button = QPushButton(self.tr("Export calendar…"))
        self.export_button.setToolTip(self.tr("Save the upcoming sessions as an .ics file"))
        self.buttons.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.names = QCheckBox(self.tr("Use client names in titles"))
        self.names.setAccessibleName(self.tr("Use client names in titles"))
        self.names_hint = muted(
            self.tr(
                "Otherwise titles show only the client's initials (“Coaching session · Z.Ø.”), so a "
                "calendar you share or sync does not name your clients. Notes never go into the file."
            ),
            wrap=True,
        )
        self.names_hint.setIndent(self.names.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6)
        self.reminder = QComboBox()
        self.reminder.setAccessibleName(self.tr("Reminder"))
        for minutes, words in (
            (None, self.tr("No reminder")),
            (10, self.tr("10 minutes before")),
            (30, self.tr("30 minutes before")),
            (60, self.tr("1 hour before")),
            (24 * 60, self.tr("1 day before")),
        ):
            self.reminder.addItem(words, minutes)
        self.reminder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        reminder_label = QLabel(self.tr("Reminder:"))
        reminder_label.setBuddy(self.reminder)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Upcoming sessions"))
        self.notice = notice()
        choice = QVBoxLayout()
        choice.setSpacing(2)
        choice.addWidget(self.names)
        choice.addWidget(self.names_hint)
        self.body.addLayout(choice)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(reminder_label)
        reminder_row.addWidget(self.reminder)
        reminder_row.addStretch(1)
        self.body.addLayout(reminder_row)
        for widget in (self.count, self.notice):
            self.body.addWidget(widget)
        QWidget.setTabOrder(self.export_button, self.names)
        QWidget.setTabOrder(self.names, self.reminder)

    def show_count(self, sessions: int) -> None:
        self.count.setText(
            ReportWords().upcoming_sessions(sessions)
            if sessions
            else self.tr("No upcoming sessions yet: the file would hold no events.")
        )

    def set_reminder_minutes(self, minutes: int | None) -> None:
        """Choose the reminder offered for ``minutes`` (no reminder when it is not one offered)."""
        self.reminder.setCurrentIndex(max(self.reminder.findData(minutes), 0))

    def reminder_minutes(self) -> int | None:
        """Minutes before each session for the calendar's reminder; None for no reminder."""
        minutes = self.reminder.currentData()
        return minutes if isinstance(minutes, int) else None

    def clear(self) -> None:
        self.names.setChecked(False)
        self.count.clear()
        self.notice.hide()
