"""An invoice's seller and buyer: their details copied onto the invoice, and as printed (the address a
coach typed read into its lines, postcode, city and country, as Factur-X wants them)."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from sqlmodel import Session

from coachdesk.documents.invoice_data import Party
from coachdesk.domain import Client, Engagement, Invoice, Organisation, Payer
from coachdesk.services.profile import get_profile

# Languages whose country names a coach may type ("Germany", "Deutschland", "Allemagne").
_NAME_LANGUAGES = ("en", "de", "fr", "es", "it", "nl")
# A line that starts with a postcode: "10115 Berlin", "D-10115 Berlin", "75001 Paris", "1012 AB Amsterdam".
_POSTCODE_CITY = re.compile(r"^((?:[A-Z]{1,2}-)?\d{3,5}(?: ?[A-Z]{2}(?=\s))?|\d{3} \d{2})\s+(.+)$")
# A VAT number's prefix that is not the country's ISO code.
_VAT_PREFIXES = {"EL": "GR", "XI": "GB"}


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in _NAME_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(" ".join(name.casefold().split()), code)
    names.update({"uk": "GB", "great britain": "GB", "usa": "US", "holland": "NL"})
    return names


def country_code(text: str) -> str:
    """The ISO 3166 code of a country typed as a name or a code ("Germany", "deutschland", "DE"); "" if
    it is not a country."""
    key = " ".join(text.casefold().replace(".", "").split())
    if len(key) == 2 and key.isalpha():
        code = key.upper()
        return code if code in Locale("en").territories else ""
    return _country_names().get(key, "")


def vat_country(vat_id: str) -> str:
    """The country of an EU VAT number (its prefix; Greece's EL is GR), or ""."""
    prefix = vat_id[:2].upper()
    return _VAT_PREFIXES.get(prefix, prefix) if prefix.isalpha() and len(prefix) == 2 else ""


def _parts(address: str) -> list[str]:
    """An address's lines: one per line typed, or one per comma when it was typed on one line."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if len(lines) == 1:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    return lines


def postal_party(
    name: str,
    address: str,
    *,
    country: str = "",
    vat_id: str = "",
    company_id: str = "",
    attention: str = "",
    email: str = "",
) -> Party:
    """A party from a typed address. Its country is the address's last line when that names one, else
    the VAT number's prefix, else ``country`` (a name or code, e.g. the profile's)."""
    lines = _parts(address)
    code = country_code(lines[-1]) if lines else ""
    if code:
        lines = lines[:-1]
    code = code or vat_country(vat_id) or country_code(country)
    postcode = city = ""
    for index in range(len(lines) - 1, -1, -1):
        found = _POSTCODE_CITY.match(lines[index])
        if found and index > 0:
            postcode, city = found.group(1), found.group(2)
            del lines[index]
            break
    else:
        if len(lines) >= 2:  # "Am Hafen 2, Hamburg": a street, then the town
            city = lines.pop()
    return Party(
        name=name,
        address_lines=tuple(lines),
        postcode=postcode,
        city=city,
        country_code=code,
        attention=attention,
        vat_id=vat_id,
        company_id=company_id,
        email=email,
    )


def payer_name(db: Session, invoice: Invoice) -> str:
    """Who pays the invoice: the sponsor organisation or the client as they are named now (the invoice's
    own snapshot of the name when they have been deleted)."""
    if invoice.payer is Payer.SPONSOR:
        organisation = db.get(Organisation, invoice.organisation_id) if invoice.organisation_id else None
        return organisation.name if organisation else invoice.buyer_name
    client = db.get(Client, invoice.client_id) if invoice.client_id else None
    return client.name if client else invoice.buyer_name


def sponsor_contact(db: Session, invoice: Invoice) -> str:
    """The person at the sponsor an invoice is for (the engagement's contact, else the organisation's);
    "" when the client pays or there is none."""
    if invoice.payer is not Payer.SPONSOR:
        return ""
    engagement = db.get(Engagement, invoice.engagement_id) if invoice.engagement_id else None
    organisation = db.get(Organisation, invoice.organisation_id) if invoice.organisation_id else None
    return (engagement.sponsor_contact_name if engagement else "") or (
        organisation.contact_name if organisation else ""
    )


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
