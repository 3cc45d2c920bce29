"""The referral workflow: the form (with a consent and a professional added on the way), status moves,
the letter refused without consent and exported with it, and the referral-fee conflict."""

from __future__ import annotations

import io
import uuid
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Conflict, ConflictKind, ConsentScope, GeneratedDocument, Referral, ReferralStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.db import DbFactory
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.ui.kit.form import index_of
from coachdesk.ui.referrals.letter_check import confirm_letter
from coachdesk.ui.referrals.referral_dialog import ReferralDialog
from coachdesk.ui.referrals.view import ReferralColumn, ReferralsView
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)


def _setup(vault: Vault, *, fee: bool = False) -> tuple[uuid.UUID, uuid.UUID]:
    with vault.session() as s:
        save_profile(s, ProfileDetails(name="Alex Moreau", credentials="ICF PCC"))
        client = create_client(s, ClientDetails(name="Zoë Ørsted")).created
        pro = create_professional(
            s, ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist", pays_referral_fee=fee)
        ).created
    assert client is not None and pro is not None
    return client, pro


def _view(qtbot: QtBot, vault: Vault) -> ReferralsView:
    view = ReferralsView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    view.inform = lambda _t, text: view.__dict__.setdefault("messages", []).append(text)  # type: ignore[method-assign]
    view.today = lambda: TODAY  # type: ignore[method-assign]
    return view


def test_the_form_refuses_what_is_missing_and_records_a_consent_on_the_way(
    qtbot: QtBot, vault: Vault
) -> None:
    client, pro = _setup(vault)
    dialog = ReferralDialog(vault.session, client_id=client)
    qtbot.addWidget(dialog)
    assert not dialog.client.isEnabled() and dialog.client.currentText() == "Zoë Ørsted"
    dialog.accept()
    assert dialog.error_text("professional_id").startswith("Choose whom")
    dialog.professional.setCurrentIndex(index_of(dialog.professional, pro))
    dialog.accept()
    assert "reason" in dialog.error_text("reason")
    dialog.reason.setPlainText("Trouble sleeping for months")
    dialog.referred_on.check.setChecked(True)
    assert dialog.follow_up_on.check.isChecked()  # a follow-up is suggested
    with vault.session() as s:
        assert s.exec(select(Referral)).all() == []
    consent_ids = []

    def record_consent() -> None:
        with vault.session() as s:
            consent_ids.append(
                create_consent(
                    s,
                    ConsentDetails(client, ConsentScope.REFERRAL, date(2026, 1, 1), recipient="Dr Ana Ruiz"),
                ).created
            )
        dialog._load_consents(select=consent_ids[0])

    record_consent()
    assert dialog.consent.currentData() == consent_ids[0] and "Dr Ana Ruiz" in dialog.consent.currentText()
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        saved = s.exec(select(Referral)).one()
        assert saved.consent_id == consent_ids[0] and saved.follow_up_on is not None


def test_letter_needs_consent_then_exports_and_is_recorded(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    client, pro = _setup(vault)
    with vault.session() as s:
        create_referral(
            s, ReferralDetails(client_id=client, professional_id=pro, reason="Sleep", referred_on=TODAY)
        )
    view = _view(qtbot, vault)
    errors: list[str] = []
    view.exporter.report_error = lambda _p, _t, message: errors.append(message)
    view.exporter.offer_consent = lambda _p, _t, message: (errors.append(message), False)[1]
    view.exporter.choose_file = lambda _p, _c, _s: str(tmp_path / "letter.pdf")
    view.table.selectRow(0)
    assert view.export_letter() is None
    assert "consent to referral to Dr Ana Ruiz is missing" in errors[0]
    assert not (tmp_path / "letter.pdf").exists()
    with vault.session() as s:
        consent = create_consent(
            s, ConsentDetails(client, ConsentScope.REFERRAL, date(2026, 1, 1), recipient="Dr Ana Ruiz")
        ).created
        referral = s.exec(select(Referral)).one()
        referral.consent_id = consent
        s.add(referral)
        s.commit()
    view.refresh()
    view.table.selectRow(0)
    asked: list[str] = []

    def _check(parent: QWidget, open_db: DbFactory, referral_id: uuid.UUID) -> bool:
        return confirm_letter(parent, open_db, referral_id, lambda _p, _t, q, _a: asked.append(q) is None)

    view.confirm_letter = _check  # type: ignore[method-assign]
    with qtbot.waitSignal(view.changed):
        exported = view.export_letter()
    assert "no way to reach the client" in asked[0]
    assert exported is not None
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(exported.path.read_bytes())).pages)
    assert "Zoë Ørsted" in text and "Dr Ana Ruiz" in text
    with vault.session() as s:
        assert s.exec(select(GeneratedDocument.sha256)).one() == exported.sha256


def test_status_moves_and_referrals_are_not_deleted(
    qtbot: QtBot, vault: Vault, qtmodeltester: ModelTester
) -> None:
    client, pro = _setup(vault)
    with vault.session() as s:
        create_referral(s, ReferralDetails(client_id=client, professional_id=pro, reason="Sleep"))
    view = _view(qtbot, vault)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.table.selectRow(0)
    view._fill_moves()
    assert [a.text() for a in view.move_menu.actions()] == ["Mark as sent", "Cancel the referral"]
    with qtbot.waitSignal(view.changed):
        view.move_to(ReferralStatus.SENT)
    assert view.proxy.index(0, ReferralColumn.STATUS).data() == "Sent"
    assert view.proxy.index(0, ReferralColumn.REFERRED_ON).data()  # sending dates the referral
    view.table.selectRow(0)
    assert view.move_to(ReferralStatus.COMPLETED) is None
    assert "cannot become completed" in view.messages[-1]  # type: ignore[attr-defined]
    assert view.delete_selected() is None
    assert "stays in the client's record" in view.messages[-1]  # type: ignore[attr-defined]
    assert view.model.rowCount() == 1


def test_a_referral_to_someone_paying_a_fee_becomes_a_conflict(
    qtbot: QtBot, vault: Vault, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    client, pro = _setup(vault, fee=True)
    view = _view(qtbot, vault)
    with vault.session() as s:
        made = create_referral(s, ReferralDetails(client_id=client, professional_id=pro, reason="Sleep"))
    assert made.created is not None
    changes = view._screen(vault.session, made.created)
    assert changes.touches("conflict")
    assert "pays you a referral fee" in view.messages[-1]  # type: ignore[attr-defined]
    with vault.session() as s:
        assert s.exec(select(Conflict.kind)).all() == [ConflictKind.REFERRAL_FEE]
