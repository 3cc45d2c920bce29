"""The client record's tables of the ethical record and the timeline: referrals, consents, conflicts."""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from coachdesk.domain import ReferralStatus, ReferralUrgency
from coachdesk.services.client_overview import ConflictLine, ConsentLine, ReferralLine
from coachdesk.services.client_timeline import TimelineEvent
from coachdesk.services.folding import fold
from coachdesk.ui.clients.detail_models import DetailTableModel, date_column, text_column, word_column
from coachdesk.ui.clients.detail_words import word
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.row_table import Column, local_date_text, local_datetime_text

# ----- referrals and consents ---------------------------------------------------------------------


class ClientReferralColumn(IntEnum):
    PROFESSIONAL = 0
    URGENCY = 1
    STATUS = 2
    REFERRED = 3
    FOLLOW_UP = 4
    REASON = 5


def professional_text(row: ReferralLine) -> str:
    if not row.profession:
        return row.professional
    return QCoreApplication.translate("DetailTableModel", "{professional} ({profession})").format(
        professional=row.professional, profession=row.profession
    )


REFERRAL_COLUMNS: dict[IntEnum, Column[ReferralLine]] = {
    ClientReferralColumn.PROFESSIONAL: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Referred to"), professional_text
    ),
    ClientReferralColumn.REASON: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Reason"), lambda r: " ".join(r.reason.split())
    ),
    ClientReferralColumn.URGENCY: word_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Urgency"), lambda r: r.urgency, ReferralUrgency
    ),
    ClientReferralColumn.STATUS: word_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Status"), lambda r: r.status, ReferralStatus
    ),
    ClientReferralColumn.REFERRED: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Referred"), lambda r: r.referred_on
    ),
    ClientReferralColumn.FOLLOW_UP: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Follow-up"), lambda r: r.follow_up_on
    ),
}


class ClientReferralTableModel(DetailTableModel[ReferralLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ClientReferralColumn, REFERRAL_COLUMNS, parent=parent)


class ConsentColumn(IntEnum):
    SCOPE = 0
    STATE = 1
    GRANTED = 2
    EXPIRES = 3
    WITHDRAWN = 4
    RECIPIENT = 5


def consent_state(row: ConsentLine, today: date | None = None) -> str:
    on = today or date.today()
    if row.withdrawn_on is not None and row.withdrawn_on <= on:
        return QCoreApplication.translate("DetailTableModel", "Withdrawn")
    if row.granted_on > on:
        return QCoreApplication.translate("DetailTableModel", "Not yet in force")
    if row.expires_on is not None and row.expires_on < on:
        return QCoreApplication.translate("DetailTableModel", "Expired")
    return QCoreApplication.translate("DetailTableModel", "In force")


CONSENT_COLUMNS: dict[IntEnum, Column[ConsentLine]] = {
    ConsentColumn.SCOPE: word_column(QT_TRANSLATE_NOOP("DetailTableModel", "Consent to"), lambda r: r.scope),
    ConsentColumn.RECIPIENT: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Recipient"), lambda r: r.recipient
    ),
    ConsentColumn.STATE: text_column(QT_TRANSLATE_NOOP("DetailTableModel", "State"), consent_state),
    ConsentColumn.GRANTED: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Given"), lambda r: r.granted_on
    ),
    ConsentColumn.EXPIRES: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Expires"), lambda r: r.expires_on
    ),
    ConsentColumn.WITHDRAWN: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Withdrawn"), lambda r: r.withdrawn_on
    ),
}


class ConsentTableModel(DetailTableModel[ConsentLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ConsentColumn, CONSENT_COLUMNS, parent=parent)


# ----- conflicts ----------------------------------------------------------------------------------


class ConflictColumn(IntEnum):
    KIND = 0
    DECISION = 1
    DECIDED = 2
    DESCRIPTION = 3


CONFLICT_COLUMNS: dict[IntEnum, Column[ConflictLine]] = {
    ConflictColumn.KIND: word_column(QT_TRANSLATE_NOOP("DetailTableModel", "Kind"), lambda r: r.kind),
    ConflictColumn.DESCRIPTION: text_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "What it is"), lambda r: " ".join(r.description.split())
    ),
    ConflictColumn.DECISION: Column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Decision"),
        lambda r, _l: (
            word(r.decision)
            if r.decision
            else QCoreApplication.translate("DetailTableModel", "Awaiting your decision")
        ),
        lambda r: fold(word(r.decision)) if r.decision else "",
    ),
    ConflictColumn.DECIDED: date_column(
        QT_TRANSLATE_NOOP("DetailTableModel", "Decided"), lambda r: r.decided_on
    ),
}


