"""The Credentials tab's lists: credentials held, mentor coaching, supervision and CCE, with buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any, Generic

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from coachdesk.domain import EducationCategory, HeldCredential, MentorCoachingSession, SupervisionSession
from coachdesk.services.education import EducationRow
from coachdesk.services.folding import fold
from coachdesk.services.readiness import hours_text, units_text
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import Column, Row, RowFilterProxy, RowTableModel, local_date_text
from coachdesk.ui.reports.parts import ReportCard, fit_height, muted


def _noop(text: object) -> str:
    return str(text)


def _t(text: str) -> str:
    """A text marked in the "CredentialsView" context (column headers, categories), translated."""
    return QCoreApplication.translate("CredentialsView", text)


# ICF's CCE categories as the list and the dialog show them.
CATEGORY_WORDS = {
    EducationCategory.CORE_COMPETENCIES: _noop(QT_TRANSLATE_NOOP("CredentialsView", "Core Competencies")),
    EducationCategory.COACHING_ETHICS: _noop(QT_TRANSLATE_NOOP("CredentialsView", "Coaching Ethics")),
    EducationCategory.RESOURCE_DEVELOPMENT: _noop(
        QT_TRANSLATE_NOOP("CredentialsView", "Resource Development")
    ),
}


class CredentialsTableModel(RowTableModel[Row]):
    """A list of the Credentials tab, its headers translated where shown."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return _t(header) if isinstance(header, str) else header


def _day(value: date | None) -> float | None:
    return None if value is None else float(value.toordinal())


class HeldColumn(IntEnum):
    BODY = 0
    LEVEL = 1
    SINCE = 2
    RENEWAL = 3


HELD_COLUMNS: dict[IntEnum, Column[HeldCredential]] = {
    HeldColumn.BODY: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Body")),
        lambda r, _l: r.body.value,
        lambda r: r.body.value,
    ),
    HeldColumn.LEVEL: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Level")), lambda r, _l: r.level, lambda r: fold(r.level)
    ),
    HeldColumn.SINCE: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Awarded")),
        lambda r, loc: local_date_text(r.since, loc),
        lambda r: _day(r.since),
    ),
    HeldColumn.RENEWAL: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Renewal due")),
        lambda r, loc: local_date_text(r.renewal_due, loc),
        lambda r: _day(r.renewal_due),
    ),
}


class MentoringColumn(IntEnum):
    DATE = 0
    MENTOR = 1
    CREDENTIAL = 2
    HOURS = 3
    FORMAT = 4


def _format(r: MentorCoachingSession) -> str:
    if r.group_size == 1:
        return QCoreApplication.translate("CredentialsView", "One-to-one")
    return QCoreApplication.translate("CredentialsView", "Group of {n}").format(n=r.group_size)


MENTORING_COLUMNS: dict[IntEnum, Column[MentorCoachingSession]] = {
    MentoringColumn.DATE: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Date")),
        lambda r, loc: local_date_text(r.held_on, loc),
        lambda r: _day(r.held_on),
    ),
    MentoringColumn.MENTOR: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Mentor")),
        lambda r, _l: r.mentor_name,
        lambda r: fold(r.mentor_name),
    ),
    MentoringColumn.CREDENTIAL: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Credential")),
        lambda r, _l: r.mentor_credential,
        lambda r: fold(r.mentor_credential) or None,
    ),
    MentoringColumn.HOURS: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Hours")),
        lambda r, _l: hours_text(r.minutes),
        lambda r: r.minutes,
        align_right=True,
    ),
    MentoringColumn.FORMAT: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Format")),
        lambda r, _l: _format(r),
        lambda r: r.group_size,
    ),
}


class SupervisionColumn(IntEnum):
    DATE = 0
    SUPERVISOR = 1
    HOURS = 2
    FORMAT = 3


SUPERVISION_COLUMNS: dict[IntEnum, Column[SupervisionSession]] = {
    SupervisionColumn.DATE: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Date")),
        lambda r, loc: local_date_text(r.held_on, loc),
        lambda r: _day(r.held_on),
    ),
    SupervisionColumn.SUPERVISOR: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Supervisor")),
        lambda r, _l: r.supervisor,
        lambda r: fold(r.supervisor),
    ),
    SupervisionColumn.HOURS: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Hours")),
        lambda r, _l: hours_text(r.minutes),
        lambda r: r.minutes,
        align_right=True,
    ),
    SupervisionColumn.FORMAT: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Format")),
        lambda r, _l: (
            QCoreApplication.translate("CredentialsView", "Group")
            if r.in_group
            else QCoreApplication.translate("CredentialsView", "Individual")
        ),
        lambda r: int(r.in_group),
    ),
}


class EducationColumn(IntEnum):
    DATE = 0
    TITLE = 1
    PROVIDER = 2
    UNITS = 3
    CATEGORY = 4
    CERTIFICATE = 5


EDUCATION_COLUMNS: dict[IntEnum, Column[EducationRow]] = {
    EducationColumn.DATE: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Date")),
        lambda r, loc: local_date_text(r.completed_on, loc),
        lambda r: _day(r.completed_on),
    ),
    EducationColumn.TITLE: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Title")), lambda r, _l: r.title, lambda r: fold(r.title)
    ),
    EducationColumn.PROVIDER: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Provider")),
        lambda r, _l: r.provider,
        lambda r: fold(r.provider) or None,
    ),
    EducationColumn.UNITS: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Units")),
        lambda r, _l: units_text(r.units),
        lambda r: float(r.units),
        align_right=True,
    ),
    EducationColumn.CATEGORY: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Category")),
        lambda r, _l: _t(CATEGORY_WORDS.get(r.category, r.category_name)),
        lambda r: r.category.value,
    ),
    EducationColumn.CERTIFICATE: Column(
        _noop(QT_TRANSLATE_NOOP("CredentialsView", "Certificate")),
        lambda r, _l: r.certificate_name,
        lambda r: fold(r.certificate_name) or None,
    ),
}


class RecordSection(ReportCard, Generic[Row]):
    """A card with a short table of records and Add, Edit and Delete buttons (more may be added)."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        row_type: type[Row],
        columns: type[IntEnum],
        specs: dict[IntEnum, Column[Row]],
        *,
        add_text: str,
        empty_text: str,
        sort_key: Callable[[Row], tuple[Any, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, subtitle, parent)
        self.model: RowTableModel[Row] = CredentialsTableModel(columns, specs, self)
        self.proxy: RowFilterProxy[Row] = RowFilterProxy(row_type, lambda _r: (), sort_key, self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, title)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.empty = muted(empty_text, wrap=True)
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(QCoreApplication.translate("CredentialsView", "Edit…"))
        self.delete_button = QPushButton(QCoreApplication.translate("CredentialsView", "Delete…"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.set_rows([])

    def set_rows(self, rows: list[Row]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        fit_height(self.table, len(rows), most=6, least=2)
        if rows:
            fit_columns(self.table)
        if selected is not None:
            self.select(getattr(selected, "id", None))
        self.update_buttons()

    def selected(self) -> Row | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def select(self, record_id: object) -> None:
        for number, row in enumerate(self.model.rows()):
            if getattr(row, "id", None) == record_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())
                return

    def update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
