"""Who an invoice is from and to: the seller's and the buyer's details, copied onto the invoice."""

from __future__ import annotations

from sqlmodel import Session

from coachdesk.domain import Client, Invoice, Organisation, Payer
from coachdesk.services.profile import get_profile


def take_snapshot(db: Session, invoice: Invoice) -> None:
    """Copy the seller (profile) and buyer (client or sponsor) details onto the invoice."""
    profile = get_profile(db)
    if profile is not None:
        invoice.seller_name = profile.practice_name or profile.name
        invoice.seller_address = profile.address
        invoice.seller_vat_number = profile.vat_number
        invoice.seller_company_number = profile.company_number
        invoice.seller_iban = profile.iban
        invoice.seller_bic = profile.bic
    buyer: Client | Organisation | None = None
    if invoice.payer is Payer.SPONSOR and invoice.organisation_id is not None:
        buyer = db.get(Organisation, invoice.organisation_id)
    elif invoice.client_id is not None:
        buyer = db.get(Client, invoice.client_id)
    if buyer is not None:
        invoice.buyer_name = buyer.name
        invoice.buyer_address = buyer.billing_address
        invoice.buyer_vat_number = buyer.vat_number
        invoice.buyer_company_number = buyer.company_number
