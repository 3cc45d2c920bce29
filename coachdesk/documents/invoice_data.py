"""An invoice or credit note as printed: parties, lines, VAT treatment, and the totals of the domain.

Amounts are integers in minor units (cents). The totals are the domain's (``domain.invoice_totals``),
the one rounding rule the vault, the PDF, the Factur-X XML and the accountant's CSV all follow (and
which EN 16931 expects):

* a line's net is quantity × unit price, rounded half up to the minor unit;
* the VAT of a rate is the sum of the line nets at that rate × rate / 100, rounded half up once per
  rate (never per line);
* gross = net + VAT of every rate; balance = gross − credited − paid + refunded (negative: a refund
  is due to the payer).

The kind of document and its VAT treatment are the domain's ``InvoiceKind`` and ``TaxTreatment``.
The data holds only what an invoice prints. There is no field for session notes, topics or goals: a
sponsor's invoice can carry nothing but the line texts it is given (dates and counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coachdesk.documents.letterhead import Letterhead
from coachdesk.documents.wording import ENGLISH, LANGUAGES, document_language
from coachdesk.domain.enums import InvoiceKind, TaxTreatment
from coachdesk.domain.invoice_totals import InvoiceTotals, RateTotal, invoice_totals, line_net
from coachdesk.domain.vat_wording import STANDARD_WORDING

__all__ = [
    "DEFAULT_VAT_WORDING",
    "BankDetails",
    "InvoiceData",
    "InvoiceKind",
    "Party",
    "PrintedLine",
    "RateTotal",
    "RefundMade",
    "TaxTreatment",
    "check_invoice",
    "label",
]

# Printed when the invoice gives no wording of its own (services always give the coach's or the
# country's wording; this is the fallback).
DEFAULT_VAT_WORDING = STANDARD_WORDING
_HUNDRED = Decimal(100)


def label(value: InvoiceKind | TaxTreatment) -> str:
    """An enum as the CSV and messages write it: "credit-note", "reverse-charge"."""
    return value.value.replace("_", "-")


@dataclass(frozen=True)
class Party:
    """The seller or the buyer: the name and address block, and the identifiers that apply."""

    name: str
    address_lines: tuple[str, ...] = ()  # street lines, as printed above the postcode and city
    postcode: str = ""
    city: str = ""
    country_code: str = ""  # ISO 3166-1 alpha-2, e.g. "DE"; printed as the country's name
    attention: str = ""  # "For the attention of": a contact at an organisation
    vat_id: str = ""  # e.g. "DE123456789"
    tax_number: str = ""  # a national tax number where there is no VAT id (e.g. a German Steuernummer)
    company_id: str = ""  # company registration number
    email: str = ""


@dataclass(frozen=True)
class BankDetails:
    """Where the payment goes (a SEPA credit transfer)."""

    account_holder: str
    iban: str
    bic: str = ""
    bank_name: str = ""


@dataclass(frozen=True)
class PrintedLine:
    """One line as printed: its text only (for a sponsor: dates and counts), quantity, price and VAT rate."""

    description: str
    quantity: Decimal
    unit_price_minor: int
    vat_rate: Decimal = Decimal(0)  # percent, e.g. Decimal("19") or Decimal("5.5")
    unit_code: str = "C62"  # UN/ECE rec. 20: C62 = one (a session), HUR = hour

    @property
    def net_minor(self) -> int:
        """Quantity × unit price, rounded half up to the minor unit."""
        return line_net(self.quantity, self.unit_price_minor)


@dataclass(frozen=True)
class RefundMade:
    """Money paid back to the payer against a credit note."""

    refunded_on: date
    amount_minor: int
    method: str = ""  # e.g. "bank transfer"
    reference: str = ""


@dataclass(frozen=True)
class InvoiceData:
    """Everything an invoice or credit note prints, and nothing else."""

    letterhead: Letterhead
    seller: Party
    buyer: Party
    kind: InvoiceKind
    number: str  # "" for a draft, which has no number until it is issued
    issue_date: date
    due_date: date
    currency: str  # ISO 4217, e.g. "EUR"
    lines: tuple[PrintedLine, ...]
    tax_treatment: TaxTreatment = TaxTreatment.CHARGED
    tax_wording: str = ""  # "" = DEFAULT_VAT_WORDING of the treatment
    period_start: date | None = None  # the service period the invoice covers
    period_end: date | None = None
    paid_minor: int = 0  # payments made so far
    credited_minor: int = 0  # what credit notes took off this invoice so far
    # An invoice: what was paid back against its credit notes; a credit note: the refunds against it.
    refunded_minor: int = 0
    refunds: tuple[RefundMade, ...] = ()  # a credit note's refunds, oldest first
    refund_due_minor: int = 0  # a credit note: what is still to be paid back against it
    payment_terms: str = ""  # e.g. "Payable within 14 days of the invoice date, without deduction."
    bank: BankDetails | None = None
    buyer_reference: str = ""  # the buyer's purchase order or reference, if they gave one
    credited_number: str = ""  # for a credit note: the invoice it corrects ...
    credited_date: date | None = None  # ... and that invoice's date
    draft: bool = False
    document_id: str = ""
    remark: str = ""  # the coach's own line about the document, e.g. why a credit note was issued
    language: str = ENGLISH  # what it prints in ("en", "de", "fr"): the client's document language

    def __post_init__(self) -> None:
        check_invoice(self)

    @property
    def locale(self) -> str:
        """How money and dates are written: the Babel locale of the invoice's language ("de_DE")."""
        return LANGUAGES[document_language(self.language)]

    @property
    def is_credit_note(self) -> bool:
        return self.kind is InvoiceKind.CREDIT_NOTE

    @property
    def wording(self) -> str:
        """The VAT note printed under the totals (and sent as the exemption reason in Factur-X)."""
        return self.tax_wording.strip() or DEFAULT_VAT_WORDING[self.tax_treatment]

    @property
    def vat_charged(self) -> bool:
        return self.tax_treatment is TaxTreatment.CHARGED

    @property
    def totals(self) -> InvoiceTotals:
        """The domain's totals of the lines (the vault stores the same for the same lines)."""
        return invoice_totals(
            ((line.net_minor, line.vat_rate) for line in self.lines), vat_charged=self.vat_charged
        )

    @property
    def breakdown(self) -> tuple[RateTotal, ...]:
        """One entry per VAT rate, highest rate first."""
        return self.totals.by_rate

    @property
    def net_minor(self) -> int:
        return self.totals.net_minor

    @property
    def vat_minor(self) -> int:
        return self.totals.vat_minor

    @property
    def gross_minor(self) -> int:
        return self.totals.gross_minor

    @property
    def balance_minor(self) -> int:
        """What is owed on an invoice (negative: a refund due); a credit note's is its own gross."""
        refunded = 0 if self.is_credit_note else self.refunded_minor
        return self.gross_minor - self.credited_minor - self.paid_minor + refunded


