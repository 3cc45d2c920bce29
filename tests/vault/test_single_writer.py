"""One writer per vault: a second process or a second open here is refused; read-only is allowed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultBusy, VaultInUse
from tests.conftest import PASSPHRASE

# Opens the vault in another process and says what happened; imports only the vault package.
_OTHER_PROCESS = """
import sys
from coachdesk.vault import Vault, VaultError
try:
    vault = Vault.open(sys.argv[1], sys.argv[2])
except VaultError as error:
    print(type(error).__name__)
    print(error)
else:
    rows = vault.connection.execute("SELECT body FROM notes ORDER BY body").fetchall()
    print("opened", *[r[0] for r in rows])
    vault.close()
"""


def _open_in_other_process(path: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(path), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _add_note(vault: Vault, body: str) -> None:
    vault.connection.execute("CREATE TABLE IF NOT EXISTS notes (body TEXT)")
    vault.connection.execute("INSERT INTO notes VALUES (?)", (body,))
    vault.connection.commit()


def test_second_process_is_refused_until_the_first_closes(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "first")
    vault.save()
    before = vault_path.read_bytes()

    lines = _open_in_other_process(vault_path)
    assert lines[0] == "VaultInUse", lines
    assert "another CoachDesk window" in lines[1], lines
    assert vault_path.read_bytes() == before

    # The first window still owns the vault and can keep saving.
    _add_note(vault, "second")
    vault.save()
    vault.close()

    assert _open_in_other_process(vault_path) == ["opened first second"]


def test_second_open_in_this_process_is_refused(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "mine")
    vault.save()
    with pytest.raises(VaultInUse, match="another CoachDesk window"):
        Vault.open(vault_path, PASSPHRASE)
    # The refusal must not have released the first window's lock.
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSPHRASE)
    _add_note(vault, "still mine")
    vault.save()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert [r[0] for r in again.connection.execute("SELECT body FROM notes")] == ["mine", "still mine"]


def test_read_only_open_while_open_elsewhere(vault: Vault, vault_path: Path) -> None:
    _add_note(vault, "saved")
    vault.save()
    _add_note(vault, "not yet saved")

    reader = Vault.open(vault_path, PASSPHRASE, read_only=True)
    try:
        assert reader.read_only
        assert [r[0] for r in reader.connection.execute("SELECT body FROM notes")] == ["saved"]
        before = vault_path.read_bytes()
        _add_note(reader, "from the reader")
        with pytest.raises(VaultBusy, match="read-only"):
            reader.save()
        with pytest.raises(VaultBusy):
            reader.snapshot()
        assert vault_path.read_bytes() == before
        # The writer is unaffected by the reader.
        vault.save()
        assert not vault.has_unsaved_changes
    finally:
        reader.close()
    # Closing the reader does not release the writer's lock.
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSPHRASE)
