"""The demo practice's own development: mentor coaching, supervision, CCE with a certificate, an ACC held."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from coachdesk.documents.course_certificate import CourseCertificate, course_certificate_pdf
from coachdesk.domain import CredentialBody, EducationCategory
from coachdesk.services.certificates import attach_certificate
from coachdesk.services.education import EducationDetails, create_education
from coachdesk.services.held_credentials import HeldCredentialDetails, create_held_credential
from coachdesk.services.mentoring import MentoringDetails, create_mentoring
from coachdesk.services.readiness import add_months
from coachdesk.services.supervision import SupervisionDetails, create_supervision

COACH = "Alex Moreau"


def add_development(db: Session, today: date) -> None:
    """An ICF ACC due for renewal in about four months, and what has been done towards it."""
    awarded = add_months(today, -32)
    create_held_credential(
        db, HeldCredentialDetails(CredentialBody.ICF, "ACC", awarded, add_months(awarded, 36))
    )
    create_held_credential(
        db, HeldCredentialDetails(CredentialBody.EMCC, "Senior Practitioner", add_months(today, -20))
    )

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    for day, minutes, size, notes in (
        (ago(200), 60, 1, "Recording of a first session reviewed against the PCC markers."),
        (ago(170), 90, 6, "Group: active listening and evoking awareness."),
        (ago(140), 90, 6, "Group: establishing the agreement."),
        (ago(110), 60, 1, "Second recording; focus on partnering."),
        (ago(90), 120, 12, "Large cohort webinar (more than 10 participants)."),
        (ago(60), 90, 6, "Group: facilitating client growth."),
    ):
        create_mentoring(
            db, MentoringDetails("Mara Quist", day, minutes, size, "MCC" if size == 1 else "PCC", notes)
        )
    for day, minutes, in_group in ((ago(300), 90, False), (ago(180), 120, True), (ago(45), 90, False)):
        create_supervision(db, SupervisionDetails("Pat Oyelaran", day, minutes, in_group))

    courses = (
        (
            "Ethics in everyday coaching",
            "ICF Learning Portal",
            ago(400),
            "3",
            EducationCategory.COACHING_ETHICS,
        ),
        ("Coaching presence intensive", "Northlight Coach Academy", ago(320), "12", "core_competencies"),
        ("Team coaching foundations", "Northlight Coach Academy", ago(150), "8.5", "core_competencies"),
        ("Building a coaching practice", "Small Business Network", ago(75), "6", "resource_development"),
    )
    for title, provider, day, units, category in courses:
        created = create_education(db, EducationDetails(title, day, units, category, provider)).created
        if created is not None and category is EducationCategory.COACHING_ETHICS:
            pdf = course_certificate_pdf(
                CourseCertificate(COACH, title, provider, day, f"{units} CCE units in Coaching Ethics")
            )
            attach_certificate(db, created, "ethics-certificate.pdf", pdf)
