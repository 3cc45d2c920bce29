"""Stored values in the coach's words ("mental_health" → "Mental health"), translated."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject

from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP

# Stored values whose plain wording reads badly once capitalised.
_WORDS = {
    "in_person": "In person",
    "no_show": "No-show",
    "late_cancelled": "Cancelled late",
    "named_in_hours_log": "Named in the hours log",
    "share_with_sponsor": "Share with the sponsor",
    "client_is_sponsor_contact": "Client is the sponsor's contact",
}

# Every word the client's record shows for a stored value, marked for the translators.
KNOWN_WORDS = (
    QT_TRANSLATE_NOOP("DetailWords", "Mental health"),
    QT_TRANSLATE_NOOP("DetailWords", "Medical"),
    QT_TRANSLATE_NOOP("DetailWords", "Legal"),
    QT_TRANSLATE_NOOP("DetailWords", "Financial"),
    QT_TRANSLATE_NOOP("DetailWords", "Safeguarding"),
    QT_TRANSLATE_NOOP("DetailWords", "Proceed with safeguards"),
    QT_TRANSLATE_NOOP("DetailWords", "Decline"),
    QT_TRANSLATE_NOOP("DetailWords", "Refer elsewhere"),
    QT_TRANSLATE_NOOP("DetailWords", "Same organisation"),
    QT_TRANSLATE_NOOP("DetailWords", "Client is the sponsor's contact"),
    QT_TRANSLATE_NOOP("DetailWords", "Referral fee"),
    QT_TRANSLATE_NOOP("DetailWords", "Personal relationship"),
    QT_TRANSLATE_NOOP("DetailWords", "Professional relationship"),
    QT_TRANSLATE_NOOP("DetailWords", "Financial benefit"),
    QT_TRANSLATE_NOOP("DetailWords", "Other"),
    QT_TRANSLATE_NOOP("DetailWords", "Share with the sponsor"),
    QT_TRANSLATE_NOOP("DetailWords", "Referral"),
    QT_TRANSLATE_NOOP("DetailWords", "Named in the hours log"),
    QT_TRANSLATE_NOOP("DetailWords", "Session recording"),
    QT_TRANSLATE_NOOP("DetailWords", "Testimonial"),
    QT_TRANSLATE_NOOP("DetailWords", "Draft"),
    QT_TRANSLATE_NOOP("DetailWords", "Sent"),
    QT_TRANSLATE_NOOP("DetailWords", "Signed"),
    QT_TRANSLATE_NOOP("DetailWords", "Active"),
    QT_TRANSLATE_NOOP("DetailWords", "Completed"),
    QT_TRANSLATE_NOOP("DetailWords", "Terminated"),
    QT_TRANSLATE_NOOP("DetailWords", "Client"),
    QT_TRANSLATE_NOOP("DetailWords", "Organisation"),
    QT_TRANSLATE_NOOP("DetailWords", "Shared"),
    QT_TRANSLATE_NOOP("DetailWords", "Achieved"),
    QT_TRANSLATE_NOOP("DetailWords", "Dropped"),
    QT_TRANSLATE_NOOP("DetailWords", "Proposed"),
    QT_TRANSLATE_NOOP("DetailWords", "Accepted"),
    QT_TRANSLATE_NOOP("DetailWords", "Cancelled"),
    QT_TRANSLATE_NOOP("DetailWords", "Routine"),
    QT_TRANSLATE_NOOP("DetailWords", "Soon"),
    QT_TRANSLATE_NOOP("DetailWords", "Urgent"),
    QT_TRANSLATE_NOOP("DetailWords", "In person"),
    QT_TRANSLATE_NOOP("DetailWords", "Video"),
    QT_TRANSLATE_NOOP("DetailWords", "Phone"),
    QT_TRANSLATE_NOOP("DetailWords", "Scheduled"),
    QT_TRANSLATE_NOOP("DetailWords", "Cancelled late"),
    QT_TRANSLATE_NOOP("DetailWords", "No-show"),
)


def word(value: Enum | str | None) -> str:
    """A stored value in the coach's words, translated: "mental_health" → "Mental health"."""
    if value is None:
        return ""
    text = str(value.value if isinstance(value, Enum) else value)
    return QCoreApplication.translate("DetailWords", _WORDS.get(text, text.replace("_", " ").capitalize()))


class CountedWords(QObject):
    """Counted words of the client's record (a QObject's ``tr``, so the catalogs carry their plurals)."""

    def amendments(self, n: int) -> str:
        """ "Finalised, 2 amendment(s)" (a session's notes, finalised and amended)."""
        return self.tr("Finalised, %n amendment(s)", "", n)
