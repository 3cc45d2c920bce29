"""The outbound ledger and the one consent filter: every exporter records one entry per file, with the
right basis and the SHA-256 of the bytes written, and no module writes files another way."""

from __future__ import annotations

import ast
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

import coachdesk
from coachdesk.documents.files import sha256_hex
from coachdesk.domain import (
    OWN_USE,
    Client,
    CoachingSession,
    Consent,
    ConsentScope,
    DisclosureBasis,
    DocumentKind,
    Engagement,
    OutboundBasis,
    OutboundChannel,
    OutboundClient,
    OutboundEntry,
    Referral,
    SessionStatus,
)
from coachdesk.services.calendar_export import export_calendar
from coachdesk.services.client_recap import recap_document
from coachdesk.services.client_records import client_record, erase_client, export_client
from coachdesk.services.consent_filter import clear_to_leave, default_recipient
from coachdesk.services.consents import withdraw_consent
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.document_export import (
    agreement_document,
    export_document,
    record_export,
    referral_letter_document,
    sponsor_report_document,
)
from coachdesk.services.errors import ValidationError
from coachdesk.services.hours_log_export import export_hours_log
from coachdesk.services.outbound_ledger import ledger_lines
from coachdesk.services.session_prep import session_prep_document
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY).close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Session]:
    copy = tmp_path / "demo.coachdesk"
    copy.write_bytes(demo_file.read_bytes())
    with Vault.open(copy, PASSPHRASE) as vault, vault.session() as session:
        yield session


def _client(db: Session, name: str) -> uuid.UUID:
    return db.exec(select(Client).where(col(Client.name) == name)).one().id


def _engagement(db: Session, name: str) -> Engagement:
    client = _client(db, name)
    return db.exec(select(Engagement).where(col(Engagement.client_id) == client)).first()  # type: ignore[return-value]


def _referral(db: Session) -> Referral:
    return db.exec(select(Referral)).first()  # type: ignore[return-value]


def _new_entries(db: Session, before: set[uuid.UUID]) -> list[OutboundEntry]:
    return [e for e in db.exec(select(OutboundEntry)).all() if e.id not in before]


def _links(db: Session, entry: OutboundEntry) -> set[uuid.UUID]:
    return set(db.exec(select(OutboundClient.client_id).where(OutboundClient.entry_id == entry.id)).all())


@dataclass(frozen=True)
class Expected:
    """What one exporter must leave in the ledger for each file it writes."""

    kind: DocumentKind
    basis: OutboundBasis
    recipient: str
    clients: Callable[[Session], set[uuid.UUID]]
    consent: Callable[[Session], uuid.UUID | None] = lambda _db: None


def _pdf(db: Session, path: Path, source_of: Callable[[Session], object]) -> list[Path]:
    source = source_of(db)
    export_document(db, path, source.render(db), source)  # type: ignore[attr-defined]
    return [path]


def _zoe_sponsor_consent(db: Session) -> uuid.UUID:
    zoe = _client(db, "Zoë Ørsted")
    return db.exec(
        select(Consent.id).where(Consent.client_id == zoe, Consent.scope == ConsentScope.SHARE_WITH_SPONSOR)
    ).one()


def _named_in_log(db: Session) -> set[uuid.UUID]:
    from coachdesk.services.hours_log import hours_log

    return set(hours_log(db, TODAY).named_client_ids)  # an alias names no one


def _valetejo(db: Session) -> uuid.UUID:
    from coachdesk.domain import Organisation

    return db.exec(select(Organisation).where(Organisation.name == "Vale & Tejo Logística, S.A.")).one().id


def _verification_letter(db: Session) -> object:
    from coachdesk.services.hours_log import hours_log
    from coachdesk.services.verification_letter import verification_letter_document

    return verification_letter_document(_valetejo(db), TODAY, hours_log(db, TODAY))


