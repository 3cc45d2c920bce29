"""Mentor coaching, supervision, CCE records, certificates and held credentials: validation and storage."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session, select

from coachdesk.documents.course_certificate import CourseCertificate, course_certificate_pdf
from coachdesk.domain import AuditEntry, CredentialBody, OutboundEntry
from coachdesk.resources import resource_path
from coachdesk.services.certificates import (
    MAX_CERTIFICATE_BYTES,
    attach_certificate,
    certificate,
    certificate_document,
    remove_certificate,
    sniff_media_type,
)
from coachdesk.services.development_rules import RulesFileError, development_rules, parse_rules
from coachdesk.services.document_export import export_document
from coachdesk.services.education import (
    EducationDetails,
    create_education,
    delete_education,
    education_details,
    education_rows,
    update_education,
)
from coachdesk.services.errors import ValidationError
from coachdesk.services.held_credentials import (
    HeldCredentialDetails,
    create_held_credential,
    current_icf_credential,
    held_credentials,
)
from coachdesk.services.mentoring import (
    MentoringDetails,
    create_mentoring,
    delete_mentoring,
    mentoring_details,
    mentoring_sessions,
    update_mentoring,
)
from coachdesk.services.supervision import (
    SupervisionDetails,
    create_supervision,
    practice_hours_per_supervision_hour,
    set_practice_hours_per_supervision_hour,
)
from coachdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.conftest import table_snapshot

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def _course(db: Session, units: str = "3", category: str = "coaching_ethics") -> uuid.UUID:
    created = create_education(
        db, EducationDetails("Ethics in practice", "2026-05-04", units, category, "ICF Learning Portal")
    ).created
    assert created is not None
    return created


def test_mentoring_is_added_edited_and_deleted_with_audit(db: Session) -> None:
    created = create_mentoring(db, MentoringDetails("Mara Quist", "2026-02-03", 60, 1, "MCC")).created
    assert created is not None
    update_mentoring(db, created, MentoringDetails("Mara Quist", "2026-02-03", 90, 6, "MCC", "Group, week 2"))
    assert mentoring_details(db, created) == MentoringDetails(
        "Mara Quist", date(2026, 2, 3), 90, 6, "MCC", "Group, week 2"
    )
    delete_mentoring(db, created)
    assert mentoring_sessions(db) == []
    actions = [(e.entity, e.action.value, e.fields) for e in db.exec(select(AuditEntry))]
    assert actions == [
        ("mentor_coaching_session", "created", ""),
        ("mentor_coaching_session", "updated", "group_size,minutes,notes"),
        ("mentor_coaching_session", "deleted", ""),
    ]


@pytest.mark.parametrize(
    ("details", "field", "message"),
    [
        (MentoringDetails("", "2026-02-03", 60), "mentor_name", "The mentor's name is required."),
        (MentoringDetails("Mara", "", 60), "held_on", "The date is required."),
        (
            MentoringDetails("Mara", "2026-02-03", 0),
            "minutes",
            "The duration in minutes must be more than zero.",
        ),
        (
            MentoringDetails("Mara", "2026-02-03", 60, 0),
            "group_size",
            "The number in the group must be more than zero.",
        ),
    ],
)
def test_mentoring_refuses_bad_input_naming_the_field(
    db: Session, details: MentoringDetails, field: str, message: str
) -> None:
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as refused:
        create_mentoring(db, details)
    assert (refused.value.field, refused.value.message) == (field, message)
    assert table_snapshot(db) == before


@pytest.mark.parametrize(
    ("units", "message"),
    [
        ("0", "The units must be more than zero."),
        ("1.555", "The units have more than two decimal places."),
        ("lots", "The units must be a number of CCE units, like 1.5."),
    ],
)
def test_education_units_are_checked(db: Session, units: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_education(db, EducationDetails("Course", "2026-01-01", units, "core_competencies"))
    assert (refused.value.field, refused.value.message) == ("units", message)


def test_education_keeps_units_exactly(db: Session) -> None:
    record_id = _course(db, "1,25", "core_competencies")
    assert education_details(db, record_id).units == Decimal("1.25")
    update_education(
        db, record_id, EducationDetails("Course", "2026-01-01", Decimal("39.5"), "resource_development")
    )
    (row,) = education_rows(db)
    assert (row.units, row.category_name, row.certificate_name) == (
        Decimal("39.5"),
        "Resource Development",
        "",
    )


def test_certificates_are_recognised_by_content_not_name(db: Session) -> None:
    pdf = course_certificate_pdf(CourseCertificate("Ana", "Ethics", "ICF", date(2026, 5, 4), "3 units"))
    assert sniff_media_type(pdf) == "application/pdf"
    assert sniff_media_type(PNG) == "image/png" and sniff_media_type(JPEG) == "image/jpeg"
    record_id = _course(db)
    with pytest.raises(ValidationError) as refused:
        attach_certificate(db, record_id, "certificate.pdf", b"MZ\x90\x00 a program, named .pdf")
    assert (
        refused.value.message
        == "certificate.pdf is not a PDF, PNG or JPEG file; a certificate must be one of those."
    )
    attach_certificate(db, record_id, "/home/coach/scan.JPG", JPEG)
    kept = certificate(db, record_id)
    assert (kept.file_name, kept.media_type, kept.data, kept.suffix) == (
        "scan.JPG",
        "image/jpeg",
        JPEG,
        ".jpg",
    )


def test_a_certificate_over_ten_megabytes_is_refused_and_nothing_changes(db: Session) -> None:
    record_id = _course(db)
    attach_certificate(db, record_id, "scan.png", PNG)
    before = table_snapshot(db)
    largest = PNG + b"\x00" * (MAX_CERTIFICATE_BYTES - len(PNG))
    with pytest.raises(ValidationError) as refused:
        attach_certificate(db, record_id, "huge.png", largest + b"\x00")
    assert refused.value.message == (
        "huge.png is 10.0 MB; a certificate can be at most 10.0 MB. Save it smaller (a scan at 150 dpi, "
        "or a PDF) and attach it again."
    )
    assert table_snapshot(db) == before
    attach_certificate(db, record_id, "largest.png", largest)
    assert len(certificate(db, record_id).data) == MAX_CERTIFICATE_BYTES
    remove_certificate(db, record_id)
    with pytest.raises(ValidationError, match="No certificate is kept"):
        certificate(db, record_id)


def test_certificates_are_stored_encrypted(vault: Vault, vault_path: Path) -> None:
    marker = b"CERTIFICATE-MARKER-" + bytes(range(256)) * 4
    with vault.session() as db:
        record_id = _course(db)
        attach_certificate(db, record_id, "ethics.pdf", b"%PDF-1.4\n" + marker)
    vault.save()
    on_disk = vault_path.read_bytes()
    assert marker[:40] not in on_disk and b"ethics.pdf" not in on_disk
    vault.close()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        with reopened.session() as db:
            assert certificate(db, record_id).data.endswith(marker)
    finally:
        reopened.close()


def test_a_certificate_saved_out_is_recorded_as_own_use(db: Session, tmp_path: Path) -> None:
    record_id = _course(db)
    attach_certificate(db, record_id, "ethics.png", PNG)
    source = certificate_document(record_id, date(2026, 6, 1))
    export_document(db, tmp_path / "ethics.png", PNG, source, suffixes=(".png",))
    assert (tmp_path / "ethics.png").read_bytes() == PNG
    (entry,) = db.exec(select(OutboundEntry)).all()
    assert (entry.kind.value, entry.recipient, entry.basis.value, entry.entity) == (
        "certificate",
        "Coach's own use",
        "own_use",
        "education_record",
    )


def test_deleting_a_course_deletes_its_certificate(db: Session) -> None:
    record_id = _course(db)
    attach_certificate(db, record_id, "scan.png", PNG)
    delete_education(db, record_id)
    assert education_rows(db) == []


def test_held_credentials_and_the_highest_icf_one(db: Session) -> None:
    create_held_credential(db, HeldCredentialDetails(CredentialBody.ICF, "acc", "2024-03-01", "2027-03-01"))
    create_held_credential(db, HeldCredentialDetails("EMCC", "Senior Practitioner", "2025-01-10"))
    held = held_credentials(db)
    icf = current_icf_credential(held)
    assert icf is not None and (icf.level, icf.renewal_due) == ("ACC", date(2027, 3, 1))
    with pytest.raises(ValidationError) as refused:
        create_held_credential(db, HeldCredentialDetails("ICF", "PCC", "2026-01-01", "2025-01-01"))
    assert refused.value.field == "renewal_due"


def test_the_supervision_ratio_defaults_to_the_rules_and_can_be_changed(db: Session) -> None:
    assert practice_hours_per_supervision_hour(db) == Decimal(35)
    set_practice_hours_per_supervision_hour(db, "20")
    assert practice_hours_per_supervision_hour(db) == Decimal(20)
    with pytest.raises(ValidationError) as refused:
        set_practice_hours_per_supervision_hour(db, "0")
    assert refused.value.field == "practice_hours"
    create_supervision(db, SupervisionDetails("Pat Oyelaran", "2026-03-03", 90, in_group=True))
    with pytest.raises(ValidationError, match="supervisor's name is required"):
        create_supervision(db, SupervisionDetails(" ", "2026-03-03", 90))


def test_the_rules_file_is_read_and_says_where_it_comes_from() -> None:
    rules = development_rules()
    assert rules.checked == date(2026, 12, 5)
    assert (rules.initial_mentoring.hours, rules.initial_mentoring.min_months) == (10, 3)
    assert (rules.initial_mentoring.one_to_one_hours, rules.initial_mentoring.max_group_size) == (3, 10)
    assert rules.renewal_mentoring.levels == ("ACC",)
    assert (rules.education.units, rules.education.core_units, rules.education.ethics_units) == (40, 24, 3)
    assert rules.education.ethics_count_as_core and rules.education.window_years == 3
    assert rules.practice_hours_per_supervision_hour == 35
    assert rules.education.source.startswith("https://coachingfederation.org/")


def test_a_broken_rules_file_names_what_is_wrong() -> None:
    data = json.loads(resource_path("credentials", "development.json").read_text(encoding="utf-8"))
    data["cce_renewal"]["units"] = "forty"
    with pytest.raises(RulesFileError, match=r"cce_renewal.units must be a number, not 'forty'"):
        parse_rules(data)
    data["cce_renewal"]["units"] = "40"
    data["mentor_coaching"]["initial"]["source"] = "nowhere"
    with pytest.raises(RulesFileError, match=r"mentor_coaching\.initial\.source names no source"):
        parse_rules(data)
