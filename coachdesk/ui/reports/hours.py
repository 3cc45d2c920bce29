"""The coaching-hours log in Reports: its claimable lines, what cannot be claimed, and credential progress."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.credentials import (
    CREDENTIALS,
    CredentialProgress,
    HoursTotals,
    Requirement,
    RequirementKey,
    progress,
)
from coachdesk.services.folding import fold
from coachdesk.services.hours_log import HoursLog
from coachdesk.ui.kit.row_table import Column, local_date_text
from coachdesk.ui.kit.shown_rows import ShownRowsModel, ShownRowsProxy

GOOD_COLOUR = "#1e7b34"


def hours_text(value: Decimal, locale: QLocale | None = None) -> str:
    """Hours to two decimals in the user's locale ("26.25", "26,25")."""
    return (locale or QLocale()).toString(float(value), "f", 2)


def count_text(value: int | Decimal, locale: QLocale | None = None) -> str:
    """A whole number in the user's locale, with digit grouping ("2,500")."""
    return (locale or QLocale()).toString(int(value))


def _english_plural(text: str, count: int) -> str:
    """Untranslated English plurals written out: "1 client(s)" → "1 client", "2 …" → "2 clients"."""
    return text.replace("(s)", "s" if count != 1 else "")


class ReportWords(QObject):
    """The counted words of Reports (a QObject, so that lupdate sees their plurals)."""

    def clients(self, count: int) -> str:
        return _english_plural(self.tr("%n client(s)", "", count), count)

    def clients_to_go(self, count: int) -> str:
        return _english_plural(self.tr("%n client(s) to go", "", count), count)

    def upcoming_sessions(self, count: int) -> str:
        return _english_plural(self.tr("%n upcoming session(s) will be exported.", "", count), count)

    def events(self, count: int) -> str:
        return _english_plural(self.tr("%n event(s)", "", count), count)

    def years(self, count: int) -> str:
        return _english_plural(self.tr("%n year(s)", "", count), count)


def _noop(text: object) -> str:
    return str(text)


# The kind of a line as the hours log writes it (in English, as ICF's log asks), shown translated.
KIND_WORDS = {
    "Individual": _noop(QT_TRANSLATE_NOOP("HoursLog", "Individual")),
    "Group": _noop(QT_TRANSLATE_NOOP("HoursLog", "Group")),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("HoursLog", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


@dataclass(frozen=True)
class HoursLine:
    """One claimable line of the log's table (as the CSV and the PDF list them)."""

    number: int | None
    name: str
    kind: str  # "Individual" or "Group"
    in_group: int | None
    contact: str
    first_date: date
    last_date: date
    paid_hours: Decimal
    pro_bono_hours: Decimal
    client_ids: tuple[uuid.UUID, ...] = ()
    entered: bool = False  # entered by the coach for hours before CoachDesk
    alias: bool = False  # logged as an alias, verified by the organisation


def hours_lines(log: HoursLog) -> list[HoursLine]:
    """The log's claimable lines."""
    return [
        HoursLine(
            r.number,
            r.client_name,
            r.kind,
            r.number_in_group,
            r.contact,
            r.first_date,
            r.last_date,
            r.paid_hours,
            r.pro_bono_hours,
            r.client_ids,
            r.entered,
            r.alias,
        )
        for r in log.rows
    ]


def line_name(line: HoursLine) -> str:
    """The name as the table shows it: an entered line says so."""
    if line.entered:
        return QCoreApplication.translate("HoursLog", "%1 (entered)").replace("%1", line.name)
    return line.name


# Why lines are set apart, as the service names them (and the printed log, which stays in English).
REASON_WORDS = {
    "no consent to be named": _noop(QT_TRANSLATE_NOOP("HoursLog", "no consent to be named")),
    "no organisation contact e-mail": _noop(QT_TRANSLATE_NOOP("HoursLog", "no organisation contact e-mail")),
}


def not_claimable_texts(log: HoursLog, locale: QLocale | None = None) -> list[str]:
    """``Not claimable: 5 clients, 12.50 hours — no consent to be named``, one per reason."""
    return [
        QCoreApplication.translate("HoursLog", "Not claimable: %1, %2 hours \u2014 %3")
        .replace("%1", ReportWords().clients(line.clients))
        .replace("%2", hours_text(line.hours, locale))
        .replace("%3", QCoreApplication.translate("HoursLog", REASON_WORDS.get(line.reason, line.reason)))
        for line in log.not_claimable
    ]


class HoursColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    KIND = 2
    IN_GROUP = 3
    START = 4
    END = 5
    PAID = 6
    PRO_BONO = 7
    CONTACT = 8  # last: it takes the room left


COLUMNS: dict[IntEnum, Column[HoursLine]] = {
    HoursColumn.NUMBER: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "No.")),
        lambda r, _l: "" if r.number is None else str(r.number),
        lambda r: r.number,
        align_right=True,
    ),
    HoursColumn.NAME: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "Client name")),
        lambda r, _l: line_name(r),
        lambda r: fold(r.name),
    ),
    HoursColumn.KIND: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "Individual/Group")),
        lambda r, _l: kind_text(r.kind),
        lambda r: r.kind,
    ),
    HoursColumn.IN_GROUP: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "In group")),
        lambda r, _l: "" if r.in_group is None else str(r.in_group),
        lambda r: r.in_group,
        align_right=True,
    ),
    HoursColumn.CONTACT: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "Contact")),
        lambda r, _l: r.contact,
        lambda r: fold(r.contact) or None,
    ),
    HoursColumn.START: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "Start date")),
        lambda r, loc: local_date_text(r.first_date, loc),
        lambda r: r.first_date.toordinal(),
    ),
    HoursColumn.END: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "End date")),
        lambda r, loc: local_date_text(r.last_date, loc),
        lambda r: r.last_date.toordinal(),
    ),
    HoursColumn.PAID: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "Paid hours")),
        lambda r, loc: hours_text(r.paid_hours, loc),
        lambda r: float(r.paid_hours),
        True,
    ),
    HoursColumn.PRO_BONO: Column(
        _noop(QT_TRANSLATE_NOOP("HoursLog", "Pro bono hours")),
        lambda r, loc: hours_text(r.pro_bono_hours, loc),
        lambda r: float(r.pro_bono_hours),
        True,
    ),
}


