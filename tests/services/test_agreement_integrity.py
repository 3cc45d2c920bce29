"""Agreements a professional signs: conflict wording for the document, undecided conflicts block
sending and signing, and a signed agreement is frozen as signed with its written amendments."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from coachdesk.domain import AgreementAmendment, Conflict, Engagement, SignedAgreement
from coachdesk.services.agreement_pdf import agreement_data, agreement_pdf
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import (
    ConflictDetails,
    ConflictUndecided,
    create_conflict,
    decide_conflict,
    update_conflict,
)
from coachdesk.services.engagements import (
    EngagementDetails,
    create_engagement,
    set_engagement_status,
    update_engagement,
)
from coachdesk.services.errors import ValidationError
from coachdesk.services.signed_agreements import (
    add_amendment,
    amendments,
    delete_amendment,
    update_amendment,
)
from tests.documents.test_agreement import flat
from tests.services.conftest import table_snapshot

MARCH_1 = date(2026, 3, 1)


def _created(changes: object) -> uuid.UUID:
    created = changes.created
    assert isinstance(created, uuid.UUID)
    return created


def _client(db: Session, name: str) -> uuid.UUID:
    return _created(create_client(db, ClientDetails(name=name)))


def _engagement(db: Session, client_id: uuid.UUID, **terms: object) -> uuid.UUID:
    details = EngagementDetails(client_id=client_id, title="Leading the new team", session_count=6, **terms)  # type: ignore[arg-type]
    return _created(create_engagement(db, details))


def _declare(db: Session, client_id: uuid.UUID, **fields: object) -> uuid.UUID:
    values: dict[str, object] = {
        "kind": "same_organisation",
        "description": "Björn reports to Zoë, who is also a client.",
        "client_id": client_id,
    }
    values.update(fields)
    return _created(create_conflict(db, ConflictDetails(**values)))  # type: ignore[arg-type]


# --- 1. the wording for the document -------------------------------------------------------------


def test_wording_naming_another_client_is_refused_and_nothing_is_written(db: Session) -> None:
    bjorn, zoe = _client(db, "Björn Åkesson"), _client(db, "Zoë Ørsted")
    before = table_snapshot(db)
    for wording in ("The client reports to Zoë Ørsted.", "The client's manager, Zoe, is coached too."):
        with pytest.raises(ValidationError, match="names Zoë Ørsted") as refused:
            _declare(db, bjorn, document_wording=wording, other_client_id=zoe)
        assert refused.value.field == "document_wording"
    # Naming the conflict's own client would disclose them in the other client's agreement.
    with pytest.raises(ValidationError, match="names Björn Åkesson"):
        _declare(db, bjorn, document_wording="Björn's manager is coached too.", other_client_id=zoe)
    assert table_snapshot(db) == before


def test_a_client_may_be_named_once_their_consent_is_recorded(db: Session) -> None:
    bjorn, zoe = _client(db, "Björn Åkesson"), _client(db, "Zoë Ørsted")
    conflict = _declare(
        db, bjorn, document_wording="The coach also coaches Zoë Ørsted.", other_client_id=zoe,
        other_client_consented_on=MARCH_1,
    )  # fmt: skip
    assert db.get(Conflict, conflict).other_client_consented_on == MARCH_1  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="needs the other client") as refused:
        _declare(db, bjorn, document_wording="Neutral.", other_client_consented_on=MARCH_1)
    assert refused.value.field == "other_client_consented_on"
    with pytest.raises(ValidationError, match="someone else"):
        _declare(db, bjorn, other_client_id=bjorn)


def test_the_agreement_prints_the_wording_for_every_client_it_concerns_never_the_description(
    db: Session,
) -> None:
    bjorn, zoe = _client(db, "Björn Åkesson"), _client(db, "Zoë Ørsted")
    bjorn_agreement, zoe_agreement = _engagement(db, bjorn), _engagement(db, zoe)
    _declare(
        db, bjorn, engagement_id=bjorn_agreement, other_client_id=zoe,
        document_wording="The coach also coaches another person at the same organisation.",
    )  # fmt: skip
    for engagement in (bjorn_agreement, zoe_agreement):
        text = flat(agreement_pdf(db, engagement, MARCH_1))
        assert "The coach also coaches another person at the same organisation." in text
        assert "reports to" not in text


def test_wording_that_later_names_a_client_prints_a_neutral_sentence(db: Session) -> None:
    """The renderer-side guard: a client added after the wording was written is still protected."""
    bjorn = _client(db, "Björn Åkesson")
    agreement = _engagement(db, bjorn)
    _declare(db, bjorn, engagement_id=agreement, document_wording="The coach also coaches Ingrid Berg.")
    _client(db, "Ingrid Berg")
    text = flat(agreement_pdf(db, agreement, MARCH_1))
    assert "Ingrid Berg" not in text
    assert "The coach also coaches another person at the same organisation." in text


def test_without_wording_for_the_document_a_neutral_sentence_prints(db: Session) -> None:
    bjorn = _client(db, "Björn Åkesson")
    agreement = _engagement(db, bjorn)
    _declare(db, bjorn, engagement_id=agreement, kind="referral_fee", description="Priya pays €50 a client.")
    text = flat(agreement_pdf(db, agreement, MARCH_1))
    assert "offers the coach a referral fee" in text and "Priya" not in text


def test_updating_a_conflict_checks_the_wording_again(db: Session) -> None:
    bjorn, zoe = _client(db, "Björn Åkesson"), _client(db, "Zoë Ørsted")
    conflict = _declare(db, bjorn, other_client_id=zoe)
    details = ConflictDetails(
        "same_organisation", "Internal.", client_id=bjorn, other_client_id=zoe,
        document_wording="Zoë is coached too.",
    )  # fmt: skip
    with pytest.raises(ValidationError, match="names Zoë Ørsted"):
        update_conflict(db, conflict, details)


# --- 2. undecided conflicts block sending and signing ---------------------------------------------


@pytest.mark.parametrize("concerns", ["engagement", "client", "other client"])
def test_an_undecided_conflict_blocks_sending_naming_the_conflict(db: Session, concerns: str) -> None:
    bjorn, zoe = _client(db, "Björn Åkesson"), _client(db, "Zoë Ørsted")
    agreement = _engagement(db, zoe)
    where: dict[str, object] = {
        "engagement": {"client_id": zoe, "engagement_id": agreement},
        "client": {"client_id": zoe},
        "other client": {"client_id": bjorn, "other_client_id": zoe},
    }[concerns]  # type: ignore[assignment]
    conflict = _declare(db, **where)  # type: ignore[arg-type]
    with pytest.raises(
        ConflictUndecided, match=r"cannot be sent.*Another client at the same organisation"
    ) as refused:
        set_engagement_status(db, agreement, "sent", MARCH_1)
    assert refused.value.conflict_id == conflict and refused.value.field == "status"
    assert "Björn" not in str(refused.value) and "Zoë" not in str(refused.value)
    # A draft still prints, marked DRAFT, with the conflict "to be decided".
    text = flat(agreement_pdf(db, agreement, MARCH_1))
    assert "DRAFT" in text and "To be decided" in text
    decide_conflict(db, conflict, "proceed_with_safeguards", "Kept separate.", MARCH_1)
    set_engagement_status(db, agreement, "sent", MARCH_1)


def test_a_conflict_declared_after_sending_blocks_signing_and_activating(db: Session) -> None:
    zoe = _client(db, "Zoë Ørsted")
    agreement = _engagement(db, zoe)
    set_engagement_status(db, agreement, "sent", MARCH_1)
    conflict = _declare(db, zoe, engagement_id=agreement)
    with pytest.raises(ConflictUndecided, match="cannot be signed"):
        set_engagement_status(db, agreement, "signed", MARCH_1)
    decide_conflict(db, conflict, "proceed_with_safeguards", "Kept separate.", MARCH_1)
    set_engagement_status(db, agreement, "signed", MARCH_1)
    late = _declare(db, zoe, engagement_id=agreement, kind="financial_benefit")
    with pytest.raises(ConflictUndecided, match="cannot be made active") as refused:
        set_engagement_status(db, agreement, "active", MARCH_1)
    assert refused.value.conflict_id == late
    set_engagement_status(db, agreement, "terminated", MARCH_1)  # ending is never blocked


# --- 4. a signed agreement is frozen as signed -------------------------------------------------------


def _signed(db: Session) -> uuid.UUID:
    zoe = _client(db, "Zoë Ørsted")
    agreement = _engagement(db, zoe, fee="150")
    set_engagement_status(db, agreement, "sent", MARCH_1)
    set_engagement_status(db, agreement, "signed", MARCH_1 + timedelta(days=2))
    return agreement


def test_signing_keeps_a_copy_and_a_reprint_is_faithful(db: Session) -> None:
    agreement = _signed(db)
    frozen = db.exec(select(SignedAgreement)).one()
    assert frozen.engagement_id == agreement
    assert frozen.signed_on == date(2026, 3, 3) and frozen.document_id.endswith("-20260303")
    assert "## Conflicts of interest" in frozen.template_text and len(frozen.template_version) == 16
    set_engagement_status(db, agreement, "active", date(2026, 3, 4))
    # The terms change after signing; the reprint still shows them as signed.
    client_id = _client_of(db, agreement)
    changed_terms = EngagementDetails(client_id, "Something else", session_count=9, fee="300")
    update_engagement(db, agreement, changed_terms)
    text = flat(agreement_pdf(db, agreement, date(2026, 9, 1)))
    assert "Agreed and signed on 3 March 2026; copy printed on 1 September 2026." in text
    assert frozen.document_id in text and "-20260901" not in text
    assert "Leading the new team" in text and "Something else" not in text
    assert "€150.00" in text and "€300.00" not in text and "6 sessions" in text
    assert "No amendments have been agreed in writing since signing." in text
    assert "DRAFT" not in text


def _client_of(db: Session, engagement_id: uuid.UUID) -> uuid.UUID:
    row = db.get(Engagement, engagement_id)
    assert row is not None
    return row.client_id


def test_amendments_are_listed_on_the_reprint_and_checked(db: Session) -> None:
    agreement = _signed(db)
    first = _created(add_amendment(db, agreement, date(2026, 5, 2), "Two more sessions, eight in all"))
    add_amendment(db, agreement, date(2026, 4, 1), "Sessions by phone when travelling.")
    assert [a.agreed_on for a in amendments(db, agreement)] == [date(2026, 4, 1), date(2026, 5, 2)]
    text = flat(agreement_pdf(db, agreement, date(2026, 6, 1)))
    assert "The parties have agreed these amendments in writing:" in text
    assert text.index("1 April 2026. Sessions by phone") < text.index(
        "2 May 2026. Two more sessions, eight in all."
    )
    update_amendment(db, first, date(2026, 5, 3), "Two more sessions (eight in all).")
    assert "3 May 2026. Two more sessions (eight in all)." in flat(
        agreement_pdf(db, agreement, date(2026, 6, 1))
    )
    before = table_snapshot(db)
    with pytest.raises(ValidationError, match="after signing") as refused:
        add_amendment(db, agreement, MARCH_1, "Backdated.")
    assert refused.value.field == "agreed_on"
    with pytest.raises(ValidationError) as refused:
        add_amendment(db, agreement, date(2026, 6, 1), "   ")
    assert refused.value.field == "what_changed"
    assert table_snapshot(db) == before
    delete_amendment(db, first)
    assert len(db.exec(select(AgreementAmendment)).all()) == 1


def test_an_unsigned_agreement_has_no_amendments(db: Session) -> None:
    agreement = _engagement(db, _client(db, "Zoë Ørsted"))
    with pytest.raises(ValidationError, match="Only a signed agreement"):
        add_amendment(db, agreement, MARCH_1, "Anything.")


def test_a_conflict_declared_after_signing_is_listed_apart_on_the_reprint(db: Session) -> None:
    agreement = _signed(db)
    bjorn = _client(db, "Björn Åkesson")
    conflict = _declare(
        db, bjorn, other_client_id=_client_of(db, agreement),
        document_wording="The coach also coaches a colleague.",
    )  # fmt: skip
    decide_conflict(db, conflict, "proceed_with_safeguards", "Kept separate.", date(2026, 4, 1))
    text = flat(agreement_pdf(db, agreement, date(2026, 6, 1)))
    conflicts_section = text[text.index("Conflicts of interest") : text.index("Qualifications and code")]
    assert "None declared." in conflicts_section  # the agreement as signed
    since = text[text.index("Since signing") :]
    assert "Conflicts of interest declared since signing:" in since
    assert "The coach also coaches a colleague." in since and "Björn" not in text


@pytest.mark.parametrize("ending", ["completed", "terminated"])
def test_ended_agreements_reprint_from_the_signed_copy(db: Session, ending: str) -> None:
    agreement = _signed(db)
    set_engagement_status(db, agreement, "active", date(2026, 3, 4))
    set_engagement_status(db, agreement, ending, date(2026, 8, 1))
    data = agreement_data(db, agreement, date(2026, 9, 1))
    assert data.signed_on == date(2026, 3, 3) and data.copy_printed_on == date(2026, 9, 1)
    assert data.document_id.endswith("-20260303") and data.clause_text


def test_safeguards_naming_another_client_are_refused_and_never_print(db: Session) -> None:
    bjorn, zoe = _client(db, "Björn Åkesson"), _client(db, "Zoë Ørsted")
    agreement = _engagement(db, bjorn)
    conflict = _declare(db, bjorn, engagement_id=agreement, other_client_id=zoe)
    before = table_snapshot(db)
    with pytest.raises(ValidationError, match="safeguards name Zoë Ørsted") as refused:
        decide_conflict(db, conflict, "proceed_with_safeguards", "Told Zoë; kept apart.", MARCH_1)
    assert refused.value.field == "safeguards" and table_snapshot(db) == before
    # Written before this check existed (an older vault): the agreement prints a neutral phrase.
    row = db.get(Conflict, conflict)
    assert row is not None
    row.decision, row.safeguards = "proceed_with_safeguards", "Told Zoë; kept apart."  # type: ignore[assignment]
    db.add(row)
    db.commit()
    text = flat(agreement_pdf(db, agreement, MARCH_1))
    assert "Zoë" not in text and "safeguards agreed with each person concerned" in text
