"""What an invoice says about VAT: the wording each treatment prints, from the coach's country."""

from __future__ import annotations

import json
from functools import cache

from coachdesk.domain import TaxTreatment
from coachdesk.domain.vat_wording import (
    GENERIC_EXEMPTION_WORDING,
    OUTSIDE_SCOPE_WORDING,
    REVERSE_CHARGE_WORDING,
)
from coachdesk.resources import resource_path

__all__ = [
    "GENERIC_EXEMPTION_WORDING",
    "OUTSIDE_SCOPE_WORDING",
    "REVERSE_CHARGE_WORDING",
    "exemption_wording_for",
    "tax_wording",
]


@cache
def _exemptions() -> dict[str, tuple[frozenset[str], str]]:
    with resource_path("invoicing", "vat-exemption.json").open(encoding="utf-8") as file:
        data = json.load(file)
    return {
        code: (frozenset(entry["names"]), str(entry["wording"]))
        for code, entry in data.items()
        if not code.startswith("_")
    }


def exemption_wording_for(country: str) -> str:
    """The small-business exemption wording known for a country (name or ISO code); "" if unknown."""
    key = " ".join(country.lower().split())
    for code, (names, wording) in _exemptions().items():
        if key == code.lower() or key in names:
            return wording
    return ""


def tax_wording(treatment: TaxTreatment, *, country: str = "", exemption_wording: str = "") -> str:
    """The sentence an invoice prints for its VAT treatment ("" when VAT is charged).

    A small business prints the coach's own wording when the profile has one, else the wording known
    for the country, else a generic sentence.
    """
    if treatment is TaxTreatment.SMALL_BUSINESS:
        return exemption_wording.strip() or exemption_wording_for(country) or GENERIC_EXEMPTION_WORDING
    if treatment is TaxTreatment.REVERSE_CHARGE:
        return REVERSE_CHARGE_WORDING
    if treatment is TaxTreatment.OUTSIDE_SCOPE:
        return OUTSIDE_SCOPE_WORDING
    return ""
