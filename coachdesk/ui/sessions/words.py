"""The words of the session list and editor: formats, statuses, concerns, fees, lengths and the count,
marked for translation in the "Sessions" context and translated where they are shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from coachdesk.domain import ConcernFlag, SessionFormat, SessionStatus


def _noop(text: object) -> str:
    return str(text)


def word(text: str) -> str:
    """A word of the tables below (marked for translation in the "Sessions" context), translated."""
    return QCoreApplication.translate("Sessions", text)


FORMAT_WORDS: dict[SessionFormat, str] = {
    SessionFormat.IN_PERSON: _noop(QT_TRANSLATE_NOOP("Sessions", "In person")),
    SessionFormat.VIDEO: _noop(QT_TRANSLATE_NOOP("Sessions", "Video")),
    SessionFormat.PHONE: _noop(QT_TRANSLATE_NOOP("Sessions", "Phone")),
}
SESSION_STATUS_WORDS: dict[SessionStatus, str] = {
    SessionStatus.SCHEDULED: _noop(QT_TRANSLATE_NOOP("Sessions", "Scheduled")),
    SessionStatus.COMPLETED: _noop(QT_TRANSLATE_NOOP("Sessions", "Completed")),
    SessionStatus.CANCELLED: _noop(QT_TRANSLATE_NOOP("Sessions", "Cancelled")),
    SessionStatus.LATE_CANCELLED: _noop(QT_TRANSLATE_NOOP("Sessions", "Cancelled late")),
    SessionStatus.NO_SHOW: _noop(QT_TRANSLATE_NOOP("Sessions", "No-show")),
}
CONCERN_WORDS: dict[ConcernFlag, str] = {
    ConcernFlag.MENTAL_HEALTH: _noop(QT_TRANSLATE_NOOP("Sessions", "Mental health")),
    ConcernFlag.MEDICAL: _noop(QT_TRANSLATE_NOOP("Sessions", "Medical")),
    ConcernFlag.LEGAL: _noop(QT_TRANSLATE_NOOP("Sessions", "Legal")),
    ConcernFlag.FINANCIAL: _noop(QT_TRANSLATE_NOOP("Sessions", "Financial")),
    ConcernFlag.SAFEGUARDING: _noop(QT_TRANSLATE_NOOP("Sessions", "Safeguarding")),
}
_CONCERN_ORDER = {flag: i for i, flag in enumerate(ConcernFlag)}


class SessionCountWords(QObject):
    """How many sessions the list shows (a QObject, so that lupdate sees the plural)."""

    def count(self, shown: int) -> str:
        return self.tr("%Ln session(s)", "", shown).replace("(s)", "s" if shown != 1 else "")


def format_words(value: SessionFormat, is_group: bool, group_size: int) -> str:
    """ "In person", or "Video, group of 6"."""
    shown = word(FORMAT_WORDS[value]) if value in FORMAT_WORDS else str(value)
    if not is_group:
        return shown
    return QCoreApplication.translate("Sessions", "{format}, group of {size}").format(
        format=shown, size=group_size
    )


def concerns_text(flags: frozenset[ConcernFlag]) -> str:
    return ", ".join(word(CONCERN_WORDS[f]) for f in sorted(flags, key=_CONCERN_ORDER.__getitem__))


def status_text(status: SessionStatus) -> str:
    return word(SESSION_STATUS_WORDS[status]) if status in SESSION_STATUS_WORDS else str(status)


def paid_text(paid: bool) -> str:
    return (
        QCoreApplication.translate("Sessions", "Paid")
        if paid
        else QCoreApplication.translate("Sessions", "Pro bono")
    )


def minutes_text(minutes: int, locale: QLocale) -> str:
    return QCoreApplication.translate("Sessions", "{minutes} min").format(minutes=locale.toString(minutes))
