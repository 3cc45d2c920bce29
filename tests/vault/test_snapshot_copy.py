"""A snapshot is copied where it is written (a worker thread), and only as the snapshot found it:
a change made, begun or rolled back in between is never written as part of it; the copy is
sealed block by block into exactly the file sealing it at once makes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.vault import Vault, VaultBusy
from coachdesk.vault import format as vault_format
from coachdesk.vault.format import SEAL_BLOCK, TAG_LENGTH
from tests.conftest import PASSPHRASE


def _add(vault: Vault, name: str) -> None:
    with vault.session() as session:
        create_client(session, ClientDetails(name=name))


def _names(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE) as vault:
        return [r[0] for r in vault.connection.execute("SELECT name FROM client ORDER BY name")]


def test_an_unchanged_snapshot_is_written_as_it_was(vault: Vault, vault_path: Path) -> None:
    _add(vault, "Acme")
    pending = vault.snapshot()
    vault.write(pending)
    assert not vault.has_unsaved_changes
    vault.close()
    assert _names(vault_path) == ["Acme"]


@pytest.mark.parametrize("change", ["committed", "uncommitted", "rolled back", "schema"])
def test_a_change_after_the_snapshot_writes_nothing(vault: Vault, vault_path: Path, change: str) -> None:
    _add(vault, "Acme")
    vault.save()
    on_disk = vault_path.read_bytes()
    pending = vault.snapshot()
    connection = vault.connection
    if change == "committed":
        _add(vault, "Later")
    elif change in ("uncommitted", "rolled back"):
        connection.execute("BEGIN")
        connection.execute("UPDATE client SET name = 'Half done'")
        if change == "rolled back":
            connection.rollback()
    else:
        connection.execute("CREATE TABLE scratch (x)")
    with pytest.raises(VaultBusy, match="changed while it was being copied"):
        vault.write(pending)
    assert vault_path.read_bytes() == on_disk
    assert pending.source is None  # the failed copy is not tried again from this snapshot
    if connection.in_transaction:
        connection.rollback()
    vault.save()  # a new snapshot saves what is there now
    vault.close()
    assert _names(vault_path) == (["Acme", "Later"] if change == "committed" else ["Acme"])


@pytest.mark.parametrize("size", [0, 1, SEAL_BLOCK - 1, SEAL_BLOCK, 2 * SEAL_BLOCK + 5])
def test_sealing_in_blocks_makes_the_same_file_as_sealing_at_once(
    vault: Vault, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    nonce, key, plaintext = os.urandom(12), os.urandom(32), os.urandom(size)
    monkeypatch.setattr(vault_format.os, "urandom", lambda n: nonce[:n])
    head, body = vault_format.seal(key, vault._header, plaintext)
    blocked_head, blocks = vault_format.seal_in_blocks(key, vault._header, plaintext)
    assert blocked_head == head and b"".join(blocks) == body
    assert blocks[-1] == body[-TAG_LENGTH:]
