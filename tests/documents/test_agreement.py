"""The coaching agreement PDF: wording, both variants, names in any script, pagination, fonts, record."""

from __future__ import annotations

import io
import re
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, col, select

from coachdesk.documents.agreement import AgreementRenderer
from coachdesk.documents.agreement_data import AgreementData, Party
from coachdesk.documents.clauses import ClauseError, agreement_sections, placeholder_values
from coachdesk.documents.files import protect_with_password, sha256_hex
from coachdesk.domain import Client, DocumentKind, Engagement, GeneratedDocument
from coachdesk.services.agreement_pdf import agreement_data, agreement_pdf
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.document_export import agreement_document, export_document
from coachdesk.services.errors import NotFound, ValidationError
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)
COMMON_HEADINGS = (
    "The parties",
    "What coaching is and is not",
    "Roles and responsibilities",
    "Sessions and logistics",
    "Fees and payment",
    "Cancellation and missed sessions",
    "Confidentiality and its limits",
    "Technology and recordings",
    "Conflicts of interest",
    "Qualifications and code of ethics",
    "The coaching log",
    "Referral to other professionals",
    "Boundaries",
    "Duration and ending the coaching",
    "Records and data protection",
    "Concerns and complaints",
    "Limitation of liability",
    "Changes, law and jurisdiction",
    "Agreement and signatures",
)
SPONSOR_HEADING = "What the sponsor will and will not receive"
WORKING_WITH_SPONSOR = "Working with the sponsor"
NEVER_SHARED = "The coach’s private notes, which are never shared with anyone."


