"""Invoices leaving the vault: through the consent filter to the payer only, recorded in the outbound
ledger with the payer as recipient; a sponsor's invoice free of notes, summaries, goals and topics."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from coachdesk.domain import (
    OWN_USE,
    ActionItem,
    Client,
    CoachingSession,
    DocumentKind,
    Engagement,
    Goal,
    GoalOrigin,
    OutboundBasis,
    OutboundChannel,
    OutboundEntry,
    Payer,
    TaxTreatment,
)
from coachdesk.services.consent_filter import default_recipient
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_books import books_document, export_books
from coachdesk.services.invoice_export import (
    export_invoice,
    export_reminder,
    invoice_document,
    invoice_file_name,
    record_reminder_mail,
    reminder_mail,
)
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoices import draft_from_engagement
from coachdesk.services.outbound_ledger import ledger_lines
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import Practice, created, practice

ON = date(2026, 3, 31)
TODAY = date(2026, 4, 20)  # the invoice of 31 March is overdue (due 14 April)
PLANTED = {
    "note": "ZEBRA-NOTE-4411 she spoke of her divorce",
    "summary": "ZEBRA-SUMMARY-4412 agreed to rebuild trust",
    "goal": "ZEBRA-GOAL-4413 become a calmer leader",
    "sponsor_progress": "ZEBRA-PROGRESS-4414",
    "topic": "ZEBRA-TOPIC-4415 conflict with the board",
    "action": "ZEBRA-ACTION-4416 write to her brother",
    "client_note": "ZEBRA-CLIENT-4417 burnout last year",
}


def _issued(db: Session, **options: object) -> tuple[Practice, object]:
    p = practice(db, **options)  # type: ignore[arg-type]
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    return p, invoice


def _entries(db: Session) -> list[OutboundEntry]:
    return list(db.exec(select(OutboundEntry)))


def _plant(db: Session, p: Practice) -> None:
    """Every private or coaching text there is, on the engagement the sponsor pays for."""
    engagement = db.get(Engagement, p.engagement)
    client = db.get(Client, p.client)
    assert engagement is not None and client is not None
    engagement.title = PLANTED["topic"]
    client.private_notes = PLANTED["client_note"]
    records: list[object] = [engagement, client]
    for session_id in p.sessions:
        session = db.get(CoachingSession, session_id)
        assert session is not None
        session.private_notes = PLANTED["note"]
        session.shared_summary = PLANTED["summary"]
        records.append(session)
    goal = Goal(
        client_id=p.client,
        engagement_id=p.engagement,
        statement=PLANTED["goal"],
        origin=GoalOrigin.SHARED,
        sponsor_progress=PLANTED["sponsor_progress"],
    )
    records += [goal, ActionItem(client_id=p.client, session_id=p.sessions[0], description=PLANTED["action"])]
    for record in records:
        db.add(record)
    db.commit()


def _all_text(pdf: bytes) -> str:
    """Every string a PDF carries: its pages, its metadata, and the files embedded in it (Factur-X)."""
    reader = PdfReader(io.BytesIO(pdf))
    parts = [page.extract_text() for page in reader.pages]
    parts += [str(value) for value in (reader.metadata or {}).values()]
    for name, contents in reader.attachments.items():
        parts.append(name)
        parts += [content.decode("utf-8") for content in contents]
    return " ".join(parts)


def test_a_sponsor_invoice_pdf_and_xml_carry_no_note_summary_goal_or_topic(db: Session) -> None:
    p = practice(db, sessions=3, payer=Payer.SPONSOR)
    _plant(db, p)
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    for facturx in (False, True):
        pdf = invoice_document(db, invoice, TODAY, facturx=facturx).render(db)
        text = _all_text(pdf)
        assert "Nordlicht GmbH" in text and "Coaching session, 16 March 2026" in text
        if facturx:
            assert "factur-x.xml" in text and "<rsm:CrossIndustryInvoice" in text
        for word in ("ZEBRA", "divorce", "trust", "calmer", "board", "brother", "burnout"):
            assert word not in text, word
    reminder = reminder_mail(db, invoice, TODAY)
    assert "ZEBRA" not in unquote(reminder.url)


def test_the_planted_phrase_check_would_see_a_topic_on_the_invoice(db: Session) -> None:
    """The check above can fail: the same phrases on a line the coach typed do show."""
    from coachdesk.services.invoices import LineDetails, add_line

    p = practice(db, sessions=1, payer=Payer.SPONSOR)
    invoice = created(draft_from_engagement(db, p.engagement))
    add_line(db, invoice, LineDetails(PLANTED["topic"], "10"))  # type: ignore[arg-type]
    assert "ZEBRA-TOPIC" in _all_text(invoice_document(db, invoice, TODAY).render(db))


def test_an_exported_invoice_is_recorded_with_its_payer_and_the_agreement_as_basis(
    db: Session, tmp_path: Path
) -> None:
    p, invoice = _issued(db, sessions=2)
    path = tmp_path / invoice_file_name(db, invoice)
    assert path.name == "invoice-2026-0001.pdf"
    export_invoice(db, path, invoice, TODAY, facturx=True)
    assert path.read_bytes().startswith(b"%PDF")
    [line] = ledger_lines(db)
    assert (line.kind, line.recipient, line.basis) == (
        DocumentKind.INVOICE,
        "Zoë Ørsted",
        OutboundBasis.AGREEMENT,
    )
    assert line.client_ids == (p.client,) and line.channel is OutboundChannel.FILE
    assert line.what == "Invoice" and line.description == "invoice-2026-0001.pdf"


def test_a_sponsor_invoice_goes_to_the_sponsor_and_its_contact_never_to_the_client(
    db: Session, tmp_path: Path
) -> None:
    p, invoice = _issued(db, sessions=2, payer=Payer.SPONSOR)
    engagement = db.get(Engagement, p.engagement)
    assert engagement is not None
    engagement.sponsor_contact_name = "Łukasz Nowak"
    db.add(engagement)
    db.commit()
    assert default_recipient(db, invoice_document(db, invoice, TODAY)) == "Łukasz Nowak, Nordlicht GmbH"
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as refused:
        export_invoice(db, tmp_path / "a.pdf", invoice, TODAY, recipient="Zoë Ørsted")
    assert refused.value.field == "recipient" and "Nordlicht GmbH" in refused.value.message
    assert table_snapshot(db) == before and not (tmp_path / "a.pdf").exists()
    export_invoice(db, tmp_path / "b.pdf", invoice, TODAY)
    [line] = ledger_lines(db)
    assert line.recipient == "Łukasz Nowak, Nordlicht GmbH" and line.basis is OutboundBasis.AGREEMENT


def test_a_client_invoice_is_refused_to_the_sponsor(db: Session, tmp_path: Path) -> None:
    _p, invoice = _issued(db, sessions=1)
    with pytest.raises(ValidationError, match="goes to the one who pays it: Zoë Ørsted"):
        export_invoice(db, tmp_path / "a.pdf", invoice, TODAY, recipient="Nordlicht GmbH")
    assert _entries(db) == []


def test_a_draft_exports_marked_draft_and_factur_x_of_it_is_refused_before_writing(
    db: Session, tmp_path: Path
) -> None:
    p = practice(db, sessions=1)
    draft = created(draft_from_engagement(db, p.engagement))
    assert invoice_file_name(db, draft).startswith("invoice-draft-")
    with pytest.raises(ValidationError, match="Factur-X is made for an issued invoice only"):
        export_invoice(db, tmp_path / "x.pdf", draft, TODAY, facturx=True)
    assert not (tmp_path / "x.pdf").exists() and _entries(db) == []
    export_invoice(db, tmp_path / "d.pdf", draft, TODAY)
    assert "not a valid invoice" in _all_text((tmp_path / "d.pdf").read_bytes())
    assert len(_entries(db)) == 1


def test_a_credit_note_is_its_own_kind_in_the_ledger(db: Session, tmp_path: Path) -> None:
    _p, invoice = _issued(db, sessions=1)
    note = created(credit_invoice(db, invoice, on=ON))
    assert invoice_file_name(db, note).startswith("credit-note-")
    export_invoice(db, tmp_path / "cn.pdf", note, TODAY)
    [line] = ledger_lines(db)
    assert (line.kind, line.recipient, line.what) == (DocumentKind.CREDIT_NOTE, "Zoë Ørsted", "Credit note")


def test_a_reminder_pdf_and_mail_draft_go_to_the_payer_and_are_recorded(db: Session, tmp_path: Path) -> None:
    p, invoice = _issued(db, sessions=2)
    client = db.get(Client, p.client)
    assert client is not None
    client.email = "zoe@example.org"
    db.add(client)
    db.commit()
    record_payment(db, invoice, "57.00", on=date(2026, 4, 1))
    export_reminder(db, tmp_path / "r.pdf", invoice, TODAY)
    text = " ".join(_all_text((tmp_path / "r.pdf").read_bytes()).split())
    assert "Payment reminder: invoice 2026-0001" in text and "€300.00" in text and "6 days ago" in text
    mail = reminder_mail(db, invoice, TODAY)
    assert mail.url.startswith("mailto:zoe@example.org?subject=Payment%20reminder")
    assert mail.to == "zoe@example.org" and "€300.00" in mail.body
    record_reminder_mail(db, invoice, mail, TODAY)
    lines = ledger_lines(db)
    assert {(line.kind, line.channel, line.recipient) for line in lines} == {
        (DocumentKind.PAYMENT_REMINDER, OutboundChannel.FILE, "Zoë Ørsted"),
        (DocumentKind.PAYMENT_REMINDER, OutboundChannel.MAIL_DRAFT, "Zoë Ørsted"),
    }


def test_no_reminder_for_a_paid_invoice_a_draft_or_a_credit_note(db: Session, tmp_path: Path) -> None:
    p, invoice = _issued(db, sessions=1)
    record_payment(db, invoice, "178.50", on=date(2026, 4, 1))
    with pytest.raises(ValidationError, match="settled: there is nothing to remind of"):
        reminder_mail(db, invoice, TODAY)
    draft = created(draft_from_engagement(db, practice_two(db, p)))
    with pytest.raises(ValidationError, match="not a draft or a credit note"):
        export_reminder(db, tmp_path / "r.pdf", draft, TODAY)
    assert _entries(db) == [] and not (tmp_path / "r.pdf").exists()


def practice_two(db: Session, p: Practice) -> object:
    """A second session on the engagement, for a new draft."""
    from tests.services.invoice_practice import session_on

    session_on(db, p.client, p.engagement, date(2026, 4, 6))
    return p.engagement


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_the_accountant_csvs_list_the_period_and_are_recorded_as_bookkeeping(
    db: Session, tmp_path: Path
) -> None:
    p, invoice = _issued(db, sessions=2)
    record_payment(db, invoice, "357.00", on=date(2026, 4, 3), reference="SEPA 77")
    export_books(db, tmp_path / "invoices.csv", TODAY, start=date(2026, 3, 1), end=date(2026, 3, 31))
    [row] = _csv_rows((tmp_path / "invoices.csv").read_bytes())
    assert (row["Number"], row["Payer"], row["Net"], row["VAT"], row["Gross"], row["Paid"]) == (
        "2026-0001",
        "Zoë Ørsted",
        "300.00",
        "57.00",
        "357.00",
        "357.00",
    )
    export_books(db, tmp_path / "payments.csv", TODAY, payments=True, recipient="Anna Weber, accountant")
    [payment] = _csv_rows((tmp_path / "payments.csv").read_bytes())
    assert (payment["Invoice"], payment["Amount"], payment["Reference"]) == ("2026-0001", "357.00", "SEPA 77")
    first, second = sorted(ledger_lines(db), key=lambda line: line.kind.value)
    assert (first.kind, first.recipient, first.basis) == (
        DocumentKind.INVOICES_CSV,
        OWN_USE,
        OutboundBasis.OWN_USE,
    )
    assert (second.kind, second.recipient, second.basis) == (
        DocumentKind.PAYMENTS_CSV,
        "Anna Weber, accountant",
        OutboundBasis.BOOKKEEPING,
    )
    assert first.client_ids == (p.client,) and second.basis_text == "Bookkeeping (tax law)"
    assert not export_books_outside(db)


def export_books_outside(db: Session) -> list[object]:
    """A period without invoices: an empty list (the header only), nobody named."""
    return list(books_document(db, date(2025, 1, 1), date(2025, 12, 31), TODAY).client_ids)


def test_a_period_that_ends_before_it_starts_is_refused(db: Session, tmp_path: Path) -> None:
    _issued(db, sessions=1)
    with pytest.raises(ValidationError) as refused:
        export_books(db, tmp_path / "i.csv", TODAY, start=date(2026, 4, 1), end=date(2026, 3, 1))
    assert refused.value.field == "end" and not (tmp_path / "i.csv").exists() and _entries(db) == []


def test_the_xml_of_an_invoice_from_the_vault_is_schema_valid(db: Session) -> None:
    import facturx  # type: ignore[import-untyped]

    _p, invoice = _issued(db, sessions=3, treatment=TaxTreatment.CHARGED)
    pdf = invoice_document(db, invoice, TODAY, facturx=True).render(db)
    _name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert b"<ram:DuePayableAmount>535.50</ram:DuePayableAmount>" in xml


def test_a_typed_line_or_remark_repeating_private_text_is_warned_about_on_a_sponsor_invoice(
    db: Session,
) -> None:
    from coachdesk.services.invoice_warnings import sponsor_invoice_warnings
    from coachdesk.services.invoices import DraftDetails, LineDetails, add_line, update_draft

    p = practice(db, sessions=2, payer=Payer.SPONSOR)
    _plant(db, p)
    invoice = created(draft_from_engagement(db, p.engagement))
    assert sponsor_invoice_warnings(db, invoice) == []  # lines of dates only
    add_line(db, invoice, LineDetails("Extra session: she spoke of her divorce at length", "50"))  # type: ignore[arg-type]
    add_line(db, invoice, LineDetails(f"Workshop on {PLANTED['topic']}", "50"))  # type: ignore[arg-type]
    add_line(db, invoice, LineDetails("Workbook, printed", "20"))  # type: ignore[arg-type]
    update_draft(db, invoice, DraftDetails(payer=Payer.SPONSOR, note="As agreed to rebuild trust"))  # type: ignore[arg-type]
    warnings = sponsor_invoice_warnings(db, invoice)
    assert [(w.line, w.message.split(".")[0]) for w in warnings] == [
        (3, "Line 3 repeats a session's notes"),
        (4, "Line 4 repeats the engagement's title (its topic)"),
        (0, "The remark repeats a session's shared summary"),
    ]
    # The same lines to the client are the client's own coaching: nothing to warn about.
    update_draft(db, invoice, DraftDetails(payer=Payer.CLIENT, note="As agreed to rebuild trust"))  # type: ignore[arg-type]
    assert sponsor_invoice_warnings(db, invoice) == []
