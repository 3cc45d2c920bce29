"""Invoices in a merge of two copies: issued wins whole, numbers never twice, nothing paid is lost."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_payments import record_payment
from coachdesk.services.invoice_settings import invoicing_settings, save_invoicing_settings
from coachdesk.services.invoices import (
    DraftDetails,
    LineDetails,
    add_line,
    delete_draft,
    new_draft,
    remove_line,
    update_draft,
    update_line,
)
from coachdesk.services.merge_invoices import DuplicateInvoiceNumbers
from coachdesk.vault import Vault
from tests.services.invoice_practice import Practice, created, practice
from tests.services.merge_helpers import content, copy_of, merge
from tests.services.test_merge_rules import both_ways

ISSUED = date(2026, 3, 31)


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[tuple[Vault, Vault, Practice, uuid.UUID]]:
    """Two copies of a practice with one issued invoice (2026-0001) and one draft of 100.00."""
    with vault.session() as db:
        p = practice(db)
        first = _draft(db, p, "80")
        issue_invoice(db, first, on=ISSUED)
        draft = _draft(db, p, "100")
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, p, draft
    mine.close()
    theirs.close()


def _draft(db: Session, p: Practice, price: str) -> uuid.UUID:
    return created(new_draft(db, p.engagement, [LineDetails("Workshop", price)]))


def _line_of(vault: Vault, invoice_id: uuid.UUID) -> uuid.UUID:
    row = vault.connection.execute(
        "SELECT id FROM invoice_line WHERE invoice_id = ?", (invoice_id.hex,)
    ).fetchone()
    return uuid.UUID(row[0])


def _invoice(vault: Vault, invoice_id: uuid.UUID) -> tuple[object, ...]:
    row = vault.connection.execute(
        "SELECT state, number, net_minor FROM invoice WHERE id = ?", (invoice_id.hex,)
    ).fetchone()
    return tuple(row)


def _numbers(vault: Vault) -> dict[str, list[int]]:
    """Each series' sequences, in order, and the counter: gap-free means 1..counter exactly."""
    found: dict[str, list[int]] = {}
    for series, sequence in vault.connection.execute(
        "SELECT series, sequence FROM invoice WHERE state = 'issued' ORDER BY series, sequence"
    ):
        found.setdefault(str(series), []).append(int(sequence))
    for series, last in vault.connection.execute("SELECT series, last_sequence FROM invoice_series"):
        assert found.get(str(series)) == list(range(1, int(last) + 1)), f"series {series} has a gap"
    return found


