"""The Vault: one encrypted file holding an in-memory SQLite database, opened, saved and closed safely."""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import filelock
from sqlalchemy import Engine
from sqlmodel import Session

from coachdesk.vault import migrations, storage
from coachdesk.vault.database import engine_for, open_memory_database
from coachdesk.vault.errors import (
    VaultBusy,
    VaultChangedOnDisk,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from coachdesk.vault.format import (
    CHECKSUM_LENGTH,
    MAX_SLOTS,
    PREFIX_LENGTH,
    SLOT_LENGTH,
    TAG_LENGTH,
    Header,
    KeySlot,
    SlotKind,
    open_payload,
    parse_header,
    seal,
)
from coachdesk.vault.kdf import KEY_LENGTH, RECOVERY_KDF, KdfParams, calibrate, normalise_passphrase
from coachdesk.vault.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key

MIN_PASSPHRASE_LENGTH = 8
_MAX_HEAD = PREFIX_LENGTH + MAX_SLOTS * SLOT_LENGTH + CHECKSUM_LENGTH
_sequence = itertools.count(1)


@dataclass(frozen=True)
class PendingSave:
    """A consistent image of the database, taken on the owning thread, ready to encrypt and write."""

    image: bytes
    header: Header
    changes: int
    sequence: int


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect confidential notes."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"A vault passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; "
            "a few unrelated words are strong and easy to remember."
        )


