"""Tab-separated lists for scripts: header line, one row per record, no broken rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from coachdesk.domain import Client, CoachingSession, Engagement, Professional, Referral
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.listing import as_tsv, clients, engagements, referrals, sessions
from coachdesk.services.organisations import OrganisationDetails, create_organisation


def test_lists_have_the_promised_columns_and_rows(db: Session) -> None:
    org = create_organisation(db, OrganisationDetails(name="Nordlicht GmbH")).created
    ana = create_client(
        db, ClientDetails(name="Ana Tab", email="ana@example.org", organisation_id=org)
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

    stored = db.get(Client, ana)
    assert stored is not None
    stored.name = "Ana\tTab"  # as a vault written before tabs in names were refused may hold it
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


def test_lists_neutralise_formulas_and_control_characters_on_the_way_out(db: Session) -> None:
    """Names stored before they were checked reach neither a spreadsheet's formulas nor the terminal."""
    hostile = {
        '=HYPERLINK("http://evil.example","Click")': '\'=HYPERLINK("http://evil.example","Click")',
        "@SUM(A1:A9)": "'@SUM(A1:A9)",
        "+cmd|' /C calc'!A0": "'+cmd|' /C calc'!A0",
        "-2+3": "'-2+3",
        "Zoë\x1b[31m Red": "Zoë [31m Red",
        "Ana\u202eevil": "Ana evil",
        "Line\u2028Break": "Line Break",
    }
    for index, name in enumerate(hostile):
        created = create_client(db, ClientDetails(name=f"Client {index}")).created
        stored = db.get(Client, created)
        assert stored is not None
        stored.name = name
    db.commit()
    names = [row[1] for row in clients(db)[1]]
    assert sorted(names) == sorted(hostile.values())
    text = as_tsv(clients(db))
    assert not any(c in text for c in "\x1b\u202e\u2028\r")
    assert all(len(line.split("\t")) == 5 for line in text.splitlines())
