"""A one-page certificate of attendance (the demo practice's sample of what a course provider issues)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from coachdesk.documents.fonts import SERIF, SERIF_BOLD, register_fonts


@dataclass(frozen=True)
class CourseCertificate:
    participant: str
    title: str
    provider: str
    completed_on: date
    units: str  # as printed, e.g. "3 CCE units (Coaching Ethics)"


def course_certificate_pdf(certificate: CourseCertificate) -> bytes:
    """The certificate as PDF bytes (fixed creation date, so the same data gives the same bytes)."""
    register_fonts()
    out = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(out, pagesize=(width, height), invariant=True)
    canvas.setTitle(f"Certificate: {certificate.title}")
    canvas.setFont(SERIF_BOLD, 30)
    canvas.drawCentredString(width / 2, height - 150, "Certificate of Completion")
    canvas.setFont(SERIF, 16)
    lines = [
        "This certifies that",
        certificate.participant,
        f"completed “{certificate.title}”",
        f"on {certificate.completed_on.isoformat()}, earning {certificate.units}.",
        certificate.provider,
    ]
    for number, line in enumerate(lines):
        canvas.drawCentredString(width / 2, height - 220 - number * 34, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
