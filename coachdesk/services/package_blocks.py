"""A package invoiced in blocks: the fee per engagement split in N equal parts, each a draft made when the
coach asks ("Coaching package: 8 sessions, part 1 of 2"), the last part taking the rounding remainder.

Each block's line records which part it is (``package_part`` of ``package_parts``), so editing its
wording changes nothing; the block count is the coach's choice for the first block and read from the
lines already billed after that. A part counts as billed while it is on a draft or on an invoice not
credited in full (as sessions do); a part credited in full can be billed again. The package is billed
once every part is (or once it is on an invoice whole).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, col, select

from coachdesk.domain import (
    Engagement,
    FeeBasis,
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    LineSource,
    TaxTreatment,
)
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.changes import Changes
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_billing import credited_minor
from coachdesk.services.invoice_line_words import engagement_words, package_text
from coachdesk.services.invoices import DraftDetails, LineDetails, NothingToBill, _net_price, new_draft
from coachdesk.services.profile import get_profile
from coachdesk.services.work import fetch

MAX_BLOCKS = 24


def block_amounts(total_minor: int, blocks: int) -> list[int]:
    """``total_minor`` in ``blocks`` equal parts (minor units), the last taking the remainder: they add up
    to the total exactly. 100000 in 3 → [33333, 33333, 33334]."""
    if blocks < 1:
        raise ValidationError("blocks", phrase("services", "Bill the package in at least one block."))
    part = total_minor // blocks
    return [part] * (blocks - 1) + [total_minor - part * (blocks - 1)]


def block_description(db: Session, engagement: Engagement, part: int, blocks: int) -> str:
    """ "Coaching package: 8 sessions, part 1 of 2", in the client's document language."""
    return package_text(engagement.session_count, engagement_words(db, engagement), part, blocks)


@dataclass(frozen=True)
class PackageBlocks:
    """How an engagement's package stands: billed whole, or in ``blocks`` parts of which ``billed`` are."""

    per_engagement: bool  # the fee is per engagement: there is a package to bill
    whole: bool  # on a draft or an invoice whole (not credited in full)
    blocks: int | None  # the block count in use (None: no part billed yet)
    billed: frozenset[int]  # the parts billed (1-based)

    @property
    def fully_billed(self) -> bool:
        return self.whole or (self.blocks is not None and len(self.billed) >= self.blocks)

    def next_part(self) -> int | None:
        """The first part not billed, None when every part is (or no block count is in use)."""
        if self.blocks is None:
            return None
        return next((p for p in range(1, self.blocks + 1) if p not in self.billed), None)


def package_blocks(db: Session, engagement_id: uuid.UUID) -> PackageBlocks:
    """The engagement's package as billed so far, read from its package lines."""
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    query = (
        select(Invoice.id, Invoice.state, Invoice.gross_minor, InvoiceLine)
        .join(InvoiceLine, col(InvoiceLine.invoice_id) == Invoice.id)
        .where(
            col(Invoice.engagement_id) == engagement.id,
            col(Invoice.kind) == InvoiceKind.INVOICE,
            col(InvoiceLine.source) == LineSource.PACKAGE,
        )
    )
    rows = db.exec(query).all()
    credited = credited_minor(db) if rows else {}
    whole, blocks, billed = False, None, set()
    for invoice_id, state, gross, line in rows:
        part, parts = line.package_part, line.package_parts
        if state is not InvoiceState.DRAFT and credited.get(invoice_id, 0) >= gross:
            continue  # credited in full: free to bill again
        if part is None or parts is None:
            whole = True
            continue
        blocks = parts
        billed.add(part)
    per_engagement = engagement.fee_basis is FeeBasis.PER_ENGAGEMENT
    return PackageBlocks(per_engagement, whole, blocks, frozenset(billed))


def package_fully_billed(db: Session, engagement_id: uuid.UUID) -> bool:
    """Whether the package is on invoices not credited in full: whole, or every one of its parts."""
    return package_blocks(db, engagement_id).fully_billed


def draft_package_block(db: Session, engagement_id: uuid.UUID, blocks: int) -> Changes:
    """A draft billing the next part of the engagement's package split in ``blocks`` equal parts.

    Refused (nothing written) when the fee is not per engagement, when the package is on an invoice
    whole, when another block count is in use, or when every part is billed (NothingToBill).
    """
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="engagement")
    count = v.integer("blocks", blocks, minimum=2, maximum=MAX_BLOCKS, label="number of blocks")
    if engagement.fee_basis is not FeeBasis.PER_ENGAGEMENT or engagement.fee_minor <= 0:
        raise ValidationError(
            "blocks",
            phrase(
                "services",
                "Only a package (a fee per engagement) is billed in blocks; bill sessions one by one.",
            ),
        )
    state = package_blocks(db, engagement.id)
    if state.whole:
        raise NothingToBill(
            "engagement_id", phrase("services", "This engagement's package is already on an invoice whole.")
        )
    if state.blocks is not None and state.blocks != count:
        raise ValidationError(
            "blocks",
            phrase(
                "services", "This package is being billed in {blocks} blocks; make the next of {blocks}."
            ).format(blocks=state.blocks),
        )
    part = state.next_part() if state.blocks is not None else 1
    if part is None:
        raise NothingToBill(
            "engagement_id",
            phrase(
                "services", "Every block of this package ({count} of {count}) is already on an invoice."
            ).format(count=count),
        )
    profile = get_profile(db)
    treatment = profile.tax_treatment if profile else TaxTreatment.SMALL_BUSINESS
    rate = profile.default_vat_rate if profile and treatment is TaxTreatment.CHARGED else Decimal(0)
    total_minor = int(_net_price(engagement, rate) * 100)
    if total_minor < count:
        raise ValidationError(
            "blocks", phrase("services", "The fee is too small to split into that many blocks.")
        )
    amount = block_amounts(total_minor, count)[part - 1]
    line = LineDetails(
        block_description(db, engagement, part, count),
        Decimal(amount) / 100,
        source=LineSource.PACKAGE,
        package_part=(part, count),
    )
    return new_draft(db, engagement.id, [line], DraftDetails(payer=engagement.payer))
