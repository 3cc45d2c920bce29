"""A number series per computer: ``{computer}`` in the pattern, each computer's tag, merging cleanly."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from coachdesk.domain import Invoice, TaxTreatment
from coachdesk.services.computer_key import computer_key
from coachdesk.services.computer_tags import set_computer_tag, this_computer_tag
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_numbers import check_pattern, number_for, series_of
from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings
from coachdesk.services.invoices import LineDetails, new_draft
from coachdesk.vault import Vault
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import Practice, created, practice
from tests.services.merge_helpers import content, copy_of, merge

PATTERN = "{year}-{computer}{seq:4}"
ISSUED = date(2026, 3, 31)


def on_computer(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """From now on this process is the computer whose data folder is ``folder``."""
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(folder))


def _per_computer(db: Session) -> Practice:
    p = practice(db)
    save_invoicing_settings(
        db,
        InvoicingSettings(
            tax_treatment=TaxTreatment.CHARGED, default_vat_rate="19", invoice_number_pattern=PATTERN
        ),
    )
    return p


def _issue(db: Session, p: Practice, price: str = "100") -> str:
    invoice_id = created(new_draft(db, p.engagement, [LineDetails("Workshop", price)]))
    issue_invoice(db, invoice_id, on=ISSUED)
    invoice = db.get(Invoice, invoice_id)
    assert invoice is not None and invoice.number is not None
    return invoice.number


def test_the_computer_part_of_a_pattern() -> None:
    assert check_pattern("pattern", PATTERN) == PATTERN
    assert number_for(PATTERN, ISSUED, 1, "L") == "2026-L0001"
    assert series_of(PATTERN, ISSUED, "D") == "2026-D#"
    with pytest.raises(ValidationError, match=r"\{computer\} once"):
        check_pattern("pattern", "{computer}{computer}{seq}")


def test_the_computer_key_is_made_once_and_kept_outside_the_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on_computer(monkeypatch, tmp_path / "laptop")
    key = computer_key()
    assert uuid.UUID(key).hex == key and computer_key() == key
    assert (tmp_path / "laptop" / "computer-key").read_text().strip() == key
    on_computer(monkeypatch, tmp_path / "desktop")
    assert computer_key() != key


def test_issuing_on_a_computer_without_a_tag_is_refused_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, vault: Vault
) -> None:
    on_computer(monkeypatch, tmp_path / "laptop")
    with vault.session() as db:
        p = _per_computer(db)
        invoice_id = created(new_draft(db, p.engagement, [LineDetails("Workshop", "100")]))
        before = table_snapshot(db)
        with pytest.raises(ValidationError) as refused:
            issue_invoice(db, invoice_id, on=ISSUED)
        assert refused.value.field == "computer_tag" and "no tag yet" in refused.value.message
        assert table_snapshot(db) == before
        set_computer_tag(db, " l ")
        assert this_computer_tag(db) == "L"
        assert _issue(db, p) == "2026-L0001"
        assert _issue(db, p) == "2026-L0002"


@pytest.mark.parametrize("bad", ["", "ABCD", "L-", "ä"])
def test_a_tag_is_one_to_three_letters_or_digits(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, vault: Vault, bad: str
) -> None:
    on_computer(monkeypatch, tmp_path / "laptop")
    with vault.session() as db, pytest.raises(ValidationError, match="1 to 3 letters or digits"):
        set_computer_tag(db, bad)


def test_a_tag_belongs_to_one_computer_and_a_computer_keeps_its_tag(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, vault: Vault
) -> None:
    on_computer(monkeypatch, tmp_path / "laptop")
    with vault.session() as db:
        set_computer_tag(db, "L")
        with pytest.raises(ValidationError, match="keeps it"):
            set_computer_tag(db, "X")
    on_computer(monkeypatch, tmp_path / "desktop")
    with vault.session() as db:
        assert this_computer_tag(db) is None
        with pytest.raises(ValidationError, match="already another computer's"):
            set_computer_tag(db, "l")
        set_computer_tag(db, "D")
        assert this_computer_tag(db) == "D"


def test_switching_to_a_series_per_computer_after_invoicing_starts_new_series(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, vault: Vault
) -> None:
    on_computer(monkeypatch, tmp_path / "laptop")
    with vault.session() as db:
        p = practice(db)
        assert _issue(db, p) == "2026-0001"
        _per_computer(db)
        set_computer_tag(db, "L")
        assert _issue(db, p) == "2026-L0001"
        with pytest.raises(ValidationError, match="cannot change"):  # and no way back
            save_invoicing_settings(db, InvoicingSettings(invoice_number_pattern="{year}-{seq:4}"))


def test_two_computers_with_their_own_series_merge_cleanly_and_both_series_stay_gap_free(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, vault: Vault
) -> None:
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    on_computer(monkeypatch, laptop)
    with vault.session() as db:
        p = _per_computer(db)
        set_computer_tag(db, "L")
        first = _issue(db, p)
    on_computer(monkeypatch, desktop)
    with vault.session() as db:
        set_computer_tag(db, "D")
    mine = copy_of(vault, tmp_path / "laptop.coachdesk")
    theirs = copy_of(vault, tmp_path / "desktop.coachdesk")
    with theirs.session() as db:  # on the desktop
        desk = [_issue(db, p, "70"), _issue(db, p, "80")]
        credit_invoice(
            db,
            uuid.UUID(
                str(
                    theirs.connection.execute(
                        "SELECT id FROM invoice WHERE number = ?", (desk[0],)
                    ).fetchone()[0]
                )
            ),
            on=ISSUED,
        )
    on_computer(monkeypatch, laptop)
    with mine.session() as db:
        lap = [_issue(db, p, "90")]
    assert (first, desk, lap) == ("2026-L0001", ["2026-D0001", "2026-D0002"], ["2026-L0002"])
    into_mine = copy_of(mine, tmp_path / "into-laptop.coachdesk")
    into_theirs = copy_of(theirs, tmp_path / "into-desktop.coachdesk")
    merge(into_mine, theirs)
    merge(into_theirs, mine)
    assert content(into_mine) == content(into_theirs)
    numbers = sorted(
        str(n) for (n,) in into_mine.connection.execute("SELECT number FROM invoice WHERE state = 'issued'")
    )
    assert numbers == ["2026-D0001", "2026-D0002", "2026-L0001", "2026-L0002", "CN-2026-D0001"]
    series = dict(into_mine.connection.execute("SELECT series, last_sequence FROM invoice_series").fetchall())
    assert series == {"2026-L#": 2, "2026-D#": 2, "CN-2026-D#": 1}
    with into_mine.session() as db:  # the laptop goes on after its highest number
        assert _issue(db, p, "95") == "2026-L0003"
    for opened in (mine, theirs, into_mine, into_theirs):
        opened.close()
