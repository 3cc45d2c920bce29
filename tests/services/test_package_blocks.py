"""A package invoiced in blocks: parts adding up to the fee, billed once all are, a credit frees a part."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from coachdesk.domain import FeeBasis, Invoice, InvoiceLine
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoices import DraftDetails, NothingToBill, draft_from_engagement
from coachdesk.services.package_blocks import (
    block_amounts,
    draft_package_block,
    package_blocks,
    package_fully_billed,
)
from tests.services.invoice_practice import Practice, practice


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=24))
def test_blocks_add_up_to_the_total_exactly_and_are_equal_but_the_last(total: int, blocks: int) -> None:
    parts = block_amounts(total, blocks)
    assert len(parts) == blocks and sum(parts) == total
    assert len(set(parts[:-1])) <= 1 and 0 <= parts[-1] - parts[0] < blocks


def _package(db: Session, fee: str = "1000.00") -> Practice:
    return practice(db, fee=fee, fee_basis=FeeBasis.PER_ENGAGEMENT)


def _lines(db: Session, invoice_id: uuid.UUID | None) -> list[InvoiceLine]:
    return list(db.exec(select(InvoiceLine).where(col(InvoiceLine.invoice_id) == invoice_id)))


@pytest.mark.parametrize(("fee", "blocks"), [("1000.00", 3), ("999.99", 4), ("0.05", 2), ("1234.57", 7)])
def test_the_drafts_of_every_block_add_up_to_the_fee(db: Session, fee: str, blocks: int) -> None:
    engagement = _package(db, fee).engagement
    nets, descriptions = [], []
    for _ in range(blocks):
        [line] = _lines(db, draft_package_block(db, engagement, blocks).created)
        nets.append(line.net_minor)
        descriptions.append(line.description)
    assert sum(nets) == int(Decimal(fee) * 100)
    assert descriptions == [
        f"Coaching package: 8 sessions, part {k} of {blocks}" for k in range(1, blocks + 1)
    ]


def test_the_package_is_billed_after_the_last_block_only(db: Session) -> None:
    engagement = _package(db).engagement
    draft_package_block(db, engagement, 2)
    assert not package_fully_billed(db, engagement)
    with pytest.raises(NothingToBill):  # the whole package cannot be billed beside a block
        draft_from_engagement(db, engagement)
    with pytest.raises(ValidationError, match="being billed in 2 blocks") as refused:
        draft_package_block(db, engagement, 3)
    assert refused.value.field == "blocks"
    draft_package_block(db, engagement, 2)
    assert package_fully_billed(db, engagement)
    before = len(list(db.exec(select(Invoice))))
    with pytest.raises(NothingToBill, match="Every block"):
        draft_package_block(db, engagement, 2)
    assert len(list(db.exec(select(Invoice)))) == before  # nothing written


def test_a_block_credited_in_full_can_be_billed_again(db: Session) -> None:
    engagement = _package(db).engagement
    first = draft_package_block(db, engagement, 2).created
    assert first is not None
    issue_invoice(db, first)
    draft_package_block(db, engagement, 2)
    assert package_fully_billed(db, engagement)
    credit_invoice(db, first)
    state = package_blocks(db, engagement)
    assert not state.fully_billed and state.next_part() == 1
    [line] = _lines(db, draft_package_block(db, engagement, 2).created)
    assert line.description.endswith("part 1 of 2") and line.net_minor == 50000
    assert package_fully_billed(db, engagement)


def test_a_package_on_an_invoice_whole_is_not_billed_in_blocks(db: Session) -> None:
    engagement = _package(db).engagement
    draft_from_engagement(db, engagement)
    assert package_fully_billed(db, engagement)
    with pytest.raises(NothingToBill, match="whole"):
        draft_package_block(db, engagement, 2)


@pytest.mark.parametrize("blocks", [1, 0, 25])
def test_a_block_count_out_of_range_is_refused(db: Session, blocks: int) -> None:
    engagement = _package(db).engagement
    with pytest.raises(ValidationError) as refused:
        draft_package_block(db, engagement, blocks)
    assert refused.value.field == "blocks"
    assert list(db.exec(select(Invoice))) == []


def test_sessions_billed_one_by_one_are_not_split_in_blocks(db: Session) -> None:
    engagement = practice(db).engagement  # a fee per session
    with pytest.raises(ValidationError, match="Only a package") as refused:
        draft_package_block(db, engagement, 2)
    assert refused.value.field == "blocks"


def test_a_block_stays_a_block_when_its_wording_is_edited_in_the_draft(db: Session) -> None:
    from dataclasses import replace

    from coachdesk.services.invoice_screen import draft_on_screen, save_draft

    engagement = _package(db).engagement
    draft = draft_package_block(db, engagement, 3).created
    assert draft is not None
    screen = draft_on_screen(db, draft)
    [edited] = screen.lines
    reworded = replace(edited, details=replace(edited.details, description="Coaching, first third"))
    terms = DraftDetails(payer=screen.payer, tax_treatment=screen.tax_treatment, note=screen.note)
    save_draft(db, draft, engagement, terms, [reworded])
    [line] = _lines(db, draft)
    assert line.description == "Coaching, first third"
    state = package_blocks(db, engagement)
    assert state.blocks == 3 and state.billed == frozenset({1}) and not state.whole
