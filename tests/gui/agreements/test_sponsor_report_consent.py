"""The sponsor report without the client's consent in force: the dialog says so and offers "Record
consent…" (prefilled to share with the sponsor); once recorded, the report can be written."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Client, Consent, ConsentScope, Engagement
from coachdesk.services.consents import withdraw_consent
from coachdesk.services.demo import populate_demo
from coachdesk.ui.agreements.sponsor_report_dialog import SponsorReportDialog
from coachdesk.ui.ethics.consent_dialogs import ConsentDialog
from coachdesk.ui.kit.document_export import DocumentExporter
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.vault import Vault

TODAY = date.today()
SPONSOR = "Nordlicht Energie GmbH"


@pytest.fixture
def engagement(vault: Vault) -> uuid.UUID:
    """Zoë Ørsted's three-way engagement, her consent to share with the sponsor withdrawn today."""
    with vault.session() as db:
        populate_demo(db, TODAY)
        zoe = db.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
        found = db.exec(select(Engagement).where(Engagement.client_id == zoe.id)).first()
        assert found is not None and found.sponsor_id is not None
        for consent in db.exec(
            select(Consent).where(
                Consent.client_id == zoe.id, Consent.scope == ConsentScope.SHARE_WITH_SPONSOR
            )
        ).all():
            if consent.withdrawn_on is None:
                withdraw_consent(db, consent.id, TODAY)
        return found.id


def _accept_as_prefilled(monkeypatch: pytest.MonkeyPatch, seen: list[ConsentDialog]) -> None:
    def exec_(dialog: ConsentDialog) -> int:
        seen.append(dialog)
        dialog.accept()  # saves only when the form opened with a scope and a recipient
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", exec_)


def test_the_refusal_offers_record_consent_and_clears_once_recorded(
    qtbot: QtBot, vault: Vault, engagement: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SponsorReportDialog(vault.session, engagement, "Report", today=TODAY)
    qtbot.addWidget(dialog)
    assert "withdrew" in dialog.consent_warning.text()
    assert dialog.record_consent_button.isVisibleTo(dialog)
    seen: list[ConsentDialog] = []
    _accept_as_prefilled(monkeypatch, seen)
    with qtbot.waitSignal(dialog.consent_recorded):
        dialog.record_consent_button.click()
    [form] = seen
    assert (form.scope.currentData(), form.recipient.text()) == (ConsentScope.SHARE_WITH_SPONSOR, SPONSOR)
    assert form.client_id == dialog.client_id
    assert not dialog.record_consent_button.isVisibleTo(dialog)
    assert "withdrew" not in dialog.consent_warning.text()
    dialog.export_button.click()
    assert dialog.result() == 1 and dialog.choice == "export"


def test_the_export_refused_for_want_of_consent_records_it_before_asking_where(
    qtbot: QtBot, vault: Vault, engagement: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SponsorReportDialog(vault.session, engagement, "Report", today=TODAY)
    qtbot.addWidget(dialog)
    steps: list[str] = []
    exporter = DocumentExporter(on_printed=lambda _p: None)
    exporter.offer_consent = lambda _p, _t, message: (steps.append(f"refused: {message}"), True)[1]
    exporter.choose_file = lambda _p, _c, _s: (steps.append("asked for a file"), str(tmp_path / "r.pdf"))[1]
    exporter.choose_recipient = lambda _p, _t, suggested: Recipient(suggested)
    exporter.report_error = lambda _p, _t, message: steps.append(f"error: {message}")
    _accept_as_prefilled(monkeypatch, [])
    exported = exporter.export(None, vault.session, dialog.document("Zoë Ørsted"))
    assert exported is not None and exported.path.exists()
    assert steps[0].startswith("refused:") and SPONSOR in steps[0]
    assert steps[1:] == ["asked for a file"]
