"""The credential application pack: its files, what they hold and leave out, and their ledger entries."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from coachdesk.documents.files import sha256_hex
from coachdesk.documents.hours_log import CSV_COLUMNS
from coachdesk.domain import (
    Client,
    DocumentKind,
    EducationRecord,
    OutboundBasis,
    OutboundChannel,
    OutboundClient,
    OutboundEntry,
)
from coachdesk.services.application_pack import (
    CSV_NAME,
    PDF_NAME,
    certificate_file_name,
    export_application_pack,
)
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.errors import ValidationError
from coachdesk.services.hours_log import hours_log
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.conftest import table_snapshot

TODAY = date(2026, 12, 5)
ICF = "International Coaching Federation"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    vault = create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY)
    with vault.session() as session:
        yield session
    vault.close()


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def _entries(db: Session, before: set[uuid.UUID]) -> list[OutboundEntry]:
    return [e for e in db.exec(select(OutboundEntry)).all() if e.id not in before]


def _links(db: Session, entry: OutboundEntry) -> set[uuid.UUID]:
    return set(db.exec(select(OutboundClient.client_id).where(OutboundClient.entry_id == entry.id)).all())


def _unnamed(db: Session) -> list[Client]:
    """Clients the log may not name: no consent to be named (an alias hides a name too)."""
    named = set(hours_log(db, TODAY, zone=UTC).named_client_ids)
    return [c for c in db.exec(select(Client)).all() if c.id not in named]


def test_the_pack_writes_the_pdf_the_log_in_icfs_columns_and_the_certificates(
    demo: Session, tmp_path: Path
) -> None:
    before = {e.id for e in demo.exec(select(OutboundEntry)).all()}
    result = export_application_pack(demo, tmp_path / "pack", TODAY, zone=UTC, recipient=ICF)
    folder = tmp_path / "pack"
    (record,) = [r for r in demo.exec(select(EducationRecord)).all() if r.certificate is not None]
    certificate = f"certificates/01-{record.completed_on.isoformat()}-Ethics-in-everyday-coaching.pdf"
    assert [str(p.relative_to(folder)) for p in result.files] == [PDF_NAME, CSV_NAME, certificate]
    assert (folder / certificate).read_bytes() == record.certificate

    rows = list(csv.reader(io.StringIO((folder / CSV_NAME).read_text("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS  # pinned word for word in test_hours_log.py
    log = hours_log(demo, TODAY, zone=UTC)
    assert [row[1] for row in rows[1:]] == [line.client_name for line in log.rows]
    listed = " ".join(cell for row in rows[1:] for cell in row)
    for client in _unnamed(demo):
        assert client.name not in listed, client.name

    # One ledger entry per file, with the bytes on disk, the recipient named and the clients it names.
    entries = {e.sha256: e for e in _entries(demo, before)}
    assert len(entries) == 3
    for path in result.files:
        entry = entries[sha256_hex(path.read_bytes())]
        assert (entry.recipient, entry.channel, entry.description) == (ICF, OutboundChannel.FILE, path.name)
        if path.suffix == ".pdf" and path.parent.name == "certificates":
            assert (entry.kind, entry.basis, _links(demo, entry)) == (
                DocumentKind.CERTIFICATE,
                OutboundBasis.OWN_USE,
                set(),
            )
        else:
            assert (entry.kind, entry.basis) == (DocumentKind.APPLICATION_PACK, OutboundBasis.CLIENT_CONSENT)
            assert _links(demo, entry) == set(log.named_client_ids)


def test_the_pdf_holds_readiness_the_log_mentoring_cce_and_supervision_and_no_unnamed_client(
    demo: Session, tmp_path: Path
) -> None:
    export_application_pack(demo, tmp_path / "pack", TODAY, zone=UTC)
    text = _text((tmp_path / "pack" / PDF_NAME).read_bytes())
    for expected in (
        "Credential application pack",
        "Alex Moreau",
        "Renewal of your ICF ACC, due 2027-04-05",
        "Applying for ICF PCC",
        "Coaching log",
        "Claimable totals",
        "Confidential Client 1",
        "Mentor coaching received",
        "Mara Quist",
        "Group of 12",
        "Continuing coach education",
        "Ethics in everyday coaching",
        "01-2025-10-31-Ethics-in-e",  # the certificate's file name in the pack (wrapped in its cell)
        "Units by category",
        "Supervision received",
        "Pat Oyelaran",
    ):
        assert expected in text, expected
    for client in _unnamed(demo):
        assert client.name not in text, client.name


def test_a_folder_that_is_not_empty_is_refused_and_nothing_is_written(demo: Session, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "my notes.txt").write_text("the coach's own file")
    before = table_snapshot(demo)
    with pytest.raises(ValidationError, match="Choose an empty folder") as caught:
        export_application_pack(demo, folder, TODAY, zone=UTC)
    assert caught.value.field == "folder"
    assert sorted(p.name for p in folder.iterdir()) == ["my notes.txt"]
    assert table_snapshot(demo) == before


def test_the_pack_never_goes_into_the_vaults_folder(demo: Session, tmp_path: Path) -> None:
    vault = tmp_path / "demo.coachdesk"
    backups = tmp_path / "demo.coachdesk-backups"
    with pytest.raises(ValidationError, match="the vault and its backups"):
        export_application_pack(demo, backups / "pack", TODAY, zone=UTC, vaults=[vault])
    assert not (backups / "pack").exists()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Coaching Ethics: in practice!", "02-2026-05-14-Coaching-Ethics-in-practice.pdf"),
        ("Éthique et déontologie", "02-2026-05-14-Éthique-et-déontologie.pdf"),
        ("../../etc/passwd", "02-2026-05-14-etc-passwd.pdf"),
        ("???", "02-2026-05-14-certificate.pdf"),
        ("A" * 80, f"02-2026-05-14-{'A' * 48}.pdf"),
    ],
)
def test_a_certificates_file_name_keeps_the_courses_words_and_nothing_else(title: str, expected: str) -> None:
    assert certificate_file_name(2, date(2026, 5, 14), title, ".pdf") == expected
