"""The clauses left out of an agreement are a set of clause names: a bare word or a number is refused
with that message, not read letter by letter or failing on the way."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import Session

from coachdesk.services.engagements import EngagementDetails, create_engagement
from tests.services.checks import refused


@pytest.mark.parametrize("clauses_off", ["technology", frozenset({1}), [None]])
def test_clauses_off_must_be_a_set_of_names(db: Session, client_id: uuid.UUID, clauses_off: object) -> None:
    details = EngagementDetails(client_id=client_id, title="Leadership 2026", clauses_off=clauses_off)  # type: ignore[arg-type]
    refused(
        lambda: create_engagement(db, details),
        db,
        "clauses_off",
        "The clauses left out must be a set of clause names.",
    )
