"""A snapshot is copied where it is written (a worker thread), and only as the snapshot found it:
a change made, begun or rolled back in between is never written as part of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.vault import Vault, VaultBusy
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
