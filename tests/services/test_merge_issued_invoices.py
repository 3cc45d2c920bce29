"""An issued invoice through a merge: its lines and sessions as issued, nothing to review, no number twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coachdesk.domain import Engagement
from coachdesk.services.invoice_billing import unbilled_sessions
from coachdesk.services.invoice_issue import issue_invoice
from coachdesk.services.invoices import LineDetails, new_draft, session_ids_on, update_line
from coachdesk.vault import Vault
from tests.services.invoice_practice import Practice, created, practice
from tests.services.merge_helpers import copy_of, merge
from tests.services.test_merge_rules import both_ways

ISSUED = date(2026, 3, 31)
Copies = tuple[Vault, Vault, Practice, uuid.UUID, uuid.UUID]


@pytest.fixture
def copies(vault: Vault, tmp_path: Path) -> Iterator[Copies]:
    """Two copies of a practice with invoice 2026-0001 issued and a draft billing the first session."""
    with vault.session() as db:
        p = practice(db)
        first = created(new_draft(db, p.engagement, [LineDetails("Workshop", "80")]))
        issue_invoice(db, first, on=ISSUED)
        draft = created(new_draft(db, p.engagement, [_session_line(p, "Coaching session", "150")]))
    line = vault.connection.execute(
        "SELECT id FROM invoice_line WHERE invoice_id = ?", (draft.hex,)
    ).fetchone()
    mine = copy_of(vault, tmp_path / "mine.coachdesk")
    theirs = copy_of(vault, tmp_path / "theirs.coachdesk")
    yield mine, theirs, p, draft, uuid.UUID(line[0])
    mine.close()
    theirs.close()


def _session_line(p: Practice, description: str, price: str) -> LineDetails:
    return LineDetails(description, price, session_ids=(p.sessions[0],))


def _conflicts(vault: Vault) -> list[tuple[object, ...]]:
    return vault.connection.execute("SELECT table_name, field FROM merge_conflict").fetchall()


def test_a_line_changed_in_both_copies_stays_as_issued_with_nothing_to_review(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, p, draft, line = copies
    with mine.session() as db:
        update_line(db, line, _session_line(p, "Coaching session", "120"))
        issue_invoice(db, draft, on=ISSUED)
    with theirs.session() as db:  # later, on the draft it still has
        update_line(db, line, _session_line(p, "Coaching session", "135"))
    merged, summary, other_way = both_ways(mine, theirs, tmp_path)
    row = merged.connection.execute(
        "SELECT i.number, i.net_minor, l.unit_price_minor FROM invoice i JOIN invoice_line l "
        "ON l.invoice_id = i.id WHERE i.id = ?",
        (draft.hex,),
    ).fetchone()
    assert tuple(row) == ("2026-0002", 12000, 12000)
    # An issued invoice cannot change, so the other copy's price is nothing the coach could choose.
    assert (summary.conflicts, other_way.conflicts) == (0, 0)
    assert _conflicts(merged) == []
    assert merge(merged, theirs).conflicts == 0 and _conflicts(merged) == []
    merged.close()


def test_the_session_an_issued_invoice_bills_stays_billed_when_the_other_copy_edited_the_draft(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, p, draft, line = copies
    with mine.session() as db:
        update_line(db, line, _session_line(p, "Coaching session on 2 March", "150"))
        issue_invoice(db, draft, on=ISSUED)
    with theirs.session() as db:  # later: the draft's line saved again, billing the same session
        update_line(db, line, _session_line(p, "Coaching session, 90 minutes", "150"))
    merged, _first, _second = both_ways(mine, theirs, tmp_path)
    for _ in range(2):  # and the same after merging again
        with merged.session() as db:
            engagement = db.get(Engagement, p.engagement)
            assert engagement is not None
            assert session_ids_on(db, draft) == [p.sessions[0]]
            unbilled = [session.id for session in unbilled_sessions(db, engagement)]
        assert p.sessions[0] not in unbilled  # it cannot be put on a second invoice
        merge(merged, theirs)
    merged.close()


def test_copies_from_before_the_merge_history_take_the_higher_counter_with_nothing_to_review(
    copies: Copies, tmp_path: Path
) -> None:
    mine, theirs, p, draft, _line = copies
    with mine.session() as db:
        issue_invoice(db, draft, on=ISSUED)
    for copy in (mine, theirs):  # as two copies changed by a version that kept no merge history
        copy.connection.execute("DELETE FROM sync_stamp")
        copy.connection.commit()
    merged, summary, other_way = both_ways(mine, theirs, tmp_path)
    assert merged.connection.execute("SELECT last_sequence FROM invoice_series").fetchall() == [(2,)]
    # The counter went up by issuing, never by a choice: there is nothing to review about it.
    assert (summary.conflicts, other_way.conflicts) == (0, 0)
    assert _conflicts(merged) == []
    with merged.session() as db:
        third = created(new_draft(db, p.engagement, [LineDetails("Workshop", "60")]))
        issue_invoice(db, third, on=ISSUED)
    number = merged.connection.execute("SELECT number FROM invoice WHERE id = ?", (third.hex,)).fetchone()
    assert number == ("2026-0003",)
    merged.close()
