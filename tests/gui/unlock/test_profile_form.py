"""The profile form's agreement terms: country, platforms, processors, authority, liability."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coachdesk.domain import CoachProfile
from coachdesk.services.errors import ValidationError
from coachdesk.ui.unlock.profile_form import ProfileForm

TERMS = {
    "platforms": "Zoom for sessions, Signal for messages",
    "processors": "Proton Mail (e-mail), Zoom (video)",
    "data_protection_authority": "CNIL, 3 Place de Fontenoy, 75007 Paris",
    "limitation_of_liability": "Liability is limited to the fees paid.",
}


def test_the_agreement_terms_are_collected_and_shown(qtbot: QtBot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.fields["name"].setText("Alex Moreau")  # type: ignore[union-attr]
    country = form.fields["country"]
    assert isinstance(country, QLineEdit)
    country.setText("France")
    for name, value in TERMS.items():
        edit = form.fields[name]
        assert isinstance(edit, QPlainTextEdit)
        edit.setPlainText(value)
    details = form.details()
    assert details.country == "France"
    assert {name: getattr(details, name) for name in TERMS} == TERMS

    again = ProfileForm()
    qtbot.addWidget(again)
    again.set_profile(CoachProfile(name="Alex Moreau", country="France", **TERMS))
    assert again.details() == details


def test_a_problem_with_a_term_is_shown_beside_it(qtbot: QtBot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.show_error(ValidationError("country", "The country must be one line."))
    qtbot.waitUntil(form.fields["country"].hasFocus)
    assert not form._errors["country"].isHidden()
    assert form._errors["country"].text() == "The country must be one line."