def conflict_text(row: ConflictLine, locale: QLocale | None = None) -> str:
    """A conflict in full: what it is, what it concerns, and the decision with its safeguards."""
    lines = [
        QCoreApplication.translate("DetailTableModel", "{kind}: {description}").format(
            kind=word(row.kind), description=row.description
        )
    ]
    if row.engagement:
        lines.append(
            QCoreApplication.translate("DetailTableModel", "Engagement: {engagement}").format(
                engagement=row.engagement
            )
        )
    lines.append("")
    if row.decision is None:
        lines.append(QCoreApplication.translate("DetailTableModel", "Awaiting your decision."))
    else:
        when = local_date_text(row.decided_on, locale)
        decision = word(row.decision)
        if when:
            lines.append(
                QCoreApplication.translate("DetailTableModel", "Decision: {decision}, on {date}.").format(
                    decision=decision, date=when
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("DetailTableModel", "Decision: {decision}.").format(
                    decision=decision
                )
            )
    if row.safeguards:
        lines.append(
            QCoreApplication.translate("DetailTableModel", "Safeguards: {safeguards}").format(
                safeguards=row.safeguards
            )
        )
    return "\n".join(lines)


class ConflictTableModel(DetailTableModel[ConflictLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ConflictColumn, CONFLICT_COLUMNS, parent=parent)


# ----- timeline -----------------------------------------------------------------------------------


class TimelineColumn(IntEnum):
    WHEN = 0
    WHAT = 1
    TEXT = 2


KIND_WORDS = {
    "client": QT_TRANSLATE_NOOP("DetailTableModel", "Client"),
    "engagement": QT_TRANSLATE_NOOP("DetailTableModel", "Agreement"),
    "session": QT_TRANSLATE_NOOP("DetailTableModel", "Session"),
    "note_amendment": QT_TRANSLATE_NOOP("DetailTableModel", "Notes"),
    "goal": QT_TRANSLATE_NOOP("DetailTableModel", "Goal"),
    "action_item": QT_TRANSLATE_NOOP("DetailTableModel", "Action"),
    "referral": QT_TRANSLATE_NOOP("DetailTableModel", "Referral"),
    "consent": QT_TRANSLATE_NOOP("DetailTableModel", "Consent"),
    "disclosure": QT_TRANSLATE_NOOP("DetailTableModel", "Disclosure"),
    "conflict": QT_TRANSLATE_NOOP("DetailTableModel", "Conflict"),
    "boundary_incident": QT_TRANSLATE_NOOP("DetailTableModel", "Boundary"),
}


def when_text(event: TimelineEvent, locale: QLocale) -> str:
    if isinstance(event.when, datetime):
        return local_datetime_text(event.when, locale)
    return local_date_text(event.when, locale)


class TimelineTableModel(DetailTableModel[TimelineEvent]):
    """The timeline; "When" sorts in the service's order, which also orders events of the same moment."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._position: dict[int, int] = {}
        columns: dict[IntEnum, Column[TimelineEvent]] = {
            TimelineColumn.WHEN: Column(
                QT_TRANSLATE_NOOP("DetailTableModel", "When"),
                when_text,
                lambda e: -self._position.get(id(e), 0),
            ),
            TimelineColumn.WHAT: text_column(
                QT_TRANSLATE_NOOP("DetailTableModel", "Record"),
                lambda e: (
                    QCoreApplication.translate("DetailTableModel", KIND_WORDS[e.kind])
                    if e.kind in KIND_WORDS
                    else word(e.kind)
                ),
            ),
            TimelineColumn.TEXT: text_column(
                QT_TRANSLATE_NOOP("DetailTableModel", "What happened"), lambda e: e.text
            ),
        }
        super().__init__(TimelineColumn, columns, lambda e: e.moment > self.now, parent=parent)

    def set_rows(self, rows: Any) -> None:
        events = list(rows)  # newest first, as the service orders them
        self._position = {id(event): n for n, event in enumerate(events)}
        super().set_rows(events)
