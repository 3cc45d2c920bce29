"""A client's invoices in their data-access export: their own in full, a sponsor's where it names them."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from coachdesk.domain import FeeBasis, Payer
from coachdesk.services.client_records import client_record, export_client
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoices import draft_from_engagement
from tests.services.invoice_practice import Practice, created, practice, session_on

TODAY = date(2026, 4, 1)


def _engagement(db: Session, client: object, sponsor: object, **more: object) -> object:
    details = EngagementDetails(
        client_id=client,  # type: ignore[arg-type]
        title="Team lead coaching",
        sponsor_id=sponsor,  # type: ignore[arg-type]
        session_count=4,
        fee=Decimal("200.00"),
        payer=Payer.SPONSOR,
        end_date=date(2026, 12, 31),
        **more,  # type: ignore[arg-type]
    )
    return created(create_engagement(db, details))


def _issued(db: Session, engagement: object, on: date = date(2026, 3, 20)) -> object:
    invoice = draft_from_engagement(db, engagement).created  # type: ignore[arg-type]
    assert invoice is not None
    issue_invoice(db, invoice, on=on)
    return invoice


def _setup(db: Session) -> tuple[Practice, object, object]:
    own = practice(db)  # the client pays 3 × 150.00 + 19 % VAT
    paid = _issued(db, own.engagement)
    record_payment(db, paid, "100.00", on=date(2026, 3, 25), reference="SEPA 7")
    credit_invoice(db, paid, amount="50.00", on=TODAY)
    # The sponsor pays for a second engagement's session: its invoice bills the client's session.
    by_sponsor = _engagement(db, own.client, own.sponsor)
    session_on(db, own.client, by_sponsor, date(2026, 3, 10))  # type: ignore[arg-type]
    sponsor_invoice = _issued(db, by_sponsor)
    record_payment(db, sponsor_invoice, "50.00", on=date(2026, 3, 30), reference="NORDLICHT-PO-9")
    # A package paid by the sponsor: its one line names no one.
    package = _engagement(db, own.client, own.sponsor, fee_basis=FeeBasis.PER_ENGAGEMENT)
    _issued(db, package)
    # Another client's invoice never shows.
    other = created(create_client(db, ClientDetails(name="Jonas Brandt")))
    mine = created(
        create_engagement(db, EngagementDetails(client_id=other, title="Career", fee=Decimal("90.00")))
    )
    session_on(db, other, mine, date(2026, 3, 11))
    _issued(db, mine)
    return own, paid, sponsor_invoice


def test_the_clients_own_invoices_and_credit_notes_come_in_full_with_payments(db: Session) -> None:
    own, paid, _sponsor = _setup(db)
    invoices = client_record(db, own.client, TODAY)["invoices"]
    invoice, credit = invoices["paid_by_the_client"]
    assert (invoice["id"], invoice["number"], invoice["kind"]) == (str(paid), "2026-0001", "invoice")
    assert (invoice["net"], invoice["vat"], invoice["gross"]) == ("450.00", "85.50", "535.50")
    assert [line["description"] for line in invoice["lines"]] == [
        "Coaching session, 2 March 2026",
        "Coaching session, 9 March 2026",
        "Coaching session, 16 March 2026",
    ]
    assert invoice["payments"] == [
        {"paid_on": "2026-03-25", "amount": "100.00", "method": "bank transfer", "reference": "SEPA 7"}
    ]
    assert credit["kind"] == "credit_note" and credit["credits"] == "2026-0001"
    assert credit["issue_date"] == TODAY.isoformat()
    assert "Jonas Brandt" not in json.dumps(invoices, ensure_ascii=False)


def test_a_sponsors_invoice_shows_only_its_number_date_and_the_lines_about_the_client(db: Session) -> None:
    own, _paid, sponsor = _setup(db)
    [listed] = client_record(db, own.client, TODAY)["invoices"]["to_a_sponsor"]
    assert listed["id"] == str(sponsor) and listed["payer"] == "Nordlicht GmbH"
    assert listed["issue_date"] == "2026-03-20" and listed["number"]
    assert listed["lines"] == ["Coaching session, 10 March 2026"]
    # The sponsor's amounts and payments are the organisation's business, not the client's.
    assert not {"gross", "payments", "net"} & listed.keys()
    assert "NORDLICHT-PO-9" not in json.dumps(listed)


def test_the_exported_client_json_holds_the_invoices(db: Session, tmp_path: Path) -> None:
    own, _paid, _sponsor = _setup(db)
    export = export_client(db, own.client, tmp_path / "records", TODAY)
    record = json.loads((export.folder / "client.json").read_text("utf-8"))
    assert record["invoices"]["paid_by_the_client"][0]["number"] == "2026-0001"
    assert len(record["invoices"]["to_a_sponsor"]) == 1


def test_the_refunds_made_to_the_client_come_with_their_credit_note(db: Session) -> None:
    from coachdesk.services.invoice_refunds import record_refund

    own, paid, _sponsor = _setup(db)
    record_payment(db, paid, "376.00", on=TODAY)  # paid in full after the first credit note
    note = created(credit_invoice(db, paid, amount="50.00", on=TODAY))  # 59.50 due back
    record_refund(db, note, "59.50", on=TODAY, reference="Back to Zoë")
    own_invoices = client_record(db, own.client, TODAY)["invoices"]["paid_by_the_client"]
    refunded = next(i for i in own_invoices if i["id"] == str(note))
    assert refunded["refunds"] == [
        {
            "refunded_on": TODAY.isoformat(),
            "amount": "59.50",
            "method": "bank transfer",
            "reference": "Back to Zoë",
        }
    ]
    assert all(i["refunds"] == [] for i in own_invoices if i["id"] != str(note))
