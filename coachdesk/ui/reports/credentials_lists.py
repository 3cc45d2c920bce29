"""The Credentials tab's lists: credentials held, mentor coaching, supervision and CCE, with buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any, Generic

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from coachdesk.domain import HeldCredential, MentorCoachingSession, SupervisionSession
from coachdesk.services.education import EducationRow
from coachdesk.services.folding import fold
from coachdesk.services.readiness import hours_text, units_text
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import Column, Row, RowFilterProxy, RowTableModel, local_date_text
from coachdesk.ui.reports.parts import ReportCard, fit_height, muted


def _tr(text: str) -> str:
    return QCoreApplication.translate("CredentialsView", text)


def _day(value: date | None) -> float | None:
    return None if value is None else float(value.toordinal())


class HeldColumn(IntEnum):
    BODY = 0
    LEVEL = 1
    SINCE = 2
    RENEWAL = 3


HELD_COLUMNS: dict[IntEnum, Column[HeldCredential]] = {
    HeldColumn.BODY: Column(_tr("Body"), lambda r, _l: r.body.value, lambda r: r.body.value),
    HeldColumn.LEVEL: Column(_tr("Level"), lambda r, _l: r.level, lambda r: fold(r.level)),
    HeldColumn.SINCE: Column(
        _tr("Awarded"), lambda r, loc: local_date_text(r.since, loc), lambda r: _day(r.since)
    ),
    HeldColumn.RENEWAL: Column(
        _tr("Renewal due"), lambda r, loc: local_date_text(r.renewal_due, loc), lambda r: _day(r.renewal_due)
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
        return _tr("One-to-one")
    return _tr("Group of {n}").format(n=r.group_size)


MENTORING_COLUMNS: dict[IntEnum, Column[MentorCoachingSession]] = {
    MentoringColumn.DATE: Column(
        _tr("Date"), lambda r, loc: local_date_text(r.held_on, loc), lambda r: _day(r.held_on)
    ),
    MentoringColumn.MENTOR: Column(_tr("Mentor"), lambda r, _l: r.mentor_name, lambda r: fold(r.mentor_name)),
    MentoringColumn.CREDENTIAL: Column(
        _tr("Credential"), lambda r, _l: r.mentor_credential, lambda r: fold(r.mentor_credential) or None
    ),
    MentoringColumn.HOURS: Column(
        _tr("Hours"), lambda r, _l: hours_text(r.minutes), lambda r: r.minutes, align_right=True
    ),
    MentoringColumn.FORMAT: Column(_tr("Format"), lambda r, _l: _format(r), lambda r: r.group_size),
}


class SupervisionColumn(IntEnum):
    DATE = 0
    SUPERVISOR = 1
    HOURS = 2
    FORMAT = 3


SUPERVISION_COLUMNS: dict[IntEnum, Column[SupervisionSession]] = {
    SupervisionColumn.DATE: Column(
        _tr("Date"), lambda r, loc: local_date_text(r.held_on, loc), lambda r: _day(r.held_on)
    ),
    SupervisionColumn.SUPERVISOR: Column(
        _tr("Supervisor"), lambda r, _l: r.supervisor, lambda r: fold(r.supervisor)
    ),
    SupervisionColumn.HOURS: Column(
        _tr("Hours"), lambda r, _l: hours_text(r.minutes), lambda r: r.minutes, align_right=True
    ),
    SupervisionColumn.FORMAT: Column(
        _tr("Format"),
        lambda r, _l: _tr("Group") if r.in_group else _tr("Individual"),
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
        _tr("Date"), lambda r, loc: local_date_text(r.completed_on, loc), lambda r: _day(r.completed_on)
    ),
    EducationColumn.TITLE: Column(_tr("Title"), lambda r, _l: r.title, lambda r: fold(r.title)),
    EducationColumn.PROVIDER: Column(
        _tr("Provider"), lambda r, _l: r.provider, lambda r: fold(r.provider) or None
    ),
    EducationColumn.UNITS: Column(
        _tr("Units"), lambda r, _l: units_text(r.units), lambda r: float(r.units), align_right=True
    ),
    EducationColumn.CATEGORY: Column(
        _tr("Category"), lambda r, _l: _tr(r.category_name), lambda r: r.category.value
    ),
    EducationColumn.CERTIFICATE: Column(
        _tr("Certificate"), lambda r, _l: r.certificate_name, lambda r: fold(r.certificate_name) or None
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
        self.model: RowTableModel[Row] = RowTableModel(columns, specs, self)
        self.proxy: RowFilterProxy[Row] = RowFilterProxy(row_type, lambda _r: (), sort_key, self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, title)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.empty = muted(empty_text, wrap=True)
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(_tr("Edit…"))
        self.delete_button = QPushButton(_tr("Delete…"))
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
