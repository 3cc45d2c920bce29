"""``coachdesk invoice draft|issue|credit|pay|refund`` and ``coachdesk list invoices``, from scripts."""

from __future__ import annotations

import io
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest

from coachdesk.cli import main
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.invoice_practice import practice


@pytest.fixture
def vault_file(tmp_path: Path) -> tuple[Path, uuid.UUID]:
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            engagement = practice(db, sessions=2).engagement  # 2 × 150.00 + 19 % VAT = 357.00
        vault.save()
    return path, engagement


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def _listed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], path: Path
) -> list[dict[str, str]]:
    code, out, _ = _run(monkeypatch, capsys, "list", "invoices", str(path))
    assert code == 0
    header, *rows = [line.split("\t") for line in out.splitlines()]
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_draft_issue_pay_and_credit_from_the_command_line(
    vault_file: tuple[Path, uuid.UUID], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, engagement = vault_file
    code, invoice_id, _ = _run(monkeypatch, capsys, "invoice", "draft", str(path), str(engagement))
    assert code == 0 and uuid.UUID(invoice_id)
    [row] = _listed(monkeypatch, capsys, path)
    assert (row["number"], row["kind"], row["status"], row["gross"]) == ("", "invoice", "draft", "357.00")

    today = date.today()
    assert _run(monkeypatch, capsys, "invoice", "issue", str(path), invoice_id)[:2] == (
        0,
        f"{today.year}-0001",
    )
    code, out, _ = _run(
        monkeypatch, capsys, "invoice", "pay", str(path), invoice_id, "157", "--on", today.isoformat()
    )
    assert (code, out) == (0, f"Recorded; 200.00 EUR still owed on {today.year}-0001.")
    code, number, _ = _run(monkeypatch, capsys, "invoice", "credit", str(path), invoice_id, "--amount", "100")
    assert (code, number) == (0, f"CN-{today.year}-0001")

    rows = {r["kind"]: r for r in _listed(monkeypatch, capsys, path)}
    assert list(rows["invoice"]) == [
        "id", "number", "kind", "payer", "issued", "due", "currency", "net", "vat", "gross", "paid", "status",
        "refunded",
    ]  # fmt: skip
    assert {
        k: rows["invoice"][k]
        for k in ("payer", "issued", "currency", "net", "vat", "gross", "paid", "status")
    } == {
        "payer": "Zoë Ørsted",
        "issued": today.isoformat(),
        "currency": "EUR",
        "net": "300.00",
        "vat": "57.00",
        "gross": "357.00",
        "paid": "157.00",
        "status": "partly-paid",
    }
    assert (rows["credit-note"]["gross"], rows["credit-note"]["number"]) == (
        "119.00",
        f"CN-{today.year}-0001",
    )


def test_a_paid_invoice_credited_and_refunded_from_the_command_line(
    vault_file: tuple[Path, uuid.UUID], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, engagement = vault_file
    invoice_id = _run(monkeypatch, capsys, "invoice", "draft", str(path), str(engagement))[1]
    _run(monkeypatch, capsys, "invoice", "issue", str(path), invoice_id)
    assert _run(monkeypatch, capsys, "invoice", "pay", str(path), invoice_id, "357")[0] == 0
    code, number, _ = _run(monkeypatch, capsys, "invoice", "credit", str(path), invoice_id, "--amount", "150")
    assert code == 0
    rows = {r["kind"]: r for r in _listed(monkeypatch, capsys, path)}
    assert rows["invoice"]["status"] == rows["credit-note"]["status"] == "refund-due"
    note_id = rows["credit-note"]["id"]

    code, _, err = _run(monkeypatch, capsys, "invoice", "refund", str(path), note_id, "178.51")
    assert code == 1 and "more than the 178.50 EUR to refund on credit note" in err
    code, _, err = _run(monkeypatch, capsys, "invoice", "refund", str(path), invoice_id, "10")
    assert code == 1 and "against the credit note" in err
    code, _, err = _run(monkeypatch, capsys, "invoice", "refund", str(path), "nope", "10")
    assert (code, err) == (1, "coachdesk: 'nope' is not a credit note id")
    today = date.today().isoformat()
    code, out, _ = _run(
        monkeypatch,
        capsys,
        *("invoice", "refund", str(path), note_id, "100", "--on", today),
        *("--method", "cash", "--reference", "R-7"),
    )
    assert (code, out) == (0, f"Recorded; 78.50 EUR still to refund on {number}.")
    code, out, _ = _run(monkeypatch, capsys, "invoice", "refund", str(path), note_id, "78.50")
    assert (code, out) == (0, f"Recorded; 0.00 EUR still to refund on {number}.")
    rows = {r["kind"]: r for r in _listed(monkeypatch, capsys, path)}
    assert (rows["invoice"]["status"], rows["invoice"]["refunded"]) == ("paid", "178.50")
    assert (rows["credit-note"]["status"], rows["credit-note"]["refunded"]) == ("issued", "178.50")


def test_nothing_to_bill_says_so_and_fails(
    vault_file: tuple[Path, uuid.UUID], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, engagement = vault_file
    assert _run(monkeypatch, capsys, "invoice", "draft", str(path), str(engagement))[0] == 0
    code, out, err = _run(monkeypatch, capsys, "invoice", "draft", str(path), str(engagement))
    assert (code, out) == (1, "")
    assert (
        err
        == "coachdesk: Nothing to bill: every completed session of this engagement is already on an invoice."
    )


def test_paying_more_than_is_owed_fails_with_the_balance(
    vault_file: tuple[Path, uuid.UUID], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, engagement = vault_file
    invoice_id = _run(monkeypatch, capsys, "invoice", "draft", str(path), str(engagement))[1]
    _run(monkeypatch, capsys, "invoice", "issue", str(path), invoice_id)
    code, _, err = _run(monkeypatch, capsys, "invoice", "pay", str(path), invoice_id, "400")
    assert code == 1 and "more than the 357.00 EUR still owed" in err
    assert _listed(monkeypatch, capsys, path)[0]["paid"] == "0.00"


def test_a_bad_id_or_date_is_named(
    vault_file: tuple[Path, uuid.UUID], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = vault_file
    code, _, err = _run(monkeypatch, capsys, "invoice", "issue", str(path), "not-an-id")
    assert (code, err) == (1, "coachdesk: 'not-an-id' is not an invoice id")
    code, _, err = _run(monkeypatch, capsys, "invoice", "issue", str(path), str(uuid.uuid4()))
    assert (code, err) == (1, "coachdesk: That invoice no longer exists.")
    with pytest.raises(SystemExit):
        _run(monkeypatch, capsys, "invoice", "draft", str(path), str(uuid.uuid4()), "--until", "31/03/2026")


def test_a_series_per_computer_from_the_command_line(
    vault_file: tuple[Path, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings

    path, engagement = vault_file
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(tmp_path / "laptop"))
    with Vault.open(path, PASSPHRASE) as vault:
        with vault.session() as db:
            save_invoicing_settings(db, InvoicingSettings(invoice_number_pattern="{year}-{computer}{seq:4}"))
        vault.save()
    _code, invoice_id, _ = _run(monkeypatch, capsys, "invoice", "draft", str(path), str(engagement))
    code, _, err = _run(monkeypatch, capsys, "invoice", "issue", str(path), invoice_id)
    assert code == 1 and "this computer has no tag yet" in err
    code, _, err = _run(monkeypatch, capsys, "invoice", "computer-tag", str(path), "LAPT")
    assert code == 1 and "1 to 3 letters or digits" in err
    code, out, _ = _run(monkeypatch, capsys, "invoice", "computer-tag", str(path), "l")
    assert (code, out) == (0, "This computer's invoice numbers carry the tag L.")
    code, number, _ = _run(monkeypatch, capsys, "invoice", "issue", str(path), invoice_id)
    assert (code, number) == (0, f"{date.today().year}-L0001")
