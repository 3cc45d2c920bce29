"""`coachdesk export agreement|referral VAULT ID -o FILE.pdf`: the PDF, recorded in the vault."""

from __future__ import annotations

import io
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from coachdesk.cli import main
from coachdesk.domain import (
    Client,
    DocumentKind,
    Engagement,
    GeneratedDocument,
    Goal,
    GoalOrigin,
    OutboundBasis,
    OutboundEntry,
    Referral,
)
from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today()).close()
    return path


def _ids(path: Path) -> tuple[str, str]:
    with Vault.open(path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        zoe = s.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
        engagement = s.exec(select(Engagement).where(Engagement.client_id == zoe.id)).first()
        referral = s.exec(select(Referral)).one()
        assert engagement is not None
        return str(engagement.id), str(referral.id)


def _run(monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(argv))


def _recorded(path: Path, before: list[DocumentKind]) -> list[DocumentKind]:
    """The kinds of the documents recorded since ``before`` (the demo practice records its own)."""
    with Vault.open(path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        kinds = [d.kind for d in s.exec(select(GeneratedDocument))]
    for kind in before:
        kinds.remove(kind)
    return sorted(kinds)


def _kinds(path: Path) -> list[DocumentKind]:
    return _recorded(path, [])


def test_export_agreement_and_referral(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement_id, referral_id = _ids(demo_path)
    before = _kinds(demo_path)
    agreement = tmp_path / "agreement.pdf"
    letter = tmp_path / "letter.pdf"
    assert (
        _run(
            monkeypatch,
            f"{PASSPHRASE}\n",
            "export",
            "agreement",
            str(demo_path),
            engagement_id,
            "-o",
            str(agreement),
        )
        == 0
    )
    assert (
        _run(
            monkeypatch,
            f"{PASSPHRASE}\n",
            "export",
            "referral",
            str(demo_path),
            referral_id,
            "-o",
            str(letter),
        )
        == 0
    )
    assert "Zoë Ørsted" in "".join(p.extract_text() for p in PdfReader(agreement).pages)
    assert "Dr Inès Laurent" in "".join(p.extract_text() for p in PdfReader(letter).pages)
    assert _recorded(demo_path, before) == sorted([DocumentKind.AGREEMENT, DocumentKind.REFERRAL_LETTER])


def test_export_with_a_pdf_password(demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engagement_id, _ = _ids(demo_path)
    out = tmp_path / "locked.pdf"
    stdin = f"{PASSPHRASE}\npdf password 123\n"
    assert (
        _run(
            monkeypatch,
            stdin,
            "export",
            "agreement",
            str(demo_path),
            engagement_id,
            "-o",
            str(out),
            "--protect",
        )
        == 0
    )
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("pdf password 123") != 0


def test_export_unknown_id_says_so(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.pdf"
    assert (
        _run(
            monkeypatch, f"{PASSPHRASE}\n", "export", "agreement", str(demo_path), "not-an-id", "-o", str(out)
        )
        == 1
    )
    assert "coachdesk:" in capsys.readouterr().err
    assert not out.exists()


def test_export_sponsor_report_with_an_agreed_summary(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engagement_id, _referral = _ids(demo_path)  # Zoë's three-way engagement with Nordlicht
    before = _kinds(demo_path)
    summary = tmp_path / "summary.txt"
    summary.write_text("Delegation is now a weekly habit.", encoding="utf-8")
    report = tmp_path / "report.pdf"
    args = ("export", "sponsor-report", str(demo_path), engagement_id, "-o", str(report))
    assert _run(monkeypatch, f"{PASSPHRASE}\n", *args, "--summary-file", str(summary)) == 1
    assert "agreed to the progress summary" in capsys.readouterr().err and not report.exists()
    assert (
        _run(monkeypatch, f"{PASSPHRASE}\n", *args, "--summary-file", str(summary), "--client-agreed-summary")
        == 0
    )
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(report).pages).split())
    assert "Delegation is now a weekly habit." in text and "Nordlicht Energie GmbH" in text
    assert _recorded(demo_path, before) == [DocumentKind.SPONSOR_REPORT]
    missing = tmp_path / "missing.txt"
    assert _run(monkeypatch, "", *args, "--summary-file", str(missing)) == 1
    assert "could not read the summary" in capsys.readouterr().err


def test_export_sponsor_report_with_a_client_goal_the_client_agreed_to_share(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement_id, _referral = _ids(demo_path)
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        own = s.exec(
            select(Goal).where(
                Goal.engagement_id == uuid.UUID(engagement_id), Goal.origin == GoalOrigin.CLIENT
            )
        ).one()
    report = tmp_path / "report.pdf"
    args = ("export", "sponsor-report", str(demo_path), engagement_id, "-o", str(report))
    assert _run(monkeypatch, f"{PASSPHRASE}\n", *args, "--client-goal", str(own.id)) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(report).pages).split())
    assert own.statement in text


def test_export_names_its_recipient_and_the_consent_filter_checks_it(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _engagement, referral_id = _ids(demo_path)
    letter = tmp_path / "letter.pdf"
    args = ["export", "referral", str(demo_path), referral_id, "-o", str(letter)]
    assert _run(monkeypatch, f"{PASSPHRASE}\n", *args, "--recipient", "Marcus Feldmann") == 1
    assert "Dr Inès Laurent only" in capsys.readouterr().err and not letter.exists()
    assert _run(monkeypatch, f"{PASSPHRASE}\n", *args, "--recipient", "Dr Inès Laurent, Cabinet Laurent") == 0
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        entry = s.exec(select(OutboundEntry).where(OutboundEntry.description == "letter.pdf")).one()
    assert (entry.recipient, entry.basis) == (
        "Dr Inès Laurent, Cabinet Laurent",
        OutboundBasis.CLIENT_CONSENT,
    )