def test_an_invoice_issued_in_one_copy_wins_over_the_draft_edited_in_the_other(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, draft = copies
    line = _line_of(mine, draft)
    with theirs.session() as db:
        issue_invoice(db, draft, on=ISSUED)
    with mine.session() as db:  # later, the same draft edited on this computer
        update_line(db, line, LineDetails("Workshop, two days", "250"))
    merged, summary, _other_way = both_ways(mine, theirs, tmp_path)
    assert _invoice(merged, draft) == ("issued", "2026-0002", 10000)
    assert merged.connection.execute(
        "SELECT description, unit_price_minor FROM invoice_line WHERE invoice_id = ?", (draft.hex,)
    ).fetchall() == [("Workshop", 10000)]
    assert any("issued" in note for note in summary.notes)
    assert merged.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (0,)
    assert _numbers(merged) == {"2026-#": [1, 2]}
    assert not merge(merged, theirs).changed_anything and not merge(merged, mine).changed_anything
    merged.close()


def test_an_invoice_issued_in_one_copy_wins_over_the_draft_deleted_in_the_other(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, p, draft = copies
    with theirs.session() as db:
        issue_invoice(db, draft, on=ISSUED)
    with mine.session() as db:
        delete_draft(db, draft)
    merged, first, second = both_ways(mine, theirs, tmp_path)
    assert _invoice(merged, draft) == ("issued", "2026-0002", 10000)
    assert merged.connection.execute(
        "SELECT count(*) FROM invoice_line WHERE invoice_id = ?", (draft.hex,)
    ).fetchone() == (1,)
    assert any("deleted" in note for note in first.notes + second.notes)
    with merged.session() as db:  # numbering goes on after the highest number
        third = _draft(db, p, "60")
        issue_invoice(db, third, on=ISSUED)
    assert _invoice(merged, third)[1] == "2026-0003"
    assert _numbers(merged) == {"2026-#": [1, 2, 3]}
    merged.close()


def test_payments_and_credit_notes_of_both_copies_are_kept(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, _draft_id = copies
    first = uuid.UUID(mine.connection.execute("SELECT id FROM invoice WHERE state = 'issued'").fetchone()[0])
    with mine.session() as db:
        record_payment(db, first, "20.00", on=date(2026, 4, 2), reference="mine")
    with theirs.session() as db:
        record_payment(db, first, "30.00", on=date(2026, 4, 3), reference="theirs")
        credit_invoice(db, first, amount="10", on=date(2026, 4, 4))
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    payments = merged.connection.execute("SELECT reference, amount_minor FROM payment").fetchall()
    assert sorted(payments) == [("mine", 2000), ("theirs", 3000)]
    notes = merged.connection.execute(
        "SELECT number, credited_invoice_id FROM invoice WHERE kind = 'credit_note'"
    ).fetchall()
    assert notes == [("CN-2026-0001", first.hex)]
    assert _numbers(merged) == {"2026-#": [1], "CN-2026-#": [1]}
    merged.close()


def test_paid_in_full_in_both_copies_is_kept_and_said(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, _draft_id = copies
    first = uuid.UUID(mine.connection.execute("SELECT id FROM invoice WHERE state = 'issued'").fetchone()[0])
    for copy in (mine, theirs):  # 80.00 + 19 % VAT, paid on both computers
        with copy.session() as db:
            record_payment(db, first, "95.20", on=date(2026, 4, 2))
    merged, summary, other_way = both_ways(mine, theirs, tmp_path)
    assert merged.connection.execute("SELECT sum(amount_minor) FROM payment").fetchone() == (19040,)
    for said in (summary, other_way):
        assert any(n.startswith("Invoice 2026-0001 is now paid and credited for more") for n in said.notes)
    assert not any("more than its amount" in n for n in merge(merged, theirs).notes)
    merged.close()


def test_counters_take_the_higher_and_go_on_without_a_gap(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, p, draft = copies
    with theirs.session() as db:  # the other computer issued two more; this one none
        issue_invoice(db, draft, on=ISSUED)
        issue_invoice(db, _draft(db, p, "70"), on=ISSUED)
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    assert merged.connection.execute("SELECT last_sequence FROM invoice_series").fetchall() == [(3,)]
    with merged.session() as db:
        fourth = _draft(db, p, "60")
        issue_invoice(db, fourth, on=ISSUED)
    assert _invoice(merged, fourth)[1] == "2026-0004"
    merged.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_invoices_with_one_number_refuse_the_merge_and_nothing_is_written(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, p, _draft_id = copies
    with mine.session() as db:
        issue_invoice(db, _draft(db, p, "40"), on=ISSUED)
        issue_invoice(db, _draft(db, p, "45"), on=ISSUED)
    with theirs.session() as db:
        issue_invoice(db, _draft(db, p, "50"), on=ISSUED)
    mine.save()
    theirs.save()
    before = (_digest(mine.real_path), _digest(theirs.real_path), content(mine), content(theirs))
    for target, source in ((mine, theirs), (theirs, mine)):
        with pytest.raises(ValidationError) as refused:
            merge(target, source)
        assert isinstance(refused.value, DuplicateInvoiceNumbers)
        assert refused.value.numbers == ["2026-0002"] and refused.value.field == "other"
        assert "2026-0002" in refused.value.message and "2026-0003" not in refused.value.message
        assert "Nothing was merged" in refused.value.message and "docs/sync.md" in refused.value.message
    after = (_digest(mine.real_path), _digest(theirs.real_path), content(mine), content(theirs))
    assert after == before


def test_the_same_draft_issued_in_both_copies_is_refused_too(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, draft = copies
    with mine.session() as db:
        issue_invoice(db, draft, on=ISSUED)
    with theirs.session() as db:
        issue_invoice(db, draft, on=date(2026, 4, 1))
    with pytest.raises(ValidationError, match="2026-0002"):
        merge(mine, theirs)


def test_the_first_number_of_a_series_given_in_both_copies_under_two_widths_is_refused(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.session() as db:  # nothing issued yet: each computer may still choose its pattern
        p = practice(db)
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    with mine.session() as db:
        issue_invoice(db, _draft(db, p, "80"), on=ISSUED)  # 2026-0001
    with theirs.session() as db:
        settings = invoicing_settings(db)
        save_invoicing_settings(db, replace(settings, invoice_number_pattern="{year}-{seq:5}"))
        issue_invoice(db, _draft(db, p, "70"), on=ISSUED)  # 2026-00001: the same series, number 1 again
    before = (content(mine), content(theirs))
    for target, source, said in (
        (mine, theirs, "2026-0001 / 2026-00001"),
        (theirs, mine, "2026-00001 / 2026-0001"),
    ):
        with pytest.raises(DuplicateInvoiceNumbers) as refused:
            merge(target, source)
        assert refused.value.numbers == [said] and "Nothing was merged" in refused.value.message
    assert (content(mine), content(theirs)) == before
    mine.close()
    theirs.close()


def test_lines_added_to_or_removed_from_the_draft_in_the_other_copy_do_not_change_the_issued_invoice(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, draft = copies
    line = _line_of(mine, draft)
    with mine.session() as db:
        issue_invoice(db, draft, on=ISSUED)
    with theirs.session() as db:  # the other computer went on editing the draft
        add_line(db, draft, LineDetails("Extra session", "150"))
        remove_line(db, line)
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    lines = merged.connection.execute(
        "SELECT id, description, unit_price_minor FROM invoice_line WHERE invoice_id = ?", (draft.hex,)
    ).fetchall()
    assert lines == [(line.hex, "Workshop", 10000)]
    assert _invoice(merged, draft) == ("issued", "2026-0002", 10000)
    again = merge(merged, theirs)
    assert not again.changed_anything and not any("deleted" in note for note in again.notes)
    merged.close()


def test_the_database_guards_issued_invoices_and_counters_again_after_a_merge(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, draft = copies
    with theirs.session() as db:
        issue_invoice(db, draft, on=ISSUED)
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    for sql in (
        "UPDATE invoice_line SET unit_price_minor = 1",
        "DELETE FROM invoice_line",
        "UPDATE invoice_series SET last_sequence = last_sequence + 2",
        "DELETE FROM invoice_series",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            merged.connection.execute(sql)
    merged.connection.rollback()
    assert not merged.connection.execute(
        "SELECT name FROM sqlite_temp_schema WHERE name LIKE 'merge_issued%'"
    ).fetchall()
    merged.close()


def test_a_draft_edited_in_both_copies_follows_the_field_rules(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, draft = copies
    with theirs.session() as db:
        update_draft(db, draft, DraftDetails(note="Theirs", due_date=date(2026, 5, 1)))
    with mine.session() as db:  # later
        update_draft(db, draft, DraftDetails(note="Mine"))
    merged, summary, _second = both_ways(mine, theirs, tmp_path)
    row = merged.connection.execute("SELECT state, note, due_date FROM invoice WHERE id = ?", (draft.hex,))
    assert tuple(row.fetchone()) == ("draft", "Mine", "2026-05-01")
    conflicts = merged.connection.execute("SELECT field, kept_value, other_value FROM merge_conflict")
    assert conflicts.fetchall() == [("note", "Mine", "Theirs")]
    assert summary.conflicts == 1
    merged.close()


def test_a_field_changed_in_the_draft_and_issued_in_the_other_is_no_conflict_the_issued_one_stays(
    copies: tuple[Vault, Vault, Practice, uuid.UUID], tmp_path: Path
) -> None:
    mine, theirs, _p, draft = copies
    with theirs.session() as db:
        update_draft(db, draft, DraftDetails(note="As sent"))
        issue_invoice(db, draft, on=ISSUED)
    with mine.session() as db:  # later, on the draft
        update_draft(db, draft, DraftDetails(note="Changed my mind"))
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    row = merged.connection.execute("SELECT state, note FROM invoice WHERE id = ?", (draft.hex,)).fetchone()
    assert tuple(row) == ("issued", "As sent")
    assert merged.connection.execute("SELECT count(*) FROM merge_conflict").fetchone() == (0,)
    merged.close()


def test_refunds_of_both_copies_are_kept_and_refunding_twice_is_said(vault: Vault, tmp_path: Path) -> None:
    from coachdesk.services.invoice_list import list_invoices
    from coachdesk.services.invoice_refunds import record_refund

    with vault.session() as db:
        p = practice(db)
        invoice = _draft(db, p, "80")  # 95.20 with 19 % VAT
        issue_invoice(db, invoice, on=ISSUED)
        record_payment(db, invoice, "95.20", on=ISSUED)
        note = created(credit_invoice(db, invoice, amount="40", on=ISSUED))  # 47.60 to pay back
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    with mine.session() as db:
        record_refund(db, note, "20.00", on=date(2026, 4, 2), reference="mine")
    with theirs.session() as db:
        record_refund(db, note, "27.60", on=date(2026, 4, 3), reference="theirs")
    merged, summary, other_way = both_ways(mine, theirs, tmp_path)
    refunds = merged.connection.execute("SELECT reference, amount_minor FROM refund").fetchall()
    assert sorted(refunds) == [("mine", 2000), ("theirs", 2760)]
    assert not any("refund" in n for n in (*summary.notes, *other_way.notes))
    with merged.session() as db:
        assert {r.id: r.status.value for r in list_invoices(db)}[invoice] == "paid"

    with mine.session() as db:  # the rest refunded on this computer too: paid back twice
        record_refund(db, note, "27.60", on=date(2026, 4, 4), reference="again")
    said = merge(merged, mine).notes
    assert any(n.startswith("Invoice 2026-0001 now has refunds beyond") for n in said)
    assert merged.connection.execute("SELECT count(*) FROM refund").fetchone() == (3,)
    assert not any("refunds beyond" in n for n in merge(merged, theirs).notes)  # said once, not again
    merged.close()
    mine.close()
    theirs.close()