def flat(pdf: bytes) -> str:
    """The PDF's text with every run of whitespace made one space (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("agreement") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    try:
        with vault.session() as session:
            yield session
    finally:
        vault.close()


def engagement_id(session: Session, client_name: str) -> uuid.UUID:
    client = session.exec(select(Client).where(col(Client.name) == client_name)).one()
    return session.exec(select(Engagement.id).where(col(Engagement.client_id) == client.id)).one()


@pytest.fixture(scope="module")
def texts(demo: Session) -> dict[str, str]:
    names = {
        "two": "Łukasz Nowak",
        "three": "Zoë Ørsted",
        "bjorn": "Björn Åkesson",
        "mateus": "Mateus Gonçalves",
        "dima": "Дмитрий Иванов",
    }
    return {key: flat(agreement_pdf(demo, engagement_id(demo, name), TODAY)) for key, name in names.items()}


# --- wording ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["two", "three"])
def test_every_section_is_there_numbered_in_order(texts: dict[str, str], variant: str) -> None:
    text = texts[variant]
    headings = list(COMMON_HEADINGS)
    if variant == "three":
        headings.insert(8, SPONSOR_HEADING)
        headings.insert(3, WORKING_WITH_SPONSOR)
    assert "Coaching agreement" in text
    positions = [text.index(f"{number}. {heading}") for number, heading in enumerate(headings, start=1)]
    assert positions == sorted(positions)


def test_names_every_party(texts: dict[str, str]) -> None:
    for name in ("Alex Moreau", "Łukasz Nowak"):
        assert name in texts["two"]
    for name in ("Alex Moreau", "Zoë Ørsted", "Nordlicht Energie GmbH", "Ingrid Haugen"):
        assert name in texts["three"]


def test_a_two_party_agreement_mentions_no_sponsor(texts: dict[str, str]) -> None:
    text = texts["two"]
    assert "sponsor" not in text.lower()
    assert "Nordlicht" not in text and "Ingrid Haugen" not in text
    assert "It is paid by the client." in text
    assert "Łukasz Nowak (the client)" in text


def test_the_three_way_agreement_lists_exactly_what_the_sponsor_receives(texts: dict[str, str]) -> None:
    text = texts["three"]
    receives = text[text.index(SPONSOR_HEADING) : text.index("Nordlicht Energie GmbH will not receive:")]
    assert "Attendance: the dates of sessions held, cancelled or missed." in receives
    assert "The coaching goals, as the client agrees to share them." in receives
    assert "A short summary of progress" in receives
    assert NEVER_SHARED in text
    # Mateus's sponsor receives attendance only: the goals and the summary move to "will not receive",
    # each in its own negative wording, never the sentence that promised them.
    mateus = texts["mateus"]
    given, withheld = mateus.split("Vale & Tejo Logística, S.A. will not receive:")
    given = given[given.index(SPONSOR_HEADING) :]
    withheld = withheld[: withheld.index("Anything more may be shared")]
    assert "Attendance:" in given and "coaching goals" not in given and "summary" not in given
    assert "The coaching goals: they stay between the client and the coach" in withheld
    assert "Any summary or report of progress: the coach writes none for the sponsor." in withheld
    assert "A short summary of progress" not in withheld and "reads and approves" not in withheld
    assert "as the client agrees to share them" not in withheld and "Attendance" not in withheld
    assert NEVER_SHARED in mateus


@pytest.mark.parametrize("variant", ["two", "three"])
def test_what_coaching_is_not_and_the_limits_of_confidentiality(texts: dict[str, str], variant: str) -> None:
    text = texts[variant]
    for phrase in (
        "Coaching is not therapy or counselling",
        "legal or financial advice",
        "where the client discloses illegal activity",
        "where disclosure is required by law",
        "where a valid court order or subpoena requires it",
        "imminent or likely risk of danger to the client or to others",
        "first talk it through with the client",
        "keep a record of what was disclosed and on what grounds",
    ):
        assert phrase in text, phrase


def test_terms_fees_and_the_engagement_s_own_wording(texts: dict[str, str]) -> None:
    three, two = texts["three"], texts["two"]
    assert "€220.00 per session" in three and "€1,760.00 for the 8 sessions agreed" in three
    assert "Nordlicht Energie GmbH (the sponsor)" in three
    assert "Invoiced monthly to the sponsor; payable within 30 days." in three
    assert "€120.00 per session" in two and "6 sessions of 60 minutes" in two
    assert "18 September 2026 to 26 January 2027" in two and "Video call" in two
    assert "Paid in advance for each block of three sessions." in two
    assert "Sessions moved with less than 24 hours' notice are charged in full." in two
    for phrase in ("E-mail; phone for rescheduling only.", "Monday to Friday, 9:00–18:00.", "under €25."):
        assert phrase in two, phrase
    assert "14 days’ notice" in two and "Either the client or the coach may end the coaching" in two


def test_defaults_fill_empty_terms(demo: Session) -> None:
    data = agreement_data(demo, engagement_id(demo, "Łukasz Nowak"), TODAY)
    bare = replace(
        data, terms=replace(data.terms, payment_terms="", cancellation_policy="", contact_hours="")
    )
    text = flat(AgreementRenderer(bare).render())
    assert "payable within 30 days of the invoice date" in text
    assert "at least 48 hours’ notice is rescheduled at no charge" in text
    assert "Monday to Friday, during working hours." in text


def test_conflicts_declared_and_how_they_are_handled(texts: dict[str, str]) -> None:
    bjorn = texts["bjorn"]  # sent: its conflict is decided; the wording for the document prints
    assert "The coach also coaches another person at the same organisation" in bjorn
    assert "reports to" not in bjorn and "Zoë" not in bjorn  # never the coach's internal description
    assert "Coaching goes ahead with these safeguards: Each client was told" in bjorn
    assert "DRAFT" not in bjorn and "DRAFT" not in texts["three"] and "DRAFT" not in texts["two"]
    assert "None declared." in texts["two"] and "None declared." in texts["three"]
    dima = texts["dima"]  # a draft: its referral-fee conflict is not yet decided
    assert "has offered the coach a referral fee" in dima and "Priya Raman" not in dima
    assert "To be decided and agreed with the client" in dima and "DRAFT" in dima


@pytest.mark.parametrize("variant", ["two", "three"])
def test_credentials_ethics_referral_boundaries_records_complaints(
    texts: dict[str, str], variant: str
) -> None:
    text = texts[variant]
    for phrase in (
        "ICF ACC",
        "MSc Coaching Psychology",
        "ICF Code of Ethics (2025)",
        "International Coaching Federation (ICF)",
        "may suggest that the client see a suitable professional",
        "only with the client’s written consent",
        "How to reach the coach:",
        "does not enter into any other relationship with the client",
        "Records are kept for 7 years",
        "GDPR",
        "ICF Ethical Conduct Review process",
    ):
        assert phrase in text, phrase


def test_signature_and_date_lines_for_every_party(texts: dict[str, str]) -> None:
    two, three = texts["two"], texts["three"]
    signatures = three[three.index("Agreement and signatures") :]
    assert "THE COACH" in signatures and "THE CLIENT" in signatures and "FOR THE SPONSOR" in signatures
    assert signatures.count("Signature") == 3 and signatures.count("Date") == 3
    assert "Ingrid Haugen" in signatures and "Zoë Ørsted" in signatures
    signatures = two[two.index("Agreement and signatures") :]
    assert signatures.count("Signature") == 2 and signatures.count("Date") == 2
    assert "Łukasz Nowak" in signatures and "Alex Moreau" in signatures


def test_signature_blocks_stay_on_one_page(demo: Session) -> None:
    pdf = agreement_pdf(demo, engagement_id(demo, "Björn Åkesson"), TODAY)
    last = pages(pdf)[-1]
    assert all(word in last for word in ("THE COACH", "THE CLIENT", "FOR THE SPONSOR"))
    assert last.count("Signature") == 3


@pytest.mark.parametrize("name", ["Zoë Ångström", "Łukasz Żółć", "Дмитрий Иванов", "Siobhán Ní Bhriain"])
def test_names_in_any_script_print(demo: Session, name: str) -> None:
    data = agreement_data(demo, engagement_id(demo, "Zoë Ørsted"), TODAY)
    text = flat(AgreementRenderer(replace(data, client=Party(name, ("Head of Operations",)))).render())
    assert text.count(name) >= 3  # parties, signature block, the opening sentence


def test_a_long_agreement_flows_over_pages_numbered_x_of_y(demo: Session) -> None:
    data: AgreementData = agreement_data(demo, engagement_id(demo, "Zoë Ørsted"), TODAY)
    long_text = " ".join(f"Clause {n}: the client and the coach agree on this detail." for n in range(60))
    data = replace(
        data,
        terms=replace(
            data.terms,
            cancellation_policy=long_text + "\n\n" + long_text,
            confidentiality_terms=long_text,
        ),
    )
    page_texts = pages(AgreementRenderer(data).render())
    total = len(page_texts)
    assert total >= 6
    for number, page in enumerate(page_texts, start=1):
        assert f"Page {number} of {total}" in page
        assert re.findall(r"Page \d+ of \d+", page) == [f"Page {number} of {total}"]
    assert "Clause 59: the client and the coach agree" in " ".join(" ".join(page_texts).split())


# --- the file ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_files(demo: Session, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("files")
    paths: list[Path] = []
    for name in ("Łukasz Nowak", "Zoë Ørsted"):
        path = folder / f"{len(paths)}.pdf"
        path.write_bytes(agreement_pdf(demo, engagement_id(demo, name), TODAY))
        paths.append(path)
    return paths


@pytest.mark.usefixtures("pdf_tools")
def test_every_font_is_embedded_and_none_is_helvetica(sample_files: list[Path]) -> None:
    for path in sample_files:
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        assert "Helvetica" not in out
        for row in rows:
            assert row.split()[0].split("+")[-1].startswith("DejaVu"), row
            assert row.split()[-5] == "yes", row  # the "emb" column


@pytest.mark.usefixtures("pdf_tools")
def test_qpdf_finds_no_errors(sample_files: list[Path]) -> None:
    for path in sample_files:
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_metadata(demo: Session) -> None:
    reader = PdfReader(io.BytesIO(agreement_pdf(demo, engagement_id(demo, "Zoë Ørsted"), TODAY)))
    assert reader.metadata is not None
    assert reader.metadata.title == "Coaching agreement"
    assert reader.metadata.author == "Alex Moreau"


# --- the service ------------------------------------------------------------------------------------


def test_each_export_is_recorded_with_its_sha256(demo: Session, tmp_path: Path) -> None:
    target = engagement_id(demo, "Łukasz Nowak")
    source = agreement_document(target, TODAY)
    protected = protect_with_password(source.render(demo), "a long password")
    export_document(demo, tmp_path / "agreement.pdf", protected, source)
    rows = demo.exec(select(GeneratedDocument).where(col(GeneratedDocument.entity_id) == target)).all()
    assert [(row.kind, row.entity, row.sha256) for row in rows] == [
        (DocumentKind.AGREEMENT, "engagement", sha256_hex((tmp_path / "agreement.pdf").read_bytes()))
    ]


def test_an_export_that_cannot_be_written_records_nothing(demo: Session, tmp_path: Path) -> None:
    source = agreement_document(engagement_id(demo, "Chloé Girard"), TODAY)
    before = demo.exec(select(GeneratedDocument)).all()
    with pytest.raises(OSError):
        export_document(demo, tmp_path / "no such folder" / "agreement.pdf", source.render(demo), source)
    assert demo.exec(select(GeneratedDocument)).all() == before


def test_a_preview_records_nothing(demo: Session) -> None:
    target = engagement_id(demo, "Chloé Girard")
    agreement_pdf(demo, target, TODAY)
    assert demo.exec(select(GeneratedDocument).where(col(GeneratedDocument.entity_id) == target)).all() == []


def test_unknown_or_malformed_engagements_are_refused(demo: Session) -> None:
    with pytest.raises(NotFound):
        agreement_data(demo, uuid.uuid4(), TODAY)
    with pytest.raises(ValidationError):
        agreement_pdf(demo, "not-an-id", TODAY)


def test_the_document_id_and_date_are_printed(demo: Session) -> None:
    target = engagement_id(demo, "Björn Åkesson")  # not yet signed: dated the day it prints
    data = agreement_data(demo, target, TODAY)
    assert data.document_id == f"AGR-{target.hex[:8].upper()}-20261127"
    assert data.document_id in flat(AgreementRenderer(data).render())


# --- the clause templates ---------------------------------------------------------------------------


def test_an_unknown_placeholder_is_named(demo: Session) -> None:
    values = placeholder_values(agreement_data(demo, engagement_id(demo, "Zoë Ørsted"), TODAY))
    del values["client_name"]
    with pytest.raises(ClauseError, match=r"\{client_name\}"):
        agreement_sections(values, sponsor=True)


def test_typed_values_cannot_switch_sponsor_passages_on(demo: Session) -> None:
    data = agreement_data(demo, engagement_id(demo, "Łukasz Nowak"), TODAY)
    sneaky = replace(data, terms=replace(data.terms, payment_terms="[sponsor]x{client_name}[/sponsor]"))
    text = flat(AgreementRenderer(sneaky).render())
    assert "[sponsor]x{client_name}[/sponsor]" in text  # printed as typed, not interpreted
    assert SPONSOR_HEADING not in text
