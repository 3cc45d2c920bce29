"""The sponsor report dialog: the client's own goals one by one, the next three-way review, and a warning
when the client's consent ends before the engagement does."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from coachdesk.domain import Client, Engagement
from coachdesk.services.demo import populate_demo
from coachdesk.ui.agreements.sponsor_report_dialog import SponsorReportDialog
from coachdesk.vault import Vault

TODAY = date.today()


def _engagement(db: Session, client: str) -> uuid.UUID:
    found = db.exec(
        select(Engagement.id).join(Client, Client.id == Engagement.client_id).where(Client.name == client)
    ).first()
    assert found is not None
    return found


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.session() as db:
        populate_demo(db, TODAY)
    return vault


def _dialog(qtbot: QtBot, vault: Vault, client: str) -> SponsorReportDialog:
    with vault.session() as db:
        engagement = _engagement(db, client)
    dialog = SponsorReportDialog(vault.session, engagement, "Report", today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_the_consent_ending_before_the_engagement_is_warned_about(qtbot: QtBot, demo: Vault) -> None:
    dialog = _dialog(qtbot, demo, "Zoë Ørsted")
    assert dialog.consent_warning.isVisibleTo(dialog)
    warning = dialog.consent_warning.text()
    assert "Nordlicht Energie GmbH" in warning and "before the engagement ends" in warning


def test_each_of_the_clients_own_goals_is_picked_on_its_own_and_the_review_kept(
    qtbot: QtBot, demo: Vault
) -> None:
    dialog = _dialog(qtbot, demo, "Zoë Ørsted")
    assert [c.text() for c in dialog.client_goals.values()] == ["Hand weekly reporting to my two leads"]
    assert dialog.next_review.value() == TODAY + timedelta(days=14)
    pdf = dialog.document("Zoë Ørsted").source.render
    with demo.session() as db:
        before = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf(db))).pages).split())
    assert "Hand weekly reporting" not in before

    next(iter(dialog.client_goals.values())).setChecked(True)
    review = TODAY + timedelta(days=21)
    dialog.next_review.set_value(review)
    dialog.export_button.click()
    assert dialog.result() == 1 and dialog.choice == "export"
    with demo.session() as db:
        assert db.get(Engagement, _engagement(db, "Zoë Ørsted")).next_review_on == review  # type: ignore[union-attr]
        pdf_bytes = dialog.document("Zoë Ørsted").source.render(db)
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes)).pages).split())
    assert "Hand weekly reporting to my two leads" in words
    assert "My two leads have written the weekly report for three weeks." in words
    assert f"planned for {review.day}" in words


def test_an_organisations_goal_without_the_clients_agreement_is_named_as_left_out(
    qtbot: QtBot, demo: Vault
) -> None:
    dialog = _dialog(qtbot, demo, "Zoë Ørsted")
    notes = [label.text() for label in dialog.findChildren(type(dialog.consent_warning))]
    assert any("1 organisation goal(s) left out" in note for note in notes)


def test_only_what_the_agreement_provides_for_is_asked(qtbot: QtBot, demo: Vault) -> None:
    dialog = _dialog(qtbot, demo, "Mateus Gonçalves")  # attendance only; no consent on record
    layout = dialog.form.layout_
    assert not layout.isRowVisible(dialog.summary) and not layout.isRowVisible(dialog.summary_agreed)
    assert not layout.isRowVisible(dialog.form.fields["client_goal_ids"])
    assert "consent to share information with" in dialog.consent_warning.text()
    dialog.preview_button.click()
    assert dialog.result() == 0 and "consent" in dialog.form.message()


def test_an_agreement_gone_meanwhile_is_named_not_a_crash(
    qtbot: QtBot, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from coachdesk.services.engagements import delete_engagement
    from coachdesk.ui.agreements.sponsor_report_dialog import sponsor_report_flow

    with demo.session() as db:
        engagement = _engagement(db, "Zoë Ørsted")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    row = type("Row", (), {"id": engagement, "title": "Report", "client_name": "Zoë Ørsted"})()
    with demo.session() as db:
        delete_engagement(db, engagement)
    parent = QWidget()
    qtbot.addWidget(parent)
    sponsor_report_flow(parent, demo.session, None, row, lambda _e: None)  # type: ignore[arg-type]
    assert told and "engagement" in told[0]
