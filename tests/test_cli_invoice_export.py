"""``coachdesk export invoice|reminder|invoices``: files for the payer and the accountant, each recorded in
the vault's outbound ledger; refusals on standard error with exit status 1 and nothing written."""

from __future__ import annotations

import csv
import io
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.cli import main
from coachdesk.domain import DocumentKind, OutboundBasis, Payer
from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoices import draft_from_engagement
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.invoice_practice import created, practice

ISSUED = date(2026, 3, 31)


@pytest.fixture
def vault_file(tmp_path: Path) -> tuple[Path, uuid.UUID, uuid.UUID]:
    """A vault with an issued invoice to the sponsor (partly paid) and a draft to the client."""
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            sponsored = practice(db, sessions=2, payer=Payer.SPONSOR)
            issued = created(draft_from_engagement(db, sponsored.engagement))
            issue_invoice(db, issued, on=ISSUED)
            record_payment(db, issued, "57.00", on=date(2026, 4, 2), reference="SEPA 12")
            from coachdesk.services.invoices import DraftDetails, LineDetails, new_draft

            draft = created(
                new_draft(
                    db, sponsored.engagement, [LineDetails("Workbook", "20")], DraftDetails(payer="client")
                )
            )
        vault.save()
    return path, issued, draft


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def _ledger(path: Path) -> list[tuple[DocumentKind, str, OutboundBasis]]:
    with Vault.open(path, PASSPHRASE, read_only=True) as vault, vault.session() as db:
        return sorted((line.kind, line.recipient, line.basis) for line in ledger_lines(db))


def test_an_invoice_and_its_factur_x_are_written_for_the_sponsor_and_recorded(
    vault_file: tuple[Path, uuid.UUID, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, issued, _draft = vault_file
    out = tmp_path / "invoice.pdf"
    code, printed, _ = _run(monkeypatch, capsys, "export", "invoice", str(path), str(issued), "-o", str(out))
    assert (code, printed) == (0, f"Wrote {out}")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Invoice 2026-0001" in text and "Nordlicht GmbH" in text and "Balance due €300.00" in text
    fx = tmp_path / "fx.pdf"
    code, _, err = _run(
        monkeypatch, capsys, "export", "invoice", str(path), str(issued), "-o", str(fx), "--facturx"
    )
    assert code == 0, err
    assert "factur-x.xml" in PdfReader(fx).attachments
    assert _ledger(path) == [(DocumentKind.INVOICE, "Nordlicht GmbH", OutboundBasis.AGREEMENT)] * 2


def test_an_invoice_to_someone_other_than_the_payer_is_refused_and_nothing_written(
    vault_file: tuple[Path, uuid.UUID, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, issued, draft = vault_file
    out = tmp_path / "invoice.pdf"
    code, _, err = _run(
        monkeypatch,
        capsys,
        "export",
        "invoice",
        str(path),
        str(issued),
        "-o",
        str(out),
        "--recipient",
        "Zoë Ørsted",
    )
    assert code == 1 and "An invoice goes to the one who pays it: Nordlicht GmbH" in err
    code, _, err = _run(
        monkeypatch, capsys, "export", "invoice", str(path), str(draft), "-o", str(out), "--facturx"
    )
    assert code == 1 and "Factur-X is made for an issued invoice only" in err
    code, _, err = _run(monkeypatch, capsys, "export", "invoice", str(path), "not-an-id", "-o", str(out))
    assert code == 1 and err.startswith("coachdesk: ")
    assert not out.exists() and _ledger(path) == []


def test_a_draft_is_written_marked_draft_for_the_client(
    vault_file: tuple[Path, uuid.UUID, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _issued, draft = vault_file
    out = tmp_path / "draft.pdf"
    assert _run(monkeypatch, capsys, "export", "invoice", str(path), str(draft), "-o", str(out))[0] == 0
    assert "not a valid invoice" in PdfReader(out).pages[0].extract_text()
    assert _ledger(path) == [(DocumentKind.INVOICE, "Zoë Ørsted", OutboundBasis.AGREEMENT)]


def test_a_reminder_is_written_for_the_payer(
    vault_file: tuple[Path, uuid.UUID, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, issued, _draft = vault_file
    out = tmp_path / "reminder.pdf"
    assert _run(monkeypatch, capsys, "export", "reminder", str(path), str(issued), "-o", str(out))[0] == 0
    assert "Payment reminder: invoice 2026-0001" in PdfReader(out).pages[0].extract_text()
    assert _ledger(path) == [(DocumentKind.PAYMENT_REMINDER, "Nordlicht GmbH", OutboundBasis.AGREEMENT)]


def test_the_accountant_csvs_for_a_period(
    vault_file: tuple[Path, uuid.UUID, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _issued, _draft = vault_file
    out = tmp_path / "invoices.csv"
    period = ("--from", "2026-03-01", "--to", "2026-03-31")
    assert _run(monkeypatch, capsys, "export", "invoices", str(path), "-o", str(out), *period)[0] == 0
    [row] = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert (row["Number"], row["Payer"], row["Gross"], row["Paid"], row["Balance"]) == (
        "2026-0001",
        "Nordlicht GmbH",
        "357.00",
        "57.00",
        "300.00",
    )
    empty = tmp_path / "april.csv"
    april = ("--from", "2026-04-01", "--to", "2026-04-30")
    assert _run(monkeypatch, capsys, "export", "invoices", str(path), "-o", str(empty), *april)[0] == 0
    assert len(empty.read_text("utf-8-sig").splitlines()) == 1  # the header: nothing issued in April
    payments = tmp_path / "payments.csv"
    code, _, _ = _run(
        monkeypatch,
        capsys,
        "export",
        "invoices",
        str(path),
        "-o",
        str(payments),
        "--payments",
        "--recipient",
        "Anna Weber, accountant",
    )
    assert code == 0
    [paid] = list(csv.DictReader(io.StringIO(payments.read_text("utf-8-sig"))))
    assert (paid["Date"], paid["Amount"], paid["Reference"]) == ("2026-04-02", "57.00", "SEPA 12")
    assert _ledger(path) == [
        (DocumentKind.INVOICES_CSV, "Coach's own use", OutboundBasis.OWN_USE),
        (DocumentKind.INVOICES_CSV, "Coach's own use", OutboundBasis.OWN_USE),
        (DocumentKind.PAYMENTS_CSV, "Anna Weber, accountant", OutboundBasis.BOOKKEEPING),
    ]


def test_a_backwards_period_or_a_wrong_suffix_is_refused(
    vault_file: tuple[Path, uuid.UUID, uuid.UUID],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _issued, _draft = vault_file
    out = tmp_path / "invoices.csv"
    code, _, err = _run(
        monkeypatch,
        capsys,
        "export",
        "invoices",
        str(path),
        "-o",
        str(out),
        "--from",
        "2026-04-01",
        "--to",
        "2026-03-01",
    )
    assert code == 1 and "The period ends before it starts" in err
    code, _, err = _run(monkeypatch, capsys, "export", "invoices", str(path), "-o", str(tmp_path / "i.pdf"))
    assert code == 1 and ".csv" in err
    assert not out.exists() and _ledger(path) == []
