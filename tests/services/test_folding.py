"""Folding: the one rule every list, picker and the hours log use to match and sort names."""

from __future__ import annotations

import pytest

from coachdesk.services.folding import fold


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("zoe", "Zoë Ørsted"),
        ("orsted", "Zoë Ørsted"),
        ("lukasz zolc", "Łukasz Żółć"),
        ("strasse", "Straße"),
        ("aeroe", "Ærøe"),
        ("дмитрий", "Дмитрий Иванов"),
    ],
)
def test_a_name_is_found_as_people_type_it(typed: str, name: str) -> None:
    assert fold(typed) in fold(name)  # both sides fold, as the filters do


def test_names_sort_with_their_plain_letters() -> None:
    names = ["Zoë", "Ørsted", "Oakley", "Łukasz", "Lars"]
    assert sorted(names, key=fold) == ["Lars", "Łukasz", "Oakley", "Ørsted", "Zoë"]
