"""The hours log as PDF: the coach, totals, thresholds, and the table with its header on every page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.hours_log import hours_log
from coachdesk.services.hours_log_export import hours_log_pdf
from coachdesk.services.sessions import SessionDetails, create_session
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)


def _pages(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space made single spaces (wrapping varies)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault.session() as session:
        yield session
    vault.close()


def test_pdf_shows_the_coach_totals_thresholds_and_named_clients_only(demo: Session) -> None:
    log = hours_log(demo, TODAY, zone=UTC)
    (page,) = _pages(hours_log_pdf(demo, log))
    for expected in (
        "Coaching hours log",
        "All completed sessions up to 27 November 2026",
        "Alex Moreau",
        "ICF ACC",
        "alex@moreau-coaching.example",
        "International Coaching Federation (ICF)",
        # Claimable only: 27.75 hours from sessions (the unnamed group left out), 31.50 entered earlier.
        "59.25 coaching hours",
        "56.50 paid hours",
        "2.75 pro bono hours",
        "16 clients",
        "27.75 hours since 27 May 2025",
        "Not claimable: 5 clients, 1.50 hours — no consent to be named",
        "ACC Associate Certified Coach 59.25 of 100 56.50 of 75 16 of 8 ✓ 27.75 of 25 ✓ Not yet",
        "MCC Master Certified Coach 59.25 of 2,500 56.50 of 2,250 16 of 35 not required Not yet",
        "Siobhán Ní Bhriain Individual siobhan.nb@eircom.example 2026-05-31 2026-09-06 8.00 0.00",
        "Keiko Tanaka Individual keiko.tanaka@ngo.example 2026-11-15 2026-11-15 0.00 0.75",
        "Confidential Client 1 Individual joao.araujo@valetejo.example 2026-10-08 2026-11-05 3.00 0.00",
        "Marta Kowalska † Individual marta.k@example.pl 2023-10-04 2024-02-21 14.00 0.00",
        "† Entered by the coach from an earlier log (hours before CoachDesk)",
        "confidentiality policy prevents the release of client names",
        "Total 56.50 2.75",
        "up to 15 per group",
    ):
        assert expected in page, expected
    # Ana Lúcia Ferreira (aliased, and her group) and Дмитрий Иванов have not consented to be named.
    assert "Ana Lúcia" not in page and "ana.ferreira" not in page
    assert "Clients not named" not in page


def test_period_is_printed(demo: Session) -> None:
    log = hours_log(demo, TODAY, start=date(2026, 11, 1), end=date(2026, 11, 20), zone=UTC)
    text = " ".join(_pages(hours_log_pdf(demo, log)))
    assert "Completed sessions from 1 November 2026 to 20 November 2026" in text
    assert "Siobhán" not in text  # her sessions ended in September


def test_long_log_repeats_the_header_row_on_every_page(demo: Session) -> None:
    for n in range(90):
        client = create_client(
            demo, ClientDetails(name=f"Client {n:03d}", email=f"c{n}@example.org", named_in_hours_log=True)
        ).created
        assert client is not None
        starts = datetime(2025, 1, 1, 9, tzinfo=UTC) + timedelta(days=n)
        create_session(demo, SessionDetails(client_id=client, starts_at=starts, status="completed"))
    pages = _pages(hours_log_pdf(demo, hours_log(demo, TODAY, zone=UTC)))
    assert len(pages) >= 3
    log_pages = [p for p in pages if "Client 0" in p]
    assert len(log_pages) >= 2
    header = (
        "No. Client Name Individual/ Group No. in Group Contact Info Start Date End Date "
        "Paid Hours Pro-bono Hours"
    )
    for page in log_pages:
        assert header in page
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Client 089" in " ".join(pages)
