"""Agreements of the demo practice name no other client; a signed copy reads back field by field."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session, select

from coachdesk.documents.agreement import AgreementRenderer
from coachdesk.documents.agreement_data import Amendment, DeclaredConflict
from coachdesk.documents.agreement_snapshot import dump_agreement, load_agreement
from coachdesk.domain import Client, Engagement, SignedAgreement
from coachdesk.services.agreement_pdf import agreement_data, agreement_pdf
from tests.documents.test_agreement import TODAY, demo, engagement_id, flat  # noqa: F401 (fixture)


def test_no_agreement_of_the_demo_practice_names_another_client(demo: Session) -> None:  # noqa: F811
    clients = {c.id: c.name for c in demo.exec(select(Client)).all()}
    engagements = demo.exec(select(Engagement)).all()
    assert len(engagements) >= 7
    for engagement in engagements:
        text = flat(agreement_pdf(demo, engagement.id, TODAY))
        own = clients[engagement.client_id]
        assert own in text
        for client_id, name in clients.items():
            if client_id == engagement.client_id:
                continue
            for part in [name, *(p for p in name.split() if len(p) > 3)]:
                assert part not in text, f"{part} printed in {own}'s agreement"


def test_the_conflict_between_two_clients_shows_in_both_agreements(demo: Session) -> None:  # noqa: F811
    wording = "The coach also coaches another person at the same organisation"
    bjorn = flat(agreement_pdf(demo, engagement_id(demo, "Björn Åkesson"), TODAY))
    zoe = flat(agreement_pdf(demo, engagement_id(demo, "Zoë Ørsted"), TODAY))
    assert wording in bjorn
    # Zoë signed before the conflict arose: it is listed as declared since signing.
    since = zoe[zoe.index("Since signing") :]
    assert wording in since and "Conflicts of interest declared since signing" in since
    assert "Invoices go to Nordlicht's finance team" in since  # the demo's written amendment


def test_the_demo_keeps_a_signed_copy_of_every_signed_agreement(demo: Session) -> None:  # noqa: F811
    signed = {s.engagement_id for s in demo.exec(select(SignedAgreement)).all()}
    assert signed == {e.id for e in demo.exec(select(Engagement)).all() if e.signed_on is not None}


def test_a_signed_copy_reads_back_equal(demo: Session) -> None:  # noqa: F811
    data = agreement_data(demo, engagement_id(demo, "Zoë Ørsted"), TODAY)
    data = replace(
        data,
        amendments=(Amendment(date(2026, 5, 1), "Eight sessions"),),
        conflicts_since_signing=(DeclaredConflict("Other", "Wording", None, ""),),
    )
    assert load_agreement(dump_agreement(data)) == data


def test_a_signed_copy_tolerates_fields_added_or_removed_later(demo: Session) -> None:  # noqa: F811
    data = agreement_data(demo, engagement_id(demo, "Łukasz Nowak"), TODAY)
    raw = json.loads(dump_agreement(data))
    del raw["terms"]["gifts_policy"]  # a field added after this copy was kept: its default
    del raw["qualifications"]
    raw["terms"]["a_field_since_removed"] = "ignored"
    raw["retired"] = 1
    loaded = load_agreement(json.dumps(raw))
    assert loaded.terms.gifts_policy == "" and loaded.qualifications == ""
    assert loaded.terms.title == data.terms.title and loaded.client == data.client
    assert "Coaching agreement" in flat(AgreementRenderer(loaded).render())


@pytest.mark.parametrize("bad", ["", "[]", "{", '{"letterhead": 3}'])
def test_an_unreadable_copy_says_so(bad: str) -> None:
    with pytest.raises(ValueError, match="cannot be read"):
        load_agreement(bad)


def test_a_reprint_fills_the_clause_text_it_was_signed_with(demo: Session) -> None:  # noqa: F811
    data = agreement_data(demo, engagement_id(demo, "Łukasz Nowak"), TODAY)
    assert data.clause_text  # the frozen template
    older = data.clause_text.replace("## Boundaries", "## Boundaries as signed")
    text = flat(AgreementRenderer(replace(data, clause_text=older)).render())
    assert "Boundaries as signed" in text
