"""A vault on a read-only medium opens read-only: a banner says so, nothing is saved, a copy takes over."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import filelock
import pytest
from pytestqt.qtbot import QtBot

from coachdesk.services import vault_access
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.shell.conftest import WAIT_MS, OpenController


def _read_only_medium(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Files in ``folder`` cannot be written, as on a write-protected stick (root ignores chmod)."""
    real = os.access

    def access(path: str | os.PathLike[str], mode: int, **kwargs: object) -> bool:
        inside = Path(path) == folder or Path(path).parent == folder
        if mode & os.W_OK and inside:
            return False
        return real(path, mode)

    monkeypatch.setattr(os, "access", access)


@pytest.fixture
def controller(
    unlocked_controller: OpenController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AppController:
    return unlocked_controller(before_start=lambda: _read_only_medium(monkeypatch, vault_path.parent))


def test_open_vault_opens_a_vault_it_cannot_write_read_only(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    with vault_access.open_vault(vault_path, PASSPHRASE) as writable:
        assert not writable.read_only
    _read_only_medium(monkeypatch, vault_path.parent)
    with vault_access.open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.read_only


def test_a_read_only_vault_shows_the_banner_saves_nothing_and_goes_on_with_a_copy(
    qtbot: QtBot, controller: AppController, vault_path: Path, tmp_path: Path
) -> None:
    vault = controller.vault
    assert vault is not None and vault.read_only
    banner = controller.read_only.banner
    assert banner.isVisible()
    assert "open read-only: changes cannot be saved" in banner.text.text()
    registry = controller.main_window.registry
    assert not registry["new_client"].isEnabled() and not registry["import_clients"].isEnabled()
    before = vault_path.read_bytes()
    vault.connection.execute("CREATE TABLE scratch (x)")
    vault.connection.execute("INSERT INTO scratch VALUES ('made on the stick')")
    vault.connection.commit()
    assert controller.autosaver is not None
    controller.autosaver.note_change()
    assert controller.autosaver.state.failed and "read-only" in controller.autosaver.state.message
    qtbot.waitUntil(
        lambda: controller.failure_dialog is not None and controller.failure_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = controller.failure_dialog
    assert dialog is not None and not dialog.try_again_button.isVisible()
    assert "try again" not in dialog.reassurance.text().lower()
    dialog.close()
    assert vault_path.read_bytes() == before
    copy = tmp_path / "laptop" / "practice.coachdesk"
    controller.read_only.choose_path = lambda *_args: str(copy)
    banner.save_copy_button.click()
    assert not banner.isVisible() and vault.path == copy and not vault.read_only
    assert registry["new_client"].isEnabled()
    assert controller.unlock_window.vault_path == copy  # the vault opened next
    assert controller.save_status.text().startswith("Saved")
    assert controller.quit()  # nothing left to warn about
    with Vault.open(copy, PASSPHRASE) as opened:
        assert opened.connection.execute("SELECT x FROM scratch").fetchall() == [("made on the stick",)]
    assert vault_path.read_bytes() == before


def test_a_folder_that_refuses_the_lock_file_opens_read_only(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()

    def refuse(self: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    with vault_access.open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.read_only
