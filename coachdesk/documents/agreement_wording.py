"""The agreement template's conditions and its practice placeholders: VAT, law, data protection, tools."""

from __future__ import annotations

from coachdesk.documents.agreement_data import AgreementData

# Where the clauses of resources/clauses/agreement.txt come from (cited here, never in the PDF):
# - Three-way terms (primary client, not the sponsor's agent, no use in appraisal, how a clash of aims
#   is raised, role change or end of funding, who pays late cancellations): ICF Code of Ethics (2025),
#   Section 1, "Agreements for Client and/or Sponsor Engagement" (clear agreements with clients and
#   sponsors on roles, responsibilities and what is shared), and the EMCC Global Code of Ethics,
#   "Working with clients", Contracting (the client's and the sponsor's expectations agreed in advance).
# - Confidentiality limits as the ICF states them (illegal activity, required by law, a valid court
#   order or subpoena, imminent or likely risk of danger to self or others): ICF Code of Ethics (2025),
#   Section 2, "Confidentiality and Legal Compliance"; the EMCC Global Code's Confidentiality clauses
#   (confidentiality kept after the work ends; supervision as the professional exception).
# - Technology and recordings: ICF Code of Ethics (2025), Section 2 (records kept and technology used
#   in a way that protects confidentiality) and the EMCC Global Code's standards on digital technology
#   and AI, which require the client's informed consent.
# - Fees, VAT, refunds and notice; complaints route: EMCC Global Code, Contracting (financial,
#   logistical and confidentiality arrangements understood before the work starts; the professional
#   body's complaints procedure made known to clients and sponsors).
# - The coaching log: ICF credentialing lists a client by name and e-mail only with the client's
#   consent, and may contact the client to confirm the coaching.
# - Data protection: GDPR Art. 6(1)(b) (the agreement as lawful basis), Art. 9(2)(a) (explicit consent
#   for health data), Art. 28 (processors) and Art. 77 (the right to complain to an authority).

# The data-protection authority a client may complain to, by the country the coach works from
# (GDPR Art. 77; the UK GDPR and the Swiss FADP give the same right). A coach elsewhere, or one who
# wants the full postal address printed, names the authority in the profile.
DATA_PROTECTION_AUTHORITIES = {
    "austria": "the Austrian Data Protection Authority (Datenschutzbehörde), www.dsb.gv.at",
    "belgium": "the Belgian Data Protection Authority, www.dataprotectionauthority.be",
    "denmark": "the Danish Data Protection Agency (Datatilsynet), www.datatilsynet.dk",
    "finland": "the Office of the Data Protection Ombudsman, tietosuoja.fi",
    "france": "the Commission nationale de l’informatique et des libertés (CNIL), www.cnil.fr",
    "germany": "the data-protection supervisory authority of the German federal state (Land) in which "
    "the coach works",
    "ireland": "the Data Protection Commission, www.dataprotection.ie",
    "italy": "the Garante per la protezione dei dati personali, www.garanteprivacy.it",
    "netherlands": "the Autoriteit Persoonsgegevens, www.autoriteitpersoonsgegevens.nl",
    "norway": "the Norwegian Data Protection Authority (Datatilsynet), www.datatilsynet.no",
    "poland": "the President of the Personal Data Protection Office (UODO), uodo.gov.pl",
    "portugal": "the Comissão Nacional de Proteção de Dados (CNPD), www.cnpd.pt",
    "spain": "the Agencia Española de Protección de Datos (AEPD), www.aepd.es",
    "sweden": "the Swedish Authority for Privacy Protection (IMY), www.imy.se",
    "switzerland": "the Federal Data Protection and Information Commissioner (FDPIC), www.edoeb.admin.ch",
    "united kingdom": "the Information Commissioner’s Office (ICO), ico.org.uk",
}
_COUNTRY_ALIASES = {
    "uk": "united kingdom",
    "great britain": "united kingdom",
    "the netherlands": "netherlands",
}


def data_protection_authority(country: str, named: str = "") -> str:
    """The authority a client may complain to: the one the coach named, else the one known for ``country``."""
    if named.strip():
        return named.strip()
    key = " ".join(country.lower().split())
    return DATA_PROTECTION_AUTHORITIES.get(_COUNTRY_ALIASES.get(key, key), "")


def _clean(value: str) -> str:
    """Profile text as one line: trimmed, its line breaks as commas, no full stop at the end."""
    joined = ", ".join(line.strip() for line in value.splitlines() if line.strip())
    return joined.rstrip(".")


def agreement_flags(data: AgreementData) -> dict[str, bool]:
    """Every condition the agreement template may ask with ``[if …]``."""
    t = data.terms
    sponsor = data.sponsor is not None
    receives = (
        t.sponsor_receives_attendance,
        t.sponsor_receives_goals,
        t.sponsor_receives_progress_summary,
    )
    return {
        "sponsor_pays": sponsor and t.payer == "sponsor",
        "client_pays": not (sponsor and t.payer == "sponsor"),
        "pro_bono": t.fee_minor == 0,
        "whole_engagement_fee": t.fee_minor > 0 and t.fee_basis == "per_engagement",
        "vat_included": t.fee_minor > 0 and t.vat == "included",
        "vat_added": t.fee_minor > 0 and t.vat == "added",
        "vat_not_charged": t.fee_minor > 0 and t.vat == "not_charged",
        "receives_attendance": sponsor and t.sponsor_receives_attendance,
        "receives_goals": sponsor and t.sponsor_receives_goals,
        "receives_summary": sponsor and t.sponsor_receives_progress_summary,
        "receives_nothing": sponsor and not any(receives),
        "notice": t.notice_days > 0,
        "country": bool(data.country.strip()),
        "authority": bool(data_protection_authority(data.country, data.data_protection_authority)),
        "platforms": bool(data.platforms.strip()),
        "processors": bool(data.processors.strip()),
        "own_liability_wording": bool(data.limitation_of_liability.strip()),
        "named_in_log": data.client_named_in_log,
        "planned_meetings": bool(_clean(data.terms.three_way_meetings)),
        "body_named": bool(data.professional_body.strip()),
    }


def practice_values(data: AgreementData) -> dict[str, str]:
    """The placeholders that come from the coach's profile and practice rather than the engagement."""
    head = data.letterhead
    controller = head.coach_name + (f", trading as {head.practice_name}" if head.practice_name else "")
    return {
        "controller": controller,
        "country": data.country.strip(),
        "data_protection_authority": data_protection_authority(data.country, data.data_protection_authority),
        "platforms": _clean(data.platforms),
        "processors": _clean(data.processors),
        "limitation_of_liability": data.limitation_of_liability.strip(),
        "three_way_meetings": _clean(data.terms.three_way_meetings),
        "professional_body": data.professional_body.strip(),
    }
