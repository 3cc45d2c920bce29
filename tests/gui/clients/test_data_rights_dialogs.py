"""A client's records: the export flow writes the folder and says what it holds; erasure asks plainly."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QRect
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import (
    AuditAction,
    AuditEntry,
    Client,
    CoachingSession,
    Conflict,
    Consent,
    Goal,
    Referral,
)
from coachdesk.services.client_records import ErasurePlan
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import ConflictDetails, create_conflict
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.clients.data_rights_dialogs import (
    EraseClientDialog,
    erasure_summary,
    export_client_flow,
    record_lines,
    show_erasure_done,
)
from coachdesk.ui.kit.screen_fit import fit_to_screen
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)


@pytest.fixture
def zoe(vault: Vault) -> uuid.UUID:
    """Zoë with two sessions and a goal."""
    with vault.session() as s:
        client = create_client(s, ClientDetails(name="Zoë Ørsted", email="zoe@example.org")).created
        assert client is not None
        for day in (3, 10):
            create_session(
                s,
                SessionDetails(
                    client_id=client,
                    starts_at=datetime(2026, 11, day, 9, tzinfo=UTC),
                    status="completed",
                    private_notes="Talked about delegation.",
                ),
            )
        create_goal(s, GoalDetails(client_id=client, statement="Delegate the weekly report"))
    return client


class Shown:
    """Stands in for the message boxes: keeps what they would have said."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, _parent: object, title: str, message: str) -> None:
        self.messages.append((title, message))


# ----- export --------------------------------------------------------------------------------------


def test_export_into_a_folder_with_files_makes_a_new_folder_and_says_what_it_wrote(
    vault: Vault, zoe: uuid.UUID, tmp_path: Path
) -> None:
    (tmp_path / "something else.txt").write_text("already here")
    result, errors = Shown(), Shown()
    captions: list[str] = []

    def choose(_parent: object, caption: str) -> str:
        captions.append(caption)
        return str(tmp_path)

    changes = export_client_flow(
        None, vault.session, zoe, today=TODAY, choose_folder=choose, show_result=result, report_error=errors
    )
    assert changes is not None and changes.touches("audit_entry")
    assert captions == ["Choose where to save Zoë Ørsted's records"]
    folder = tmp_path / "Records of Zoë Ørsted 2026-11-27"
    record = json.loads((folder / "client.json").read_text(encoding="utf-8"))
    assert record["client"]["name"] == "Zoë Ørsted" and len(record["records"]["coaching_session"]) == 2
    ((title, message),) = result.messages
    assert title == "Client records exported"
    assert message.startswith(f"Zoë Ørsted's records were saved in {folder}:") and "• client.json" in message
    assert errors.messages == []
    with vault.session() as s:
        exported = select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORTED)
        assert s.exec(exported.where(AuditEntry.entity == "client")).one()
        # Each file is also in the outbound ledger (the client, on their request for their records).
        assert len(s.exec(exported.where(AuditEntry.entity == "outbound_entry")).all()) == 1
    again = export_client_flow(
        None, vault.session, zoe, today=TODAY, choose_folder=choose, show_result=result, report_error=errors
    )
    assert again is not None and (tmp_path / "Records of Zoë Ørsted 2026-11-27 (2)" / "client.json").exists()


def test_export_into_an_empty_folder_uses_it_and_a_failure_names_the_folder(
    vault: Vault, zoe: uuid.UUID, tmp_path: Path
) -> None:
    empty = tmp_path / "for Zoë"
    empty.mkdir()
    result, errors = Shown(), Shown()
    export_client_flow(
        None, vault.session, zoe, today=TODAY, choose_folder=lambda *_a: str(empty), show_result=result
    )
    assert (empty / "client.json").exists()
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    failed = export_client_flow(
        None,
        vault.session,
        zoe,
        today=TODAY,
        choose_folder=lambda *_a: str(blocked),
        show_result=result,
        report_error=errors,
    )
    assert failed is None and len(result.messages) == 1
    ((title, message),) = errors.messages
    assert title == "The records were not exported" and str(blocked) in message
    assert export_client_flow(None, vault.session, zoe, choose_folder=lambda *_a: "") is None


# ----- erasure -------------------------------------------------------------------------------------


def test_record_lines_count_in_words() -> None:
    assert record_lines((("coaching_session", 1), ("goal", 3), ("audit_entry", 1))) == [
        "1 session with its notes",
        "3 goals",
        "1 audit entry",
    ]


