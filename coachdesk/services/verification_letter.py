"""The verification letter for hours logged under aliases: its data from the log, and the document to export.

An organisation whose confidentiality policy keeps client names in verifies the coach's hours with its
clients: the log lists them as "Confidential Client N" with the contact's e-mail, and the contact signs
this letter. It names no client; it goes to the organisation's contact under the agreement with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

import sqlalchemy as sa
from sqlmodel import Session, col

from coachdesk.documents.letterhead import Letterhead, document_id
from coachdesk.documents.verification_letter import (
    COACH_ROLES,
    AliasLine,
    VerificationLetterData,
    VerificationLetterRenderer,
)
from coachdesk.domain import DocumentKind, Engagement, Organisation
from coachdesk.services.credentials import hours
from coachdesk.services.document_language import chosen_language, client_language, coach_language
from coachdesk.services.document_source import DocumentSource
from coachdesk.services.errors import ValidationError
from coachdesk.services.hours_log import HoursLog, HoursLogRow, hours_log
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch


@dataclass(frozen=True)
class LetterContact:
    """Who signs for the organisation: from its aliased engagements' sponsor contact, else its own."""

    name: str
    role: str
    email: str


def organisations_with_aliases(db: Session) -> list[tuple[uuid.UUID, str]]:
    """Organisations with at least one engagement logged as an alias, by name: (id, name)."""
    query = (
        sa.select(col(Organisation.id), col(Organisation.name))
        .join(Engagement, col(Engagement.sponsor_id) == col(Organisation.id))
        .where(col(Engagement.log_as_alias).is_(True))
        .distinct()
        .order_by(col(Organisation.name))
    )
    return [(row[0], row[1]) for row in db.connection().execute(query)]


def letter_contact(db: Session, organisation: Organisation) -> LetterContact:
    engagements = (
        db.execute(
            sa.select(Engagement)
            .where(col(Engagement.sponsor_id) == organisation.id, col(Engagement.log_as_alias).is_(True))
            .order_by(col(Engagement.created_at))
        )
        .scalars()
        .all()
    )
    for engagement in engagements:
        if engagement.sponsor_contact_email:
            name = engagement.sponsor_contact_name or organisation.contact_name
            same = not engagement.sponsor_contact_name or name == organisation.contact_name
            return LetterContact(
                name, organisation.contact_role if same else "", engagement.sponsor_contact_email
            )
    return LetterContact(organisation.contact_name, organisation.contact_role, organisation.contact_email)


def alias_rows(log: HoursLog, organisation_id: uuid.UUID) -> tuple[HoursLogRow, ...]:
    return tuple(row for row in log.rows if row.alias and row.organisation_id == organisation_id)


def letter_language(db: Session, rows: tuple[HoursLogRow, ...], language: str | None = None) -> str:
    """``language`` if chosen; else the document language the clients it covers share, else the coach's."""
    if language is not None:
        return chosen_language(db, None, language)
    covered = {client_language(db, client) for row in rows for client in row.client_ids}
    return covered.pop() if len(covered) == 1 else coach_language(db)


def verification_letter_data(
    db: Session,
    organisation_id: uuid.UUID | str,
    today: date,
    *,
    coach_role: str = "external",
    log: HoursLog | None = None,
    zone: tzinfo | None = None,
    language: str | None = None,
) -> VerificationLetterData:
    """The letter for ``organisation_id`` on ``today``, over the aliases of ``log`` (else the whole log),
    in ``language`` (None: the language of the clients it covers when they share one, else the coach's).

    ValidationError when the organisation has no hours logged under an alias, or no contact e-mail.
    """
    organisation = fetch(db, Organisation, organisation_id, field="organisation_id", label="organisation")
    if coach_role not in COACH_ROLES:
        raise ValidationError("coach_role", "The coach's role is external or internal.")
    log = log or hours_log(db, today, zone=zone)
    rows = alias_rows(log, organisation.id)
    contact = letter_contact(db, organisation)
    if not rows:
        reason = (
            "no organisation contact e-mail is recorded (add it to the organisation or the engagement)"
            if not contact.email
            else "none of its completed sessions is in an engagement logged as an alias"
        )
        raise ValidationError("organisation_id", f"{organisation.name} has no hours to verify: {reason}.")
    profile = get_profile(db)
    lines = tuple(
        AliasLine(
            row.client_name,
            row.kind,
            row.number_in_group or 1,
            row.first_date,
            row.last_date,
            hours(row.paid_minutes + row.pro_bono_minutes),
        )
        for row in sorted(rows, key=lambda r: (r.first_date, r.number))
    )
    return VerificationLetterData(
        made_on=today,
        coach_name=profile.name if profile else "",
        coach_credential=profile.credentials if profile else "",
        coach_role=coach_role,
        organisation=organisation.name,
        contact_name=contact.name,
        contact_role=contact.role,
        contact_email=contact.email or rows[0].contact,
        aliases=lines,
        paid_hours=hours(sum(r.paid_minutes for r in rows)),
        pro_bono_hours=hours(sum(r.pro_bono_minutes for r in rows)),
        letterhead=Letterhead.from_profile(profile),
        document_id=document_id("VER", organisation.id, datetime.combine(today, time())),
        language=letter_language(db, rows, language),
    )


def verification_letter_pdf(
    db: Session, organisation_id: uuid.UUID | str, today: date, *, coach_role: str = "external",
    log: HoursLog | None = None, language: str | None = None,
) -> bytes:  # fmt: skip
    return VerificationLetterRenderer(
        verification_letter_data(
            db, organisation_id, today, coach_role=coach_role, log=log, language=language
        )
    ).render()


def verification_letter_document(
    organisation_id: uuid.UUID, today: date, log: HoursLog, *, coach_role: str = "external",
    language: str | None = None,
) -> DocumentSource:  # fmt: skip
    """The letter as a document to export: about the organisation, covering its aliased clients."""
    covered = tuple(dict.fromkeys(c for row in alias_rows(log, organisation_id) for c in row.client_ids))
    return DocumentSource(
        DocumentKind.VERIFICATION_LETTER,
        "organisation",
        organisation_id,
        lambda db: verification_letter_pdf(
            db, organisation_id, today, coach_role=coach_role, log=log, language=language
        ),
        today,
        covered,
    )
