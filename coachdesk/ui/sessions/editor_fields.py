"""The session editor's own fields: client, engagement, time, length, format, group, fee, status, concerns."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
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
from coachdesk.ui.sessions.table import CONCERN_WORDS, FORMAT_WORDS, SESSION_STATUS_WORDS

ENGAGEMENT_STATUS_WORDS = {status: status.value.replace("_", " ") for status in EngagementStatus}
LOCKED_CLIENT = "This session has finalised notes, amendments or action items, so it stays with its client."


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
        self.client.line_edit().setPlaceholderText("Type a few letters of the name")
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
        self.duration.setSuffix(" min")
        self.format = QComboBox()
        for session_format in SessionFormat:
            self.format.addItem(FORMAT_WORDS[session_format], session_format)
        self.is_group = QCheckBox("A group session")
        self.group_size = QSpinBox()
        self.group_size.setRange(2, MAX_GROUP_SIZE)
        self.group_size.setSuffix(" people")
        self.group_size.setEnabled(False)
        self.is_group.toggled.connect(self.group_size.setEnabled)
        self.paid = QComboBox()
        self.paid.addItem("Paid", True)
        self.paid.addItem("Pro bono", False)
        self.status = QComboBox()
        for status in SessionStatus:
            self.status.addItem(SESSION_STATUS_WORDS[status], status)
        self.concerns = {flag: QCheckBox(CONCERN_WORDS[flag]) for flag in ConcernFlag}
        self.filed_under = FiledUnderLabel()
        self.package = PackageLabel()
        self.form = self._build_form()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _build_form(self) -> ValidatingForm:
        form = ValidatingForm()
        form.add("client_id", "Client", self.client)
        form.add("engagement_id", "Engagement", self.engagement)
        form.add_row("", self.filed_under)
        form.add_row("", self.package)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.starts_at)
        when_row.addWidget(self.client_time)
        when_row.addStretch(1)
        form.add("starts_at", "Date and time", when, focus=self.starts_at)
        form.add("duration_minutes", "Length", self.duration)
        form.add("format", "Format", self.format)
        form.add("is_group", "Group", self.is_group)
        form.add("group_size", "Group size", self.group_size)
        form.add("paid", "Fee", self.paid)
        form.add("status", "Status", self.status)
        concerns = QWidget()
        concerns.setAccessibleName("Concerns")
        concerns.setToolTip("A need this session revealed that may fall outside coaching")
        grid = QGridLayout(concerns)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.concerns.values()):
            grid.addWidget(box, n // 2, n % 2)
        form.add("concern_flags", "Concerns", concerns, focus=next(iter(self.concerns.values())))
        return form

    # ----- filling -------------------------------------------------------------------------------

    def set_clients(self, clients: Sequence[ClientChoice]) -> None:
        self._zones = {c.id: c.time_zone for c in clients if c.time_zone}
        self.client.set_clients(clients)
        if not clients:
            self.client.line_edit().setPlaceholderText("No clients yet")

    def set_engagements(self, choices: Sequence[EngagementChoice], wanted: uuid.UUID | None) -> None:
        """Offer "No engagement" and these, choosing ``wanted`` (when it is one of them)."""
        self.engagement.clear()
        self.engagement.addItem("No engagement", None)
        for choice in choices:
            self.engagement.addItem(f"{choice.title} ({ENGAGEMENT_STATUS_WORDS[choice.status]})", choice.id)
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
        self.client.setToolTip(LOCKED_CLIENT if locked else "")

    # ----- reading -------------------------------------------------------------------------------

    def client_id(self) -> uuid.UUID:
        """The chosen client; a refusal saying why when the typed letters name none (or several)."""
        client_id = self.client.client_id()
        if client_id is not None:
            return client_id
        typed = self.client.typed_text()
        if self.client.count() == 0:
            message = "There are no clients yet: add the client first, then their sessions."
        elif not typed:
            message = "Choose the client this session is with."
        elif len(self.client.matches()) > 1:
            message = f"Several clients match “{typed}”; type more of the name or pick one from the list."
        else:
            message = f"No client matches “{typed}”."
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