def test_erase_names_what_goes_and_the_backups_refuses_until_confirmed_then_removes(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    vault.save()
    vault.save()
    backups = vault.backups()
    assert backups
    dialog = EraseClientDialog(vault.session, zoe, vault.path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Erase a client"
    assert "Erase Zoë Ørsted and everything" in dialog.question.text()
    removed = dialog.removed.text()
    for line in ("Zoë Ørsted's client record", "2 sessions with their notes", "1 goal"):
        assert f"• {line}" in removed
    assert str(backups[0].path.parent) in dialog.backups.text()
    assert all(b.path.name in dialog.backups.text() for b in backups)
    assert "leave the rotated backups at the latest a year after the erasure" in dialog.backups.text()
    assert not dialog.erase_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.changes is None
    qtbot.keyClicks(dialog.name_box, "Zoe Orste")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.name_box, "d")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.touches("client")
    with vault.session() as s:
        assert s.get(Client, zoe) is None
        assert s.exec(select(CoachingSession)).all() == [] and s.exec(select(Goal)).all() == []
    vault.save()  # as the controller does straight after
    assert not vault.has_unsaved_changes


def test_erase_without_backups_says_so(qtbot: QtBot, vault: Vault, zoe: uuid.UUID) -> None:
    for backup in vault.backups():
        backup.path.unlink()
    dialog = EraseClientDialog(vault.session, zoe, vault.path)
    qtbot.addWidget(dialog)
    assert dialog.backups.text().startswith("There are no backups of this vault yet.")


def test_erase_of_a_client_already_gone_says_so_and_cannot_erase(qtbot: QtBot, vault: Vault) -> None:
    dialog = EraseClientDialog(vault.session, uuid.uuid4(), vault.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error.isVisible() and dialog.error.text() == "That client no longer exists."
    assert not dialog.name_box.isEnabled() and not dialog.erase_button.isEnabled()
    dialog.accept()
    assert dialog.changes is None


# ----- mentions in other records ---------------------------------------------------------------


@pytest.fixture
def mentioned(vault: Vault) -> dict[str, uuid.UUID]:
    """Zoë, who will be erased, and Björn, whose conflict, consent, session note and referral name her."""
    with vault.session() as s:
        zoe = create_client(s, ClientDetails(name="Zoë Ørsted", email="zoe.orsted@nordlicht.example")).created
        bjorn = create_client(s, ClientDetails(name="Björn Berg")).created
        assert zoe is not None and bjorn is not None
        conflict = create_conflict(
            s,
            ConflictDetails(
                "professional_relationship", "Björn reports to Zoë, who is also a client", client_id=bjorn
            ),
        ).created
        consent = create_consent(
            s,
            ConsentDetails(
                bjorn,
                "referral",
                date(2026, 3, 1),
                recipient="Dr Ada Lind",
                evidence="Copied to ZOE ORSTED by e-mail",
            ),
        ).created
        session = create_session(
            s,
            SessionDetails(
                bjorn,
                datetime(2026, 3, 2, 9, tzinfo=UTC),
                private_notes="Working with Ørsted is hard for him.",
            ),
        ).created
        professional = create_professional(
            s, ProfessionalDetails(name="Dr Ada Lind", profession="Therapist")
        ).created
        assert professional is not None and consent is not None
        referral = create_referral(
            s, ReferralDetails(bjorn, professional, "Stress since his conflict with Zoë.", consent_id=consent)
        ).created
    return {"zoe": zoe, "conflict": conflict, "consent": consent, "session": session, "referral": referral}  # type: ignore[dict-item]


def _texts(vault: Vault, ids: dict[str, uuid.UUID]) -> dict[str, str]:
    with vault.session() as s:
        conflict, consent = s.get(Conflict, ids["conflict"]), s.get(Consent, ids["consent"])
        session, referral = s.get(CoachingSession, ids["session"]), s.get(Referral, ids["referral"])
        assert conflict and consent and session and referral
        return {
            "conflict": conflict.description,
            "consent": consent.evidence,
            "session": session.private_notes,
            "referral": referral.reason,
        }


def _erase(qtbot: QtBot, dialog: EraseClientDialog) -> None:
    qtbot.keyClicks(dialog.name_box, "zoe orsted")
    dialog.erase_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_erase_lists_the_mentions_in_other_records_and_redacts_them_all(
    qtbot: QtBot, vault: Vault, mentioned: dict[str, uuid.UUID]
) -> None:
    vault.save()
    vault.save()
    dialog = EraseClientDialog(vault.session, mentioned["zoe"], vault.path)
    qtbot.addWidget(dialog)
    dialog.show()
    mentions = dialog.mentions
    assert mentions.isVisible()
    assert mentions.heading.text().startswith("Zoë Ørsted is named in 4 places in other records")
    rows = {row.mention.table: row for row in mentions.rows}
    assert set(rows) == {"conflict", "consent", "coaching_session", "referral"}
    conflict = rows["conflict"]
    assert conflict.place.text() == "Conflict record · Björn Berg — Description"
    assert "<b" in conflict.excerpt.text() and ">Zoë</b> , who" not in conflict.excerpt.text()
    assert (
        "Björn reports to <b" in conflict.excerpt.text()
        and ">Zoë</b>, who is also a client" in conflict.excerpt.text()
    )
    assert all(row.redact.isChecked() and row.redact.text() == "Redact" for row in mentions.rows)
    assert mentions.outcome.text().startswith('Each ticked mention will read "[name removed]"')
    _erase(qtbot, dialog)
    texts = _texts(vault, mentioned)
    assert texts == {
        "conflict": "Björn reports to [name removed], who is also a client",
        "consent": "Copied to [name removed] by e-mail",
        "session": "Working with [name removed] is hard for him.",
        "referral": "Stress since his conflict with [name removed].",
    }
    summary = dialog.summary
    assert summary.startswith("Zoë Ørsted and everything recorded about them were erased from the vault.")
    assert '4 mentions of Zoë Ørsted in other records now read "[name removed]".' in summary
    assert "unticked" not in summary
    assert "2 backups of the vault" in summary and str(vault.backups()[0].path.parent) in summary
    box = show_erasure_done(None, dialog)
    qtbot.addWidget(box)
    assert box.isVisible() and box.windowTitle() == "Client erased" and box.text() == summary


def test_an_unticked_mention_stays_and_the_confirmation_counts_both(
    qtbot: QtBot, vault: Vault, mentioned: dict[str, uuid.UUID]
) -> None:
    dialog = EraseClientDialog(vault.session, mentioned["zoe"], vault.path)
    qtbot.addWidget(dialog)
    (session_row,) = [row for row in dialog.mentions.rows if row.mention.table == "coaching_session"]
    assert session_row.place.text().startswith("Session of 20")  # the day tells sessions apart
    assert session_row.place.text().endswith(" · Björn Berg — Private notes")
    session_row.redact.setChecked(False)
    assert dialog.mentions.outcome.text() == (
        'The 3 ticked mentions will read "[name removed]" instead of the name, in the same step as the '
        "erasure; the unticked one stays as it is, and will still name Zoë Ørsted."
    )
    _erase(qtbot, dialog)
    texts = _texts(vault, mentioned)
    assert texts["session"] == "Working with Ørsted is hard for him."
    assert texts["conflict"] == "Björn reports to [name removed], who is also a client"
    assert '3 mentions of Zoë Ørsted in other records now read "[name removed]".' in dialog.summary
    assert "1 mention you left unticked still names Zoë Ørsted." in dialog.summary


def test_nothing_ticked_keeps_every_mention(
    qtbot: QtBot, vault: Vault, mentioned: dict[str, uuid.UUID]
) -> None:
    before = _texts(vault, mentioned)
    dialog = EraseClientDialog(vault.session, mentioned["zoe"], vault.path)
    qtbot.addWidget(dialog)
    for row in dialog.mentions.rows:
        row.redact.setChecked(False)
    assert dialog.mentions.outcome.text().startswith("Nothing is ticked: every mention stays as it is")
    _erase(qtbot, dialog)
    assert _texts(vault, mentioned) == before
    assert (
        "0 mentions" in dialog.summary
        and "4 mentions you left unticked still name Zoë Ørsted." in dialog.summary
    )


def test_without_mentions_the_list_is_hidden_and_the_confirmation_says_none(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID
) -> None:
    dialog = EraseClientDialog(vault.session, zoe, vault.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.mentions.isVisible() and dialog.mentions.rows == []
    dialog.name_box.setText("Zoë Ørsted")
    dialog.erase_button.click()
    assert "mention" not in dialog.summary and dialog.summary.startswith("Zoë Ørsted and everything")


def test_many_mentions_scroll_inside_a_dialog_that_fits_a_small_screen(
    qtbot: QtBot, vault: Vault, mentioned: dict[str, uuid.UUID]
) -> None:
    with vault.session() as s:
        bjorn = s.exec(select(Client).where(Client.name == "Björn Berg")).one().id
        for day in range(3, 28):
            create_session(
                s, SessionDetails(bjorn, datetime(2026, 3, day, 9, tzinfo=UTC), private_notes="Zoë again.")
            )
    dialog = EraseClientDialog(vault.session, mentioned["zoe"], vault.path)
    qtbot.addWidget(dialog)
    dialog.show()
    fit_to_screen(dialog, QRect(0, 0, 1024, 700))
    assert len(dialog.mentions.rows) == 29
    assert dialog.height() <= 700 and dialog.width() <= 1024
    assert dialog.mentions.scroll_area.verticalScrollBar().maximum() > 0
    assert dialog.erase_button.isVisible() and dialog.name_box.isVisible()


def test_the_confirmation_says_until_when_backups_hold_the_records(tmp_path: Path) -> None:
    backups = (tmp_path / "v.cdvault-backups" / "a.cdvault", tmp_path / "v.cdvault-backups" / "b.cdvault")
    plan = ErasurePlan(uuid.uuid4(), "Zoë Ørsted", (("goal", 1),), backups)
    summary = erasure_summary("Zoë Ørsted", 1, 0, plan, None, today=date(2028, 2, 29))
    until = QLocale().toString(QDate(2029, 2, 28), QLocale.FormatType.LongFormat)
    assert '1 mention of Zoë Ørsted in other records now read "[name removed]".' in summary
    assert f"2 backups of the vault, in {backups[0].parent}, still hold their records" in summary
    assert f"by {until} at the latest none will" in summary
    plain = erasure_summary("Zoë Ørsted", 0, 0, ErasurePlan(uuid.uuid4(), "Zoë Ørsted", (), ()), None, TODAY)
    assert "mention" not in plain and "becomes a backup when CoachDesk saves" in plain
