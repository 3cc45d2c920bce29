"""The rules files' guideline sentences in the app's language (fixed texts of the app, in the catalogs)."""

from __future__ import annotations

from coachdesk.domain.phrases import phrase

_MENTORING = (
    "10 hours of Mentor Coaching over a minimum of three months; at least 3 of the 10 hours one-to-one; "
    "group Mentor Coaching may count for up to 7 hours, in groups of no more than 10 participants."
)
_RENEWAL_MENTORING = (
    "An ACC renewing for the first time also needs 10 hours of Mentor Coaching, received since the "
    "credential was awarded; the same structure applies (3 hours one-to-one, groups of at most 10). "
    "Those hours may also be counted as Core Competencies CCE units."
)
_EDUCATION = (
    "All ICF credentials are valid for three years. 40 Continuing Coach Education units each renewal "
    "cycle, at least 24 in Core Competencies, of which at least 3 in Coaching Ethics; the rest may be "
    "Resource Development. 1 hour = 1 CCE unit."
)
_SUPERVISION = (
    "EMCC's guideline: about 1 hour of supervision for every 35 hours of coaching practice (a guide, "
    "not a fixed rule; change it to the ratio you work to)."
)


def _translated() -> dict[str, str]:
    # lupdate reads the literals below; the keys are the same words as the rules files hold them.
    return {
        _MENTORING: phrase(
            "services",
            "10 hours of Mentor Coaching over a minimum of three months; at least 3 of the 10 hours "
            "one-to-one; group Mentor Coaching may count for up to 7 hours, in groups of no more than 10 "
            "participants.",
        ),
        _RENEWAL_MENTORING: phrase(
            "services",
            "An ACC renewing for the first time also needs 10 hours of Mentor Coaching, received since the "
            "credential was awarded; the same structure applies (3 hours one-to-one, groups of at most "
            "10). Those hours may also be counted as Core Competencies CCE units.",
        ),
        _EDUCATION: phrase(
            "services",
            "All ICF credentials are valid for three years. 40 Continuing Coach Education units each "
            "renewal cycle, at least 24 in Core Competencies, of which at least 3 in Coaching Ethics; the "
            "rest may be Resource Development. 1 hour = 1 CCE unit.",
        ),
        _SUPERVISION: phrase(
            "services",
            "EMCC's guideline: about 1 hour of supervision for every 35 hours of coaching practice (a "
            "guide, not a fixed rule; change it to the ratio you work to).",
        ),
    }


def shown_wording(wording: str) -> str:
    """A rules file's ``wording`` in the app's language when it is one of the sentences the app ships.

    A sentence changed in the file shows as written (English) rather than as an outdated translation.
    """
    return _translated().get(wording, wording)