def check_invoice(data: InvoiceData) -> None:
    """Refuse data no honest invoice could print, naming what is wrong (services validate first)."""
    if not data.lines:
        raise ValueError("An invoice has at least one line.")
    if len(data.currency) != 3 or not data.currency.isalpha() or not data.currency.isupper():
        raise ValueError(f"The currency is a three-letter ISO 4217 code, not {data.currency!r}.")
    if not data.draft and not data.number.strip():
        raise ValueError("An issued invoice has a number; only a draft has none.")
    if data.due_date < data.issue_date:
        raise ValueError("The due date is before the issue date.")
    if (data.period_start is None) != (data.period_end is None):
        raise ValueError("A service period has both a first and a last day.")
    if data.period_start and data.period_end and data.period_end < data.period_start:
        raise ValueError("The service period ends before it starts.")
    _check_lines(data)
    _check_amounts(data)
    if data.tax_treatment is TaxTreatment.REVERSE_CHARGE and not data.buyer.vat_id.strip():
        raise ValueError("A reverse charge needs the customer's VAT number.")
    if data.is_credit_note and not data.credited_number.strip():
        raise ValueError("A credit note names the invoice it credits.")
    if not data.is_credit_note and (data.credited_number or data.credited_date):
        raise ValueError("Only a credit note refers to a credited invoice.")


def _check_amounts(data: InvoiceData) -> None:
    if data.paid_minor < 0:
        raise ValueError("The amount paid cannot be negative.")
    if data.credited_minor < 0:
        raise ValueError("The amount credited cannot be negative.")
    if data.refunded_minor < 0 or data.refund_due_minor < 0:
        raise ValueError("An amount refunded or to refund cannot be negative.")
    if data.refunds and not data.is_credit_note:
        raise ValueError("Refunds are made against a credit note.")


def _check_lines(data: InvoiceData) -> None:
    for index, line in enumerate(data.lines, start=1):
        if not line.description.strip():
            raise ValueError(f"Line {index} has no description.")
        if line.quantity <= 0:
            raise ValueError(f"Line {index}: the quantity must be more than zero.")
        if line.unit_price_minor <= 0:
            raise ValueError(f"Line {index}: the unit price must be more than zero.")
        if line.net_minor <= 0:
            raise ValueError(f"Line {index}: quantity × unit price comes to less than one minor unit.")
        if line.vat_rate < 0 or line.vat_rate >= _HUNDRED:
            raise ValueError(f"Line {index}: the VAT rate must be from 0 to 100 %.")
        if not data.vat_charged and line.vat_rate != 0:
            raise ValueError(f"Line {index}: no VAT rate applies under {label(data.tax_treatment)}.")
