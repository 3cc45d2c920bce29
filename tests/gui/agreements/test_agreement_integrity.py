"""The agreement editor: an undecided conflict blocks a move and opens its decision; a signed
agreement says so and keeps its written amendments."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import AgreementAmendment, Conflict, ConflictDecision, Engagement, EngagementStatus
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.ui.agreements.amendments import AmendmentDialog
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.ethics.conflict_dialogs import ConflictDecisionDialog
from coachdesk.ui.kit.form import to_qdate
from coachdesk.vault import Vault

S = EngagementStatus
TODAY = date(2026, 3, 2)


def _id(value: uuid.UUID | None) -> uuid.UUID:
    assert value is not None
    return value


def _agreement(vault: Vault) -> uuid.UUID:
    with vault.session() as s:
        client = _id(create_client(s, ClientDetails(name="Zoë Ørsted")).created)
        return _id(create_engagement(s, EngagementDetails(client_id=client, title="First 100 days")).created)


def _editor(qtbot: QtBot, vault: Vault, engagement: uuid.UUID) -> EngagementEditor:
    editor = EngagementEditor(vault.session, engagement, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _status(vault: Vault) -> EngagementStatus:
    with vault.session() as s:
        return s.exec(select(Engagement)).one().status


def test_an_undecided_conflict_blocks_sending_and_the_editor_opens_its_decision(
    qtbot: QtBot, vault: Vault
) -> None:
    engagement = _agreement(vault)
    with vault.session() as s:
        client = s.exec(select(Engagement)).one().client_id
        conflict = _id(create_conflict(s, ConflictDetails("financial_benefit", "Shares", client)).created)
    editor = _editor(qtbot, vault, engagement)
    editor.status_panel.buttons[S.SENT].click()
    assert "cannot be sent" in editor.status_panel.error_text()
    assert "Financial benefit" in editor.status_panel.error_text()
    assert editor.status_panel.decide_button.isVisible()
    assert _status(vault) is S.DRAFT
    shown: list[QDialog] = []

    def decide(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConflictDecisionDialog) and dialog.record_id == conflict
        shown.append(dialog)
        dialog.choice_buttons[ConflictDecision.DECLINE].setChecked(True)
        dialog.document_wording.setPlainText("The coach holds shares in a supplier of the organisation.")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    editor.run_dialog = decide
    editor.status_panel.decide_button.click()
    assert len(shown) == 1
    assert not editor.status_panel.decide_button.isVisible() and editor.status_panel.error_text() == ""
    with vault.session() as s:
        decided = s.get(Conflict, conflict)
        assert decided is not None and decided.decision is ConflictDecision.DECLINE
    editor.status_panel.buttons[S.SENT].click()
    assert _status(vault) is S.SENT
    editor.reject()
    assert editor.changes is not None and conflict in editor.changes.ids


def test_a_draft_has_no_amendments_tab(qtbot: QtBot, vault: Vault) -> None:
    editor = _editor(qtbot, vault, _agreement(vault))
    assert not editor.tabs.isTabVisible(editor.amendments_tab)
    assert not editor.status_panel.signed_note.isVisibleTo(editor)


def test_a_signed_agreement_says_so_and_keeps_its_written_amendments(qtbot: QtBot, vault: Vault) -> None:
    engagement = _agreement(vault)
    with vault.session() as s:
        set_engagement_status(s, engagement, S.SENT, date(2026, 2, 1))
        set_engagement_status(s, engagement, S.SIGNED, date(2026, 2, 3))
    editor = _editor(qtbot, vault, engagement)
    note = editor.status_panel.signed_note
    assert note.isVisibleTo(editor) and "kept as it was signed" in note.text()
    assert "Amendments tab" in note.text()
    assert editor.tabs.isTabVisible(editor.amendments_tab)
    panel = editor.amendments
    editor.tabs.setCurrentIndex(editor.amendments_tab)
    assert "keeps the agreement as it was signed" in panel.notice.text()
    assert "agreement in writing" in panel.notice.text()
    assert not panel.edit_button.isEnabled()

    def fill(text: str, day: date) -> object:
        def run(dialog: QDialog) -> bool:
            assert isinstance(dialog, AmendmentDialog)
            dialog.agreed_on.setDate(to_qdate(day))
            dialog.what_changed.setPlainText(text)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        return run

    panel.run_dialog = fill("", date(2026, 3, 1))  # type: ignore[assignment]
    panel.add_button.click()  # refused: nothing written, the dialog stays open with the reason
    assert panel.model.rowCount() == 0
    panel.run_dialog = fill("Two further sessions, ten in all", date(2026, 3, 1))  # type: ignore[assignment]
    panel.add_button.click()
    assert [r.what_changed for r in panel.model.rows()] == ["Two further sessions, ten in all"]
    panel.run_dialog = fill("Two further sessions (ten in all)", date(2026, 3, 2))  # type: ignore[assignment]
    panel.edit_button.click()
    [row] = panel.model.rows()
    assert (row.agreed_on, row.what_changed) == (date(2026, 3, 2), "Two further sessions (ten in all)")
    asked: list[str] = []
    panel.confirm = lambda _title, question: asked.append(question) or True  # type: ignore[func-returns-value]
    panel.delete_button.click()
    assert "Reprints will no longer list it" in asked[0] and panel.model.rowCount() == 0
    with vault.session() as s:
        assert s.exec(select(AgreementAmendment)).all() == []
    editor.reject()
    assert editor.changes is not None and editor.changes.touches("agreement_amendment")
