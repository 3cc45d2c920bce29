"""Billing an engagement: its unbilled completed sessions or its package, and never a session twice."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from coachdesk.domain import FeeBasis, Invoice, InvoiceLine, LineSource, SessionStatus
from coachdesk.services.engagements import EngagementDetails, update_engagement
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_billing import unbilled_sessions
from coachdesk.services.invoice_issue import credit_invoice, issue_invoice
from coachdesk.services.invoice_list import unbilled_work
from coachdesk.services.invoices import (
    LineDetails,
    NothingToBill,
    add_line,
    delete_draft,
    draft_from_engagement,
    new_draft,
)
from coachdesk.services.packages import package_left
from tests.services.conftest import table_snapshot
from tests.services.invoice_practice import FIRST_DAY, Practice, created, practice, session_on

ON = date(2026, 3, 31)


def _lines(db: Session, invoice_id: object) -> list[InvoiceLine]:
    return list(
        db.exec(
            select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id).order_by(InvoiceLine.position)
        )
    )


def _engagement(db: Session, p: Practice) -> object:
    from coachdesk.domain import Engagement

    return db.get(Engagement, p.engagement)


def test_a_draft_bills_each_completed_session_once_with_its_date_only(db: Session) -> None:
    p = practice(db, sessions=3)
    session_on(db, p.client, p.engagement, date(2026, 3, 20), SessionStatus.SCHEDULED)
    session_on(db, p.client, p.engagement, date(2026, 3, 21), SessionStatus.CANCELLED)
    draft = created(draft_from_engagement(db, p.engagement))
    lines = _lines(db, draft)
    assert [line.description for line in lines] == [
        "Coaching session, 2 March 2026",
        "Coaching session, 9 March 2026",
        "Coaching session, 16 March 2026",
    ]
    assert {line.source for line in lines} == {LineSource.SESSION}
    assert [line.unit_price_minor for line in lines] == [15000] * 3


def test_sessions_on_a_draft_or_an_issued_invoice_are_not_billed_again(db: Session) -> None:
    p = practice(db, sessions=2)
    first = created(draft_from_engagement(db, p.engagement))
    with pytest.raises(NothingToBill, match="already on an invoice"):
        draft_from_engagement(db, p.engagement)
    issue_invoice(db, first, on=ON)
    before = table_snapshot(db)
    with pytest.raises(NothingToBill) as refused:
        draft_from_engagement(db, p.engagement)
    assert refused.value.field == "engagement_id"
    assert table_snapshot(db) == before
    later = session_on(db, p.client, p.engagement, date(2026, 3, 30))
    second = created(draft_from_engagement(db, p.engagement))
    assert [s for line in _lines(db, second) for s in _sessions_of(db, line)] == [later]


def _sessions_of(db: Session, line: InvoiceLine) -> list[object]:
    from coachdesk.domain import InvoiceLineSession

    return list(db.exec(select(InvoiceLineSession.session_id).where(InvoiceLineSession.line_id == line.id)))


def test_a_session_put_on_a_second_invoice_by_hand_is_refused(db: Session) -> None:
    p = practice(db, sessions=1)
    issue_invoice(db, created(draft_from_engagement(db, p.engagement)), on=ON)
    other = created(new_draft(db, p.engagement))
    with pytest.raises(ValidationError, match="billed once") as refused:
        add_line(db, other, LineDetails("Again", "150", session_ids=(p.sessions[0],)))
    assert refused.value.field == "session_ids"


def test_two_drafts_of_one_session_cannot_both_be_issued(db: Session) -> None:
    p = practice(db, sessions=1)
    first = created(draft_from_engagement(db, p.engagement))
    # A second draft made while the first was deleted, then the first made again by hand.
    delete_draft(db, first)
    second = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, second, on=ON)
    stale = created(new_draft(db, p.engagement))
    with pytest.raises(ValidationError, match="billed once"):
        add_line(db, stale, LineDetails("Session", "150", session_ids=(p.sessions[0],)))


def test_a_credit_in_full_frees_the_sessions_to_bill_again(db: Session) -> None:
    p = practice(db, sessions=2)
    invoice = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice, on=ON)
    engagement = _engagement(db, p)
    credit_invoice(db, invoice, amount="100", on=ON)  # part: the sessions stay billed
    assert unbilled_sessions(db, engagement) == []  # type: ignore[arg-type]
    credit_invoice(db, invoice, amount="200", on=ON)  # the rest (net): now credited in full
    assert [s.id for s in unbilled_sessions(db, engagement)] == p.sessions  # type: ignore[arg-type]


def test_until_a_date_bills_only_the_sessions_up_to_it(db: Session) -> None:
    p = practice(db, sessions=3)  # 2, 9 and 16 March
    draft = created(draft_from_engagement(db, p.engagement, until=date(2026, 3, 9)))
    assert len(_lines(db, draft)) == 2
    with pytest.raises(NothingToBill, match="up to 2026-03-01"):
        draft_from_engagement(db, p.engagement, until=date(2026, 3, 1))


def test_no_shows_are_billed_and_use_a_credit_only_when_the_agreement_says_so(db: Session) -> None:
    p = practice(db, sessions=2)
    session_on(db, p.client, p.engagement, date(2026, 3, 23), SessionStatus.NO_SHOW)
    left = package_left(db, p.engagement, today=ON)
    assert left is not None and (left.planned, left.used, left.left) == (8, 2, 6)
    assert len(_lines(db, created(draft_from_engagement(db, p.engagement)))) == 2
    for draft in db.exec(select(Invoice)).all():
        delete_draft(db, draft.id)
    _charge_no_shows(db, p)
    left = package_left(db, p.engagement, today=ON)
    assert left is not None and (left.used, left.left, left.expired) == (3, 5, False)
    lines = _lines(db, created(draft_from_engagement(db, p.engagement)))
    assert lines[-1].description == "Missed session (charged as agreed), 23 March 2026"


def test_a_late_cancellation_is_billed_like_a_no_show_and_an_early_one_never(db: Session) -> None:
    p = practice(db, sessions=1)
    session_on(db, p.client, p.engagement, date(2026, 3, 16), SessionStatus.CANCELLED)
    session_on(db, p.client, p.engagement, date(2026, 3, 23), SessionStatus.LATE_CANCELLED)
    left = package_left(db, p.engagement, today=ON)
    assert left is not None and left.used == 1  # the policy does not charge them yet
    assert len(_lines(db, created(draft_from_engagement(db, p.engagement)))) == 1
    for draft in db.exec(select(Invoice)).all():
        delete_draft(db, draft.id)
    _charge_no_shows(db, p)
    left = package_left(db, p.engagement, today=ON)
    assert left is not None and left.used == 2  # the late one uses a session; the early one never
    lines = _lines(db, created(draft_from_engagement(db, p.engagement)))
    assert [line.description for line in lines][
        -1
    ] == "Session cancelled late (charged as agreed), 23 March 2026"
    assert len(lines) == 2


def _charge_no_shows(db: Session, p: Practice) -> None:
    from coachdesk.domain import Engagement

    engagement = db.get(Engagement, p.engagement)
    assert engagement is not None
    update_engagement(
        db,
        p.engagement,
        EngagementDetails(
            client_id=p.client,
            title=engagement.title,
            sponsor_id=engagement.sponsor_id,
            session_count=engagement.session_count,
            fee=engagement.fee_minor / 100,
            end_date=engagement.end_date,
            vat=engagement.vat,
            late_cancel_uses_credit=True,
        ),
    )


def test_a_package_is_billed_whole_and_once(db: Session) -> None:
    p = practice(db, sessions=2, fee="1200", fee_basis=FeeBasis.PER_ENGAGEMENT)
    draft = created(draft_from_engagement(db, p.engagement))
    [line] = _lines(db, draft)
    assert (line.description, line.source, line.net_minor) == (
        "Coaching package: 8 sessions",
        LineSource.PACKAGE,
        120000,
    )
    issue_invoice(db, draft, on=ON)
    with pytest.raises(NothingToBill, match="package is already on an invoice"):
        draft_from_engagement(db, p.engagement)


def test_a_package_left_says_how_many_of_how_many_and_until_when(db: Session) -> None:
    p = practice(db, sessions=3)
    left = package_left(db, p.engagement, today=date(2027, 1, 1))
    assert left is not None
    assert (left.left, left.planned, left.expires_on, left.expired) == (5, 8, date(2026, 12, 31), True)


def test_the_dashboard_hears_of_unbilled_work(db: Session) -> None:
    p = practice(db, sessions=3)
    [work] = unbilled_work(db)
    assert (work.client_name, work.sessions, work.amount_minor, work.oldest) == (
        "Zoë Ørsted",
        3,
        45000,
        FIRST_DAY,
    )
    issue_invoice(db, created(draft_from_engagement(db, p.engagement)), on=ON)
    assert unbilled_work(db) == []


def test_an_invoice_to_the_sponsor_holds_dates_and_counts_never_notes_or_goals(db: Session) -> None:
    from coachdesk.domain import CoachingSession, Payer
    from coachdesk.services.goals import GoalDetails, create_goal

    p = practice(db, sessions=2, payer=Payer.SPONSOR)
    planted = "Planted: divorce and burnout"
    for session_id in p.sessions:
        session = db.get(CoachingSession, session_id)
        assert session is not None
        session.private_notes, session.shared_summary = planted, planted
    db.commit()
    create_goal(db, GoalDetails(client_id=p.client, statement=planted, engagement_id=p.engagement))
    invoice_id = created(draft_from_engagement(db, p.engagement))
    issue_invoice(db, invoice_id, on=ON)
    invoice = db.get(Invoice, invoice_id)
    assert invoice is not None and invoice.buyer_name == "Nordlicht GmbH"
    texts = [str(value) for value in invoice.model_dump().values()]
    texts += [str(value) for line in _lines(db, invoice_id) for value in line.model_dump().values()]
    assert not [t for t in texts if "Planted" in t or "divorce" in t]
    assert [line.description for line in _lines(db, invoice_id)] == [
        "Coaching session, 2 March 2026",
        "Coaching session, 9 March 2026",
    ]


def test_the_dashboards_count_of_unbilled_work_follows_the_billing_rules(db: Session) -> None:
    """The dashboard counts in SQL what billing decides session by session: both must agree."""
    p = practice(db, sessions=2)  # 2 and 9 March
    session_on(db, p.client, p.engagement, date(2026, 3, 16), SessionStatus.NO_SHOW)
    session_on(db, p.client, p.engagement, date(2026, 3, 17), SessionStatus.LATE_CANCELLED)
    session_on(db, p.client, p.engagement, date(2026, 3, 18), SessionStatus.CANCELLED)
    engagement = _engagement(db, p)

    def counted() -> tuple[int, int, date | None]:
        work = unbilled_work(db)
        listed = [s.id for s in unbilled_sessions(db, engagement)]  # type: ignore[arg-type]
        assert sum(w.sessions for w in work) == len(listed)
        return len(listed), sum(w.amount_minor for w in work), min((w.oldest for w in work), default=None)

    assert counted() == (2, 30000, FIRST_DAY)  # no-shows and late cancellations are not charged yet
    _charge_no_shows(db, p)
    assert counted() == (4, 60000, FIRST_DAY)
    invoice = created(draft_from_engagement(db, p.engagement))
    assert counted() == (0, 0, None)  # on a draft
    issue_invoice(db, invoice, on=ON)
    credit_invoice(db, invoice, amount="100", on=ON)
    assert counted() == (0, 0, None)  # credited in part: still billed
    credit_invoice(db, invoice, amount="500", on=ON)
    assert counted() == (4, 60000, FIRST_DAY)  # credited in full: to bill again


def test_work_that_charges_no_fee_is_not_unbilled_work(db: Session) -> None:
    p = practice(db, sessions=2, fee="0")
    assert [s.id for s in unbilled_sessions(db, _engagement(db, p))] == p.sessions  # type: ignore[arg-type]
    assert unbilled_work(db) == []
