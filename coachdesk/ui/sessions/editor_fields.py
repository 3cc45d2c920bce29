"""The session editor's own fields: client, engagement, time, length, format, group, fee, status, concerns."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import ConcernFlag, EngagementStatus, SessionFormat, SessionStatus
from coachdesk.services.errors import ValidationError
from coachdesk.services.session_list import ClientChoice, EngagementChoice, SessionRecord
from coachdesk.services.sessions import MAX_GROUP_SIZE, SessionDetails
from coachdesk.services.validation import MAX_MINUTES
from coachdesk.ui.kit.form import ValidatingForm, index_of
from coachdesk.ui.kit.package_left import PackageLabel
from coachdesk.ui.kit.zone_text import client_time_text
from coachdesk.ui.sessions.editor_pickers import ClientCombo
from coachdesk.ui.sessions.filed_under import FiledUnderLabel
from coachdesk.ui.sessions.words import CONCERN_WORDS, FORMAT_WORDS, SESSION_STATUS_WORDS, paid_text, word

# An engagement's status as the engagement picker names it, after its title (translated where shown).
ENGAGEMENT_STATUS_WORDS: dict[EngagementStatus, str] = {
    EngagementStatus.DRAFT: str(QT_TRANSLATE_NOOP("SessionFields", "draft")),
    EngagementStatus.SENT: str(QT_TRANSLATE_NOOP("SessionFields", "sent")),
    EngagementStatus.SIGNED: str(QT_TRANSLATE_NOOP("SessionFields", "signed")),
    EngagementStatus.ACTIVE: str(QT_TRANSLATE_NOOP("SessionFields", "active")),
    EngagementStatus.COMPLETED: str(QT_TRANSLATE_NOOP("SessionFields", "completed")),
    EngagementStatus.TERMINATED: str(QT_TRANSLATE_NOOP("SessionFields", "terminated")),
}


def quarter_hour_before(moment: datetime) -> datetime:
    """``moment`` rounded down to the quarter hour (14:52 → 14:45)."""
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def from_qdatetime(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toMSecsSinceEpoch() / 1000, UTC)


class SessionFields(QWidget):
    """The form's left column, its fields named as ``SessionDetails`` names them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = ClientCombo()
        self.client.line_edit().setPlaceholderText(self.tr("Type a few letters of the name"))
        self.engagement = QComboBox()
        self.engagement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.engagement.setMinimumContentsLength(20)
        for combo in (self.client, self.engagement):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setAccessibleName(self.tr("Date and time"))  # its label names the row around it
        # The start on the client's clock, when they live in a time zone that shows another time.
        self.client_time = QLabel()
        self.client_time.setAccessibleName(self.tr("Time for the client"))
        self.client_time.hide()
        self._zones: dict[uuid.UUID, str] = {}
        self.client.client_changed.connect(lambda _id: self._show_client_time())
        self.starts_at.dateTimeChanged.connect(lambda _when: self._show_client_time())
        self.duration = QSpinBox()
        self.duration.setRange(1, MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.format = QComboBox()
        for session_format in SessionFormat:
            self.format.addItem(word(FORMAT_WORDS[session_format]), session_format)
        self.is_group = QCheckBox(self.tr("A group session"))
        self.group_size = QSpinBox()
        self.group_size.setRange(2, MAX_GROUP_SIZE)
        self.group_size.setSuffix(self.tr(" people"))
        self.group_size.setEnabled(False)
        self.is_group.toggled.connect(self.group_size.setEnabled)
        self.paid = QComboBox()
        self.paid.addItem(paid_text(True), True)
        self.paid.addItem(paid_text(False), False)
        self.status = QComboBox()
        for status in SessionStatus:
            self.status.addItem(word(SESSION_STATUS_WORDS[status]), status)
        self.concerns = {flag: QCheckBox(word(CONCERN_WORDS[flag])) for flag in ConcernFlag}
        self.filed_under = FiledUnderLabel()
        self.package = PackageLabel()
        self.form = self._build_form()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _build_form(self) -> ValidatingForm:
        form = ValidatingForm()
        form.add("client_id", self.tr("Client"), self.client)
        form.add("engagement_id", self.tr("Engagement"), self.engagement)
        form.add_row("", self.filed_under)
        form.add_row("", self.package)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.starts_at)
        when_row.addWidget(self.client_time)
        when_row.addStretch(1)
        form.add("starts_at", self.tr("Date and time"), when, focus=self.starts_at)
        form.add("duration_minutes", self.tr("Length"), self.duration)
        form.add("format", self.tr("Format"), self.format)
        form.add("is_group", self.tr("Group"), self.is_group)
        form.add("group_size", self.tr("Group size"), self.group_size)
        form.add("paid", self.tr("Fee"), self.paid)
        form.add("status", self.tr("Status"), self.status)
        concerns = QWidget()
        concerns.setAccessibleName(self.tr("Concerns"))
        concerns.setToolTip(self.tr("A need this session revealed that may fall outside coaching"))
        grid = QGridLayout(concerns)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.concerns.values()):
            grid.addWidget(box, n // 2, n % 2)
        form.add("concern_flags", self.tr("Concerns"), concerns, focus=next(iter(self.concerns.values())))
        return form

    # ----- filling -------------------------------------------------------------------------------

    def set_clients(self, clients: Sequence[ClientChoice]) -> None:
        self._zones = {c.id: c.time_zone for c in clients if c.time_zone}
        self.client.set_clients(clients)
        if not clients:
            self.client.line_edit().setPlaceholderText(self.tr("No clients yet"))

    def set_engagements(self, choices: Sequence[EngagementChoice], wanted: uuid.UUID | None) -> None:
        """Offer "No engagement" and these, choosing ``wanted`` (when it is one of them)."""
        self.engagement.clear()
        self.engagement.addItem(self.tr("No engagement"), None)
        for choice in choices:
            status = QCoreApplication.translate("SessionFields", ENGAGEMENT_STATUS_WORDS[choice.status])
            self.engagement.addItem(
                self.tr("{engagement} ({status})").format(engagement=choice.title, status=status), choice.id
            )
        self.engagement.setCurrentIndex(index_of(self.engagement, wanted))

    def _show_client_time(self) -> None:
        client_id = self.client.client_id()
        zone = self._zones.get(client_id, "") if client_id is not None else ""
        text = client_time_text(from_qdatetime(self.starts_at.dateTime()), zone) if zone else ""
        self.client_time.setText(text)
        self.client_time.setToolTip(zone)
        self.client_time.setVisible(bool(text))

    def load(self, record: SessionRecord) -> None:
        """Show a stored session (its notes and summary are the editor's)."""
        self.client.set_client_id(record.client_id)
        locked = record.finalised_at is not None or bool(record.amendments) or bool(record.action_items)
        self.lock_client(locked)
        self.starts_at.setDateTime(to_qdatetime(record.starts_at))
        self.duration.setValue(record.duration_minutes)
        self.format.setCurrentIndex(index_of(self.format, record.format))
        self.is_group.setChecked(record.is_group)
        self.group_size.setValue(max(record.group_size, 2))
        self.paid.setCurrentIndex(index_of(self.paid, record.paid))
        self.status.setCurrentIndex(index_of(self.status, record.status))
        for flag, box in self.concerns.items():
            box.setChecked(flag in record.concern_flags)

    def lock_client(self, locked: bool) -> None:
        """A session with finalised notes, amendments or action items keeps its client."""
        self.client.setEnabled(not locked)
        self.client.setToolTip(
            self.tr(
                "This session has finalised notes, amendments or action items, so it stays with its client."
            )
            if locked
            else ""
        )

    # ----- reading -------------------------------------------------------------------------------

    def client_id(self) -> uuid.UUID:
        """The chosen client; a refusal saying why when the typed letters name none (or several)."""
        client_id = self.client.client_id()
        if client_id is not None:
            return client_id
        typed = self.client.typed_text()
        if self.client.count() == 0:
            message = self.tr("There are no clients yet: add the client first, then their sessions.")
        elif not typed:
            message = self.tr("Choose the client this session is with.")
        elif len(self.client.matches()) > 1:
            message = self.tr(
                "Several clients match “{typed}”; type more of the name or pick one from the list."
            ).format(typed=typed)
        else:
            message = self.tr("No client matches “{typed}”.").format(typed=typed)
        raise ValidationError("client_id", message)

    def details(self, private_notes: str, shared_summary: str) -> SessionDetails:
        """The fields, with these notes and summary, as the sessions service takes them."""
        group = self.is_group.isChecked()
        return SessionDetails(
            client_id=self.client_id(),
            starts_at=from_qdatetime(self.starts_at.dateTime()),
            engagement_id=self.engagement.currentData(),
            duration_minutes=self.duration.value(),
            format=self.format.currentData(),
            is_group=group,
            group_size=self.group_size.value() if group else 1,
            paid=bool(self.paid.currentData()),
            status=self.status.currentData(),
            private_notes=private_notes,
            shared_summary=shared_summary,
            concern_flags=frozenset(flag for flag, box in self.concerns.items() if box.isChecked()),
        )
