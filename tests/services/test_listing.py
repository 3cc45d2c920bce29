"""Tab-separated lists for scripts: header line, one row per record, no broken rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from coachdesk.domain import CoachingSession, Engagement, Professional, Referral
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.listing import as_tsv, clients, engagements, referrals, sessions
from coachdesk.services.organisations import OrganisationDetails, create_organisation


def test_lists_have_the_promised_columns_and_rows(db: Session) -> None:
    org = create_organisation(db, OrganisationDetails(name="Nordlicht GmbH")).created
    ana = create_client(
        db, ClientDetails(name="Ana\tTab", email="ana@example.org", organisation_id=org)
    ).created
    ben = create_client(db, ClientDetails(name="Ben Øster")).created
    assert ana is not None and ben is not None
    db.add(Engagement(client_id=ana, sponsor_id=org, title="Three-way", start_date=date(2026, 1, 5)))
    db.add(
        Engagement(client_id=ben, title="Two-party", start_date=date(2026, 2, 1), end_date=date(2026, 6, 1))
    )
    db.add(
        CoachingSession(
            client_id=ben, starts_at=datetime(2026, 2, 3, 9, tzinfo=UTC), duration_minutes=45, paid=False
        )
    )
    professional = Professional(name="Dr Inès Laurent", profession="Psychotherapist")
    db.add(professional)
    db.commit()
    db.add(Referral(client_id=ben, professional_id=professional.id, reason="Anxiety beyond coaching"))
    db.commit()

    text = as_tsv(clients(db))
    lines = text.splitlines()
    assert lines[0] == "id\tname\temail\torganisation\tstatus"
    assert lines[1].split("\t")[1:] == ["Ana Tab", "ana@example.org", "Nordlicht GmbH", "prospect"]
    assert len(lines) == 3 and all(len(line.split("\t")) == 5 for line in lines)

    header, rows = engagements(db)
    assert header == ["id", "client", "sponsor", "status", "start", "end"]
    assert [r[1:] for r in rows] == [
        ["Ana Tab", "Nordlicht GmbH", "draft", "2026-01-05", ""],
        ["Ben Øster", "", "draft", "2026-02-01", "2026-06-01"],
    ]
    header, rows = sessions(db)
    assert header == ["id", "client", "start", "duration_min", "status", "paid"]
    assert rows[0][1:] == ["Ben Øster", "2026-02-03T09:00:00+00:00", "45", "scheduled", "false"]
    header, rows = referrals(db)
    assert header == ["id", "client", "professional", "status"]
    assert rows[0][1:] == ["Ben Øster", "Dr Inès Laurent", "proposed"]