def _lock_for(path: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse(
            f"{path.name} is open in another CoachDesk window. Switch to that window, "
            "or close it there and open the vault again."
        ) from None
    except OSError as error:
        raise VaultError(
            f"CoachDesk cannot lock {path.name} for writing ({error.strerror}). "
            "Check that its folder is writable."
        ) from None
    return lock


class Vault:
    """An open vault. Create with ``Vault.create`` or open with ``Vault.open``; ``close`` when done."""

    def __init__(
        self,
        path: Path,
        header: Header,
        data_key: bytes,
        connection: sqlite3.Connection,
        lock: filelock.BaseFileLock | None,
        fingerprint: storage.Fingerprint | None,
    ) -> None:
        self.path = path
        self.recovery_key: str | None = None
        self.upgraded_from: str | None = None  # the schema revision an open upgraded from
        self._header = header
        self._data_key: bytes | None = data_key
        self._connection = connection
        self._lock = lock
        self._fingerprint = fingerprint
        self._saved_changes = connection.total_changes
        self._written_sequence = 0
        self._write_lock = threading.Lock()
        self.engine: Engine = engine_for(connection)

    # ----- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams | None = None) -> Vault:
        """A new, empty vault at ``path``; its recovery key is in ``vault.recovery_key``, shown once."""
        path = Path(path).absolute()
        check_new_passphrase(passphrase)
        if path.exists():
            raise VaultExists(f"{path.name} already exists; CoachDesk never overwrites a vault.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise storage.save_failed(error, path) from None
        data_key = os.urandom(KEY_LENGTH)
        recovery_secret = new_recovery_secret()
        slots = (
            KeySlot.wrap(SlotKind.PASSPHRASE, kdf or calibrate(), normalise_passphrase(passphrase), data_key),
            KeySlot.wrap(SlotKind.RECOVERY_KEY, RECOVERY_KDF, recovery_secret, data_key),
        )
        header = Header(payload_length=0, nonce=b"", slots=slots)
        vault = cls(path, header, data_key, open_memory_database(None), _lock_for(path), None)
        try:
            _upgrade_schema(vault)
            contents = seal(data_key, header, vault.connection.serialize())
            if not storage.create_exclusively(path, contents, lambda b: _verify(data_key, b)):
                raise VaultExists(f"{path.name} already exists; CoachDesk never overwrites a vault.")
        except BaseException:
            vault.close()
            raise
        vault._fingerprint = _fingerprint_of(path, contents)
        vault._saved_changes = vault.connection.total_changes
        vault.recovery_key = format_recovery_key(recovery_secret)
        return vault

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, read_only: bool = False) -> Vault:
        """Open the vault at ``path`` with its passphrase."""
        return cls._open(
            Path(path).absolute(), SlotKind.PASSPHRASE, normalise_passphrase(passphrase), read_only
        )

    @classmethod
    def open_with_recovery_key(
        cls, path: str | os.PathLike[str], recovery_key: str, *, read_only: bool = False
    ) -> Vault:
        """Open the vault at ``path`` with the recovery key printed when it was created."""
        secret = parse_recovery_key(recovery_key)
        return cls._open(Path(path).absolute(), SlotKind.RECOVERY_KEY, secret, read_only)

    @classmethod
    def _open(cls, path: Path, kind: SlotKind, secret: bytes, read_only: bool) -> Vault:
        if not path.is_file():
            raise VaultNotFound(f"There is no vault at {path}.")
        lock = None if read_only else _lock_for(path)
        try:
            contents = _read_vault_file(path)
            header = parse_header(contents, len(contents))
            slot = header.slot(kind)
            if slot is None:
                raise WrongPassphrase("This vault has no recovery key; unlock it with its passphrase.")
            data_key = slot.unwrap(secret)
            connection = open_memory_database(open_payload(data_key, header, contents))
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        fingerprint = None
        if not read_only:
            # Only once the vault itself has proved sound: a damaged vault's folder stays as it was.
            storage.clean_temp_files(path)
            fingerprint = _fingerprint_of(path, contents)
        vault = cls(path, header, data_key, connection, lock, fingerprint)
        if not read_only and migrations.needs_upgrade(connection):
            try:
                # The file as it was stays beside it, out of the rotation, before anything changes.
                storage.make_backup(path, label="before-upgrade")
                vault.upgraded_from = migrations.current_revision(connection) or "none"
                _upgrade_schema(vault)
                vault.save()
            except OSError as error:
                vault.close()
                raise storage.save_failed(error, path) from None
            except BaseException:
                vault.close()
                raise
        return vault

    # ----- using -----------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def format_version(self) -> int:
        return self._header.version

    @property
    def kdf(self) -> KdfParams:
        """The passphrase slot's key-derivation settings."""
        slot = self._header.slot(SlotKind.PASSPHRASE)
        assert slot is not None
        return slot.kdf

    @property
    def has_recovery_key(self) -> bool:
        return self._header.slot(SlotKind.RECOVERY_KEY) is not None

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw decrypted database (for checks and benchmarks; prefer ``session()``)."""
        self._check_open()
        return self._connection

    def session(self) -> Session:
        """A SQLModel session on the decrypted database."""
        self._check_open()
        return Session(self.engine)

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether rows changed since the last successful save."""
        return self.is_open and self._connection.total_changes != self._saved_changes

    def backups(self) -> list[storage.Backup]:
        """Earlier versions kept beside the vault, newest first."""
        return storage.list_backups(self.path)

    def conflicted_copies(self) -> list[Path]:
        """Copies a sync tool made beside the vault when two machines changed it at once."""
        return storage.conflicted_copies(self.path)

    # ----- saving ----------------------------------------------------------------------------

    def snapshot(self) -> PendingSave:
        """Take a consistent image for ``write`` (cheap; call on the thread that uses sessions)."""
        self._check_open()
        if self.read_only:
            raise VaultBusy(f"{self.path.name} was opened read-only; it cannot be saved.")
        if self._connection.in_transaction:
            raise VaultBusy("A change is still being made; save once it is committed or cancelled.")
        return PendingSave(
            self._connection.serialize(), self._header, self._connection.total_changes, next(_sequence)
        )

    def write(self, pending: PendingSave) -> None:
        """Encrypt and write a snapshot atomically (safe to run on a worker thread).

        Raises ``VaultChangedOnDisk`` if another program changed the file since it was opened
        or saved, and ``VaultSaveFailed`` on disk errors; in both cases nothing is written.
        """
        with self._write_lock:
            data_key = self._data_key
            if data_key is None:
                raise VaultBusy("The vault was closed before it could be saved.")
            if pending.sequence <= self._written_sequence:
                return  # a newer snapshot is already on disk
            self._check_unchanged_on_disk()
            contents = seal(data_key, pending.header, pending.image)
            storage.replace_atomically(self.path, contents, lambda b: _verify(data_key, b))
            self._fingerprint = _fingerprint_of(self.path, contents)
            self._written_sequence = pending.sequence
            self._saved_changes = pending.changes

    def save(self) -> None:
        """Snapshot and write in one call."""
        self.write(self.snapshot())

    def _check_unchanged_on_disk(self) -> None:
        known = self._fingerprint
        assert known is not None
        current = storage.Fingerprint.of(self.path, len(known.head), TAG_LENGTH)
        if current is None:
            raise VaultChangedOnDisk(
                f"{self.path.name} was moved or deleted by another program since it was opened. "
                "Nothing was written; save a copy elsewhere to keep your changes."
            )
        if not known.matches(current):
            raise VaultChangedOnDisk(
                f"{self.path.name} was changed by another program (a sync folder or another "
                "computer) since it was opened. Nothing was overwritten; save a copy elsewhere "
                "and compare the two."
            )

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase, save, and re-wrap the backups too."""
        self._check_open()
        check_new_passphrase(new_passphrase)
        data_key = self._data_key
        assert data_key is not None
        slot = KeySlot.wrap(
            SlotKind.PASSPHRASE, kdf or calibrate(), normalise_passphrase(new_passphrase), data_key
        )
        pending = self.snapshot()
        header = self._header.with_slot(slot)
        self.write(PendingSave(pending.image, header, pending.changes, pending.sequence))
        self._header = header
        self._rewrap_backups(data_key, header)

    def _rewrap_backups(self, data_key: bytes, header: Header) -> None:
        """Backups would otherwise still open with the old passphrase."""
        for backup in self.backups():
            try:
                old = _read_vault_file(backup.path)
                image = open_payload(data_key, parse_header(old, len(old)), old)
                contents = seal(data_key, header, image)
                storage.replace_atomically(
                    backup.path, contents, lambda b: _verify(data_key, b), keep_backup=False
                )
            except VaultError:
                continue  # a damaged backup is left as it is, never deleted

    # ----- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Release the lock and drop the decrypted data (unsaved changes are discarded)."""
        if self._data_key is None:
            return
        with self._write_lock:
            self._data_key = None
            self.recovery_key = None
            self.engine.dispose()
            self._connection.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def _check_open(self) -> None:
        if self._data_key is None:
            raise VaultBusy("The vault is closed (locked). Unlock it again to continue.")

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _read_vault_file(path: Path) -> bytes:
    """The whole file, refusing sizes no vault can have before reading them."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(_MAX_HEAD)
            parse_header(head, size)  # refuses garbage and absurd sizes without reading the rest
            f.seek(0)
            return f.read()
    except FileNotFoundError:
        raise VaultNotFound(f"There is no vault at {path}.") from None
    except IsADirectoryError:
        raise VaultNotFound(f"{path} is a folder, not a vault file.") from None
    except PermissionError:
        raise VaultError(f"CoachDesk may not read {path.name}; check the file's permissions.") from None


def _upgrade_schema(vault: Vault) -> None:
    """Migrate the in-memory database to the newest schema; on failure nothing is kept."""
    try:
        migrations.upgrade(vault.engine)
    except Exception:
        raise VaultError(
            "CoachDesk could not bring this vault up to date; the file on disk is unchanged. "
            "Please report this, and keep using the version that made the vault meanwhile."
        ) from None


def _verify(data_key: bytes, contents: bytes) -> None:
    open_payload(data_key, parse_header(contents, len(contents)), contents)


def _fingerprint_of(path: Path, contents: bytes) -> storage.Fingerprint:
    head_length = len(contents) - parse_header(contents, len(contents)).payload_length
    st = os.stat(path)
    return storage.Fingerprint(
        st.st_size, st.st_mtime_ns, st.st_ino, contents[:head_length], contents[-TAG_LENGTH:]
    )
