"""Ethics beside the session editor: the agreement's boundaries, a boundary incident, and a concern
that leads into the referral workflow."""

from __future__ import annotations

import uuid
from datetime import date

from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import BoundaryIncident, CoachingSession, ConcernFlag, Referral
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.ui.kit.form import index_of
from coachdesk.ui.referrals.referral_dialog import ReferralDialog
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.sessions.editor_ethics import NO_TERMS, referral_reason
from coachdesk.vault import Vault


def _practice(vault: Vault) -> tuple[uuid.UUID, uuid.UUID]:
    with vault.session() as s:
        client = create_client(s, ClientDetails(name="Zoë Ørsted")).created
        assert client is not None
        engagement = create_engagement(
            s,
            EngagementDetails(
                client_id=client,
                title="Leading",
                contact_channels="E-mail only",
                contact_hours="Weekdays 9–17",
                gifts_policy="No gifts",
            ),
        ).created
        assert engagement is not None
        for status in ("sent", "signed", "active"):
            set_engagement_status(s, engagement, status, date(2026, 9, 1))
        pro = create_professional(
            s, ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist")
        ).created
        assert pro is not None
    return client, pro


def test_the_agreements_boundaries_stand_beside_the_session(qtbot: QtBot, vault: Vault) -> None:
    client, _pro = _practice(vault)
    editor = SessionEditor(vault.session, None, client)
    qtbot.addWidget(editor)
    text = editor.ethics.terms.text()
    assert "Channels: E-mail only" in text and "Hours: Weekdays 9–17" in text and "Gifts: No gifts" in text
    editor.engagement.setCurrentIndex(index_of(editor.engagement, None))
    assert editor.ethics.terms.text() == NO_TERMS


def test_a_concern_leads_into_a_referral_with_its_reason_begun(qtbot: QtBot, vault: Vault) -> None:
    client, pro = _practice(vault)
    editor = SessionEditor(vault.session, None, client)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.ethics.referral_button.isVisibleTo(editor)
    editor.concerns[ConcernFlag.MENTAL_HEALTH].setChecked(True)
    assert editor.ethics.referral_button.isVisibleTo(editor)
    seen: list[str] = []

    def refer(dialog: ReferralDialog) -> bool:  # type: ignore[override]
        seen.append(dialog.reason.toPlainText())
        dialog.professional.setCurrentIndex(index_of(dialog.professional, pro))
        dialog.accept()
        return dialog.result() == 1

    editor.run_dialog = refer  # type: ignore[assignment]
    assert editor.consider_referral() is not None
    assert seen == [referral_reason([ConcernFlag.MENTAL_HEALTH])] and "mental" in seen[0].lower()
    with vault.session() as s:
        assert s.exec(select(Referral.client_id)).all() == [client]
        assert len(s.exec(select(CoachingSession)).all()) == 1  # the new session was saved first
    assert editor.changes is not None and editor.changes.touches("referral")
    notice = editor.ethics.notice
    assert notice.isVisibleTo(editor) and "Referral to Dr Ana Ruiz saved" in notice.text()


def test_a_cancelled_referral_confirms_nothing(qtbot: QtBot, vault: Vault) -> None:
    client, _pro = _practice(vault)
    editor = SessionEditor(vault.session, None, client)
    qtbot.addWidget(editor)
    editor.show()
    editor.concerns[ConcernFlag.MENTAL_HEALTH].setChecked(True)
    editor.run_dialog = lambda _dialog: False  # type: ignore[assignment]
    assert editor.consider_referral() is None
    assert not editor.ethics.notice.isVisibleTo(editor)


def test_a_boundary_incident_is_logged_from_the_session(qtbot: QtBot, vault: Vault) -> None:
    client, _pro = _practice(vault)
    editor = SessionEditor(vault.session, None, client)
    qtbot.addWidget(editor)

    def log(dialog):  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(1)
        dialog.description.setPlainText("Texted at midnight")
        dialog.accept()
        return dialog.result() == 1

    editor.run_dialog = log  # type: ignore[assignment]
    assert editor.log_incident() is not None
    with vault.session() as s:
        assert s.exec(select(BoundaryIncident.description)).all() == ["Texted at midnight"]
    assert "Boundary incident logged" in editor.ethics.notice.text()
