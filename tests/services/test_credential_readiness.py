"""Readiness on the demo practice: the ACC's renewal, the next level, supervision, the next renewal."""

from __future__ import annotations

from datetime import UTC, date

from sqlmodel import Session

from coachdesk.services.credential_readiness import (
    next_level_readiness,
    next_renewal,
    renewal_readiness,
    supervision_ratio,
)
from coachdesk.services.demo import populate_demo
from coachdesk.services.education import EducationDetails, create_education
from coachdesk.services.held_credentials import held_credentials

TODAY = date(2026, 12, 5)


def test_the_demo_acc_renewal_says_what_is_met_and_missing(db: Session) -> None:
    populate_demo(db, TODAY)
    readiness = renewal_readiness(db)
    assert readiness is not None
    assert readiness.title == "Renewal of your ICF ACC, due 2027-04-05"
    assert [line.text for line in readiness.lines] == [
        "CCE: 40 units between 2024-04-05 and 2027-04-05 — missing 10.5 more CCE units (29.5 so far)",
        "CCE in Core Competencies: at least 24 units (Coaching Ethics units count here too) — "
        "missing 0.5 more Core Competencies units",
        "CCE in Coaching Ethics: at least 3 units — met",
        "Mentor coaching: 10 hours — missing 3.5 more hours of mentor coaching (6.5 of 10 so far)",
        "Mentor coaching one-to-one: at least 3 hours — missing 1 more hour of one-to-one mentor coaching",
        "Mentor coaching spread over at least 3 months — met",
    ]
    assert readiness.notes == ("Not counted: 1 session (2 hours) in groups of more than 10 participants.",)

    create_education(db, EducationDetails("Markers deep dive", "2026-11-30", "0.5", "core_competencies"))
    after = renewal_readiness(db)
    assert after is not None and after.lines[1].met and after.lines[0].missing.startswith("10 more CCE units")


def test_the_next_level_after_acc_is_pcc_with_its_hours_and_mentoring(db: Session) -> None:
    populate_demo(db, TODAY)
    readiness = next_level_readiness(db, TODAY, UTC)
    assert readiness is not None and readiness.title == "Applying for ICF PCC"
    labels = [line.label for line in readiness.lines]
    assert labels[:3] == ["Coaching hours: 500", "Paid hours: 450", "Clients: 25"]
    assert labels[-3:] == [
        "Mentor coaching: 10 hours",
        "Mentor coaching one-to-one: at least 3 hours",
        "Mentor coaching spread over at least 3 months",
    ]
    assert not readiness.lines[0].met and readiness.lines[0].missing.endswith("so far)")
    assert readiness.notes[-1] == "Mentor coaching is counted since your ACC was awarded (2024-04-05)."


def test_without_a_credential_the_next_level_is_acc_and_nothing_renews(db: Session) -> None:
    assert renewal_readiness(db) is None and next_renewal(db) is None
    readiness = next_level_readiness(db, TODAY, UTC)
    assert readiness is not None and readiness.title == "Applying for ICF ACC"
    assert (
        readiness.lines[-3].text
        == "Mentor coaching: 10 hours — missing 10 more hours of mentor coaching (0 of 10 so far)"
    )


def test_the_next_renewal_is_the_acc_with_what_it_lacks(db: Session) -> None:
    populate_demo(db, TODAY)
    assert len(held_credentials(db)) == 2  # the EMCC accreditation has no renewal date recorded
    upcoming = next_renewal(db)
    assert upcoming is not None
    assert (upcoming.title, upcoming.due) == ("ICF ACC", date(2027, 4, 5))
    assert len(upcoming.missing) == 4 and upcoming.missing[0] == "10.5 more CCE units (29.5 so far)"


def test_the_supervision_ratio_uses_the_coaching_hours_of_the_log(db: Session) -> None:
    populate_demo(db, TODAY)
    ratio = supervision_ratio(db, date(2026, 1, 1), TODAY, TODAY, UTC)
    assert ratio.supervision_minutes == 90 + 120 + 90
    assert ratio.coaching_minutes > 0
    assert ratio.expected_minutes * 35 >= ratio.coaching_minutes
