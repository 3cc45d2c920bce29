"""A consent names its recipient as the coach wrote it: a professional's title may be left out, even of
a two-word name, but a title alone names no one else and a blank name is named by no consent."""

from __future__ import annotations

import pytest

from coachdesk.services.consent_rules import names


@pytest.mark.parametrize(
    ("recipient", "professional", "covered"),
    [
        ("Laurent", "Dr Laurent", True),
        ("Mme Laurent, Cabinet Laurent", "Dr. Laurent", True),
        ("Inès Laurent", "Dr. Inès Laurent", True),
        ("Dr Laurent", "Dr Laurent", True),
        ("Dr Paul", "Dr Laurent", False),
        ("Dr", "Dr", True),  # a one-word name is never taken for a title
        ("Anyone at all", "", False),
        ("Anyone at all", "   ", False),
        ("Acme - HR", "", False),
        ("", "", False),
    ],
)
def test_a_consent_names_the_professional_with_or_without_a_title(
    recipient: str, professional: str, covered: bool
) -> None:
    assert names(recipient, professional) is covered
