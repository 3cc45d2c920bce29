"""Invoices, credit notes and payment reminders in German and French: every label, sentence and total
in the language, dates and money as the locale writes them, no English left."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from coachdesk.documents.facturx_xml import facturx_xml
from coachdesk.documents.invoice import InvoiceRenderer
from coachdesk.documents.invoice_data import InvoiceData
from coachdesk.documents.invoice_reminder import PaymentReminderData, PaymentReminderRenderer, reminder_mail
from coachdesk.documents.wording import words_for
from tests.documents.invoice_samples import credit_note, invoice, sponsor_invoice

# What an English invoice prints around the data; none of it may be left in a German or French one.
ENGLISH = [
    "Invoice",
    "Credit note",
    "Due date",
    "Service period",
    "Description",
    "Unit price",
    "Net total",
    "Total due",
    "Balance due",
    "Please pay",
    "quoting",
    "Account holder",
    "Payable within",
    "VAT no.",
    "Company no.",
    "Page 1 of",
    "DRAFT",
    "corrects",
    "reminder",
    "Kind regards",
    "overdue",
    "Reverse charge",
    "Attn.",
]
EXPECTED = {
    "de": {
        "headings": [
            "Rechnung 2026-0007",
            "Rechnungsnr.",
            "Rechnungsdatum",
            "Leistungszeitraum",
            "Fällig am",
        ],
        "table": ["Beschreibung", "Menge", "Einzelpreis", "USt.", "Betrag", "Nettobetrag", "Zu zahlen"],
        "payment": ["Bitte überweisen Sie", "Kontoinhaber", "Verwendungszweck", "Seite 1 von 1"],
        "date": "1. Dezember 2026",
        "money": "428,40\u00a0€",
        "nok": "2.500,00\u00a0NOK",
    },
    "fr": {
        "headings": [
            "Facture 2026-0007",
            "N° de facture",
            "Date de facture",
            "Période de prestation",
            "Échéance",
        ],
        "table": ["Désignation", "Qté", "Prix unitaire", "TVA", "Montant", "Total HT", "Total à payer"],
        "payment": ["Merci de virer", "Titulaire", "avec la référence", "Page 1 sur 1"],
        "date": "1 décembre 2026",
        "money": "428,40\u00a0€",
        "nok": "2\u202f500,00\u00a0NOK",
    },
}


def _text(pdf: bytes) -> str:
    """The PDF's text on one line, every run of spaces one space (the PDF's text gives a no-break space
    as a plain one)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _spaced(written: str) -> str:
    """``written`` as the PDF's extracted text gives it."""
    return " ".join(written.split())


def _in(language: str, data: InvoiceData) -> InvoiceData:
    """The invoice as a service makes it in ``language``: its lines and terms written in it too."""
    w = words_for(language)
    lines = tuple(
        dataclasses.replace(line, description=f"{w('Coaching session')}, {day}")
        for line, day in zip(data.lines, ("3.11.2026", "10.11.2026", "24.11.2026"), strict=False)
    )
    terms = w.n(
        "Payable within %n day of the invoice date, without deduction.",
        "Payable within %n days of the invoice date, without deduction.",
        14,
    )
    return dataclasses.replace(data, language=language, lines=lines, payment_terms=terms)


def _no_english(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase.casefold() in text.casefold()]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_an_invoice_prints_every_label_in_the_clients_language(language: str) -> None:
    expected = EXPECTED[language]
    printed = _text(InvoiceRenderer(_in(language, invoice())).render())
    for phrase in [*expected["headings"], *expected["table"], *expected["payment"]]:
        assert phrase in printed, phrase
    assert expected["date"] in printed and _spaced(expected["money"]) in printed
    assert _no_english(printed) == []


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_draft_and_a_sponsors_reverse_charge_invoice_leave_no_english(language: str) -> None:
    w = words_for(language)
    data = _in(language, sponsor_invoice())
    data = dataclasses.replace(data, lines=data.lines[:1], draft=True, number="", currency="NOK")
    data = dataclasses.replace(
        data,
        buyer=dataclasses.replace(data.buyer, attention=w("Attn. {contact}").format(contact="Łukasz Nowak")),
    )
    printed = _text(InvoiceRenderer(data).render())
    assert w("DRAFT") in printed and "Łukasz Nowak" in printed
    assert (
        w("Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC")
        in printed
    )
    assert _no_english(printed) == []


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_credit_note_names_the_invoice_it_corrects_in_the_language(language: str) -> None:
    data = _in(language, credit_note())
    data = dataclasses.replace(data, lines=data.lines[:1])
    printed = _text(InvoiceRenderer(data).render())
    corrects = {
        "de": "Diese Rechnungskorrektur berichtigt die Rechnung 2026-0007 vom 1. Dezember 2026.",
        "fr": "Cet avoir rectifie la facture 2026-0007 du 1 décembre 2026.",
    }
    assert corrects[language] in printed
    assert _no_english(printed) == []


@pytest.mark.parametrize("language", ["de", "fr"])
def test_money_in_kroner_is_written_as_the_locale_writes_it(language: str) -> None:
    data = dataclasses.replace(
        _in(language, invoice()),
        currency="NOK",
        lines=(
            dataclasses.replace(
                _in(language, invoice()).lines[0], unit_price_minor=250000, vat_rate=Decimal(0)
            ),
        ),
    )
    renderer = InvoiceRenderer(data)
    # As the locale writes it: German groups with a dot, French with a narrow no-break space (U+202F);
    # the currency code keeps its distance with a no-break space.
    assert renderer.money(250000, "NOK") == EXPECTED[language]["nok"]
    assert f"{_spaced(EXPECTED[language]['nok'])} " in _text(renderer.render())


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        (
            "de",
            ["Zahlungserinnerung: Rechnung 2026-0007", "Sie war am 15. Dezember 2026 fällig, vor 5 Tagen."],
        ),
        (
            "fr",
            [
                "Relance de paiement : facture 2026-0007",
                "Elle était due le 15 décembre 2026, il y a 5 jours.",
            ],
        ),
    ],
)
def test_a_payment_reminder_and_its_mail_are_in_the_language(language: str, sentences: list[str]) -> None:
    reminder = PaymentReminderData(_in(language, invoice()), reminder_date=date(2026, 12, 20))
    printed = _text(PaymentReminderRenderer(reminder).render())
    for sentence in sentences:
        assert sentence in printed, sentence
    assert _no_english(printed) == []
    subject, body = reminder_mail(reminder)
    assert subject == sentences[0]
    assert _no_english(body) == [] and sentences[1] in body


def test_one_day_overdue_is_singular() -> None:
    reminder = PaymentReminderData(_in("de", invoice()), reminder_date=date(2026, 12, 16))
    assert "vor 1 Tag." in _text(PaymentReminderRenderer(reminder).render())


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_facturx_notes_are_in_the_language(language: str) -> None:
    data = _in(language, sponsor_invoice())
    root = ET.fromstring(facturx_xml(data))
    notes = [
        element.text or ""
        for element in root.iter()
        if element.tag.endswith(("Content", "ExemptionReason", "Description"))
    ]
    assert notes and not [note for note in notes if _no_english(note)]
