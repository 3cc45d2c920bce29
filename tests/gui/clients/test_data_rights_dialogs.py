"""A client's records: the export flow writes the folder and says what it holds; erasure asks plainly."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import AuditAction, AuditEntry, Client, CoachingSession, Goal
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.goals import GoalDetails, create_goal
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog, export_client_flow, record_lines
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
        assert s.exec(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORTED)).one()
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
