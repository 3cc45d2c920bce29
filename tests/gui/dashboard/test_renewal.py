"""The dashboard's line about the next renewal: when it is due and what it still lacks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.credential_readiness import NextRenewal
from coachdesk.services.education import EducationDetails, create_education
from coachdesk.services.held_credentials import HeldCredentialDetails, create_held_credential
from coachdesk.ui.dashboard.renewal import renewal_text
from coachdesk.ui.dashboard.view import DashboardView
from coachdesk.vault import Vault

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def _day(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def test_the_next_renewal_and_what_it_lacks(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        create_client(db, ClientDetails(name="Zoë Ørsted"))
    view = DashboardView()
    qtbot.addWidget(view)
    view.now = lambda: NOW
    view.attach(vault.session)
    assert view.hours_tile.renewal.isHidden()  # no credential held yet

    with vault.session() as db:
        create_held_credential(db, HeldCredentialDetails("ICF", "PCC", "2024-04-05", "2027-04-05"))
        create_education(db, EducationDetails("Ethics", "2026-03-01", "3", "coaching_ethics"))
    view.refresh()
    label = view.hours_tile.renewal
    assert not label.isHidden()
    assert label.text() == (
        f"ICF PCC renewal due {_day(date(2027, 4, 5))} · missing: 37 more CCE units (3 so far); "
        "21 more Core Competencies units"
    )
    view.clear()
    assert label.isHidden() and label.text() == ""


def test_a_renewal_with_nothing_missing_says_so() -> None:
    text = renewal_text(NextRenewal("EMCC Senior Practitioner", date(2027, 1, 10), ()), QLocale("en_GB"))
    assert text == "EMCC Senior Practitioner renewal due 10/01/2027: everything it asks is in place"


def test_the_next_level_and_what_it_lacks(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        create_client(db, ClientDetails(name="Zoë Ørsted"))
    view = DashboardView()
    qtbot.addWidget(view)
    view.now = lambda: NOW
    view.attach(vault.session)
    label = view.hours_tile.next_level
    # No credential held: the next level is ACC, and everything it asks is still missing.
    assert not label.isHidden()
    assert label.text() == (
        "Applying for ICF ACC · 0 of 7 met · missing: Coaching hours, Paid hours, Clients, "
        "Hours in the last 18 months, Mentor coaching, Mentor coaching one-to-one, "
        "Mentor coaching spread over at least 3 months"
    )

    with vault.session() as db:
        create_held_credential(db, HeldCredentialDetails("ICF", "MCC", "2024-04-05", "2027-04-05"))
    view.refresh()
    assert label.isHidden()  # MCC is the last level
    view.clear()
    assert label.text() == ""
