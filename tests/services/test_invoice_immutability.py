"""An issued invoice is a fixed record: the database itself refuses to change or delete it."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from coachdesk.domain import Invoice, InvoiceLine
from coachdesk.services.clients import delete_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoices import (
    DraftDetails,
    LineDetails,
    add_line,
    delete_draft,
    draft_from_engagement,
    update_draft,
)
from tests.services.invoice_practice import created, practice


def _issued(db: Session) -> Invoice:
    p = practice(db)
    invoice = db.get(Invoice, created(draft_from_engagement(db, p.engagement)))
    assert invoice is not None
    issue_invoice(db, invoice.id, on=date(2026, 3, 31))
    return invoice


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE invoice SET gross_minor = 1",
        "UPDATE invoice SET buyer_name = 'Someone else'",
        "UPDATE invoice SET issue_date = '2026-01-01'",
        "UPDATE invoice SET state = 'draft'",
        "UPDATE invoice SET number = NULL",
        "DELETE FROM invoice",
        "UPDATE invoice_line SET unit_price_minor = 1",
        "UPDATE invoice_line SET description = 'Something else'",
        "DELETE FROM invoice_line",
    ],
)
def test_the_database_refuses_to_change_an_issued_invoice(db: Session, statement: str) -> None:
    _issued(db)
    with pytest.raises(sa.exc.IntegrityError, match="issued invoice cannot be"):
        db.connection().exec_driver_sql(statement)
    db.rollback()


def test_no_line_can_be_added_to_an_issued_invoice(db: Session) -> None:
    invoice = _issued(db)
    line = db.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id)).first()
    assert line is not None
    with pytest.raises(sa.exc.IntegrityError, match="issued invoice cannot be changed"):
        db.connection().execute(
            sa.text(
                "INSERT INTO invoice_line (id, created_at, updated_at, invoice_id, position, source, "
                "description, quantity, unit_price_minor, vat_rate, net_minor) "
                "VALUES (:id, '', '', :invoice, 9, 'free', 'extra', '1', 100, '0', 100)"
            ),
            {"id": "f" * 32, "invoice": invoice.id.hex},
        )
    db.rollback()


def test_the_services_refuse_too_and_say_what_to_do(db: Session) -> None:
    invoice = _issued(db)
    for attempt in (
        lambda: delete_draft(db, invoice.id),
        lambda: add_line(db, invoice.id, LineDetails("Extra", "10")),
        lambda: update_draft(db, invoice.id, DraftDetails()),
    ):
        with pytest.raises(ValidationError, match="credit note"):
            attempt()


def test_a_draft_can_be_deleted_with_its_lines(db: Session) -> None:
    p = practice(db)
    draft = created(draft_from_engagement(db, p.engagement))
    delete_draft(db, draft)
    assert db.exec(select(Invoice)).all() == []
    assert db.exec(select(InvoiceLine)).all() == []


def test_an_issued_invoice_outlives_its_client_as_it_was_issued(db: Session) -> None:
    invoice = _issued(db)
    assert invoice.client_id is not None
    delete_client(db, invoice.client_id)
    db.expire_all()
    kept = db.get(Invoice, invoice.id)
    assert kept is not None
    assert (kept.client_id, kept.engagement_id, kept.buyer_name, kept.number) == (
        None,
        None,
        "Zoë Ørsted",
        "2026-0001",
    )


def test_erasing_a_client_says_their_issued_invoices_are_kept(db: Session) -> None:
    from coachdesk.services.client_records import erasure_plan

    invoice = _issued(db)
    assert invoice.client_id is not None
    lines = erasure_plan(db, invoice.client_id).lines()
    assert "3 links from invoices to those sessions (issued invoices are kept: tax law)" in lines
