"""Invoice numbers: given only at issue, gap-free and increasing per series, never reused."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from coachdesk.domain import Invoice, InvoiceKind, TaxTreatment
from coachdesk.services import invoice_issue
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_numbers import check_pattern, number_for, series_of
from coachdesk.services.invoice_settings import InvoicingSettings, invoicing_settings, save_invoicing_settings
from coachdesk.services.invoices import LineDetails, delete_draft, new_draft
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import Practice, created, practice

ISSUED = date(2026, 3, 31)


def _draft(db: Session, p: Practice, price: str = "100") -> Invoice:
    invoice_id = created(new_draft(db, p.engagement, [LineDetails("Workshop", price)]))
    found = db.get(Invoice, invoice_id)
    assert found is not None
    return found


def _issue(db: Session, p: Practice, on: date = ISSUED) -> str:
    invoice = _draft(db, p)
    issue_invoice(db, invoice.id, on=on)
    db.refresh(invoice)
    assert invoice.number is not None
    return invoice.number


@pytest.mark.parametrize(
    ("pattern", "day", "sequence", "number"),
    [
        ("{year}-{seq:4}", date(2026, 1, 5), 1, "2026-0001"),
        ("{year}-{seq:4}", date(2026, 1, 5), 12345, "2026-12345"),
        ("INV-{yy}/{seq:3}", date(2027, 6, 1), 7, "INV-27/007"),
        ("R{seq}", date(2026, 1, 1), 42, "R42"),
        ("R{seq}", date(2026, 1, 1), 7, "R7"),
        ("{year}-{computer}{seq:4}", date(2026, 1, 1), 3, "2026-0003"),  # no tag given: no tag printed
    ],
)
def test_a_pattern_makes_the_number(pattern: str, day: date, sequence: int, number: str) -> None:
    assert number_for(pattern, day, sequence) == number


def test_a_series_is_named_by_its_pattern_with_the_running_number_left_out() -> None:
    assert series_of("{year}-{seq:4}", date(2026, 5, 1)) == "2026-#"
    assert series_of("CN-{yy}/{seq}", date(2026, 5, 1)) == "CN-26/#"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("  {year}-{seq:4}  ", "{year}-{seq:4}"),
        ("{seq:1}", "{seq:1}"),
        ("{seq:9}", "{seq:9}"),
        ("INV-" + "X" * 29 + "{seq:4}", "INV-" + "X" * 29 + "{seq:4}"),  # 40 characters: the longest
    ],
)
def test_a_good_pattern_is_kept_trimmed(given: str, kept: str) -> None:
    assert check_pattern("invoice_number_pattern", given) == kept


def test_each_year_is_its_own_series_unless_the_pattern_has_no_year() -> None:
    assert series_of("{year}-{seq:4}", date(2026, 12, 31)) != series_of("{year}-{seq:4}", date(2027, 1, 1))
    assert series_of("R{seq}", date(2026, 12, 31)) == series_of("R{seq}", date(2027, 1, 1))


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("", "required"),
        ("INV-" + "X" * 30 + "{seq:4}", "too long"),
        ("{seq:0}", "only {seq} takes a width, from 1 to 9"),
        ("{year}", "exactly one {seq}"),
        ("{seq}-{seq}", "exactly one {seq}"),
        ("{month}-{seq}", "unknown part {month}"),
        ("{year:2}-{seq}", "only {seq} takes a width"),
        ("A#{seq}", "letters, digits"),
        ("Ä{seq}", "letters, digits"),
    ],
)
def test_a_bad_pattern_is_refused_with_what_is_wrong(pattern: str, says: str) -> None:
    with pytest.raises(ValidationError, match="pattern") as refused:
        check_pattern("invoice_number_pattern", pattern)
    assert says in refused.value.message


def test_numbers_run_on_without_a_gap_through_deleted_drafts_and_credit_notes(db: Session) -> None:
    p = practice(db, sessions=0)
    first = _issue(db, p)
    thrown_away = _draft(db, p)
    delete_draft(db, thrown_away.id)
    second = _issue(db, p)
    credit = db.get(Invoice, created(credit_invoice(db, _find(db, first).id, on=ISSUED)))
    third = _issue(db, p)
    assert (first, second, third) == ("2026-0001", "2026-0002", "2026-0003")
    assert credit is not None and credit.number == "CN-2026-0001"  # credit notes have their own series
    assert credit.kind is InvoiceKind.CREDIT_NOTE


def _find(db: Session, number: str) -> Invoice:
    found = db.exec(sa.select(Invoice).where(Invoice.number == number)).scalar_one()  # type: ignore[call-overload]
    assert isinstance(found, Invoice)
    return found


def test_a_failed_issue_takes_no_number(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    p = practice(db, sessions=0)
    invoice = _draft(db, p)

    def broken_audit(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(invoice_issue, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        issue_invoice(db, invoice.id, on=ISSUED)
    monkeypatch.undo()
    db.refresh(invoice)
    assert invoice.number is None
    assert _issue(db, p) == "2026-0001"
    issue_invoice(db, invoice.id, on=ISSUED)
    db.refresh(invoice)
    assert invoice.number == "2026-0002"


def test_a_refused_issue_takes_no_number(db: Session) -> None:
    p = practice(db, sessions=0, treatment=TaxTreatment.REVERSE_CHARGE)  # the client has no VAT number
    invoice = _draft(db, p)
    before = table_snapshot(db)
    with pytest.raises(ValidationError):
        issue_invoice(db, invoice.id, on=ISSUED)
    assert table_snapshot(db) == before


def test_a_new_year_starts_at_one_and_dates_never_run_backwards(db: Session) -> None:
    p = practice(db, sessions=0)
    assert _issue(db, p, date(2026, 12, 30)) == "2026-0001"
    assert _issue(db, p, date(2027, 1, 2)) == "2027-0001"
    late = _draft(db, p)
    with pytest.raises(ValidationError, match="cannot be before 2027-01-02") as refused:
        issue_invoice(db, late.id, on=date(2027, 1, 1))
    assert refused.value.field == "issue_date"
    assert _issue(db, p, date(2027, 1, 2)) == "2027-0002"


def test_the_pattern_can_change_until_the_first_invoice_is_issued(db: Session) -> None:
    p = practice(db, sessions=0)
    settings = invoicing_settings(db)
    save_invoicing_settings(
        db, InvoicingSettings(**{**settings.__dict__, "invoice_number_pattern": "R-{seq:3}"})
    )
    assert _issue(db, p) == "R-001"
    with pytest.raises(ValidationError, match="cannot change once an invoice has been issued") as refused:
        save_invoicing_settings(
            db, InvoicingSettings(**{**settings.__dict__, "invoice_number_pattern": "{seq}"})
        )
    assert refused.value.field == "invoice_number_pattern"
    assert invoicing_settings(db).invoice_number_pattern == "R-{seq:3}"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE invoice_series SET last_sequence = last_sequence - 1",
        "UPDATE invoice_series SET last_sequence = last_sequence + 2",
        "UPDATE invoice_series SET series = '2030-#'",
        "DELETE FROM invoice_series",
        "INSERT INTO invoice_series (series, last_sequence) VALUES ('2031-#', 5)",
    ],
)
def test_the_database_refuses_to_skip_reuse_or_forget_a_number(db: Session, statement: str) -> None:
    p = practice(db, sessions=0)
    _issue(db, p)
    with pytest.raises(sa.exc.IntegrityError, match=r"number|series"):
        db.connection().exec_driver_sql(statement)
    db.rollback()


def test_two_invoices_can_never_share_a_number(db: Session) -> None:
    p = practice(db, sessions=0)
    _issue(db, p)
    other = _draft(db, p)
    with pytest.raises(sa.exc.IntegrityError):
        db.connection().execute(
            sa.text("UPDATE invoice SET number = '2026-0001' WHERE id = :id"), {"id": other.id.hex}
        )
    db.rollback()


def test_there_is_no_number_zero() -> None:
    with pytest.raises(ValueError, match="start at 1"):
        number_for("{seq}", date(2026, 1, 1), 0)


def test_a_new_series_is_in_the_audit(db: Session) -> None:
    from sqlmodel import select

    from coachdesk.domain import AuditAction, AuditEntry, InvoiceSeries

    p = practice(db, sessions=0)
    _issue(db, p)
    _issue(db, p)
    [series] = db.exec(select(InvoiceSeries)).all()
    entries = db.exec(select(AuditEntry).where(AuditEntry.entity_id == series.id)).all()
    assert [(e.entity, e.action) for e in entries] == [("invoice_series", AuditAction.CREATED)]
