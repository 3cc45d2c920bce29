"""The coaching-hours log written out: CSV or PDF bytes from the vault, and the export recorded."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from sqlmodel import Session

from coachdesk.documents import hours_log as document
from coachdesk.documents.hours_log import (
    CoachDetails,
    CredentialLine,
    HoursLogData,
    HoursLogRenderer,
    LogLine,
    NotClaimableLine,
    Threshold,
    Totals,
)
from coachdesk.documents.letterhead import Letterhead, document_id
from coachdesk.domain import CoachProfile, DocumentKind
from coachdesk.domain.phrases import phrase
from coachdesk.services.changes import Changes
from coachdesk.services.credentials import RECENT_MONTHS, CredentialProgress, Requirement, RequirementKey
from coachdesk.services.document_export import DocumentSource, export_document
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_target import check_export_target
from coachdesk.services.hours_log import GROUP_CAP, HoursLog, HoursLogRow, NotClaimable, hours_log
from coachdesk.services.profile import get_profile

FORMATS = (".csv", ".pdf")


def _line(row: HoursLogRow) -> LogLine:
    return LogLine(
        number=row.number,
        client_name=row.client_name,
        kind=row.kind,
        number_in_group=row.number_in_group,
        contact=row.contact,
        first_date=row.first_date,
        last_date=row.last_date,
        paid_hours=row.paid_hours,
        pro_bono_hours=row.pro_bono_hours,
        entered=row.entered,
        alias=row.alias,
    )


def _apart(line: NotClaimable) -> NotClaimableLine:
    return NotClaimableLine(line.reason, line.clients, line.hours)


def _threshold(requirement: Requirement) -> Threshold:
    return Threshold(requirement.required, requirement.achieved, requirement.met)


def _credential(progress: CredentialProgress) -> CredentialLine:
    by_key = {r.key: _threshold(r) for r in progress.requirements}
    return CredentialLine(
        name=progress.credential.name,
        title=progress.credential.title,
        met=progress.met,
        coaching_hours=by_key[RequirementKey.HOURS],
        paid_hours=by_key[RequirementKey.PAID_HOURS],
        clients=by_key[RequirementKey.CLIENTS],
        recent_hours=by_key.get(RequirementKey.RECENT_HOURS),
    )


def _coach(profile: CoachProfile | None) -> CoachDetails:
    if profile is None:
        return CoachDetails("Your name (fill in your profile)")
    return CoachDetails(
        name=profile.name,
        credentials=profile.credentials,
        practice_name=profile.practice_name,
        email=profile.email,
        phone=profile.phone,
        professional_body=profile.professional_body,
    )


def hours_log_data(log: HoursLog, profile: CoachProfile | None = None) -> HoursLogData:
    """``log`` as the plain data the CSV and the PDF print, with the coach's details from ``profile``."""
    t = log.totals
    reference = document_id("HRS", profile.id if profile else "0" * 8, datetime.combine(log.made_on, time()))
    return HoursLogData(
        made_on=log.made_on,
        start=log.start,
        end=log.end,
        recent_since=log.recent_since,
        recent_months=RECENT_MONTHS,
        group_cap=GROUP_CAP,
        lines=tuple(_line(row) for row in log.rows),
        not_claimable=tuple(_apart(line) for line in log.not_claimable),
        totals=Totals(t.hours, t.paid_hours, t.pro_bono_hours, t.recent_hours, t.clients),
        credentials=tuple(_credential(p) for p in log.progress),
        letterhead=Letterhead.from_profile(profile),
        coach=_coach(profile),
        document_id=reference,
    )


def hours_log_csv(log: HoursLog) -> bytes:
    """``log`` as CSV bytes (the ICF log's columns)."""
    return document.hours_log_csv(hours_log_data(log))


def hours_log_pdf(db: Session, log: HoursLog) -> bytes:
    """``log`` as a PDF with the coach's details from the profile."""
    return HoursLogRenderer(hours_log_data(log, get_profile(db))).render()


def hours_log_bytes(db: Session, log: HoursLog, suffix: str) -> bytes:
    """``log`` as ``.csv`` or ``.pdf`` bytes."""
    kind = suffix.lower()
    if kind not in FORMATS:
        raise ValidationError("path", phrase("services", "Save the hours log as a .csv or a .pdf file."))
    return hours_log_csv(log) if kind == ".csv" else hours_log_pdf(db, log)


def hours_log_print(log: HoursLog) -> DocumentSource:
    """``log`` as the PDF a print paints (a print is recorded with the SHA-256 of this PDF)."""
    return hours_log_document(log, ".pdf")


def export_hours_log(
    db: Session,
    path: Path,
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    zone: tzinfo | None = None,
    log: HoursLog | None = None,
    vaults: Iterable[Path] = (),
    recipient: str | None = None,
) -> Changes:
    """Write the log to ``path`` (CSV or PDF by its suffix, atomically) and record the export.

    ``log`` is the log to write when the caller already has it (else it is made from the other
    arguments). ``recipient`` is whom the coach names (None: their own use). Raises ValidationError
    for a wrong suffix or period, OSError when writing fails.
    """
    path = check_export_target(path, (), vaults, field="path")
    if path.suffix.lower() not in FORMATS:
        raise ValidationError("path", phrase("services", "Save the hours log as a .csv or a .pdf file."))
    if log is None:
        log = hours_log(db, today, start=start, end=end, zone=zone)
    source = hours_log_document(log, path.suffix)
    return export_document(
        db, path, source.render(db), source, vaults=vaults, suffixes=FORMATS, recipient=recipient
    )


def hours_log_document(log: HoursLog, suffix: str) -> DocumentSource:
    """``log`` as a document to export (CSV or PDF by ``suffix``), naming the clients it names (an alias
    names no one: its organisation's contact verifies it, and the client's name never leaves)."""
    return DocumentSource(
        DocumentKind.HOURS_LOG,
        "hours_log",
        None,
        lambda db: hours_log_bytes(db, log, suffix),
        log.made_on,
        log.named_client_ids,
    )
