"""`coachdesk export … --language de|fr|en`: documents print in the client's document language unless the
flag names another; a language CoachDesk does not print in is refused before anything is read."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, select

from coachdesk.cli import main
from coachdesk.domain import Client, Engagement, Referral
from coachdesk.services.clients import ClientDetails, update_client
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.invoice_list import list_invoices
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | Path]:
    """The demo practice with Zoë Ørsted reading German and Chloé Girard French; the ids to export."""
    path = tmp_path_factory.mktemp("cli") / "demo.coachdesk"
    vault = create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today())
    with vault:
        with vault.session() as db:
            ids: dict[str, str | Path] = {"vault": path}
            for name, language in (("Zoë Ørsted", "de"), ("Chloé Girard", "fr")):
                client = db.exec(select(Client).where(col(Client.name) == name)).one()
                update_client(
                    db,
                    client.id,
                    ClientDetails(
                        name=name, organisation_id=client.organisation_id, document_language=language
                    ),
                )
            zoe = db.exec(select(Client).where(col(Client.name) == "Zoë Ørsted")).one()
            engagement = db.exec(select(Engagement).where(col(Engagement.client_id) == zoe.id)).one()
            ids["engagement"] = str(engagement.id)
            ids["referral"] = str(db.exec(select(Referral)).one().id)
            # A signed agreement prints in the language it was signed in: Björn's is sent, not signed.
            bjorn = db.exec(select(Client).where(col(Client.name) == "Björn Åkesson")).one()
            ids["unsigned"] = str(
                db.exec(select(Engagement).where(col(Engagement.client_id) == bjorn.id)).one().id
            )
            rows = list_invoices(db, today=date.today())
            ids["invoice"] = str(next(r for r in rows if r.kind.value == "invoice" and r.number).id)
        vault.save()
    return ids


def _export(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo: dict[str, str | Path],
    what: str,
    key: str,
    *more: str,
) -> str:
    out = tmp_path / f"{what}.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert main(["export", what, str(demo["vault"]), str(demo[key]), "-o", str(out), *more]) == 0
    return " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())


def test_documents_print_in_the_clients_language_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, demo: dict[str, str | Path]
) -> None:
    assert "Objet : orientation de Chloé Girard" in _export(
        monkeypatch, tmp_path, demo, "referral", "referral"
    )
    assert "Coaching-Bericht: Zoë Ørsted" in _export(
        monkeypatch, tmp_path, demo, "sponsor-report", "engagement"
    )


@pytest.mark.parametrize(
    ("what", "key", "language", "expected"),
    [
        ("referral", "referral", "de", "Betreff: Weiterverweisung von Chloé Girard"),
        ("referral", "referral", "en", "Re: referral of Chloé Girard"),
        ("sponsor-report", "engagement", "fr", "Rapport de coaching : Zoë Ørsted"),
        ("agreement", "unsigned", "fr", "Convention de coaching"),
        ("invoice", "invoice", "de", "Rechnung"),
        ("invoice", "invoice", "fr", "Facture"),
    ],
)
def test_the_language_flag_chooses_another(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo: dict[str, str | Path],
    what: str,
    key: str,
    language: str,
    expected: str,
) -> None:
    assert expected in _export(monkeypatch, tmp_path, demo, what, key, "--language", language)


def test_a_language_documents_do_not_print_in_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    demo: dict[str, str | Path],
) -> None:
    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    with pytest.raises(SystemExit) as refused:
        main(
            [
                "export",
                "referral",
                str(demo["vault"]),
                str(demo["referral"]),
                "-o",
                str(out),
                "--language",
                "es",
            ]
        )
    assert refused.value.code == 2
    assert "--language" in capsys.readouterr().err and not out.exists()
