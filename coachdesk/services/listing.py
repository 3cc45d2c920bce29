"""Plain rows of clients, engagements, sessions and referrals, for ``coachdesk list`` and scripts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.sql import Executable
from sqlmodel import Session, col

from coachdesk.documents.csv_cells import safe_cell
from coachdesk.domain import Client, CoachingSession, Engagement, Organisation, Professional, Referral
from coachdesk.services import development_listing, invoice_list

Table = tuple[list[str], list[list[str]]]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    # Tabs and line breaks would break the row structure; control characters would reach the terminal,
    # and a cell a spreadsheet evaluates would run when the list is opened in one.
    return safe_cell(" ".join(value.split())) if isinstance(value, str) else str(value)


def _rows(db: Session, query: Executable) -> list[list[str]]:
    return [[_cell(v) for v in row] for row in db.connection().execute(query)]


def clients(db: Session) -> Table:
    query = (
        sa.select(
            col(Client.id), col(Client.name), col(Client.email), col(Organisation.name), col(Client.status)
        )
        .join(Organisation, col(Client.organisation_id) == Organisation.id, isouter=True)
        .order_by(sa.func.lower(Client.name))
    )
    return ["id", "name", "email", "organisation", "status"], _rows(db, query)


def engagements(db: Session) -> Table:
    query = (
        sa.select(
            col(Engagement.id),
            col(Client.name),
            col(Organisation.name),
            col(Engagement.status),
            col(Engagement.start_date),
            col(Engagement.end_date),
        )
        .join(Client, col(Engagement.client_id) == Client.id)
        .join(Organisation, col(Engagement.sponsor_id) == Organisation.id, isouter=True)
        .order_by(col(Engagement.start_date), sa.func.lower(Client.name))
    )
    return ["id", "client", "sponsor", "status", "start", "end"], _rows(db, query)


def sessions(db: Session) -> Table:
    s = CoachingSession
    query = (
        sa.select(
            col(s.id), col(Client.name), col(s.starts_at), col(s.duration_minutes), col(s.status), col(s.paid)
        )
        .join(Client, col(s.client_id) == Client.id)
        .order_by(col(s.starts_at))
    )
    return ["id", "client", "start", "duration_min", "status", "paid"], _rows(db, query)


def referrals(db: Session) -> Table:
    query = (
        sa.select(col(Referral.id), col(Client.name), col(Professional.name), col(Referral.status))
        .join(Client, col(Referral.client_id) == Client.id)
        .join(Professional, col(Referral.professional_id) == Professional.id)
        .order_by(col(Referral.created_at))
    )
    return ["id", "client", "professional", "status"], _rows(db, query)


def invoices(db: Session) -> Table:
    """Invoices and credit notes: id, number, kind, payer, dates, currency, amounts, status."""
    header, rows = invoice_list.invoices_table(db)
    return header, [[_cell(value) for value in row] for row in rows]


LISTS: dict[str, Callable[[Session], Table]] = {
    "clients": clients,
    "engagements": engagements,
    "sessions": sessions,
    "referrals": referrals,
    "mentoring": development_listing.mentoring,
    "supervision": development_listing.supervision,
    "cce": development_listing.cce,
    "invoices": invoices,
}


def as_tsv(table: Table) -> str:
    """Tab-separated text with a header line."""
    header, rows = table
    lines: Sequence[Sequence[str]] = [header, *rows]
    return "".join("\t".join(line) + "\n" for line in lines)
