"""The profile's invoicing settings: VAT treatment and rate, wording, numbering, terms, seller ids, bank."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, Invoice, InvoiceState, TaxTreatment
from coachdesk.domain.phrases import phrase
from coachdesk.domain.practice import DEFAULT_NUMBER_PATTERN
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_numbers import check_pattern, per_computer
from coachdesk.services.profile import get_profile
from coachdesk.services.work import apply, transaction

MAX_TERMS_DAYS = 365


@dataclass(frozen=True)
class InvoicingSettings:
    """The invoicing part of the profile (kept apart from the profile form, which does not show it)."""

    tax_treatment: TaxTreatment | str = TaxTreatment.SMALL_BUSINESS
    default_vat_rate: Decimal | str | int | float = 0  # percent, used when VAT is charged
    tax_exemption_wording: str = ""  # "" = the wording known for the profile's country
    invoice_number_pattern: str = DEFAULT_NUMBER_PATTERN
    payment_terms_days: int = 14
    vat_number: str = ""
    company_number: str = ""
    iban: str = ""
    bic: str = ""


def vat_rate(field: str, value: Any) -> Decimal:
    """A VAT rate in percent: from 0 to 100 with at most two decimals ("19", "5.5", "8.1")."""
    if isinstance(value, bool):
        raise ValidationError(field, phrase("services", "The VAT rate must be a percentage, like 19 or 5.5."))
    try:
        rate = Decimal(value) if isinstance(value, Decimal | int) else Decimal(str(value).strip().rstrip("%"))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            field, phrase("services", "The VAT rate must be a percentage, like 19 or 5.5.")
        ) from None
    if not rate.is_finite() or not 0 <= rate <= 100:
        raise ValidationError(field, phrase("services", "The VAT rate must be a percentage from 0 to 100."))
    if rate != rate.quantize(Decimal("0.01")):
        raise ValidationError(field, phrase("services", "The VAT rate has more than two decimal places."))
    return rate.normalize() if rate else Decimal(0)


def invoicing_settings(db: Session) -> InvoicingSettings:
    """The settings as saved (the defaults before the profile exists)."""
    profile = get_profile(db)
    if profile is None:
        return InvoicingSettings()
    return InvoicingSettings(
        **{name: getattr(profile, name) for name in InvoicingSettings.__dataclass_fields__}
    )


def any_issued(db: Session) -> bool:
    """Whether any invoice or credit note has been issued (the number pattern is then fixed)."""
    query = select(Invoice.id).where(col(Invoice.state) == InvoiceState.ISSUED).limit(1)
    return db.exec(query).first() is not None


def save_invoicing_settings(db: Session, settings: InvoicingSettings) -> Changes:
    """Save the invoicing settings; the number pattern can change only until the first invoice is issued."""
    with transaction(db):
        profile = get_profile(db)
        if profile is None:
            raise ValidationError(
                "name", phrase("services", "Fill in your profile (your name at least) before invoicing.")
            )
        values = {
            "tax_treatment": v.choice(
                "tax_treatment", settings.tax_treatment, TaxTreatment, label="VAT treatment"
            ),
            "default_vat_rate": vat_rate("default_vat_rate", settings.default_vat_rate),
            "tax_exemption_wording": v.text(
                "tax_exemption_wording", settings.tax_exemption_wording, label="VAT exemption wording"
            ),
            "invoice_number_pattern": check_pattern(
                "invoice_number_pattern", settings.invoice_number_pattern
            ),
            "payment_terms_days": v.integer(
                "payment_terms_days",
                settings.payment_terms_days,
                minimum=0,
                maximum=MAX_TERMS_DAYS,
                label="payment terms in days",
            ),
            "vat_number": v.text("vat_number", settings.vat_number, label="VAT number"),
            "company_number": v.text("company_number", settings.company_number, label="company number"),
            "iban": _iban(settings.iban),
            "bic": _bic(settings.bic),
        }
        switching = per_computer(str(values["invoice_number_pattern"])) and not per_computer(
            profile.invoice_number_pattern
        )  # a series per computer starts new series; the numbers given so far stay as they are
        if (
            values["invoice_number_pattern"] != profile.invoice_number_pattern
            and any_issued(db)
            and not switching
        ):
            raise ValidationError(
                "invoice_number_pattern",
                phrase(
                    "services",
                    "The invoice number pattern cannot change once an invoice has been issued: the numbers "
                    "must run on without a gap.",
                ),
            )
        fields = apply(profile, values)
        if fields:
            audit(db, profile, AuditAction.UPDATED, fields)
    return changed("coach_profile", ids=(profile.id,))


def _iban(value: Any) -> str:
    iban = "".join(v.text("iban", value, label="IBAN").split()).upper()
    if not iban:
        return ""
    if not (15 <= len(iban) <= 34 and iban[:2].isalpha() and iban[2:4].isdigit() and iban.isalnum()):
        raise ValidationError(
            "iban",
            phrase("services", "“{iban}” is not an IBAN (two letters, two digits, then the account).").format(
                iban=iban
            ),
        )
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise ValidationError(
            "iban",
            phrase(
                "services", "The IBAN “{iban}” has a typing mistake (its check digits do not match)."
            ).format(iban=iban),
        )
    return iban


def _bic(value: Any) -> str:
    bic = v.text("bic", value, label="BIC").replace(" ", "").upper()
    if bic and not (len(bic) in (8, 11) and bic[:6].isalpha() and bic.isalnum()):
        raise ValidationError(
            "bic",
            phrase("services", "“{bic}” is not a BIC (8 or 11 letters and digits, like DEUTDEFF).").format(
                bic=bic
            ),
        )
    return bic
