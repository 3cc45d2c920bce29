"""The agreement template's conditions and its practice placeholders: VAT, law, data protection, tools."""

from __future__ import annotations

import re
import tomllib
from functools import cache

from babel import Locale

from coachdesk.documents.agreement_data import AgreementData
from coachdesk.documents.wording import ENGLISH, LANGUAGES, document_language, words_for
from coachdesk.resources import resource_path

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

# Codes of ethics as each document language names them (the bodies' own translations), by the name a
# coach types in English; a year or edition in brackets after it is kept. Any other name prints as typed.
CODES_OF_ETHICS = {
    "icf code of ethics": {"de": "ICF-Ethikkodex", "fr": "Code de déontologie de l’ICF"},
    "emcc global code of ethics": {
        "de": "Globaler Ethikkodex (EMCC)",
        "fr": "Code de déontologie global (EMCC)",
    },
    "global code of ethics": {"de": "Globaler Ethikkodex", "fr": "Code de déontologie global"},
}
_COUNTRY_ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "the netherlands": "NL",
    "holland": "NL",
}


@cache
def _authorities() -> dict[str, dict[str, str]]:
    """resources/legal/data_protection_authorities.toml: the authority by country code and language."""
    with resource_path("legal", "data_protection_authorities.toml").open("rb") as source:
        return tomllib.load(source)


@cache
def _country_codes() -> dict[str, str]:
    """Country names in every document language ("france", "frankreich") → ISO code ("FR")."""
    codes = dict(_COUNTRY_ALIASES)
    for locale in LANGUAGES.values():
        for code, name in Locale.parse(locale).territories.items():
            if code.isalpha():
                codes.setdefault(name.lower(), code)
    return codes


def country_code(country: str) -> str:
    """The ISO code of a country a coach typed in English, German or French; "" if unknown."""
    return _country_codes().get(" ".join(country.lower().split()), "")


def country_name(country: str, language: str = ENGLISH) -> str:
    """The country as ``language`` names it ("Frankreich"); typed text as typed when unknown."""
    code = country_code(country)
    if not code:
        return country.strip()
    return str(Locale.parse(words_for(language).locale).territories.get(code, country.strip()))


def data_protection_authority(country: str, named: str = "", language: str = ENGLISH) -> str:
    """The authority a client may complain to: the one the coach named, else the one known for ``country``."""
    if named.strip():
        return named.strip()
    by_language = _authorities().get(country_code(country), {})
    return by_language.get(document_language(language)) or by_language.get(ENGLISH, "")


def code_of_ethics(name: str, language: str = ENGLISH) -> str:
    """A code of ethics as ``language`` names it, when it is one CoachDesk knows; else as typed."""
    match = re.fullmatch(
        r"(?:the )?(?P<code>[^()]+?)\s*(?P<edition>\([^()]*\))?", name.strip(), re.IGNORECASE
    )
    chosen = document_language(language)
    if not match or chosen == ENGLISH:
        return name.strip()
    known = CODES_OF_ETHICS.get(match["code"].lower(), {}).get(chosen)
    if not known:
        return name.strip()
    return f"{known} {match['edition']}" if match["edition"] else known


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
        "authority": bool(
            data_protection_authority(data.country, data.data_protection_authority, data.language)
        ),
        "platforms": bool(data.platforms.strip()),
        "processors": bool(data.processors.strip()),
        "own_liability_wording": bool(data.limitation_of_liability.strip()),
        "named_in_log": data.client_named_in_log,
        "planned_meetings": bool(_clean(data.terms.three_way_meetings)),
        "body_named": bool(data.professional_body.strip()),
    }


def practice_values(data: AgreementData) -> dict[str, str]:
    """The placeholders that come from the coach's profile and practice rather than the engagement."""
    head, w = data.letterhead, words_for(data.language)
    trading = w(", trading as {practice}").format(practice=head.practice_name) if head.practice_name else ""
    return {
        "controller": head.coach_name + trading,
        "country": country_name(data.country, data.language),
        "data_protection_authority": data_protection_authority(
            data.country, data.data_protection_authority, data.language
        ),
        "platforms": _clean(data.platforms),
        "processors": _clean(data.processors),
        "limitation_of_liability": data.limitation_of_liability.strip(),
        "three_way_meetings": _clean(data.terms.three_way_meetings),
        "professional_body": data.professional_body.strip(),
    }
