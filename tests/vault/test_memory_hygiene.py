"""Secrets in memory: the data key is wiped at close, the plaintext image dropped once encrypted,
and database errors never carry the values (a client's notes) they were given."""

from __future__ import annotations

import gc
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from coachdesk.vault import Vault, VaultBusy
from coachdesk.vault import vault as vault_module
from coachdesk.vault.snapshot import DatabaseImage, image_if_unchanged
from tests.conftest import FAST_KDF, PASSPHRASE


def _referrers(obj: object, vault: Vault) -> bool:
    gc.collect()
    return any(ref is vault.__dict__ or ref is vault for ref in gc.get_referrers(obj))


def test_close_zeroes_the_key_and_lets_it_go(vault: Vault) -> None:
    key = vault._data_key
    assert isinstance(key, bytearray) and any(key)
    vault.close()
    assert key == bytearray(len(key))
    assert vault._data_key is None
    assert not _referrers(key, vault)


def test_a_written_snapshot_holds_no_plaintext(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    with vault.session() as db:
        db.execute(text("CREATE TABLE note (body TEXT)"))
        db.execute(text("INSERT INTO note VALUES ('client spoke of her divorce')"))
        db.commit()
    copied: list[DatabaseImage] = []
    held: list[bool] = []
    insides: list[tuple[object, object]] = []

    def copy(
        connection: sqlite3.Connection, changes: int, schema: bytes, page_size: int, pages: int
    ) -> DatabaseImage:
        copied.append(image_if_unchanged(connection, changes, schema, page_size, pages))
        held.append(b"divorce" in bytes(copied[-1].data))
        insides.append((copied[-1].data, copied[-1]._owner))  # the view and the private copy
        return copied[-1]

    monkeypatch.setattr(vault_module, "image_if_unchanged", copy)
    pending = vault.snapshot()
    assert pending.image == b""  # the image is copied where it is written, not before
    vault.write(pending)
    [image] = copied
    copied.clear()
    assert held == [True]
    assert image.data == b"" and image._owner is None  # closed: its private copy is gone
    [(view, private_copy)] = insides
    insides.clear()
    assert isinstance(view, memoryview) and isinstance(private_copy, sqlite3.Connection)
    with pytest.raises(ValueError, match="released"):
        view[0]  # nothing reads the plaintext through it any more
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        private_copy.execute("SELECT 1")  # and SQLite has freed it
    assert pending.image == b"" and pending.source is None
    assert not _referrers(image, vault) and not _referrers(image, pending)  # type: ignore[arg-type]
    with pytest.raises(VaultBusy):  # a used snapshot is never written as an empty vault
        pending.sequence += 1_000
        vault.write(pending)


def test_a_copy_made_at_once_is_dropped_once_written(vault: Vault) -> None:
    with vault.session() as db:
        db.execute(text("CREATE TABLE note (body TEXT)"))
        db.execute(text("INSERT INTO note VALUES ('client spoke of her divorce')"))
        db.commit()
    pending = vault.snapshot_for_copy()
    image = pending.image
    assert isinstance(image, bytes) and b"divorce" in image
    vault.write(pending)
    assert pending.image == b""
    assert not _referrers(image, vault) and not _referrers(image, pending)  # type: ignore[arg-type]


def test_a_passphrase_change_with_a_new_key_wipes_the_old_one(vault: Vault) -> None:
    old = vault._data_key
    assert old is not None
    vault.change_passphrase("another good passphrase", new_recovery_key=True, kdf=FAST_KDF)
    assert old == bytearray(len(old)) and vault._data_key is not old and any(vault._data_key or b"")


def test_sql_errors_carry_no_values(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(tmp_path / "v.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault, vault.session() as db:
        db.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)"))
        db.execute(text("INSERT INTO note (body) VALUES (:b)"), {"b": "feels unsafe at home"})
        db.commit()
        with pytest.raises(IntegrityError) as caught:
            db.execute(text("INSERT INTO note (body) VALUES (:b)"), {"b": "feels unsafe at home"})
        assert "unsafe" not in str(caught.value) and "unsafe" not in repr(caught.value)
