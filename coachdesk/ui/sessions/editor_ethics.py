"""Beside the session editor: the boundaries the agreement set, a boundary incident to log, and
"Consider a referral" when the session raised a need outside coaching."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.domain import ConcernFlag
from coachdesk.services.db import DbFactory

if TYPE_CHECKING:
    pass

NO_TERMS = str(
    QT_TRANSLATE_NOOP("SessionEthicsPanel", "No agreement chosen: no boundaries on record for this session.")
)
NONE_WRITTEN = str(
    QT_TRANSLATE_NOOP("SessionEthicsPanel", "The agreement sets no contact or gift boundaries.")
)
# The concerns as a sentence names them (the reason for a referral begins with them).
REASON_WORDS: dict[ConcernFlag, str] = {
    ConcernFlag.MENTAL_HEALTH: str(QT_TRANSLATE_NOOP("SessionEthicsPanel", "mental health")),
    ConcernFlag.MEDICAL: str(QT_TRANSLATE_NOOP("SessionEthicsPanel", "medical")),
    ConcernFlag.LEGAL: str(QT_TRANSLATE_NOOP("SessionEthicsPanel", "legal")),
    ConcernFlag.FINANCIAL: str(QT_TRANSLATE_NOOP("SessionEthicsPanel", "financial")),
    ConcernFlag.SAFEGUARDING: str(QT_TRANSLATE_NOOP("SessionEthicsPanel", "safeguarding")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionEthicsPanel", text)


def referral_reason(flags: Iterable[ConcernFlag]) -> str:
    """A plain, non-diagnostic starting point for the reason for referral."""
    words = [_t(REASON_WORDS[flag]) for flag in ConcernFlag if flag in set(flags)]
    if not words:
        return ""
    joined = (
        words[0]
        if len(words) == 1
        else QCoreApplication.translate("SessionEthicsPanel", "{first} and {last}").format(
            first=", ".join(words[:-1]), last=words[-1]
        )
    )
    return QCoreApplication.translate(
        "SessionEthicsPanel", "In our coaching, needs came up that fall outside coaching ({concerns})."
    ).format(concerns=joined)


class SessionEthicsPanel(QFrame):
    """Shows the engagement's boundary terms; asks for a referral or an incident through signals."""

    referral_requested = Signal()
    incident_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Boundaries and referral"))
        heading = QLabel(self.tr("<b>Boundaries agreed</b>"))
        self.terms = QLabel(_t(NO_TERMS))
        self.terms.setWordWrap(True)
        self.terms.setTextFormat(Qt.TextFormat.RichText)
        self.terms.setAccessibleName(self.tr("Boundaries agreed"))
        self.incident_button = QPushButton(self.tr("Log a boundary incident…"))
        self.incident_button.setToolTip(
            self.tr("A gift, contact outside the agreed channels or hours, a dual-relationship request…")
        )
        self.incident_button.clicked.connect(self.incident_requested)
        self.referral_note = QLabel(self.tr("This session noted a need that may fall outside coaching."))
        self.referral_note.setWordWrap(True)
        self.referral_button = QPushButton(self.tr("Consider a referral…"))
        self.referral_button.setToolTip(
            self.tr("Refer the client to a professional from your directory, with their consent")
        )
        self.referral_button.clicked.connect(self.referral_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.terms)
        layout.addWidget(self.incident_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.referral_note)
        layout.addWidget(self.referral_button, 0, Qt.AlignmentFlag.AlignLeft)
        # What was just recorded from here (a referral, an incident), so the coach sees it was kept.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Recorded"))
        self.notice.setStyleSheet("color: palette(link)")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.set_concerns(())

    def show_terms(self, open_db: DbFactory, engagement_id: uuid.UUID | None) -> None:
        from coachdesk.services.engagements import boundary_terms

        if engagement_id is None:
            self.terms.setText(_t(NO_TERMS))
            return
        with open_db() as db:
            terms = boundary_terms(db, engagement_id)
        lines = terms.lines()
        if not lines:
            self.terms.setText(_t(NONE_WRITTEN))
            return
        self.terms.setText("<br/>".join(f"{escape(label)}: {escape(text)}" for label, text in lines))

    def show_notice(self, text: str) -> None:
        """Confirm what was just recorded from this panel."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_concerns(self, flags: Iterable[ConcernFlag]) -> None:
        raised = bool(list(flags))
        self.referral_note.setVisible(raised)
        self.referral_button.setVisible(raised)