def _with_sessions(db: Session) -> set[uuid.UUID]:
    from coachdesk.services.calendar_export import upcoming_events

    return {e.client_id for e in upcoming_events(db, NOW) if e.client_id is not None}


def _zoe_held_session(db: Session) -> uuid.UUID:
    zoe = _client(db, "Zoë Ørsted")
    held = select(CoachingSession.id).where(
        CoachingSession.client_id == zoe, CoachingSession.status == SessionStatus.COMPLETED
    )
    return db.exec(held.order_by(col(CoachingSession.starts_at).desc())).first()  # type: ignore[return-value]


# Every way a file leaves the vault, by the service the app and the command line call. The test
# below checks that this list covers every module that writes files.
EXPORTERS: dict[str, tuple[Callable[[Session, Path], list[Path]], Expected]] = {
    "agreement": (
        lambda db, dir: _pdf(
            db, dir / "a.pdf", lambda db: agreement_document(_engagement(db, "Zoë Ørsted").id, TODAY)
        ),
        Expected(
            DocumentKind.AGREEMENT,
            OutboundBasis.AGREEMENT,
            "Zoë Ørsted; Ingrid Haugen, Nordlicht Energie GmbH",
            lambda db: {_client(db, "Zoë Ørsted")},
        ),
    ),
    "referral letter": (
        lambda db, dir: _pdf(db, dir / "r.pdf", lambda db: referral_letter_document(_referral(db).id, TODAY)),
        Expected(
            DocumentKind.REFERRAL_LETTER,
            OutboundBasis.CLIENT_CONSENT,
            "Dr Inès Laurent",
            lambda db: {_client(db, "Chloé Girard")},
            lambda db: _referral(db).consent_id,
        ),
    ),
    "sponsor report": (
        lambda db, dir: _pdf(
            db, dir / "s.pdf", lambda db: sponsor_report_document(_engagement(db, "Zoë Ørsted").id, TODAY)
        ),
        Expected(
            DocumentKind.SPONSOR_REPORT,
            OutboundBasis.CLIENT_CONSENT,
            "Ingrid Haugen, Nordlicht Energie GmbH",
            lambda db: {_client(db, "Zoë Ørsted")},
            _zoe_sponsor_consent,
        ),
    ),
    "hours log (CSV)": (
        lambda db, dir: [export_hours_log(db, dir / "h.csv", TODAY) and dir / "h.csv"],
        Expected(DocumentKind.HOURS_LOG, OutboundBasis.OWN_USE, OWN_USE, _named_in_log),
    ),
    "hours log (PDF)": (
        lambda db, dir: [export_hours_log(db, dir / "h.pdf", TODAY) and dir / "h.pdf"],
        Expected(DocumentKind.HOURS_LOG, OutboundBasis.OWN_USE, OWN_USE, _named_in_log),
    ),
    "verification letter": (
        lambda db, dir: _pdf(db, dir / "v.pdf", _verification_letter),
        Expected(
            DocumentKind.VERIFICATION_LETTER,
            OutboundBasis.AGREEMENT,
            "João Araújo, Vale & Tejo Logística, S.A.",
            lambda db: {_client(db, "Ana Lúcia Ferreira")},  # covered under her alias, never named
        ),
    ),
    "calendar": (
        lambda db, dir: [dir / "c.ics"] if export_calendar(db, dir / "c.ics", NOW) >= 0 else [],
        Expected(DocumentKind.CALENDAR, OutboundBasis.OWN_USE, OWN_USE, _with_sessions),
    ),
    "session prep": (
        lambda db, dir: _pdf(
            db,
            dir / "p.pdf",
            lambda db: session_prep_document(
                _client(db, "Zoë Ørsted"), _engagement(db, "Zoë Ørsted").id, NOW, TODAY
            ),
        ),
        Expected(
            DocumentKind.SESSION_PREP, OutboundBasis.OWN_USE, OWN_USE, lambda db: {_client(db, "Zoë Ørsted")}
        ),
    ),
    "session recap": (
        lambda db, dir: _pdf(db, dir / "recap.pdf", lambda db: recap_document(_zoe_held_session(db), TODAY)),
        Expected(
            DocumentKind.RECAP, OutboundBasis.AGREEMENT, "Zoë Ørsted", lambda db: {_client(db, "Zoë Ørsted")}
        ),
    ),
    "client records": (
        lambda db, dir: list(export_client(db, _client(db, "Zoë Ørsted"), dir / "zoe", TODAY).files),
        Expected(
            DocumentKind.CLIENT_RECORDS,
            OutboundBasis.DATA_ACCESS,
            "Zoë Ørsted",
            lambda db: {_client(db, "Zoë Ørsted")},
        ),
    ),
}


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_every_exporter_writes_one_entry_per_file_with_its_basis_and_hash(
    demo: Session, tmp_path: Path, name: str
) -> None:
    export, expected = EXPORTERS[name]
    before = {e.id for e in demo.exec(select(OutboundEntry)).all()}
    files = export(demo, tmp_path)
    entries = _new_entries(demo, before)
    assert files and len(entries) == len(files)
    by_hash = {e.sha256: e for e in entries}
    for path in files:
        entry = by_hash[sha256_hex(path.read_bytes())]  # exactly the bytes on disk
        assert entry.description == path.name
        assert (entry.kind, entry.basis, entry.recipient, entry.channel) == (
            expected.kind,
            expected.basis,
            expected.recipient,
            OutboundChannel.FILE,
        )
        assert entry.consent_id == expected.consent(demo)
        assert _links(demo, entry) == expected.clients(demo)
        assert entry.sent_at.tzinfo is not None


