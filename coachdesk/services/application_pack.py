"""The credential application pack: the PDF of the evidence and a folder with the log (CSV) and certificates.

Everything in the pack passes the consent filter and is recorded in the outbound ledger, one entry per
file: the PDF and the CSV name only the clients the coaching log may name (as the log itself does),
and the certificates are the coach's own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path

from sqlmodel import Session

from coachdesk.documents.application_pack import (
    ApplicationPackData,
    ApplicationPackRenderer,
    EducationLine,
    MentoringLine,
    ReadinessBlock,
    SupervisionLine,
)
from coachdesk.domain import DocumentKind
from coachdesk.domain.phrases import phrase
from coachdesk.services.certificates import certificate, certificate_document
from coachdesk.services.changes import Changes
from coachdesk.services.consent_filter import clear_to_leave
from coachdesk.services.credential_readiness import Readiness, next_level_readiness, renewal_readiness
from coachdesk.services.credentials import hours
from coachdesk.services.document_export import DocumentSource, export_document
from coachdesk.services.education import education_rows
from coachdesk.services.errors import ValidationError
from coachdesk.services.export_target import check_export_folder
from coachdesk.services.hours_log import HoursLog, hours_log
from coachdesk.services.hours_log_export import hours_log_csv, hours_log_data
from coachdesk.services.mentoring import mentoring_sessions
from coachdesk.services.profile import get_profile
from coachdesk.services.supervision import supervision_sessions

PDF_NAME = "credential-application.pdf"
CSV_NAME = "coaching-log.csv"
CERTIFICATES = "certificates"
_NOT_IN_A_NAME = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class PackExport:
    """What the pack wrote, and the changes to save (the ledger entries and the audit)."""

    folder: Path
    files: tuple[Path, ...]
    changes: Changes


def _block(readiness: Readiness) -> ReadinessBlock:
    return ReadinessBlock(
        readiness.title, tuple((line.text, line.met) for line in readiness.lines), readiness.notes
    )


def certificate_file_name(number: int, completed_on: date, title: str, suffix: str) -> str:
    """``03-2026-05-14-Coaching-Ethics-in-Practice.pdf``: numbered, dated, the course's words."""
    words = _NOT_IN_A_NAME.sub("-", title).strip("-")[:48].rstrip("-") or "certificate"
    return f"{number:02d}-{completed_on.isoformat()}-{words}{suffix}"


def _certificate_names(db: Session) -> dict[uuid.UUID, str]:
    """The file name each kept certificate gets in the pack's folder, by course."""
    names: dict[uuid.UUID, str] = {}
    for row in education_rows(db):
        if row.certificate_name:
            suffix = certificate(db, row.id).suffix
            names[row.id] = certificate_file_name(len(names) + 1, row.completed_on, row.title, suffix)
    return names


def application_pack_data(
    db: Session, today: date, *, zone: tzinfo | None = None, log: HoursLog | None = None
) -> ApplicationPackData:
    """Everything the pack prints, as of ``today`` (the log: all claimable coaching up to then)."""
    log = log or hours_log(db, today, zone=zone)
    blocks = [r for r in (renewal_readiness(db), next_level_readiness(db, today, zone)) if r is not None]
    names = _certificate_names(db)
    return ApplicationPackData(
        log=hours_log_data(log, get_profile(db)),
        readiness=tuple(_block(r) for r in blocks),
        mentoring=tuple(
            MentoringLine(s.held_on, s.mentor_name, s.mentor_credential, s.group_size, hours(s.minutes))
            for s in sorted(mentoring_sessions(db), key=lambda s: s.held_on)
        ),
        education=tuple(
            EducationLine(r.completed_on, r.title, r.provider, r.category_name, r.units, names.get(r.id, ""))
            for r in education_rows(db)
        ),
        supervision=tuple(
            SupervisionLine(s.held_on, s.supervisor, s.in_group, hours(s.minutes))
            for s in sorted(supervision_sessions(db), key=lambda s: s.held_on)
        ),
    )


def application_pack_pdf(
    db: Session, today: date, *, zone: tzinfo | None = None, log: HoursLog | None = None
) -> bytes:
    return ApplicationPackRenderer(application_pack_data(db, today, zone=zone, log=log)).render()


def _pack_document(log: HoursLog, data: bytes) -> DocumentSource:
    """A file of the pack holding the log: it names exactly the clients the log names."""
    return DocumentSource(
        DocumentKind.APPLICATION_PACK, "hours_log", None, lambda _db: data, log.made_on, log.named_client_ids
    )


def export_application_pack(
    db: Session,
    folder: Path,
    today: date,
    *,
    zone: tzinfo | None = None,
    vaults: Iterable[Path] = (),
    recipient: str | None = None,
) -> PackExport:
    """Write the pack to ``folder`` (new or empty): the PDF, the log as CSV in ICF's columns, and the
    CCE certificates in ``certificates/``. ``recipient`` is whom the coach names (None: their own use).

    Raises ValidationError before anything is written (a folder that is not empty, a recipient
    refused), OSError when writing fails part way (what was written is recorded).
    """
    folder = check_export_folder(folder, vaults, field="folder")
    if folder.exists() and any(folder.iterdir()):
        raise ValidationError(
            "folder", phrase("services", "Choose an empty folder (or a new one) for the application pack.")
        )
    log = hours_log(db, today, zone=zone)
    pdf = application_pack_pdf(db, today, zone=zone, log=log)
    csv = hours_log_csv(log)
    names = _certificate_names(db)
    # Ask the filter about every file before writing any, so a refusal leaves nothing behind.
    clear_to_leave(db, _pack_document(log, pdf), recipient=recipient)
    for record_id in names:
        clear_to_leave(db, certificate_document(record_id, today), recipient=recipient)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    changes = Changes()
    written: list[Path] = []
    for name, data in ((PDF_NAME, pdf), (CSV_NAME, csv)):
        changes |= export_document(
            db, folder / name, data, _pack_document(log, data), vaults=vaults,
            suffixes=[Path(name).suffix], recipient=recipient,
        )  # fmt: skip
        written.append(folder / name)
    if names:
        (folder / CERTIFICATES).mkdir(mode=0o700, exist_ok=True)
    for record_id, name in names.items():
        target = folder / CERTIFICATES / name
        source = certificate_document(record_id, today)
        changes |= export_document(
            db,
            target,
            source.render(db),
            source,
            vaults=vaults,
            suffixes=[target.suffix],
            recipient=recipient,
        )
        written.append(target)
    return PackExport(folder, tuple(written), changes)