# Headers shown on two lines, so the columns of figures stay narrow (read aloud on one line).
TWO_LINE_HEADERS = {
    HoursColumn.IN_GROUP: _noop(QT_TRANSLATE_NOOP("HoursLog", "In\ngroup")),
    HoursColumn.START: _noop(QT_TRANSLATE_NOOP("HoursLog", "Start\ndate")),
    HoursColumn.END: _noop(QT_TRANSLATE_NOOP("HoursLog", "End\ndate")),
    HoursColumn.PAID: _noop(QT_TRANSLATE_NOOP("HoursLog", "Paid\nhours")),
    HoursColumn.PRO_BONO: _noop(QT_TRANSLATE_NOOP("HoursLog", "Pro bono\nhours")),
}


def _tie(row: HoursLine) -> tuple[int, str]:
    return (row.number or 0, fold(row.name))


class HoursLogModel(ShownRowsModel[HoursLine]):
    """The log's lines, sorted here (hundreds of them, sorted at once rather than pair by pair
    through a proxy); aliases and lines entered for earlier hours are shown in italics."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HoursColumn, COLUMNS, _tie, parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section in TWO_LINE_HEADERS
        ):
            return QCoreApplication.translate("HoursLog", TWO_LINE_HEADERS[HoursColumn(section)])
        header = super().headerData(section, orientation, role)
        return QCoreApplication.translate("HoursLog", header) if isinstance(header, str) else header

    def cell(self, number: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _MARKED_ROLES:
            row = self.row_number(number)
            if row is not None and (row.entered or row.alias):
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setItalic(True)
                    return font
                return (
                    QCoreApplication.translate(
                        "HoursLog", "Entered by you from an earlier log (hours before CoachDesk)"
                    )
                    if row.entered
                    else QCoreApplication.translate(
                        "HoursLog", "Logged as an alias: the organisation's contact verifies these hours"
                    )
                )
        return super().cell(number, column, role)


_MARKED_ROLES = frozenset({int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.ToolTipRole)})


class HoursLogProxy(ShownRowsProxy[HoursLine]):
    """Sorts the log's rows by any column (the model does the work)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HoursLine, lambda r: (r.name, r.contact), _tie, parent)


def totals_text(totals: HoursTotals, recent_since: date, locale: QLocale | None = None) -> str:
    """``26.25 coaching hours (25.50 paid, 0.75 pro bono) · 12 clients · 26.25 hours since 27/05/2025``."""
    locale = locale or QLocale()
    return QCoreApplication.translate(
        "HoursLog",
        "{hours} coaching hours ({paid} paid, {pro_bono} pro bono) · {clients} · "
        "{recent} hours since {since}",
    ).format(
        hours=hours_text(totals.hours, locale),
        paid=hours_text(totals.paid_hours, locale),
        pro_bono=hours_text(totals.pro_bono_hours, locale),
        clients=ReportWords().clients(totals.clients),
        recent=hours_text(totals.recent_hours, locale),
        since=local_date_text(recent_since, locale),
    )


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def requirement_texts(requirement: Requirement, locale: QLocale | None = None) -> tuple[str, str]:
    """What the log holds against what is asked ("26.25 / 100 h"), and what is left ("73.75 h to go")."""
    locale = locale or QLocale()
    clients = requirement.key is RequirementKey.CLIENTS
    if clients:
        figures = f"{count_text(requirement.achieved, locale)} / {count_text(requirement.required, locale)}"
    else:
        figures = QCoreApplication.translate("HoursLog", "{achieved} / {required} h").format(
            achieved=hours_text(requirement.achieved, locale),
            required=count_text(requirement.required, locale),
        )
    if requirement.met:
        return figures, QCoreApplication.translate("HoursLog", "\u2713 Met")
    if clients:
        return figures, ReportWords().clients_to_go(int(requirement.remaining))
    return figures, QCoreApplication.translate("HoursLog", "{hours} h to go").format(
        hours=hours_text(requirement.remaining, locale)
    )


