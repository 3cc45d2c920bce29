"""File names an export suggests: the kind of document, the day and a short reference, never a name.

A suggested name ends up in the file system, in recent-files lists and in sync services; a client's
name there would leave the vault. The coach may still type any name they like.
"""

from __future__ import annotations

import uuid
from datetime import date

KIND_WORDS = {
    "agreement": "coaching-agreement",
    "referral_letter": "referral-letter",
    "sponsor_report": "sponsor-report",
    "hours_log": "coaching-hours-log",
    "calendar": "coaching-sessions",
    "client_records": "client-records",
    "invoice": "invoice",
    "credit_note": "credit-note",
    "payment_reminder": "payment-reminder",
    "invoices_csv": "invoices",
    "payments_csv": "payments",
}


def neutral_file_name(kind: str, day: date, record_id: uuid.UUID | None = None, suffix: str = ".pdf") -> str:
    """``coaching-agreement-2026-12-05-3f2a9c.pdf``: the kind, the day, and six characters of the record."""
    parts = [KIND_WORDS.get(kind, kind.replace("_", "-")), day.isoformat()]
    if record_id is not None:
        parts.append(record_id.hex[:6])
    return "-".join(parts) + suffix
