"""A snapshot is copied where it is written (a worker thread), and only as the snapshot found it:
a change made, begun or rolled back in between is never written as part of it; the copy is
sealed block by block into exactly the file sealing it at once makes."""

from __future__ import annotations

import ctypes
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.vault import Vault, VaultBusy, in_place, snapshot
from coachdesk.vault import format as vault_format
from coachdesk.vault.format import SEAL_BLOCK, TAG_LENGTH
from coachdesk.vault.in_place import view_of
from tests.conftest import PASSPHRASE


def _private_copies(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """Every private copy the save makes, to check afterwards that none is left open."""
    made: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def noting(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        made.append(connect(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(snapshot.sqlite3, "connect", noting)
    return made


def _all_closed(copies: list[sqlite3.Connection]) -> bool:
    for copy in copies:
        try:
            copy.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            continue
        return False
    return bool(copies)


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
def test_a_change_after_the_snapshot_writes_nothing(
    vault: Vault, vault_path: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(vault, "Acme")
    vault.save()
    on_disk = vault_path.read_bytes()
    pending = vault.snapshot()
    copies = _private_copies(monkeypatch)
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
    with pytest.raises(VaultBusy, match="saved again next"):
        vault.write(pending)
    assert vault_path.read_bytes() == on_disk
    assert pending.source is None  # the failed copy is not tried again from this snapshot
    assert _all_closed(copies)  # and the private copy it made is gone
    if connection.in_transaction:
        connection.rollback()
    vault.save()  # a new snapshot saves what is there now
    vault.close()
    assert _names(vault_path) == (["Acme", "Later"] if change == "committed" else ["Acme"])


@pytest.mark.parametrize("size", [0, 1, SEAL_BLOCK - 1, SEAL_BLOCK, 2 * SEAL_BLOCK + 5])
def test_a_file_sealed_as_it_is_read_is_the_file_sealed_at_once_on_every_pass(
    vault: Vault, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save writes one pass and compares the disk with a second: both are exactly ``seal``'s."""
    nonce, key, plaintext = os.urandom(12), os.urandom(32), os.urandom(size)
    monkeypatch.setattr(vault_format.os, "urandom", lambda n: nonce[:n])
    head, body = vault_format.seal(key, vault._header, plaintext)
    sealed = vault_format.SealedFile(key, vault._header, plaintext)
    first = [bytes(block) for block in sealed]  # each block is valid until the next is asked for
    second = [bytes(block) for block in sealed]
    assert first == second and first[0] == head and b"".join(first[1:]) == body
    assert sealed.tag == first[-1] == body[-TAG_LENGTH:]
    assert sealed.size == len(head) + len(body)


def test_the_copy_is_read_where_it_lies_and_equals_what_serialize_copies(vault: Vault) -> None:
    """The autosave encrypts its private copy in place (no second copy in Python): exactly the
    bytes ``serialize`` would have given, for the copy of a deserialized database only."""
    _add(vault, "Acme")
    connection = vault.connection
    pending = vault.snapshot()
    with pending.take_image() as image:
        assert isinstance(image.data, memoryview)  # SQLite's own buffer, not a bytes copy
        copied = bytes(image.data)
    reopened = sqlite3.connect(":memory:")
    reopened.deserialize(copied)
    assert [r[0] for r in reopened.execute("SELECT name FROM client")] == ["Acme"]
    assert view_of(reopened) is not None and bytes(view_of(reopened) or b"") == reopened.serialize()
    plain = sqlite3.connect(":memory:")  # not one contiguous buffer: nothing to read in place
    plain.execute("CREATE TABLE t (x)")
    assert view_of(plain) is None
    assert connection.total_changes == pending.changes[0]


def test_without_sqlite_s_own_buffer_the_copy_is_serialized_and_saved_the_same(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where SQLite's buffer cannot be reached (another Python, a SQLite that hides its functions)
    the copy is serialized and the opened file deserialized as before, and the vault saves and
    opens the same."""
    monkeypatch.setattr(in_place, "_library", lambda: None)
    _add(vault, "Acme")
    pending = vault.snapshot()
    copies = _private_copies(monkeypatch)
    image = pending.take_image()
    assert isinstance(image.data, bytes) and b"Acme" in image.data
    assert _all_closed(copies)  # serialized, the private copy is closed at once
    image.close()
    vault.save()
    assert not vault.has_unsaved_changes
    vault.close()
    assert _names(vault_path) == ["Acme"]


def test_the_copy_is_made_into_a_buffer_of_the_databases_size_faulted_in_meanwhile(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Grown page by page, the copy's memory cost more than the copy: it is given all it needs up
    front, and the faulting is over before the copy is read."""
    for n in range(40):
        _add(vault, f"Client {n:02}")
    connection = vault.connection
    (pages,) = connection.execute("PRAGMA page_count").fetchone()
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    events: list[object] = []
    real_prefault = snapshot.prefault

    def faulting(address: int, size: int) -> Any:
        events.append(("prefault", address, size))
        worker = real_prefault(address, size)
        real_stop = worker.stop

        def stop() -> None:
            real_stop()
            events.append("stopped")

        worker.stop = stop  # type: ignore[method-assign]
        return worker

    monkeypatch.setattr(snapshot, "prefault", faulting)
    pending = vault.snapshot()
    assert pending.pages == pages
    with pending.take_image() as image:
        assert isinstance(image.data, memoryview)
        address = ctypes.addressof(ctypes.c_ubyte.from_buffer(image.data))
        assert events == [("prefault", address, pages * page_size), "stopped"]  # SQLite kept the buffer
        assert _same_database(bytes(image.data), connection.serialize())


def test_a_copy_outgrowing_the_buffer_it_was_given_grows_and_is_whole(vault: Vault) -> None:
    for n in range(40):
        _add(vault, f"Client {n:02}")
    connection = vault.connection
    changes, schema = connection.total_changes, snapshot.schema_digest(connection)
    with snapshot.image_if_unchanged(connection, changes, schema, pages=1) as image:
        assert _same_database(bytes(image.data), connection.serialize())


def _same_database(copy: bytes, original: bytes) -> bool:
    """Page for page the same, but for the file header's counters, which the backup gives the copy
    of its own (its first 100 bytes)."""
    return len(copy) == len(original) and copy[100:] == original[100:]
