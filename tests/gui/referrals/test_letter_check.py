"""The referral form's letter fields and live check, and the question asked before a letter leaves."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import CoachingSession, ConsentScope, Referral, SessionStatus
from coachdesk.domain.ethics import RiskRaised, SharedItem
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.db import DbFactory
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.ui.kit.form import index_of
from coachdesk.ui.referrals.letter_check import confirm_letter
from coachdesk.ui.referrals.referral_dialog import ReferralDialog
from coachdesk.ui.referrals.view import ReferralsView
from coachdesk.vault import Vault

NOTE = "She told me the row with her manager left her shaking for a whole day"


def _setup(vault: Vault) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with vault.session() as s:
        save_profile(s, ProfileDetails(name="Alex Moreau", credentials="ICF PCC"))
        client = create_client(s, ClientDetails(name="Zoë Ørsted", email="zoe@example.org")).created
        pro = create_professional(
            s, ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist")
        ).created
        assert client is not None and pro is not None
        s.add(
            CoachingSession(
                client_id=client,
                starts_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
                status=SessionStatus.COMPLETED,
                private_notes=NOTE,
            )
        )
        s.commit()
        consent = create_consent(
            s,
            ConsentDetails(
                client,
                ConsentScope.REFERRAL,
                date(2026, 11, 20),
                recipient="Dr Ana Ruiz",
                shared_items=(SharedItem.REASON_IN_CLIENTS_WORDS, SharedItem.CONTACT_DETAILS),
            ),
        ).created
    assert consent is not None
    return client, pro, consent


def test_the_form_says_what_the_consent_covers_and_warns_about_note_text(qtbot: QtBot, vault: Vault) -> None:
    client, pro, consent = _setup(vault)
    dialog = ReferralDialog(vault.session, client_id=client)
    qtbot.addWidget(dialog)
    dialog.professional.setCurrentIndex(index_of(dialog.professional, pro))
    dialog.reason.setPlainText("Stress beyond the scope of coaching")
    dialog.consent.setCurrentIndex(index_of(dialog.consent, consent))
    assert dialog.consent_covers.text().startswith(
        "The letter may share: the reason for referral, contact details, "
        "the reason in the client's own words."
    )
    dialog.reason_in_clients_words.setPlainText(f"In her words: {NOTE}")
    qtbot.waitUntil(lambda: not dialog.warnings.isHidden())
    assert (
        "“In the client's words” repeats your notes of the session of 2 November 2026"
        in dialog.warnings.text()
    )
    dialog.reason_in_clients_words.setPlainText("I feel on edge at work")
    qtbot.waitUntil(dialog.warnings.isHidden)
    dialog.summary_client_read.setPlainText("A summary")  # written, but not consented: said so
    qtbot.waitUntil(lambda: "does not cover it" in dialog.warnings.text() and not dialog.warnings.isHidden())
    dialog.client_gets_copy.setChecked(True)
    dialog.risk_raised.setCurrentIndex(index_of(dialog.risk_raised, RiskRaised.NOT_KNOWN))
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        saved = s.exec(select(Referral)).one()
        assert (saved.reason_in_clients_words, saved.summary_client_read) == (
            "I feel on edge at work",
            "A summary",
        )
        assert (saved.client_gets_copy, saved.client_will_contact, saved.risk_raised) == (
            True,
            False,
            RiskRaised.NOT_KNOWN,
        )
    again = ReferralDialog(vault.session, saved.id)
    qtbot.addWidget(again)
    assert again.reason_in_clients_words.toPlainText() == "I feel on edge at work"
    assert again.client_gets_copy.isChecked() and again.risk_raised.currentData() == RiskRaised.NOT_KNOWN


def _view_with_referral(qtbot: QtBot, vault: Vault, words: str) -> ReferralsView:
    client, pro, consent = _setup(vault)
    with vault.session() as s:
        create_referral(
            s,
            ReferralDetails(
                client_id=client,
                professional_id=pro,
                reason="Stress",
                consent_id=consent,
                reason_in_clients_words=words,
                referred_on=date(2026, 11, 21),
            ),
        )
    view = ReferralsView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    view.table.selectRow(0)
    return view


def test_going_back_at_the_check_previews_nothing(qtbot: QtBot, vault: Vault) -> None:
    view = _view_with_referral(qtbot, vault, NOTE)
    asked: list[str] = []
    previewed: list[Any] = []

    def _check(parent: Any, open_db: DbFactory, referral_id: uuid.UUID) -> bool:
        return confirm_letter(parent, open_db, referral_id, lambda _p, _t, q, _a: bool(asked.append(q)))

    view.confirm_letter = _check  # type: ignore[method-assign]
    view.exporter.preview = lambda *args: previewed.append(args)  # type: ignore[method-assign]
    view.preview_letter()
    assert "repeats your notes of the session of 2 November 2026" in asked[0]
    assert previewed == []
    assert view.export_letter() is None and len(asked) == 2


def test_a_letter_with_nothing_to_check_asks_nothing(qtbot: QtBot, vault: Vault) -> None:
    view = _view_with_referral(qtbot, vault, "I feel on edge at work")
    previewed: list[Any] = []

    def _never(*_args: Any) -> bool:
        raise AssertionError("nothing to check, nothing to ask")

    view.confirm_letter = lambda parent, open_db, rid: confirm_letter(parent, open_db, rid, _never)  # type: ignore[method-assign]
    view.exporter.preview = lambda *args: previewed.append(args)  # type: ignore[method-assign]
    view.preview_letter()
    assert len(previewed) == 1
