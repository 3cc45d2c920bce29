"""The ethics dialogs: screening, deciding a conflict, consent and its withdrawal, disclosure, boundaries."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import (
    BoundaryIncident,
    ClientStatus,
    Conflict,
    ConflictDecision,
    ConflictKind,
    Consent,
    ConsentScope,
    Disclosure,
    DisclosureBasis,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.screening import screen_client
from coachdesk.ui.ethics.conflict_dialogs import ConflictDecisionDialog, ScreeningDialog
from coachdesk.ui.ethics.consent_dialogs import (
    BoundaryIncidentDialog,
    ConsentDialog,
    DisclosureDialog,
    WithdrawConsentDialog,
)
from coachdesk.ui.kit.form import index_of
from coachdesk.vault import Vault


def _client(vault: Vault, name: str = "Zoë Ørsted", **details: object) -> uuid.UUID:
    with vault.session() as s:
        created = create_client(s, ClientDetails(name=name, **details)).created  # type: ignore[arg-type]
    assert created is not None
    return created


def test_screening_records_findings_and_declarations(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as s:
        acme = create_organisation(s, OrganisationDetails(name="Acme Ltd")).created
    _client(vault, "Ada Active", organisation_id=acme, status=ClientStatus.ACTIVE)
    new = _client(vault, organisation_id=acme)
    with vault.session() as s:
        findings = screen_client(s, new)
    dialog = ScreeningDialog(vault.session, findings, new)
    qtbot.addWidget(dialog)
    assert dialog.answers[ConflictKind.PERSONAL_RELATIONSHIP].hasFocus() or not dialog.isVisible()
    dialog.answers[ConflictKind.PROFESSIONAL_RELATIONSHIP].setText("Her firm buys my workshops")
    dialog.answers[ConflictKind.OTHER].setText("bad\x00text")
    dialog.accept()
    assert dialog.error_text("other") and dialog.changes is None
    with vault.session() as s:
        assert s.exec(select(Conflict)).all() == []  # nothing half-recorded
    dialog.answers[ConflictKind.OTHER].clear()
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        kinds = sorted(c.kind for c in s.exec(select(Conflict)).all())
    assert kinds == sorted([ConflictKind.SAME_ORGANISATION, ConflictKind.PROFESSIONAL_RELATIONSHIP])


def test_deciding_to_proceed_needs_safeguards(qtbot: QtBot, vault: Vault) -> None:
    client = _client(vault)
    with vault.session() as s:
        conflict = create_conflict(s, ConflictDetails("other", "Coached her manager", client)).created
    assert conflict is not None
    dialog = ConflictDecisionDialog(vault.session, conflict)
    qtbot.addWidget(dialog)
    assert "Coached her manager" in dialog.what.text()
    dialog.accept()
    assert dialog.error_text("decision") == "Choose what you decided."
    dialog.choice_buttons[ConflictDecision.PROCEED_WITH_SAFEGUARDS].setChecked(True)
    dialog.accept()
    assert "safeguards" in dialog.error_text("safeguards")
    dialog.safeguards.setPlainText("Never discuss one with the other")
    dialog.decided_on.setDate(QDate(2026, 11, 20))
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        saved = s.get(Conflict, conflict)
        assert saved is not None
        assert (saved.decision, saved.safeguards, saved.decided_on) == (
            ConflictDecision.PROCEED_WITH_SAFEGUARDS,
            "Never discuss one with the other",
            date(2026, 11, 20),
        )


def test_consent_dialog_validates_and_records(qtbot: QtBot, vault: Vault) -> None:
    client = _client(vault)
    dialog = ConsentDialog(vault.session, client_id=client)
    qtbot.addWidget(dialog)
    assert dialog.client_label.text() == "Zoë Ørsted"
    dialog.accept()
    assert dialog.error_text("scope") == "Choose the scope."
    dialog.scope.setCurrentIndex(index_of(dialog.scope, ConsentScope.REFERRAL))
    dialog.accept()
    assert "who may receive" in dialog.error_text("recipient")
    dialog.recipient.setText("Dr Ana Ruiz")
    dialog.granted_on.setDate(QDate(2026, 11, 1))
    dialog.has_expiry.setChecked(True)
    dialog.expires_on.setDate(QDate(2026, 10, 1))
    dialog.accept()
    assert "before the date consent was given" in dialog.error_text("expires_on")
    with vault.session() as s:
        assert s.exec(select(Consent)).all() == []
    dialog.expires_on.setDate(QDate(2027, 11, 1))
    dialog.accept()
    assert dialog.changes is not None and dialog.changes.created is not None
    consent_id = dialog.changes.created
    edit = ConsentDialog(vault.session, client_id=client, consent_id=consent_id)
    qtbot.addWidget(edit)
    assert edit.recipient.text() == "Dr Ana Ruiz" and edit.has_expiry.isChecked()
    withdraw = WithdrawConsentDialog(vault.session, consent_id)
    qtbot.addWidget(withdraw)
    assert "Zoë Ørsted withdraws their consent (referral with Dr Ana Ruiz)" in withdraw.what.text()
    withdraw.withdrawn_on.setDate(QDate(2026, 11, 27))
    withdraw.accept()
    assert withdraw.changes is not None
    with vault.session() as s:
        saved = s.get(Consent, consent_id)
        assert saved is not None and saved.withdrawn_on == date(2026, 11, 27)


def test_a_disclosure_without_a_basis_is_refused(qtbot: QtBot, vault: Vault) -> None:
    client = _client(vault)
    dialog = DisclosureDialog(vault.session, client)
    qtbot.addWidget(dialog)
    dialog.recipient.setText("Emergency services")
    dialog.what_was_disclosed.setPlainText("Stated intention to harm a colleague")
    dialog.accept()
    assert dialog.error_text("basis") == "Choose the basis for the disclosure."
    dialog.basis.setCurrentIndex(index_of(dialog.basis, DisclosureBasis.CLIENT_CONSENT))
    dialog.accept()
    assert "no consent in force" in dialog.error_text("basis")
    dialog.basis.setCurrentIndex(index_of(dialog.basis, DisclosureBasis.RISK_OF_HARM_TO_OTHERS))
    dialog.client_informed.setChecked(True)
    dialog.disclosed_on.setDate(QDate(2026, 11, 20))
    dialog.client_informed_on.setDate(QDate(2026, 11, 19))
    dialog.accept()
    assert "before the date of the disclosure" in dialog.error_text("client_informed_on")
    with vault.session() as s:
        assert s.exec(select(Disclosure)).all() == []
    dialog.client_informed_on.setDate(QDate(2026, 11, 21))
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        saved = s.exec(select(Disclosure)).one()
        assert saved.basis == DisclosureBasis.RISK_OF_HARM_TO_OTHERS and saved.client_informed


def test_boundary_incident_dialog(qtbot: QtBot, vault: Vault) -> None:
    client = _client(vault)
    dialog = BoundaryIncidentDialog(vault.session, client)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("kind") and dialog.changes is None
    dialog.kind.setCurrentIndex(2)
    dialog.accept()
    assert dialog.error_text("description")
    dialog.description.setPlainText("Offered concert tickets")
    dialog.action_taken.setPlainText("Declined with thanks")
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        assert s.exec(select(BoundaryIncident.description)).all() == ["Offered concert tickets"]
