"""The Factur-X / ZUGFeRD (EN 16931 profile) CII XML of an invoice or credit note, from its printed data.

Amounts are the PDF's own (``InvoiceData``'s totals rule), so the XML and the page never disagree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

from coachdesk.documents.invoice_data import InvoiceData, InvoiceKind, Party, TaxTreatment
from coachdesk.documents.wording import words_for

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
EN16931 = "urn:cen.eu:en16931:2017"
TYPE_CODES = {InvoiceKind.INVOICE: "380", InvoiceKind.CREDIT_NOTE: "381"}
# UNCL 5305 category of each treatment (a 0 % line under CHARGED is "Z", zero rated).
CATEGORIES = {
    TaxTreatment.CHARGED: "S",
    TaxTreatment.SMALL_BUSINESS: "E",
    TaxTreatment.REVERSE_CHARGE: "AE",
    TaxTreatment.OUTSIDE_SCOPE: "O",
}
REVERSE_CHARGE_CODE = "VATEX-EU-AE"  # the exemption reason code EN 16931 gives a reverse charge
SEPA_CREDIT_TRANSFER = "58"
CREDIT_TERMS = "The amount credited is set against or refunded for invoice {number}."

for _prefix, _uri in (("rsm", RSM), ("ram", RAM), ("udt", UDT), ("qdt", QDT)):
    ET.register_namespace(_prefix, _uri)


def _ram(parent: ET.Element, name: str, value: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{RAM}}}{name}", attributes)
    if value is not None:
        element.text = value
    return element


def _amount(minor: int) -> str:
    return f"{Decimal(minor) / 100:.2f}"


def _decimal(value: Decimal, places: int = 2) -> str:
    return f"{value:.{places}f}"


def _date(parent: ET.Element, name: str, day: date, kind: str = "udt") -> None:
    holder = _ram(parent, name)
    namespace = UDT if kind == "udt" else QDT
    ET.SubElement(holder, f"{{{namespace}}}DateTimeString", {"format": "102"}).text = day.strftime("%Y%m%d")


def _category(data: InvoiceData, rate: Decimal) -> str:
    if data.tax_treatment is TaxTreatment.CHARGED and rate == 0:
        return "Z"
    return CATEGORIES[data.tax_treatment]


def _party(parent: ET.Element, name: str, party: Party, with_vat_ids: bool) -> None:
    element = _ram(parent, name)
    _ram(element, "Name", party.name)
    if party.company_id:
        _ram(_ram(element, "SpecifiedLegalOrganization"), "ID", party.company_id)
    address = _ram(element, "PostalTradeAddress")
    if party.postcode:
        _ram(address, "PostcodeCode", party.postcode)
    for line_name, line in zip(("LineOne", "LineTwo", "LineThree"), party.address_lines, strict=False):
        _ram(address, line_name, line)
    if party.city:
        _ram(address, "CityName", party.city)
    _ram(address, "CountryID", party.country_code.upper())
    if party.email:
        _ram(_ram(element, "URIUniversalCommunication"), "URIID", party.email, schemeID="EM")
    # Outside the scope of VAT, EN 16931 (BR-O-2, BR-O-3) wants no VAT identifier on either side.
    if with_vat_ids and party.vat_id:
        _ram(_ram(element, "SpecifiedTaxRegistration"), "ID", party.vat_id, schemeID="VA")
    if with_vat_ids and party.tax_number and name == "SellerTradeParty":
        _ram(_ram(element, "SpecifiedTaxRegistration"), "ID", party.tax_number, schemeID="FC")


def check_facturx(data: InvoiceData) -> None:
    """Refuse what cannot be an EN 16931 invoice: a draft, or a party without its country."""
    if data.draft:
        raise ValueError("A draft has no number yet: Factur-X is made for an issued invoice only.")
    for role, party in (("seller", data.seller), ("buyer", data.buyer)):
        if len(party.country_code) != 2 or not party.country_code.isalpha():
            raise ValueError(f"Factur-X needs the {role}'s country as a two-letter code.")
    ids = data.seller.vat_id or data.seller.tax_number
    if data.tax_treatment is not TaxTreatment.OUTSIDE_SCOPE and not ids:
        raise ValueError("Factur-X needs the seller's VAT number or tax number.")
    if data.tax_treatment is TaxTreatment.REVERSE_CHARGE and not data.seller.vat_id:
        raise ValueError("A reverse charge needs the seller's VAT number.")


def facturx_xml(data: InvoiceData) -> bytes:
    """The invoice's CII XML (Factur-X 1.0 / ZUGFeRD 2, profile EN 16931), UTF-8."""
    check_facturx(data)
    root = ET.Element(f"{{{RSM}}}CrossIndustryInvoice")
    context = ET.SubElement(root, f"{{{RSM}}}ExchangedDocumentContext")
    _ram(_ram(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", EN16931)
    document = ET.SubElement(root, f"{{{RSM}}}ExchangedDocument")
    _ram(document, "ID", data.number)
    _ram(document, "TypeCode", TYPE_CODES[data.kind])
    _date(document, "IssueDateTime", data.issue_date)
    if data.wording:  # in the invoice's language, as the page prints it (EN 16931 has no language field)
        _ram(_ram(document, "IncludedNote"), "Content", words_for(data.language)(data.wording))
    transaction = ET.SubElement(root, f"{{{RSM}}}SupplyChainTradeTransaction")
    for number, line in enumerate(data.lines, start=1):
        item = _ram(transaction, "IncludedSupplyChainTradeLineItem")
        _ram(_ram(item, "AssociatedDocumentLineDocument"), "LineID", str(number))
        _ram(_ram(item, "SpecifiedTradeProduct"), "Name", line.description)
        price = _ram(_ram(item, "SpecifiedLineTradeAgreement"), "NetPriceProductTradePrice")
        _ram(price, "ChargeAmount", _amount(line.unit_price_minor))
        delivery = _ram(item, "SpecifiedLineTradeDelivery")
        _ram(delivery, "BilledQuantity", _decimal(line.quantity, 4), unitCode=line.unit_code)
        settlement = _ram(item, "SpecifiedLineTradeSettlement")
        tax = _ram(settlement, "ApplicableTradeTax")
        _ram(tax, "TypeCode", "VAT")
        _ram(tax, "CategoryCode", _category(data, line.vat_rate))
        if data.tax_treatment is not TaxTreatment.OUTSIDE_SCOPE:
            _ram(tax, "RateApplicablePercent", _decimal(line.vat_rate))
        summation = _ram(settlement, "SpecifiedTradeSettlementLineMonetarySummation")
        _ram(summation, "LineTotalAmount", _amount(line.net_minor))
    with_vat_ids = data.tax_treatment is not TaxTreatment.OUTSIDE_SCOPE
    agreement = _ram(transaction, "ApplicableHeaderTradeAgreement")
    if data.buyer_reference:
        _ram(agreement, "BuyerReference", data.buyer_reference)
    _party(agreement, "SellerTradeParty", data.seller, with_vat_ids)
    _party(agreement, "BuyerTradeParty", data.buyer, with_vat_ids)
    delivery = _ram(transaction, "ApplicableHeaderTradeDelivery")
    if data.period_end is not None:
        _date(_ram(delivery, "ActualDeliverySupplyChainEvent"), "OccurrenceDateTime", data.period_end)
    _settlement(_ram(transaction, "ApplicableHeaderTradeSettlement"), data)
    return bytes(ET.tostring(root, encoding="UTF-8", xml_declaration=True))


def _settlement(settlement: ET.Element, data: InvoiceData) -> None:
    if not data.is_credit_note and data.number:
        _ram(settlement, "PaymentReference", data.number)
    _ram(settlement, "InvoiceCurrencyCode", data.currency)
    _payment_means(settlement, data)
    for entry in data.breakdown:
        tax = _ram(settlement, "ApplicableTradeTax")
        _ram(tax, "CalculatedAmount", _amount(entry.vat_minor))
        _ram(tax, "TypeCode", "VAT")
        exempt = data.tax_treatment is not TaxTreatment.CHARGED
        if exempt:
            _ram(tax, "ExemptionReason", words_for(data.language)(data.wording))
        _ram(tax, "BasisAmount", _amount(entry.net_minor))
        _ram(tax, "CategoryCode", _category(data, entry.rate))
        if data.tax_treatment is TaxTreatment.REVERSE_CHARGE:
            _ram(tax, "ExemptionReasonCode", REVERSE_CHARGE_CODE)
        if data.tax_treatment is not TaxTreatment.OUTSIDE_SCOPE:
            _ram(tax, "RateApplicablePercent", _decimal(entry.rate))
    if data.period_start is not None and data.period_end is not None:
        period = _ram(settlement, "BillingSpecifiedPeriod")
        _date(period, "StartDateTime", data.period_start)
        _date(period, "EndDateTime", data.period_end)
    # BR-CO-25: an amount due (a credit note's too) comes with its terms or its due date.
    terms = _ram(settlement, "SpecifiedTradePaymentTerms")
    if data.is_credit_note:
        _ram(terms, "Description", words_for(data.language)(CREDIT_TERMS).format(number=data.credited_number))
    elif data.payment_terms:
        _ram(terms, "Description", data.payment_terms)
    _date(terms, "DueDateDateTime", data.due_date)
    totals = _ram(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _ram(totals, "LineTotalAmount", _amount(data.net_minor))
    _ram(totals, "TaxBasisTotalAmount", _amount(data.net_minor))
    _ram(totals, "TaxTotalAmount", _amount(data.vat_minor), currencyID=data.currency)
    _ram(totals, "GrandTotalAmount", _amount(data.gross_minor))
    if data.paid_minor or data.credited_minor:  # what credit notes took off counts as settled too
        settled = data.paid_minor + data.credited_minor - (0 if data.is_credit_note else data.refunded_minor)
        _ram(totals, "TotalPrepaidAmount", _amount(settled))
    _ram(totals, "DuePayableAmount", _amount(data.balance_minor))
    if data.is_credit_note:
        reference = _ram(settlement, "InvoiceReferencedDocument")
        _ram(reference, "IssuerAssignedID", data.credited_number)
        if data.credited_date is not None:
            _date(reference, "FormattedIssueDateTime", data.credited_date, kind="qdt")


def _payment_means(settlement: ET.Element, data: InvoiceData) -> None:
    """Where to pay (BG-16): a SEPA credit transfer to the seller's account."""
    if data.bank is None or data.is_credit_note:
        return
    means = _ram(settlement, "SpecifiedTradeSettlementPaymentMeans")
    _ram(means, "TypeCode", SEPA_CREDIT_TRANSFER)
    account = _ram(means, "PayeePartyCreditorFinancialAccount")
    _ram(account, "IBANID", "".join(data.bank.iban.split()).upper())
    _ram(account, "AccountName", data.bank.account_holder)
    if data.bank.bic:
        _ram(_ram(means, "PayeeSpecifiedCreditorFinancialInstitution"), "BICID", data.bank.bic)
