"""The coaching-hours log written out: CSV or PDF bytes from the vault, and the export recorded."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from pathlib import Path

from sqlmodel import Session

from coachdesk.documents.base import Letterhead, document_id
from coachdesk.documents.files import write_file_atomically
from coachdesk.documents.hours_log import CoachDetails, hours_log_csv, render_hours_log
from coachdesk.domain import DocumentKind
from coachdesk.services.changes import Changes
from coachdesk.services.errors import ValidationError
from coachdesk.services.generated_documents import record_generated
from coachdesk.services.hours_log import HoursLog, hours_log
from coachdesk.services.profile import get_profile

FORMATS = (".csv", ".pdf")


def hours_log_pdf(db: Session, log: HoursLog) -> bytes:
    """``log`` as a PDF with the coach's details from the profile."""
    profile = get_profile(db)
    coach = CoachDetails("Your name (fill in your profile)")
    if profile is not None:
        coach = CoachDetails(
            name=profile.name,
            credentials=profile.credentials,
            practice_name=profile.practice_name,
            email=profile.email,
            phone=profile.phone,
            professional_body=profile.professional_body,
        )
    reference = document_id("HRS", profile.id if profile else "0" * 8, datetime.combine(log.made_on, time()))
    return render_hours_log(log, Letterhead.from_profile(profile), coach, reference)


def hours_log_bytes(db: Session, log: HoursLog, suffix: str) -> bytes:
    """``log`` as ``.csv`` or ``.pdf`` bytes."""
    kind = suffix.lower()
    if kind not in FORMATS:
        raise ValidationError("path", "Save the hours log as a .csv or a .pdf file.")
    return hours_log_csv(log) if kind == ".csv" else hours_log_pdf(db, log)


def export_hours_log(
    db: Session,
    path: Path,
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    zone: tzinfo | None = None,
    log: HoursLog | None = None,
) -> Changes:
    """Write the log to ``path`` (CSV or PDF by its suffix, atomically) and record the export.

    ``log`` is the log to write when the caller already has it (else it is made from the other
    arguments). Raises ValidationError for a wrong suffix or period, OSError when writing fails.
    """
    if path.suffix.lower() not in FORMATS:
        raise ValidationError("path", "Save the hours log as a .csv or a .pdf file.")
    if log is None:
        log = hours_log(db, today, start=start, end=end, zone=zone)
    data = hours_log_bytes(db, log, path.suffix)
    write_file_atomically(path, data)
    return record_generated(db, DocumentKind.HOURS_LOG, "hours_log", None, data)
