"""``coachdesk invoice draft VAULT ENGAGEMENT_ID --block-of N``: a package's next block as a draft."""

from __future__ import annotations

import io
import sys
import uuid
from pathlib import Path

import pytest
from sqlmodel import col, select

from coachdesk.cli import main
from coachdesk.domain import FeeBasis, InvoiceLine
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.invoice_practice import practice


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_each_block_is_drafted_until_the_package_is_billed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            engagement = str(practice(db, fee="1000.00", fee_basis=FeeBasis.PER_ENGAGEMENT).engagement)
        vault.save()
    drafts = []
    for _ in range(3):
        code, out, _ = _run(monkeypatch, capsys, "invoice", "draft", str(path), engagement, "--block-of", "3")
        assert code == 0
        drafts.append(uuid.UUID(out))
    code, _, err = _run(monkeypatch, capsys, "invoice", "draft", str(path), engagement, "--block-of", "3")
    assert code == 1 and "Every block of this package (3 of 3)" in err
    code, _, err = _run(monkeypatch, capsys, "invoice", "draft", str(path), engagement)
    assert code == 1 and "already on an invoice" in err
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as db:
        lines = {
            line.invoice_id: (line.description, line.net_minor)
            for line in db.exec(select(InvoiceLine).where(col(InvoiceLine.invoice_id).in_(drafts)))
        }
    assert [lines[d] for d in drafts] == [
        ("Coaching package: 8 sessions, part 1 of 3", 33333),
        ("Coaching package: 8 sessions, part 2 of 3", 33333),
        ("Coaching package: 8 sessions, part 3 of 3", 33334),
    ]


def test_a_wrong_block_count_is_refused_with_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "practice.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as db:
            engagement = str(practice(db, fee_basis=FeeBasis.PER_ENGAGEMENT).engagement)
        vault.save()
    code, out, err = _run(monkeypatch, capsys, "invoice", "draft", str(path), engagement, "--block-of", "1")
    assert code == 1 and out == "" and "number of blocks" in err
