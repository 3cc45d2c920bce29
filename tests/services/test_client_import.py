"""Importing clients from files as real tools write them: Excel, Google, Outlook; iPhone, Android, vCard 4."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, select

from coachdesk.domain import AuditEntry, Client, ClientStatus, Organisation
from coachdesk.services.client_import import (
    ImportCancelled,
    ImportPreview,
    ImportProgress,
    check_file,
    import_clients,
    import_snapshot,
    preview_file,
    preview_import,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.errors import ValidationError
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from tests.services.checks import audit_text, refused

FILES = Path(__file__).parent.parent / "data" / "import"


def _preview(db: Session, name: str) -> ImportPreview:
    return preview_file(db, FILES / name)


def _client(db: Session, name: str) -> Client:
    return db.exec(select(Client).where(col(Client.name) == name)).one()


@pytest.fixture
def zoe(db: Session) -> uuid.UUID:
    """A client already in the practice, whom the Excel file lists again as "Zoe Orsted"."""
    created = create_client(
        db, ClientDetails(name="Zoë Ørsted", email="zoe.orsted@nordlicht.example")
    ).created
    assert created is not None
    return created


def test_excel_file_with_bom_semicolons_and_a_note_on_two_lines(db: Session, zoe: uuid.UUID) -> None:
    preview = _preview(db, "excel-semicolon-bom.csv")
    assert preview.kind == "CSV"
    assert [(r.line, r.name, r.ok) for r in preview.rows] == [
        (2, "Mateus Gonçalves", True),
        (4, "Siobhán Ní Bhriain", True),
        (5, "Fatima Zahra El Idrissi", False),
        (6, "Zoe Orsted", True),
        (8, "", False),
        (9, "Keiko Tanaka", True),
    ]  # the row of empty cells on line 7 is no record at all
    fatima, nameless = preview.bad
    assert (fatima.field, fatima.reason) == (
        "email",
        "“fz.elidrissi@example” is not an e-mail address (it should look like name@example.org).",
    )
    assert (nameless.field, nameless.reason) == (
        "name",
        "No name: the row needs a Name, or a First Name and Last Name.",
    )
    (duplicate,) = [r for r in preview.rows if r.likely_duplicate]
    assert duplicate.line == 6
    assert [(d.client_id, d.name, d.reason) for d in duplicate.duplicates] == [
        (zoe, "Zoë Ørsted", "same e-mail address")
    ]
    mateus = preview.rows[0]
    assert mateus.details is not None
    assert mateus.details.private_notes == "Referred by João.\nWants to work on delegation; prefers Tuesdays."
    assert (mateus.details.phone, mateus.details.role) == ("+351 912 345 678", "Logistics Director")
    assert (mateus.organisation, mateus.new_organisation) == ("Vale & Tejo Logística, S.A.", True)
    assert db.exec(select(Client)).all() == [db.get(Client, zoe)]  # a preview writes nothing


def test_import_adds_the_new_clients_and_their_organisations_in_one_go(db: Session, zoe: uuid.UUID) -> None:
    create_organisation(db, OrganisationDetails(name="HOPE & HARBOUR TRUST"))
    preview = _preview(db, "excel-semicolon-bom.csv")
    changes = import_clients(db, preview.new_clients)
    names = sorted(c.name for c in db.exec(select(Client)).all())
    assert names == ["Keiko Tanaka", "Mateus Gonçalves", "Siobhán Ní Bhriain", "Zoë Ørsted"]
    mateus, keiko = _client(db, "Mateus Gonçalves"), _client(db, "Keiko Tanaka")
    organisations = {o.id: o.name for o in db.exec(select(Organisation)).all()}
    assert organisations[mateus.organisation_id] == "Vale & Tejo Logística, S.A."  # type: ignore[index]
    assert organisations[keiko.organisation_id] == "HOPE & HARBOUR TRUST"  # type: ignore[index]
    assert len(organisations) == 2
    assert (mateus.status, mateus.named_in_hours_log, mateus.email) == (
        ClientStatus.PROSPECT,
        False,
        "mateus.g@valetejo.example",
    )
    assert changes.touches("client", "organisation") and mateus.id in changes.ids
    created = db.exec(select(AuditEntry).where(col(AuditEntry.entity) == "client")).all()
    assert len(created) == 4
    assert "Mateus" not in audit_text(db) and "valetejo" not in audit_text(db)


def test_nothing_is_imported_when_one_row_fails_while_writing(db: Session) -> None:
    sponsor = create_organisation(db, OrganisationDetails(name="Nordlicht Energie GmbH")).created
    preview = _preview(db, "excel-semicolon-bom.csv")
    assert any(r.details and r.details.organisation_id == sponsor for r in preview.good)
    db.delete(db.get(Organisation, sponsor))  # removed between the preview and the import
    db.commit()
    refused(lambda: import_clients(db, preview.good), db, "organisation_id", "no longer exists")
    assert db.exec(select(Client)).all() == []


def test_a_bad_row_is_refused_by_the_import(db: Session) -> None:
    preview = _preview(db, "excel-semicolon-bom.csv")
    refused(lambda: import_clients(db, preview.rows), db, "file", "Line 5 cannot be imported")


def test_google_contacts_csv(db: Session) -> None:
    lukasz, chloe = _preview(db, "google-contacts.csv").rows
    assert lukasz.details is not None and chloe.details is not None
    assert (lukasz.line, chloe.line) == (2, 4)
    d = lukasz.details
    assert (d.name, d.preferred_name, d.email, d.phone, d.role) == (
        "Łukasz Nowak",
        "Łukasz",
        "lukasz.nowak@posteo.example",
        "+48 601 234 567",
        "Product designer",
    )
    assert d.private_notes == "Career change into UX research.\nMet at a meetup, 2025."
    assert (chloe.organisation, chloe.details.role) == ("Atelier Girard", "Owner, designer")


def test_outlook_csv_in_windows_1252_with_an_honorific_title_column(db: Session) -> None:
    bjorn, ana = _preview(db, "outlook-windows-1252.csv").rows
    assert bjorn.details is not None and ana.details is not None
    assert (bjorn.name, bjorn.details.role, bjorn.details.phone) == (
        "Björn Åkesson",
        "Shift Lead",
        "+49 151 9876 5432",
    )
    assert (ana.name, ana.details.role) == ("Ana Lúcia Ferreira", "")


def test_iphone_vcard_with_folded_lines_and_several_emails(db: Session) -> None:
    preview = _preview(db, "iphone-3.0.vcf")
    assert preview.kind == "vCard"
    zoe, aiyana, nameless = preview.rows
    assert zoe.details is not None and aiyana.details is not None
    assert (zoe.line, aiyana.line, nameless.line) == (1, 16, 23)  # physical lines, folds included
    d = zoe.details
    assert (d.name, d.email, d.phone, d.role) == (
        "Zoë Ørsted",
        "zoe.orsted@nordlicht.example",  # marked pref, though listed second
        "+49 151 2345 6789",
        "Head of Operations",
    )
    assert zoe.organisation == "Nordlicht Energie GmbH"
    assert d.private_notes == (
        "Met at the HR conference in Hamburg, spring 2026.\nSponsor: Ingrid Hæugen (HR Business Partner). "
        "Prefers morning sessions; never Fridays — café first."
    )  # folded in the middle of "æ", escapes undone
    assert (aiyana.name, aiyana.details.email) == ("Aiyana Redcloud", "aiyana.r@example.com")  # from N; first
    assert (nameless.ok, nameless.field) == (False, "name")


def test_android_vcard_2_1_in_quoted_printable(db: Session) -> None:
    (dima,) = _preview(db, "android-2.1.vcf").rows
    assert dima.details is not None
    assert (dima.name, dima.details.phone, dima.details.email) == (
        "Дмитрий Иванов",
        "+7 912 345-67-89",
        "d.ivanov@mail.example",
    )
    assert dima.details.private_notes == "Founder; wants to become CEO.\nFirst call on 3 March."


def test_vcard_4_preferences_and_tel_uri(db: Session) -> None:
    (nnamdi,) = _preview(db, "contacts-4.0.vcf").rows
    assert nnamdi.details is not None
    d = nnamdi.details
    assert (d.email, d.phone, d.preferred_name, d.role) == (
        "nnamdi.okafor@example.org",
        "+44-7700-900123",
        "Nnamdi",
        "Engineering manager",
    )


def test_the_same_person_twice_in_a_file_is_a_likely_duplicate(db: Session) -> None:
    data = "Name,Email\nAna Ferreira,ana@example.org\nAna  Ferreira,\nSomeone Else,ANA@example.org\n"
    first, second, third = preview_import(db, data.encode(), "x.csv").rows
    assert (first.same_as_line, second.same_as_line, third.same_as_line) == (None, 2, 2)
    assert [r.line for r in preview_import(db, data.encode()).new_clients] == [2]


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "The file is empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "The file is empty"),
        (b"Email;Phone\r\nx@example.org;123\r\n", "No column with the clients' names on line 1"),
        (b"Name\x00\x01\x02", "binary data"),
        (b'Name,Email\nAna,a@example.org\n"Unterminated,x\n', "starting on line 3 is never closed"),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_the_reason(db: Session, data: bytes, phrase: str) -> None:
    refused(lambda: preview_import(db, data, "clients.csv"), db, "file", phrase)


def test_too_large_a_file_is_refused(db: Session, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"Name\n" + b"x" * (20 * 1024 * 1024))
    refused(lambda: preview_file(db, big), db, "file", "too large")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=400), st.text(max_size=300).map(lambda t: ("Name;E-mail\n" + t).encode())
    )
)
def test_any_bytes_give_a_preview_or_a_reason(db: Session, data: bytes) -> None:
    try:
        preview = preview_import(db, data, "any.csv")
    except ValidationError as refusal:
        assert refusal.field == "file"
    else:
        assert all(row.ok or row.reason for row in preview.rows)


def test_stray_quotes_inside_cells_are_tolerated(db: Session) -> None:
    (row,) = preview_import(db, b'Name;Notes\nAna;She said "yes" twice\n', "x.csv").rows
    assert row.details is not None
    assert (row.name, row.details.private_notes) == ("Ana", 'She said "yes" twice')


def test_a_row_with_more_or_fewer_fields_than_the_header_is_refused_and_the_others_import(
    db: Session,
) -> None:
    data = (
        "Name,Email\n"
        "Ana Ferreira,ana@example.org\n"
        "Ben Øster,ben@example.org,,\n"  # empty fields a spreadsheet pads with: tolerated
        "Dan Toomany,dan@example.org,1,2,3,4,5,6,7\n"
        "Eve Short\n"
    ).encode()
    preview = preview_import(db, data, "x.csv")
    assert [(r.line, r.name, r.ok) for r in preview.rows] == [
        (2, "Ana Ferreira", True),
        (3, "Ben Øster", True),
        (4, "Dan Toomany", False),
        (5, "Eve Short", False),
    ]
    dan, eve = preview.bad
    assert (dan.field, dan.reason, dan.organisation) == (
        "file",
        "The row has 9 fields; the header has 2.",
        "",
    )
    assert eve.reason == "The row has 1 field; the header has 2."
    import_clients(db, preview.good)
    assert sorted(db.exec(select(Client.name)).all()) == ["Ana Ferreira", "Ben Øster"]
    assert db.exec(select(Organisation)).all() == []  # no organisation named "2"


def test_a_header_padded_with_empty_columns_counts_its_named_columns_only(db: Session) -> None:
    data = b"Name;Email;;\r\nAna Ferreira;ana@example.org\r\nBen;ben@example.org;;\r\nCy;c@example.org;x\r\n"
    ana, ben, cy = preview_import(db, data, "x.csv").rows
    assert ana.ok and ben.ok
    assert cy.reason == "The row has 3 fields; the header has 2."


def test_a_file_is_checked_without_the_database_and_can_be_cancelled(
    db: Session, zoe: uuid.UUID, tmp_path: Path
) -> None:
    snapshot = import_snapshot(db)
    steps: list[tuple[str, int, int]] = []
    preview = check_file(
        FILES / "excel-semicolon-bom.csv", snapshot, ImportProgress(lambda *s: steps.append(s))
    )
    assert preview == preview_file(db, FILES / "excel-semicolon-bom.csv")
    assert {s[0] for s in steps} == {"reading", "checking"}
    big = tmp_path / "big.csv"
    big.write_text("Name\n" + "".join(f"Client {n}\n" for n in range(5000)), encoding="utf-8")
    progress = ImportProgress(lambda stage, done, total: progress.cancel() if stage == "parsing" else None)
    with pytest.raises(ImportCancelled):
        check_file(big, snapshot, progress)
    assert progress.cancelled
