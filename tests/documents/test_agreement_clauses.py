"""The agreement's professional clauses, group by group, in two-party and three-way agreements."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]
from sqlmodel import Session

from coachdesk.documents.agreement import (
    _CELL,
    _SUBTITLE,
    _WIDTH,
    AgreementRenderer,
    keep_last_words,
    subtitle,
)
from coachdesk.documents.agreement_data import AgreementData
from coachdesk.documents.clauses import ClauseError, agreement_sections, optional_clauses
from coachdesk.documents.fonts import register_fonts
from coachdesk.services.agreement_pdf import agreement_data
from coachdesk.services.demo import create_demo_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.documents.test_agreement import engagement_id, flat

TODAY = date(2026, 11, 27)
VARIANTS = {"two": "Łukasz Nowak", "three": "Zoë Ørsted"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("clauses") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    try:
        with vault.session() as session:
            yield session
    finally:
        vault.close()


@pytest.fixture(scope="module")
def data(demo: Session) -> dict[str, AgreementData]:
    return {key: agreement_data(demo, engagement_id(demo, name), TODAY) for key, name in VARIANTS.items()}


@pytest.fixture(scope="module")
def texts(data: dict[str, AgreementData]) -> dict[str, str]:
    return {key: flat(AgreementRenderer(value).render()) for key, value in data.items()}


def render(data: AgreementData) -> str:
    return flat(AgreementRenderer(data).render())


def section(text: str, heading: str, following: str) -> str:
    return text[text.index(heading) : text.index(following, text.index(heading))]


# --- three-way --------------------------------------------------------------------------------------


def test_three_way_sets_the_primary_client_and_what_the_sponsor_undertakes(texts: dict[str, str]) -> None:
    three = section(texts["three"], "Working with the sponsor", "Sessions and logistics")
    for phrase in (
        "The client is the coach’s primary client.",
        "the coach does not act as its agent",
        "not to use the coaching, or the fact that the client took part in it, in any appraisal, promotion, "
        "pay or disciplinary decision, and not to ask the coach for information for such a purpose",
        "planned in the first week, at the midpoint review in week eight and at the close",
        "If the sponsor’s aims and the client’s come apart",
        "in a three-way meeting",
        "If the client changes role or leaves Nordlicht Energie GmbH, or if Nordlicht Energie GmbH stops "
        "funding the coaching",
    ):
        assert phrase in three, phrase
    cancellation = section(texts["three"], "Cancellation and missed sessions", "Confidentiality and")
    assert "is invoiced to Nordlicht Energie GmbH" in cancellation
    assert "Working with the sponsor" not in texts["two"] and "primary client" not in texts["two"]


def test_without_planned_dates_the_template_names_the_usual_three_way_meetings(
    data: dict[str, AgreementData],
) -> None:
    bare = replace(data["three"], terms=replace(data["three"].terms, three_way_meetings=""))
    assert "are planned at the start, about halfway through and at the end of the coaching" in render(bare)


def test_a_client_paying_for_three_way_coaching_pays_late_cancellations(
    data: dict[str, AgreementData],
) -> None:
    client_pays = replace(data["three"], terms=replace(data["three"].terms, payer="client"))
    text = section(render(client_pays), "Cancellation and missed sessions", "Confidentiality and")
    assert "is paid by the client; Nordlicht Energie GmbH is not told of it" in text


# --- confidentiality ----------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["two", "three"])
def test_confidentiality_limits_privilege_survival_and_supervision(
    texts: dict[str, str], variant: str
) -> None:
    text = section(texts[variant], "Confidentiality and its limits", "Technology and recordings")
    for phrase in (
        "where the client discloses illegal activity",
        "where disclosure is required by law",
        "where a valid court order or subpoena requires it",
        "where there is an imminent or likely risk of danger to the client or to others",
        "Coaching conversations are not legally privileged",
        "Confidentiality continues after the coaching has ended.",
        "The one routine exception is professional supervision",
    ):
        assert phrase in text, phrase


# --- technology and recordings -----------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["two", "three"])
def test_platforms_and_no_recording_without_written_consent(texts: dict[str, str], variant: str) -> None:
    text = section(texts[variant], "Technology and recordings", "Conflicts of interest")
    assert "use Zoom for video sessions and Signal for short messages" in text
    assert "No session is recorded" in text
    assert "no transcription or note-taking tool driven by artificial intelligence" in text
    assert "unless the client has agreed in writing beforehand" in text


def test_without_platforms_the_parties_agree_them(data: dict[str, AgreementData]) -> None:
    text = render(replace(data["two"], platforms=""))
    assert "agree which video and messaging platforms to use before the first session" in text


# --- the coaching log ---------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["two", "three"])
def test_coaching_log_consent(data: dict[str, AgreementData], variant: str) -> None:
    named = section(render(replace(data[variant], client_named_in_log=True)), "The coaching log", "Referral")
    assert "the log lists the client’s name and e-mail address" in named
    assert (
        "The International Coaching Federation (ICF) may contact the client to confirm that the coaching "
        "took place" in named
    )
    assert "The client may decline" in named
    assert "The client has agreed to be named in the log." in named
    unnamed = render(replace(data[variant], client_named_in_log=False, professional_body=""))
    assert "The coach’s professional body may contact the client" in unnamed
    assert "The client has not agreed to be named in the log" in unnamed
    assert "The client has agreed to be named" not in unnamed


# --- fees ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vat", "wording"),
    [
        ("included", "The fee includes any VAT due."),
        ("added", "VAT is added to the fee at the rate in force on the invoice date."),
        ("not_charged", "No VAT is charged on the fee."),
    ],
)
@pytest.mark.parametrize("variant", ["two", "three"])
def test_vat_is_stated(data: dict[str, AgreementData], variant: str, vat: str, wording: str) -> None:
    text = render(replace(data[variant], terms=replace(data[variant].terms, vat=vat)))
    fees = section(text, "Fees and payment", "Cancellation and missed sessions")
    assert wording in fees
    assert sum(p in fees for p in ("includes any VAT", "VAT is added", "No VAT is charged")) == 1


@pytest.mark.parametrize("variant", ["two", "three"])
def test_refund_notice_period_and_lapse_agree(texts: dict[str, str], variant: str) -> None:
    text = texts[variant]
    assert "Sessions not used by the end date lapse" in text
    fees = section(text, "Fees and payment", "Cancellation and missed sessions")
    assert "sessions paid for in advance but not yet held are refunded" in fees
    assert "Sessions left unused at the end date lapse" in fees and "are not refunded" in fees
    ending = section(text, "Duration and ending the coaching", "Records and data protection")
    assert "Sessions already booked within the notice period go ahead if the client wishes" in ending
    assert "any paid in advance are refunded as set out under “Fees and payment”" in ending


def test_a_fee_for_the_whole_engagement_is_refunded_in_proportion(data: dict[str, AgreementData]) -> None:
    whole = replace(data["two"], terms=replace(data["two"].terms, fee_basis="per_engagement"))
    assert "refunded, in proportion to the sessions agreed" in render(whole)


def test_pro_bono_coaching_mentions_neither_vat_nor_refunds(data: dict[str, AgreementData]) -> None:
    text = render(replace(data["two"], terms=replace(data["two"].terms, fee_minor=0)))
    assert "VAT" not in text and "refunded" not in text


# --- law, changes and liability ----------------------------------------------------------------------


@pytest.mark.parametrize(("variant", "parties"), [("two", "both parties"), ("three", "all three parties")])
def test_law_jurisdiction_and_changes_in_writing(texts: dict[str, str], variant: str, parties: str) -> None:
    text = section(texts[variant], "Changes, law and jurisdiction", "Agreement and signatures")
    assert f"Any change to this agreement is valid only if agreed in writing by {parties}" in text
    assert "governed by the law of France, and the courts of France have jurisdiction" in text


def test_without_a_country_the_law_is_the_coach_s_country(data: dict[str, AgreementData]) -> None:
    text = render(replace(data["two"], country=""))
    assert "governed by the law of the country in which the coach works" in text
    assert "in the country where they live or work" in text


@pytest.mark.parametrize("variant", ["two", "three"])
def test_limitation_of_liability_default_and_the_coach_s_own(
    data: dict[str, AgreementData], variant: str
) -> None:
    default = section(render(data[variant]), "Limitation of liability", "Changes, law")
    assert "limited to the fees paid under this agreement" in default
    own = render(replace(data[variant], limitation_of_liability="Liability is limited to EUR 5,000."))
    assert "Liability is limited to EUR 5,000." in own
    assert "limited to the fees paid under this agreement" not in own


# --- data protection and complaints ------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["two", "three"])
def test_data_protection_controller_basis_health_authority_processors(
    texts: dict[str, str], variant: str
) -> None:
    text = section(texts[variant], "Records and data protection", "Concerns and complaints")
    for phrase in (
        "The controller of the client’s personal data is Alex Moreau, trading as Moreau Coaching & "
        "Mentoring.",
        "The lawful basis for handling it is this agreement",
        "explicit consent for the coach to keep information about their health",
        "Proton Mail (e-mail), Zoom (video sessions) and Signal (messages)",
        "may complain to a data-protection authority: the Commission nationale de l’informatique et des "
        "libertés (CNIL), www.cnil.fr.",
    ):
        assert phrase in text, phrase


def test_the_authority_the_coach_names_wins(data: dict[str, AgreementData]) -> None:
    named = replace(data["two"], data_protection_authority="CNIL, 3 Place de Fontenoy, 75007 Paris")
    assert "data-protection authority: CNIL, 3 Place de Fontenoy, 75007 Paris." in render(named)


@pytest.mark.parametrize("variant", ["two", "three"])
def test_complaints_route_with_the_body_s_address(texts: dict[str, str], variant: str) -> None:
    text = section(texts[variant], "Concerns and complaints", "Limitation of liability")
    assert "ICF Ethical Conduct Review process" in text
    assert "2365 Harrodsburg Rd, Suite A325, Lexington, KY 40504, USA" in text


# --- optional clauses --------------------------------------------------------------------------------


def test_the_template_lists_its_optional_clauses() -> None:
    assert [(c.key, c.heading) for c in optional_clauses()] == [
        ("technology", "Technology and recordings"),
        ("coaching_log", "The coaching log"),
        ("liability", "Limitation of liability"),
    ]


@pytest.mark.parametrize("variant", ["two", "three"])
@pytest.mark.parametrize(
    ("key", "heading", "phrase"),
    [
        ("technology", "Technology and recordings", "artificial intelligence"),
        ("coaching_log", "The coaching log", "named in the log"),
        ("liability", "Limitation of liability", "limited to the fees paid"),
    ],
)
def test_a_switched_off_clause_is_absent(
    data: dict[str, AgreementData], variant: str, key: str, heading: str, phrase: str
) -> None:
    text = render(replace(data[variant], clauses_off=(key,)))
    assert heading not in text and phrase not in text
    assert "Agreement and signatures" in text  # the rest is there, numbered on


# --- the template's conditions -----------------------------------------------------------------------


def test_conditions_nest_and_an_unknown_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from coachdesk.documents import clauses

    body = "[if a]A[if b] and B[/if].[/if][if not a]Not A.[/if]"
    monkeypatch.setattr(
        clauses, "_load", lambda name, language="en": (clauses._RawSection("S", False, body),)
    )
    texts = {
        (a, b): agreement_sections({}, sponsor=False, flags={"a": a, "b": b})[0].blocks[0].text
        for a in (True, False)
        for b in (True, False)
    }
    assert texts == {
        (True, True): "A and B.",
        (True, False): "A.",
        (False, True): "Not A.",
        (False, False): "Not A.",
    }
    with pytest.raises(ClauseError, match=r"\[if a\].*Known conditions: b, sponsor"):
        agreement_sections({}, sponsor=False, flags={"b": True})


def test_typed_values_cannot_switch_conditions(data: dict[str, AgreementData]) -> None:
    sneaky = replace(data["two"], terms=replace(data["two"].terms, payment_terms="[if sponsor]x[/if]"))
    assert "[if sponsor]x[/if]" in render(sneaky)


# --- layout -------------------------------------------------------------------------------------------


def test_the_draft_mark_is_drawn_over_the_content(data: dict[str, AgreementData]) -> None:
    pdf = AgreementRenderer(replace(data["three"], draft=True)).render()
    order: list[str] = []
    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=lambda t, *_: order.append(t))
    drawn = "".join(order)
    assert drawn.rindex("DRAFT") > drawn.index("The sponsor")  # after the shaded parties table


@pytest.mark.parametrize("variant", ["two", "three"])
def test_a_place_beside_each_signature_date_or_none(data: dict[str, AgreementData], variant: str) -> None:
    parties = 3 if variant == "three" else 2
    signatures = render(data[variant])
    signatures = signatures[signatures.index("Agreement and signatures") :]
    assert signatures.count("Place") == parties and signatures.count("Date") == parties
    without = render(replace(data[variant], signature_place=False))
    without = without[without.index("Agreement and signatures") :]
    assert "Place" not in without and without.count("Date") == parties


def _lines(markup: str, style: object, width: float) -> list[str]:
    register_fonts()
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 1000)
    out = []
    for line in paragraph.blPara.lines:
        words = line[1] if isinstance(line, tuple) else ["".join(frag.text for frag in line.words)]
        out.append(" ".join(words).replace("\xa0", " "))
    return out


COLUMN = (_WIDTH - 2 * 8 * mm) / 3  # a signature column of a three-way agreement


@pytest.mark.parametrize(
    "value",
    [
        "Moreau Coaching & Mentoring",
        "Moreau Coaching & Mentoring Partners",
        "Head of People, Vale & Tejo Logística, S.A.",
        "Dr Siobhán Ní Bhriain-Sullivan of Cork",
    ],
)
def test_no_signature_line_ends_with_one_word_alone(value: str) -> None:
    lines = _lines(keep_last_words(value), _CELL, COLUMN)
    assert len(lines) > 1  # it does wrap
    assert all(len(line.split()) >= 2 for line in lines), lines


@pytest.mark.parametrize("width", [300, 330, 360, 400])
def test_the_subtitle_never_splits_a_part(width: float) -> None:
    parts = ["Stepping into shift leadership", "three-way", "27 November 2026", "draft for discussion"]
    lines = _lines(subtitle(parts), _SUBTITLE, width)
    assert len(lines) > 1
    for part in parts[1:]:
        assert any(part in line for line in lines), (part, lines)
    assert len(lines[0].split()) >= 2 and len(lines[-1].split()) >= 2, lines


def test_the_template_names_every_condition_it_may_ask(data: dict[str, AgreementData]) -> None:
    from coachdesk.documents.agreement_wording import agreement_flags
    from coachdesk.resources import resource_path

    preamble = resource_path("clauses", "agreement.txt").read_text(encoding="utf-8").split("\n## ")[0]
    listed = preamble.split("Conditions:")[1].split(".")[0]
    assert {name.strip() for name in listed.replace("\n", " ").split(",")} == {
        "sponsor",
        *agreement_flags(data["two"]),
    }
