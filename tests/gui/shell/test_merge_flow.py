"""Merging in the running app: the file changed on disk, conflicted copies found at open, File ▸ Merge."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.services import clients
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.save_failure_dialog import SaveFailureDialog
from coachdesk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS, OpenController, unlock


def _names(path: Path) -> set[str]:
    with Vault.open(path, PASSPHRASE, read_only=True) as opened:
        return {row[0] for row in opened.connection.execute("SELECT name FROM client")}


def _on_the_other_computer(vault_path: Path, tmp_path: Path, name: str) -> Path:
    """A copy of the vault file as it is now, with a client added on the other computer."""
    other = tmp_path / "other computer" / vault_path.name
    other.parent.mkdir()
    shutil.copyfile(vault_path, other)
    with Vault.open(other, PASSPHRASE) as vault:
        with vault.session() as db:
            clients.create_client(db, clients.ClientDetails(name=name))
        vault.save()
    return other


def _add_client(app: AppController, name: str) -> None:
    assert app.vault is not None
    with app.vault.session() as db:
        changes = clients.create_client(db, clients.ClientDetails(name=name))
    app.workspace.changed.emit(changes)


def test_changed_on_disk_the_other_changes_merge_into_mine_by_default(
    qtbot: QtBot, unlocked_controller: OpenController, vault_path: Path, tmp_path: Path
) -> None:
    app = unlocked_controller(autosave_delay_ms=50)
    other = _on_the_other_computer(vault_path, tmp_path, "Björn Berg")
    os.replace(other, vault_path)  # the sync tool delivers the other computer's save
    on_disk = vault_path.read_bytes()
    _add_client(app, "Zoë Ørsted")
    qtbot.waitUntil(
        lambda: app.failure_dialog is not None and app.failure_dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = app.failure_dialog
    assert isinstance(dialog, SaveFailureDialog)
    assert dialog.merge_button.isVisible() and dialog.merge_button.isDefault()
    assert dialog.keep_button.isVisible()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: app.save_status.text().startswith("Saved"), timeout=WAIT_MS)
    assert not dialog.isVisible()
    assert _names(vault_path) == {"Zoë Ørsted", "Björn Berg"}
    vault = app.vault
    assert vault is not None
    assert on_disk in [backup.path.read_bytes() for backup in vault.backups()]  # kept, as before
    summary = app.merge_flow.summary_dialog
    assert summary is not None and summary.isVisible()
    assert "1 record(s) added" in summary.counts.text() and "0 conflict(s) to review" in summary.counts.text()
    _add_client(app, "Łukasz Nowak")  # saving goes on as normal
    qtbot.waitUntil(lambda: "Łukasz Nowak" in _names(vault_path), timeout=WAIT_MS)


def test_conflicted_copies_found_at_open_are_merged_and_moved_to_the_backups(
    qtbot: QtBot, started_controller: OpenController, vault_path: Path, tmp_path: Path
) -> None:
    def a_conflicted_copy() -> None:
        other = _on_the_other_computer(vault_path, tmp_path, "Björn Berg")
        os.replace(other, vault_path.with_name("practice.sync-conflict-20261205-123456-ABCDEFG.coachdesk"))

    app = started_controller(before_start=a_conflicted_copy)
    unlock(qtbot, app)
    qtbot.waitUntil(
        lambda: app.merge_flow.offer_box is not None and app.merge_flow.offer_box.isVisible(), timeout=WAIT_MS
    )
    box = app.merge_flow.offer_box
    assert box is not None and "sync-conflict" in box.text()
    assert box.defaultButton() is app.merge_flow.offer_merge_button
    assert app.merge_flow.offer_merge_button is not None
    app.merge_flow.offer_merge_button.click()
    qtbot.waitUntil(lambda: app.merge_flow.summary_dialog is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Björn Berg" in _names(vault_path), timeout=WAIT_MS)
    assert app.vault is not None and app.vault.conflicted_copies() == []
    kept = [p.name for p in (vault_path.parent / f"{vault_path.name}-backups").iterdir()]
    assert "merged practice.sync-conflict-20261205-123456-ABCDEFG.coachdesk" in kept


def test_merge_another_vault_asks_for_its_passphrase_when_it_differs_and_lists_conflicts(
    qtbot: QtBot,
    unlocked_controller: OpenController,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = unlocked_controller(autosave_delay_ms=50)
    _add_client(app, "Zoë Ørsted")
    qtbot.waitUntil(lambda: app.save_status.text().startswith("Saved"), timeout=WAIT_MS)
    other = tmp_path / "laptop.coachdesk"
    shutil.copyfile(vault_path, other)
    with Vault.open(other, PASSPHRASE) as laptop:
        zoe = next(iter(laptop.connection.execute("SELECT id FROM client")))[0]
        import uuid

        with laptop.session() as db:
            clients.update_client(db, uuid.UUID(zoe), clients.ClientDetails(name="Zoë Ørsted-Berg"))
        laptop.change_passphrase("another long passphrase for the laptop", new_recovery_key=True)
    assert app.vault is not None
    with app.vault.session() as db:
        changes = clients.update_client(db, uuid.UUID(zoe), clients.ClientDetails(name="Zoë Ørsted-Lund"))
    app.workspace.changed.emit(changes)
    app.merge_flow.choose_file = lambda *_args: str(other)
    asked: list[str] = []
    app.merge_flow.ask_passphrase = lambda _parent, name: (
        asked.append(name) or "another long passphrase for the laptop"
    )
    app.main_window.registry["merge_vault"].trigger()
    assert asked == ["laptop.coachdesk"]
    summary = app.merge_flow.summary_dialog
    assert summary is not None and "1 conflict(s) to review" in summary.counts.text()
    summary.review_button.click()
    review = app.merge_flow.summary_dialog.review_dialog if app.merge_flow.summary_dialog else None
    assert review is not None and review.model.rowCount() == 1
    row = review.model.rows()[0]
    assert {row.kept_value, row.other_value} == {"Zoë Ørsted-Berg", "Zoë Ørsted-Lund"}
    review.reviewed_button.click()
    assert review.model.rowCount() == 0 and review.empty.isVisibleTo(review)


def test_a_copy_that_issued_the_same_invoice_number_is_not_merged_and_the_app_says_why(
    qtbot: QtBot, unlocked_controller: OpenController, vault_path: Path, tmp_path: Path
) -> None:
    from coachdesk.services.invoice_issue import issue_invoice
    from coachdesk.services.invoices import LineDetails, new_draft
    from tests.services.invoice_practice import practice

    app = unlocked_controller(autosave_delay_ms=50)
    assert app.vault is not None
    with app.vault.session() as db:
        engagement = practice(db, sessions=1).engagement
    app.vault.save()
    other = tmp_path / "laptop.coachdesk"
    shutil.copyfile(vault_path, other)
    for vault in (app.vault, Vault.open(other, PASSPHRASE)):
        with vault.session() as db:
            draft = new_draft(db, engagement, [LineDetails("Workshop", "100")]).created
            assert draft is not None
            issue_invoice(db, draft)
        vault.save()
        if vault is not app.vault:
            vault.close()
    warned: list[str] = []
    app.merge_flow._warn = warned.append  # type: ignore[method-assign]
    app.merge_flow.choose_file = lambda *_args: str(other)
    before = other.read_bytes()
    app.main_window.registry["merge_vault"].trigger()
    assert len(warned) == 1 and "-0001" in warned[0] and "Nothing was merged" in warned[0]
    assert "{computer}" in warned[0] and other.read_bytes() == before
    assert app.vault.connection.execute("SELECT count(*) FROM invoice").fetchone() == (1,)
