"""What invoices print about a buyer: a client's or an organisation's billing address and identifiers.

Kept apart from the client and organisation forms, which do not show these fields: saving those forms
never clears them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlmodel import Session

from coachdesk.domain import AuditAction, Client, Organisation
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import apply, fetch, transaction

# An EU VAT number: the country prefix (EL for Greece, XI for Northern Ireland) and 2 to 13 characters.
_VAT_NUMBER = re.compile(r"^[A-Z]{2}[0-9A-Z+*]{2,13}$")


@dataclass(frozen=True)
class BillingDetails:
    """A buyer's billing address, VAT number and company number."""

    billing_address: str = ""
    vat_number: str = ""
    company_number: str = ""


def vat_number(field: str, value: object) -> str:
    """A VAT number as printed: upper case, without spaces, dots or dashes; "" for none."""
    number = re.sub(r"[\s.\-]", "", v.text(field, value, label="VAT number")).upper()
    if number and not _VAT_NUMBER.match(number):
        raise ValidationError(
            field,
            phrase(
                "services",
                "“{number}” is not a VAT number; it starts with the country code, like DE123456789.",
            ).format(number=number),
        )
    return number


def _values(details: BillingDetails) -> dict[str, str]:
    return {
        "billing_address": v.text(
            "billing_address", details.billing_address, long=True, label="billing address"
        ),
        "vat_number": vat_number("vat_number", details.vat_number),
        "company_number": v.text("company_number", details.company_number, label="company number"),
    }


def save_client_billing(db: Session, client_id: uuid.UUID, details: BillingDetails) -> Changes:
    """Set what invoices to the client print about them."""
    with transaction(db):
        client = fetch(db, Client, client_id, field="client_id", label="client")
        fields = apply(client, _values(details))
        if fields:
            audit(db, client, AuditAction.UPDATED, fields)
    return changed("client", ids=(client.id,))


def save_organisation_billing(db: Session, organisation_id: uuid.UUID, details: BillingDetails) -> Changes:
    """Set what invoices to the sponsor print about it."""
    with transaction(db):
        organisation = fetch(db, Organisation, organisation_id, field="organisation_id", label="organisation")
        fields = apply(organisation, _values(details))
        if fields:
            audit(db, organisation, AuditAction.UPDATED, fields)
    return changed("organisation", ids=(organisation.id,))
