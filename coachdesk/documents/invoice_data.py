"""An invoice or credit note as printed: parties, lines, VAT treatment, and the totals rule they share.

Amounts are integers in minor units (cents). The rounding rule, which the PDF, the Factur-X XML and the
accountant's CSV all follow (and which EN 16931 expects):

* a line's net is quantity × unit price, rounded half up to the minor unit;
* the VAT of a rate is the sum of the line nets at that rate × rate / 100, rounded half up once per
  rate (never per line);
* gross = net + VAT of every rate; balance = gross − paid.

The data holds only what an invoice prints. There is no field for session notes, topics or goals: a
sponsor's invoice can carry nothing but the line texts it is given (dates and counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from coachdesk.documents.base import Letterhead
from coachdesk.documents.formatting import DEFAULT_LOCALE


class InvoiceKind(StrEnum):
    """An invoice (UNTDID 1001 code 380) or a credit note correcting one (381)."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit-note"


class VatTreatment(StrEnum):
    """How VAT applies to the whole invoice, with its EN 16931 category (UNCL 5305)."""

    CHARGED = "charged"  # S: at each line's rate (Z for a line at 0 %)
    SMALL_BUSINESS = "small-business"  # E: exempt as a small business, with the country's wording
    REVERSE_CHARGE = "reverse-charge"  # AE: the business customer in another EU country accounts for it
    OUTSIDE_SCOPE = "outside-scope"  # O: not subject to VAT


# Printed when the invoice gives no wording of its own. A small business's wording depends on its
# country (e.g. "Kleinunternehmer, kein Ausweis von Umsatzsteuer gemäß § 19 UStG"), so the coach
# should always give it; this is the fallback.
DEFAULT_VAT_WORDING = {
    VatTreatment.CHARGED: "",
    VatTreatment.SMALL_BUSINESS: "VAT exempt: small business scheme; no VAT is charged.",
    VatTreatment.REVERSE_CHARGE: (
        "Reverse charge: VAT to be accounted for by the recipient "
        "(Article 196, Council Directive 2006/112/EC)."
    ),
    VatTreatment.OUTSIDE_SCOPE: "Not subject to VAT (outside the scope of VAT).",
}
_HUNDRED = Decimal(100)


def round_minor(value: Decimal) -> int:
    """``value`` (in minor units) rounded half up to a whole minor unit: 0.5 cent goes up."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


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
class InvoiceLine:
    """One line as printed: its text only (for a sponsor: dates and counts), quantity, price and VAT rate."""

    description: str
    quantity: Decimal
    unit_price_minor: int
    vat_rate: Decimal = Decimal(0)  # percent, e.g. Decimal("19") or Decimal("5.5")
    unit_code: str = "C62"  # UN/ECE rec. 20: C62 = one (a session), HUR = hour

    @property
    def net_minor(self) -> int:
        """Quantity × unit price, rounded half up to the minor unit."""
        return round_minor(self.quantity * self.unit_price_minor)


@dataclass(frozen=True)
class VatBreakdown:
    """The net at one VAT rate and the VAT on it (rounded once for the rate)."""

    rate: Decimal
    net_minor: int
    vat_minor: int


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
    lines: tuple[InvoiceLine, ...]
    vat_treatment: VatTreatment = VatTreatment.CHARGED
    vat_wording: str = ""  # "" = DEFAULT_VAT_WORDING of the treatment
    period_start: date | None = None  # the service period the invoice covers
    period_end: date | None = None
    paid_minor: int = 0  # payments made so far
    payment_terms: str = ""  # e.g. "Payable within 14 days of the invoice date, without deduction."
    bank: BankDetails | None = None
    buyer_reference: str = ""  # the buyer's purchase order or reference, if they gave one
    credited_number: str = ""  # for a credit note: the invoice it corrects ...
    credited_date: date | None = None  # ... and that invoice's date
    draft: bool = False
    document_id: str = ""
    locale: str = DEFAULT_LOCALE  # how money and dates are written (the client's language)

    def __post_init__(self) -> None:
        check_invoice(self)

    @property
    def is_credit_note(self) -> bool:
        return self.kind is InvoiceKind.CREDIT_NOTE

    @property
    def wording(self) -> str:
        """The VAT note printed under the totals (and sent as the exemption reason in Factur-X)."""
        return self.vat_wording.strip() or DEFAULT_VAT_WORDING[self.vat_treatment]

    @property
    def breakdown(self) -> tuple[VatBreakdown, ...]:
        """One entry per VAT rate, highest rate first."""
        nets: dict[Decimal, int] = {}
        for line in self.lines:
            nets[line.vat_rate] = nets.get(line.vat_rate, 0) + line.net_minor
        return tuple(
            VatBreakdown(rate, net, round_minor(net * rate / _HUNDRED))
            for rate, net in sorted(nets.items(), reverse=True)
        )

    @property
    def net_minor(self) -> int:
        return sum(line.net_minor for line in self.lines)

    @property
    def vat_minor(self) -> int:
        return sum(entry.vat_minor for entry in self.breakdown)

    @property
    def gross_minor(self) -> int:
        return self.net_minor + self.vat_minor

    @property
    def balance_minor(self) -> int:
        return self.gross_minor - self.paid_minor


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
    if data.paid_minor < 0:
        raise ValueError("The amount paid cannot be negative.")
    if data.vat_treatment is VatTreatment.REVERSE_CHARGE and not data.buyer.vat_id.strip():
        raise ValueError("A reverse charge needs the customer's VAT number.")
    if data.is_credit_note and not data.credited_number.strip():
        raise ValueError("A credit note names the invoice it credits.")
    if not data.is_credit_note and (data.credited_number or data.credited_date):
        raise ValueError("Only a credit note refers to a credited invoice.")


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
        if data.vat_treatment is not VatTreatment.CHARGED and line.vat_rate != 0:
            raise ValueError(f"Line {index}: no VAT rate applies under {data.vat_treatment.value}.")
