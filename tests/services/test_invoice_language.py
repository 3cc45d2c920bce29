"""An invoice from the vault prints in its client's document language unless the caller chooses one;
the lines CoachDesk writes are in that language too."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from coachdesk.domain import Client, FeeBasis
from coachdesk.services.clients import ClientDetails, update_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_export import reminder_mail
from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoice_pdf import invoice_data, invoice_pdf
from coachdesk.services.invoices import draft_from_engagement
from tests.services.invoice_practice import created, practice

ON = date(2026, 3, 31)
TODAY = date(2026, 4, 2)


def _speaks(db: Session, client_id: object, language: str | None) -> None:
    client = db.get(Client, client_id)
    assert client is not None
    update_client(
        db,
        client.id,
        ClientDetails(name=client.name, organisation_id=client.organisation_id, document_language=language),
    )


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_german_clients_invoice_is_german_from_its_lines_to_its_terms(db: Session) -> None:
    p = practice(db, sessions=2)
    _speaks(db, p.client, "de")
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    data = invoice_data(db, invoice, TODAY)
    assert data.language == "de"
    assert [line.description for line in data.lines] == [
        "Coaching-Sitzung, 2. März 2026",
        "Coaching-Sitzung, 9. März 2026",
    ]
    assert data.payment_terms == "Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum ohne Abzug."
    printed = _text(invoice_pdf(db, invoice, TODAY))
    assert "Rechnung 2026-0001" in printed and "Fällig am 14. April 2026" in printed
    assert "Invoice" not in printed
    # The command line (or a dialog) may choose another language for one export.
    assert "Facture 2026-0001" in _text(invoice_pdf(db, invoice, TODAY, language="fr"))
    with pytest.raises(ValidationError) as refused:
        invoice_pdf(db, invoice, TODAY, language="es")
    assert refused.value.field == "language"


def test_a_client_without_a_language_gets_the_coachs_and_a_reminder_follows(db: Session) -> None:
    p = practice(db, sessions=1)
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    assert invoice_data(db, invoice, TODAY).language == "en"
    _speaks(db, p.client, "fr")
    mail = reminder_mail(db, invoice, date(2026, 4, 20))
    assert mail.subject == "Relance de paiement : facture 2026-0001"


def test_a_package_line_is_written_in_the_clients_language(db: Session) -> None:
    p = practice(db, sessions=0, fee_basis=FeeBasis.PER_ENGAGEMENT, fee="1000.00")
    _speaks(db, p.client, "fr")
    invoice = created(draft_from_engagement(db, p.engagement))
    [line] = invoice_data(db, invoice, TODAY).lines
    assert line.description == "Forfait de coaching : 8 séances"
