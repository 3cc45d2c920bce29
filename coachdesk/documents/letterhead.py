"""Who a document comes from, how it greets whom it is for, and how it is referred to: what the
document builders and the data they are given share, without the renderer (reportlab is imported
only to draw a document)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coachdesk.documents import formatting
from coachdesk.documents.formatting import DEFAULT_LOCALE
from coachdesk.domain import CoachProfile

# Titles a name may start with ("Dr Laurent"): a letter greets such a name by title and surname.
HONORIFICS = ("dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "me", "maître", "dipl")


def long_date(day: date, locale: str = DEFAULT_LOCALE) -> str:
    """27 November 2026: unambiguous in every country a coach may send the document to."""
    return formatting.long_date(day, locale)


@dataclass(frozen=True)
class Letterhead:
    """Who the document comes from, as printed at the top of the first page and in the footer."""

    coach_name: str
    practice_name: str = ""
    credentials: str = ""
    contact_lines: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, profile: CoachProfile | None) -> Letterhead:
        if profile is None:
            return cls(coach_name="Your coach")
        contact = [profile.email, profile.phone, profile.website]
        return cls(
            coach_name=profile.name,
            practice_name=profile.practice_name,
            credentials=profile.credentials,
            contact_lines=tuple(c for c in contact if c),
        )

    @property
    def sender(self) -> str:
        return self.practice_name or self.coach_name


def document_id(prefix: str, record_id: object, at: datetime) -> str:
    """A short reference printed on every page: kind, record and date (no client data)."""
    return f"{prefix}-{str(record_id).replace('-', '')[:8].upper()}-{at:%Y%m%d}"
