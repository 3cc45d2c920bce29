"""What the draft editor reads and saves: a draft's lines, suggested lines, and one save checked first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import Session

from coachdesk.domain import LineSource
from coachdesk.services.invoice_screen import (
    EditedLine,
    LineRefused,
    billable_engagements,
    draft_on_screen,
    save_draft,
    suggested_lines,
)
from coachdesk.services.invoices import DraftDetails, LineDetails, draft_from_engagement
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import created, practice


def test_suggested_lines_leave_out_what_is_billed(db: Session) -> None:
    billed = practice(db, sessions=3)
    assert [e.title for e in billable_engagements(db)] == ["Leadership coaching"]
    sessions = suggested_lines(db, billed.engagement, LineSource.SESSION)
    assert [line.session_ids for line in sessions] == [(s,) for s in billed.sessions]
    assert all(str(line.unit_price) == "150" for line in sessions)
    draft_from_engagement(db, billed.engagement)
    assert suggested_lines(db, billed.engagement, LineSource.SESSION) == []
    [fee] = suggested_lines(db, billed.engagement, LineSource.FIXED_FEE)
    assert (fee.description, fee.source) == ("Leadership coaching", LineSource.FIXED_FEE)


def test_saving_a_draft_replaces_its_lines(db: Session) -> None:
    billed = practice(db, sessions=3)
    invoice = created(draft_from_engagement(db, billed.engagement))
    first, second, _third = draft_on_screen(db, invoice).lines
    lines = [
        replace(first, details=replace(first.details, quantity="2")),
        second,
        EditedLine(LineDetails("Workbook", "25.50", source=LineSource.FREE)),
    ]
    save_draft(db, invoice, billed.engagement, DraftDetails(note="Thank you"), lines)
    shown = draft_on_screen(db, invoice)
    assert [(line.details.description, str(line.details.quantity)) for line in shown.lines] == [
        (first.details.description, "2"),
        (second.details.description, "1"),
        ("Workbook", "1"),
    ]
    assert shown.note == "Thank you"
    assert shown.lines[0].details.session_ids == first.details.session_ids


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("unit_price", "0", "The unit price must be more than zero."),
        ("unit_price", "-5", "The unit price must be more than zero."),
        ("quantity", "0", "The quantity must be more than zero."),
        ("vat_rate", "120", "The VAT rate must be a percentage from 0 to 100."),
        ("description", " ", "description"),
    ],
)
def test_a_bad_line_is_refused_by_its_place_and_nothing_is_written(
    db: Session, field: str, value: str, message: str
) -> None:
    billed = practice(db, sessions=2)
    invoice = created(draft_from_engagement(db, billed.engagement))
    good, bad = draft_on_screen(db, invoice).lines
    lines = [
        EditedLine(LineDetails("New line", "10")),  # would be added first, were nothing checked before
        replace(good, details=replace(good.details, quantity="3")),
        replace(bad, details=replace(bad.details, **{field: value})),
    ]
    before = table_snapshot(db)
    with pytest.raises(LineRefused) as refused:
        save_draft(db, invoice, billed.engagement, DraftDetails(note="changed"), lines)
    assert (refused.value.line, refused.value.field) == (2, field)
    assert message in refused.value.message.lower() or message == refused.value.message
    assert table_snapshot(db) == before