class RequirementRow(QWidget):
    """A requirement: its label and figures, a progress bar, and "Met" or what is left."""

    def __init__(self, credential: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.credential = credential
        self.label = QLabel()
        self.figures = QLabel()
        self.figures.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.state = _muted(QLabel())
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state.setMinimumWidth(
            self.state.fontMetrics().horizontalAdvance(
                QCoreApplication.translate("HoursLog", "{hours} h to go").format(hours="000.00")
            )
            + 4
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.figures, 0, 1)
        grid.addWidget(self.bar, 1, 0, 1, 1)
        grid.addWidget(self.state, 1, 1)
        grid.setColumnStretch(0, 1)

    def show_requirement(self, requirement: Requirement) -> None:
        figures, state = requirement_texts(requirement)
        self.label.setText(requirement.label)
        self.figures.setText(figures)
        self.state.setText(state)
        # A met requirement reads in green at full strength; what is left stays quiet.
        self.state.setForegroundRole(
            QPalette.ColorRole.WindowText if requirement.met else QPalette.ColorRole.PlaceholderText
        )
        self.state.setStyleSheet(f"color: {GOOD_COLOUR};" if requirement.met else "")
        self.bar.setValue(round(requirement.fraction * 1000))
        name = self.tr("{credential}: {requirement}").format(
            credential=self.credential, requirement=requirement.label
        )
        self.bar.setAccessibleName(name)
        self.bar.setAccessibleDescription(f"{figures}, {state.replace(chr(0x2713), '').strip()}")
        self.setAccessibleName(name)


class CredentialCard(QFrame):
    """One credential: its name, whether every requirement is met, and a row per requirement."""

    def __init__(self, name: str, title: str, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentialCard")
        self.setStyleSheet(
            "#credentialCard { border: 1px solid palette(mid); border-radius: 5px;"
            " background: palette(alternate-base); }"
        )
        self.setAccessibleName(self.tr("{credential} progress").format(credential=name))
        self.name_label = QLabel(name)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.title_label = _muted(QLabel(title))
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        self.rows = [RequirementRow(name) for _ in range(rows)]
        for row in self.rows:
            layout.addWidget(row)
        layout.addStretch(1)

    def show_progress(self, credential: CredentialProgress) -> None:
        met = sum(1 for r in credential.requirements if r.met)
        if credential.met:
            self.summary.setText(self.tr("\u2713 All met"))
            self.summary.setStyleSheet(f"color: {GOOD_COLOUR}; font-weight: 600;")
        else:
            self.summary.setText(
                self.tr("{met} of {required} met").format(met=met, required=len(credential.requirements))
            )
            self.summary.setStyleSheet("")
        for row, requirement in zip(self.rows, credential.requirements, strict=True):
            row.show_requirement(requirement)


class ProgressPanel(QWidget):
    """Progress towards ACC, PCC and MCC side by side, or one below the other where the page is too
    narrow for three (so the page never scrolls sideways)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Progress towards ICF credentials"))
        self.cards: dict[str, CredentialCard] = {}
        row = self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for credential in CREDENTIALS:
            rows = 3 if credential.recent_hours is None else 4
            card = CredentialCard(credential.name, credential.title, rows)
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.cards[credential.name] = card
            row.addWidget(card, 1)
        self.clear()

    def side_by_side_width(self) -> int:
        """The narrowest width at which the cards still fit side by side."""
        cards = [card.minimumSizeHint().width() for card in self.cards.values()]
        return sum(cards) + self.row.spacing() * (len(cards) - 1)

    def minimumSizeHint(self) -> QSize:
        widest = max(card.minimumSizeHint().width() for card in self.cards.values())
        return QSize(widest, self.row.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)

    def show_progress(self, credentials: Sequence[CredentialProgress]) -> None:
        # A progress bar repaints itself at once on each new value; the panel paints once instead.
        self.setUpdatesEnabled(False)
        try:
            for credential in credentials:
                self.cards[credential.credential.name].show_progress(credential)
        finally:
            self.setUpdatesEnabled(True)

    def clear(self) -> None:
        nothing = HoursTotals(0, 0, 0, 0)
        self.show_progress([progress(c, nothing) for c in CREDENTIALS])
