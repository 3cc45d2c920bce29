"""Enum values as the coach reads them inside a sentence ("in person", "no show"), in the app's language."""

from __future__ import annotations

from enum import Enum

from coachdesk.domain.phrases import phrase


def _words() -> dict[str, str]:
    # Built when a sentence needs one, never at import: phrase() translates when it runs.
    return {
        "in person": phrase("services", "in person"),
        "video": phrase("services", "video"),
        "phone": phrase("services", "phone"),
        "mental health": phrase("services", "mental health"),
        "medical": phrase("services", "medical"),
        "legal": phrase("services", "legal"),
        "financial": phrase("services", "financial"),
        "safeguarding": phrase("services", "safeguarding"),
        "client": phrase("services", "client"),
        "coach": phrase("services", "coach"),
        "proposed": phrase("services", "proposed"),
        "sent": phrase("services", "sent"),
        "accepted": phrase("services", "accepted"),
        "completed": phrase("services", "completed"),
        "cancelled": phrase("services", "cancelled"),
        "share with sponsor": phrase("services", "share with sponsor"),
        "referral": phrase("services", "referral"),
        "named in hours log": phrase("services", "named in hours log"),
        "session recording": phrase("services", "session recording"),
        "testimonial": phrase("services", "testimonial"),
        "client consent": phrase("services", "client consent"),
        "law or court order": phrase("services", "law or court order"),
        "illegal activity": phrase("services", "illegal activity"),
        "risk of harm to self": phrase("services", "risk of harm to self"),
        "risk of harm to others": phrase("services", "risk of harm to others"),
        "same organisation": phrase("services", "same organisation"),
        "client is sponsor contact": phrase("services", "client is sponsor contact"),
        "referral fee": phrase("services", "referral fee"),
        "personal relationship": phrase("services", "personal relationship"),
        "professional relationship": phrase("services", "professional relationship"),
        "financial benefit": phrase("services", "financial benefit"),
        "other": phrase("services", "other"),
        "proceed with safeguards": phrase("services", "proceed with safeguards"),
        "decline": phrase("services", "decline"),
        "refer elsewhere": phrase("services", "refer elsewhere"),
        "contact outside agreed hours": phrase("services", "contact outside agreed hours"),
        "unagreed channel": phrase("services", "unagreed channel"),
        "gift": phrase("services", "gift"),
        "dual relationship": phrase("services", "dual relationship"),
        "scope": phrase("services", "scope"),
        "draft": phrase("services", "draft"),
        "signed": phrase("services", "signed"),
        "active": phrase("services", "active"),
        "terminated": phrase("services", "terminated"),
        "scheduled": phrase("services", "scheduled"),
        "late cancelled": phrase("services", "late cancelled"),
        "no show": phrase("services", "no show"),
        "made active": phrase("services", "made active"),
    }


def value_words(value: Enum | str) -> str:
    """``value`` (an enum member or its value) with spaces for underscores, in the app's language."""
    english = str(value.value if isinstance(value, Enum) else value).replace("_", " ")
    return _words().get(english, english)
