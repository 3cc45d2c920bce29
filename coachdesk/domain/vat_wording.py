"""The standard sentence an invoice prints for each VAT treatment (a coach's own wording may replace it)."""

from __future__ import annotations

from coachdesk.domain.enums import TaxTreatment

REVERSE_CHARGE_WORDING = (
    "Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC"
)
OUTSIDE_SCOPE_WORDING = "Outside the scope of VAT"
GENERIC_EXEMPTION_WORDING = "VAT exempt: small business scheme"

# Printed when an invoice has no wording of its own. A small business's wording depends on its country
# (e.g. "Kleinunternehmer, kein Ausweis von Umsatzsteuer gemäß § 19 UStG"): services/invoice_tax.py
# finds the country's, and this generic sentence is the last resort.
STANDARD_WORDING = {
    TaxTreatment.CHARGED: "",
    TaxTreatment.SMALL_BUSINESS: GENERIC_EXEMPTION_WORDING,
    TaxTreatment.REVERSE_CHARGE: REVERSE_CHARGE_WORDING,
    TaxTreatment.OUTSIDE_SCOPE: OUTSIDE_SCOPE_WORDING,
}
