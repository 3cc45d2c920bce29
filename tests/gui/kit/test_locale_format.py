"""The app's locale: en_GB under C/POSIX (no "5 12 2026"), money as documents write it, consent dates."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from coachdesk.domain import ConsentScope, EngagementStatus, FeeBasis, Payer
from coachdesk.services.agreement_list import AgreementRow
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.ui.agreements.table import AgreementColumn, AgreementTableModel
from coachdesk.ui.kit.locale_format import app_locale_name, money_text, use_sane_locale
from coachdesk.ui.kit.row_table import local_date_text
from coachdesk.ui.referrals.referral_dialog import ReferralDialog
from coachdesk.vault import Vault

DAY = date(2026, 12, 5)
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """Each test sets the app's default locale; the one before is put back after."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


def _row(start: date) -> AgreementRow:
    return AgreementRow(
        id=uuid.uuid4(),
        client_id=uuid.uuid4(),
        client_name="Zoë Ørsted",
        title="First 100 days",
        sponsor="",
        three_way=False,
        status=EngagementStatus.ACTIVE,
        start_date=start,
        end_date=None,
        sent_on=None,
        signed_on=start,
        sessions_planned=6,
        sessions_done=0,
        fee_minor=250000,
        currency="NOK",
        fee_basis=FeeBasis.PER_SESSION,
        payer=Payer.CLIENT,
    )


def test_under_the_c_locale_dates_read_as_en_gb_after_start_up(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale.c())
    assert local_date_text(DAY) == "5 12 2026"  # what a coach under C.UTF-8 saw
    model = AgreementTableModel()
    model.set_rows([_row(DAY)])
    use_sane_locale(QLocale.c())
    model.set_rows([_row(DAY)])
    for column in (AgreementColumn.START, AgreementColumn.SIGNED):
        assert model.index(0, column).data() == "05/12/2026"
    assert local_date_text(DAY) == QLocale("en_GB").toString(DAY, QLocale.FormatType.ShortFormat)


@pytest.mark.parametrize("system", ["C", "POSIX"])
def test_start_up_given_a_c_locale_name_uses_en_gb(system: str) -> None:
    QLocale.setDefault(QLocale.c())
    assert use_sane_locale(system).name() == "en_GB"
    assert local_date_text(DAY) == "05/12/2026"


def test_start_up_keeps_a_real_locale() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert use_sane_locale("fr_FR").name() == "de_DE"  # nothing changed: the system names a language
    assert local_date_text(DAY) == "05.12.26"


def test_money_in_the_app_follows_its_locale() -> None:
    assert money_text(12000, "EUR", QLocale("en_GB")) == "€120.00"
    assert money_text(250000, "NOK", QLocale("en_GB")) == f"NOK{NBSP}2,500.00"
    assert money_text(12000, "EUR", QLocale("fr_FR")) == f"120,00{NBSP}€"
    assert money_text(250000, "NOK", QLocale("de_DE")) == f"2.500,00{NBSP}NOK"
    # C/POSIX falls back to en_GB, never to "2500.00NOK".
    assert app_locale_name(QLocale.c()) == "en_GB"
    assert money_text(250000, "NOK", QLocale.c()) == f"NOK{NBSP}2,500.00"
    QLocale.setDefault(QLocale("fr_FR"))
    assert money_text(12000, "EUR") == f"120,00{NBSP}€"


def test_the_consent_picker_shows_the_app_s_dates(qtbot: QtBot, vault: Vault) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    with vault.session() as db:
        client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
        assert client is not None
        create_consent(
            db, ConsentDetails(client, ConsentScope.REFERRAL, date(2026, 1, 9), recipient="Dr Ana Ruiz")
        )
    dialog = ReferralDialog(vault.session, client_id=client)
    qtbot.addWidget(dialog)
    texts = [dialog.consent.itemText(i) for i in range(dialog.consent.count())]
    assert any("given 09/01/2026" in text for text in texts), texts
    assert not any("2026-01-09" in text for text in texts)