# The modules allowed to write files, and why. A new module that writes a file must go through
# services.document_export (and so through the consent filter and the ledger), or be added here
# with the reason it holds no client data.
WRITERS = {
    "coachdesk/services/document_export.py": "the one path: consent filter, atomic write, ledger",
    "coachdesk/documents/files.py": "defines write_file_atomically",
    "coachdesk/ui/unlock/recovery_sheet_output.py": "the recovery key sheet: no client data",
    "coachdesk/services/computer_key.py": "this computer's key, a random id: no client data",
}
WRITING_CALLS = {"write_file_atomically", "write_bytes", "write_text", "mkstemp", "NamedTemporaryFile"}


def _writes(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in WRITING_CALLS:
            return True
        if name == "open" and any(
            isinstance(a, ast.Constant) and isinstance(a.value, str) and set(a.value) & set("wax")
            for a in [*node.args[1:2], *(k.value for k in node.keywords if k.arg == "mode")]
        ):
            return True
    return False


def test_no_module_writes_files_except_through_the_one_export_path() -> None:
    root = Path(coachdesk.__file__).parent
    writers = {
        str(path.relative_to(root.parent))
        for path in root.rglob("*.py")
        if "vault" not in path.relative_to(root).parts[:1] and _writes(ast.parse(path.read_text("utf-8")))
    }
    assert writers == set(WRITERS)


def test_the_walk_catches_a_module_that_writes_a_file() -> None:
    assert _writes(ast.parse("from pathlib import Path\nPath('x.csv').write_bytes(b'1')"))
    assert _writes(ast.parse("open('x.csv', 'w')"))
    assert not _writes(ast.parse("open('x.csv')"))


def test_exporters_cover_every_caller_of_the_export_path() -> None:
    root = Path(coachdesk.__file__).parent
    callers = {
        str(path.relative_to(root.parent))
        for path in (root / "services").glob("*.py")
        if "export_document(" in path.read_text("utf-8") and path.name != "document_export.py"
    }
    # Each service that exports is walked above: the hours log, the calendar, a client's records;
    # the application pack (files of two kinds) in tests/services/test_application_pack.py; invoices,
    # reminders and the accountant's CSVs in tests/services/test_invoice_export.py.
    assert callers == {
        "coachdesk/services/application_pack.py",
        "coachdesk/services/invoice_books.py",
        "coachdesk/services/invoice_export.py",
        "coachdesk/services/hours_log_export.py",
        "coachdesk/services/calendar_export.py",
        "coachdesk/services/client_records.py",
    }


# ----- the filter ---------------------------------------------------------------------------------


def test_a_referral_letter_without_consent_in_force_never_leaves(demo: Session, tmp_path: Path) -> None:
    referral = _referral(demo)
    assert referral.consent_id is not None
    withdraw_consent(demo, referral.consent_id, TODAY)
    source = referral_letter_document(referral.id, TODAY)
    entries = len(demo.exec(select(OutboundEntry)).all())  # the demo's own: what it sent before
    with pytest.raises(ValidationError) as refusal:
        export_document(demo, tmp_path / "r.pdf", b"%PDF-", source)
    assert refusal.value.field == "consent_id" and "withdrew" in refusal.value.message
    assert not (tmp_path / "r.pdf").exists()
    assert len(demo.exec(select(OutboundEntry)).all()) == entries


def test_a_sponsor_report_without_a_current_consent_never_leaves(demo: Session) -> None:
    withdraw_consent(demo, _zoe_sponsor_consent(demo), TODAY)
    source = sponsor_report_document(_engagement(demo, "Zoë Ørsted").id, TODAY)
    with pytest.raises(ValidationError, match="withdrew their consent"):
        clear_to_leave(demo, source)
    with pytest.raises(ValidationError, match="withdrew their consent"):
        record_export(demo, source, b"%PDF-", channel=OutboundChannel.PRINT)


def test_a_recipient_the_consent_does_not_cover_is_refused(demo: Session, tmp_path: Path) -> None:
    source = referral_letter_document(_referral(demo).id, TODAY)
    with pytest.raises(ValidationError) as refusal:
        export_document(demo, tmp_path / "r.pdf", b"%PDF-", source, recipient="Marcus Feldmann")
    assert refusal.value.field == "recipient" and "Dr Inès Laurent only" in refusal.value.message
    assert not (tmp_path / "r.pdf").exists()
    agreement = agreement_document(_engagement(demo, "Zoë Ørsted").id, TODAY)
    with pytest.raises(ValidationError, match="goes to its parties"):
        clear_to_leave(demo, agreement, recipient="Björn Åkesson")
    with pytest.raises(ValidationError, match="for your own use"):
        clear_to_leave(demo, _calendar_source(), recipient="My assistant")


def _calendar_source() -> object:
    from coachdesk.services.document_export import DocumentSource

    return DocumentSource(DocumentKind.CALENDAR, "calendar", None, lambda _db: b"", TODAY)


def test_default_recipients_come_from_the_record(demo: Session) -> None:
    zoe = _engagement(demo, "Zoë Ørsted").id
    assert default_recipient(demo, agreement_document(zoe, TODAY)) == (
        "Zoë Ørsted; Ingrid Haugen, Nordlicht Energie GmbH"
    )
    assert default_recipient(demo, referral_letter_document(_referral(demo).id, TODAY)) == "Dr Inès Laurent"
    assert default_recipient(demo, sponsor_report_document(zoe, TODAY)) == (
        "Ingrid Haugen, Nordlicht Energie GmbH"
    )
    assert default_recipient(demo, _calendar_source()) == OWN_USE  # type: ignore[arg-type]


def test_own_use_and_a_legal_basis_are_recorded_as_such(demo: Session) -> None:
    zoe = _engagement(demo, "Zoë Ørsted").id
    before = {e.id for e in demo.exec(select(OutboundEntry)).all()}
    record_export(demo, agreement_document(zoe, TODAY), b"one", recipient="coach's OWN use")
    record_export(
        demo,
        agreement_document(zoe, TODAY),
        b"two",
        channel=OutboundChannel.PRINT,
        recipient="District court of Hamburg",
        legal_basis=DisclosureBasis.LAW_OR_COURT_ORDER,
    )
    own, court = sorted(_new_entries(demo, before), key=lambda e: e.sha256 != sha256_hex(b"one"))
    assert (own.basis, own.recipient, own.consent_id) == (OutboundBasis.OWN_USE, OWN_USE, None)
    assert (court.basis, court.legal_basis, court.channel) == (
        OutboundBasis.LEGAL_BASIS,
        DisclosureBasis.LAW_OR_COURT_ORDER,
        OutboundChannel.PRINT,
    )
    [line] = [line for line in ledger_lines(demo) if line.id == court.id]
    assert line.basis_text == "Legal basis: required by law or a court order"


# ----- reading the ledger, and erasure --------------------------------------------------------------


def test_a_withdrawn_consent_shows_what_was_sent_under_it(demo: Session, tmp_path: Path) -> None:
    referral = _referral(demo)
    source = referral_letter_document(referral.id, TODAY)
    export_document(demo, tmp_path / "letter.pdf", source.render(demo), source)
    assert referral.consent_id is not None
    withdraw_consent(demo, referral.consent_id, TODAY)
    lines = ledger_lines(demo, consent_id=referral.consent_id)
    assert [(line.what, line.recipient, line.clients, line.description) for line in lines] == [
        ("Referral letter", "Dr Inès Laurent", ("Chloé Girard",), "letter.pdf"),  # newest first
        ("Referral letter", "Dr Inès Laurent", ("Chloé Girard",), "Referral letter.pdf"),  # the demo's
    ]
    assert ledger_lines(demo, consent_id=_zoe_sponsor_consent(demo)) == []


def test_the_client_export_includes_their_part_of_the_ledger(demo: Session) -> None:
    zoe = _client(demo, "Zoë Ørsted")
    engagement = _engagement(demo, "Zoë Ørsted").id
    record_export(demo, agreement_document(engagement, TODAY), b"copy", description="Copy.pdf")
    sent = client_record(demo, zoe, TODAY)["sent_out"]
    assert [(s["what"], s["description"], s["basis"]) for s in sent] == [
        ("Coaching agreement", "Copy.pdf", "The coaching agreement"),  # newest first
        ("Coaching-hours log", "Coaching hours.csv", "Coach's own use"),
        ("Coaching agreement", "Printed for signing", "Coach's own use"),
        ("Coaching agreement", "Coaching agreement.pdf", "The coaching agreement"),
    ]
    assert sent[0]["sha256"] == sha256_hex(b"copy")
    assert sent[1]["other_clients"] > 0
    text = repr(sent)
    assert "Björn" not in text and "Chloé" not in text  # other clients named in the log are not named


def test_erasure_removes_the_clients_links_and_entries_about_nobody(demo: Session, tmp_path: Path) -> None:
    zoe, chloe = _client(demo, "Zoë Ørsted"), _client(demo, "Chloé Girard")
    export_calendar(demo, tmp_path / "empty.ics", datetime(2099, 1, 1, tzinfo=UTC))  # about nobody
    [log] = demo.exec(select(OutboundEntry).where(OutboundEntry.kind == DocumentKind.HOURS_LOG)).all()
    assert {zoe, chloe} <= _links(demo, log)
    erase_client(demo, zoe)
    kinds = sorted(e.kind.value for e in demo.exec(select(OutboundEntry)).all())
    assert kinds == ["calendar", "hours_log", "referral_letter"]  # Zoë's agreement went: about her alone
    assert zoe not in _links(demo, log) and chloe in _links(demo, log)
    [line] = [line for line in ledger_lines(demo) if line.kind == DocumentKind.HOURS_LOG]
    assert "Zoë Ørsted" not in line.clients and "Chloé Girard" in line.clients


def test_every_kind_of_document_has_words_in_the_ledger() -> None:
    from coachdesk.domain import DocumentKind
    from coachdesk.services.outbound_ledger import KIND_WORDS

    assert set(KIND_WORDS) == set(DocumentKind)
