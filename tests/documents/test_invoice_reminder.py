"""The payment reminder: friendly words, the invoice's number, the amount still due, days overdue."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from coachdesk.documents.invoice_reminder import PaymentReminderData, PaymentReminderRenderer, reminder_mail
from tests.documents.invoice_samples import credit_note, invoice, sponsor_invoice


def _text(data: PaymentReminderData) -> str:
    reader = PdfReader(io.BytesIO(PaymentReminderRenderer(data).render()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_an_overdue_invoice_is_reminded_with_the_amount_left_and_the_days_overdue() -> None:
    printed = _text(PaymentReminderData(invoice(paid_minor=10000), date(2026, 12, 29)))
    for expected in (
        "Payment reminder: invoice 2026-0007",
        "Hello Zoë Ørsted,",
        "invoice 2026-0007 of 1 December 2026 is still open, with €328.40 to pay.",
        "It was due on 15 December 2026, 14 days ago.",
        "Invoice total €428.40",
        "Paid so far €100.00",
        "Amount due €328.40",
        "Days overdue 14",
        "IBAN DE89 3704 0044 0532 0130 00",
        "please disregard this reminder",
        "Page 1 of 1",
    ):
        assert expected in printed, expected


def test_a_reminder_before_the_due_date_says_when_it_is_due() -> None:
    data = PaymentReminderData(invoice(), date(2026, 12, 10))
    assert data.days_overdue == 0
    assert "It is due on 15 December 2026." in _text(data)
    assert "1 day ago" in _text(PaymentReminderData(invoice(), date(2026, 12, 16)))


def test_a_sponsor_reminder_greets_its_contact() -> None:
    printed = _text(PaymentReminderData(sponsor_invoice(), date(2027, 1, 5)))
    assert "Attn. Łukasz Nowak, People Development" in printed  # in the address, not the greeting
    assert "Hello, This is a friendly reminder" in printed
    assert "Nordlicht Énergie SA" in printed
    assert "€930.00" in printed and "21 days ago" in printed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (invoice(paid_minor=42840), "is paid: there is nothing to remind of"),
        (invoice(draft=True, number=""), "not a draft or a credit note"),
        (credit_note(), "not a draft or a credit note"),
    ],
)
def test_there_is_no_reminder_for_a_paid_invoice_a_draft_or_a_credit_note(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PaymentReminderRenderer(PaymentReminderData(data, date(2026, 12, 29)))  # type: ignore[arg-type]


def test_the_reminder_as_a_mail_draft_has_the_same_facts_and_no_more() -> None:
    subject, body = reminder_mail(PaymentReminderData(invoice(paid_minor=10000), date(2026, 12, 29)))
    assert subject == "Payment reminder: invoice 2026-0007"
    assert body.startswith("Hello Zoë Ørsted,\n")
    assert "with €328.40 to pay. It was due on 15 December 2026, 14 days ago." in body
    assert "IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, quoting 2026-0007" in body
    assert body.endswith("Kind regards,\nAlex Moreau")
