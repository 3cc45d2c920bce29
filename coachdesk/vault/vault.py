"""The Vault: one encrypted file holding an in-memory SQLite database, opened, saved and closed safely."""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import filelock
from sqlalchemy import Engine
from sqlmodel import Session

from coachdesk.vault import history, keys, migrations, storage
from coachdesk.vault.database import PAGE_SIZE, engine_for, open_memory_database
from coachdesk.vault.diskio import real_path
from coachdesk.vault.errors import (
    UnsupportedVaultVersion,
    VaultBusy,
    VaultChangedOnDisk,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from coachdesk.vault.format import (
    TAG_LENGTH,
    Header,
    SealedFile,
    SlotKind,
    open_payload,
    parse_header,
    seal,
)
from coachdesk.vault.kdf import KEY_LENGTH, KdfParams, calibrate, normalise_passphrase
from coachdesk.vault.keys import check_new_passphrase, new_header, wipe
from coachdesk.vault.migrations import head_schema
from coachdesk.vault.opening import open_vault_file
from coachdesk.vault.reading import lock_vault, read_vault_file
from coachdesk.vault.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from coachdesk.vault.snapshot import DatabaseImage, image_if_unchanged, schema_digest
from coachdesk.vault.storage import read_failed

_sequence = itertools.count(1)


@dataclass(eq=False)
class PendingSave:
    """A consistent image of the database, taken on the owning thread, ready to encrypt and write.

    The image is either copied at once, or (``source``) copied by ``take_image`` where it is
    written, and only if the database is still as the snapshot found it (snapshot.py).
    Written once: the plaintext image is dropped as soon as it is encrypted, so a failed write
    is retried from a new snapshot.
    """

    image: bytes | DatabaseImage = field(repr=False)
    header: Header
    changes: tuple[int, int]  # (rows changed, schema version) when taken
    sequence: int
    source: sqlite3.Connection | None = field(default=None, repr=False)
    page_size: int = PAGE_SIZE  # the source's, for its copy
    schema: bytes = b""  # the source's schema_digest when taken
    pages: int = 0  # the source's size in pages when taken, to size its copy

    def take_image(self) -> DatabaseImage:
        """The image, handed over once (close it once encrypted): the snapshot keeps no reference.

        Raises VaultBusy when the image is copied now and the database changed since the snapshot.
        """
        source, self.source = self.source, None
        if source is not None:
            return image_if_unchanged(source, self.changes[0], self.schema, self.page_size, self.pages)
        image, self.image = self.image, b""
        return image if isinstance(image, DatabaseImage) else DatabaseImage(image)

    def discard(self) -> None:
        """Drop the image without copying it."""
        image, self.image, self.source = self.image, b"", None
        if isinstance(image, DatabaseImage):
            image.close()

    def with_header(self, header: Header) -> PendingSave:
        """The same snapshot to be written under another header (new key slots); hands the image over."""
        return PendingSave(self.take_image(), header, self.changes, self.sequence)


def _change_marker(connection: sqlite3.Connection) -> tuple[int, int]:
    """Moves on with every row change (total_changes) and every schema change (schema_version)."""
    (schema_version,) = connection.execute("PRAGMA schema_version").fetchone()
    return connection.total_changes, int(schema_version)


class Vault:
    """An open vault. Create with ``Vault.create`` or open with ``Vault.open``; ``close`` when done."""

    def __init__(
        self,
        path: Path,
        header: Header,
        data_key: bytearray,
        connection: sqlite3.Connection,
        lock: filelock.BaseFileLock | None,
        fingerprint: storage.Fingerprint | None,
        *,
        real: Path | None = None,
    ) -> None:
        self.path = path  # as the coach chose it (perhaps a symlink), for display
        self._real = real or path  # the file itself: every read, write, lock and backup uses it
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # ages backups for rotation
        self.recovery_key: str | None = None
        self.upgraded_from: str | None = None  # the schema revision an open upgraded from
        self.stale_backups: list[Path] = []  # backups a passphrase change could not re-protect
        self.replica_id: str | None = None  # this open's id in the merge history (history.py)
        self._header = header
        self._data_key: bytearray | None = data_key  # zeroed by close
        self._connection = connection
        self._lock = lock
        self._fingerprint = fingerprint
        self._saved_changes = _change_marker(connection)
        self._written_sequence = 0
        self._write_lock = threading.Lock()
        self.engine: Engine = engine_for(connection)

    # ----- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, kdf: KdfParams | None = None) -> Vault:
        """A new vault at ``path`` with the newest schema; its recovery key is in ``recovery_key``, once."""
        path = Path(path).absolute()
        check_new_passphrase(passphrase)
        real = real_path(path)
        if os.path.lexists(real):  # a dangling link is followed: the vault is made where it leads
            raise VaultExists(f"{path.name} already exists; CoachDesk never overwrites a vault.")
        try:
            real.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise storage.save_failed(error, path) from None
        data_key = bytearray(os.urandom(KEY_LENGTH))
        recovery_secret = new_recovery_secret()
        header = new_header(data_key, kdf or calibrate(), passphrase, recovery_secret)
        lock = lock_vault(real)
        try:
            connection = open_memory_database(None)
        except BaseException:
            lock.release()
            wipe(data_key)
            raise
        vault = cls(path, header, data_key, connection, lock, None, real=real)
        try:
            _create_schema(vault)
            vault._start_history()
            head, body = seal(data_key, header, vault.connection.serialize())
            if not storage.create_exclusively(real, (head, body)):
                raise VaultExists(f"{path.name} already exists; CoachDesk never overwrites a vault.")
        except BaseException:
            vault.close()
            raise
        vault._fingerprint = _fingerprint_of(real, head, body[-TAG_LENGTH:], len(head) + len(body))
        vault._saved_changes = _change_marker(vault.connection)
        vault.recovery_key = format_recovery_key(recovery_secret)
        return vault

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, read_only: bool = False) -> Vault:
        """Open the vault at ``path`` with its passphrase (``read_only``: no lock, never saved)."""
        secret = normalise_passphrase(passphrase)
        return cls._open(Path(path).absolute(), SlotKind.PASSPHRASE, secret, read_only)

    @classmethod
    def open_with_recovery_key(
        cls, path: str | os.PathLike[str], recovery_key: str, *, read_only: bool = False
    ) -> Vault:
        """Open the vault at ``path`` with the recovery key shown when it was created."""
        secret = parse_recovery_key(recovery_key)
        return cls._open(Path(path).absolute(), SlotKind.RECOVERY_KEY, secret, read_only)

    @classmethod
    def _open(cls, path: Path, kind: SlotKind, secret: bytes, read_only: bool) -> Vault:
        real = real_path(path)  # once: the lock, the reads and every save go to the file itself
        try:
            if not real.is_file():
                raise VaultNotFound(f"There is no vault at {path}.")
        except OSError as error:
            raise read_failed(error, path) from None
        read_vault_file(real, header_only=True)  # a foreign or damaged file gets no lock file beside it
        lock = None if read_only else lock_vault(real)
        data_key = bytearray()
        try:

            def unwrap(header: Header) -> bytearray:
                slot = header.slot(kind)
                if slot is None:
                    raise WrongPassphrase("This vault has no recovery key; unlock it with its passphrase.")
                return bytearray(slot.unwrap(secret))

            opened = open_vault_file(real, unwrap)  # read, unwrap and decrypt overlap
            header, head, tag, data_key = opened.header, opened.head, opened.tag, opened.data_key
            connection = open_memory_database(opened.image, opened.image_size)
            del opened  # the plaintext lives on only in the database itself
        except BaseException:
            wipe(data_key)
            if lock is not None:
                lock.release()
            raise
        fingerprint = None
        if not read_only:
            # Only once the vault itself has proved sound: a damaged vault's folder stays as it was.
            storage.clean_temp_files(real)
            fingerprint = _fingerprint_of(real, head, tag, len(head) + header.payload_length)
        vault = cls(path, header, data_key, connection, lock, fingerprint, real=real)
        if migrations.is_newer_than_this_version(connection):
            vault.close()
            raise UnsupportedVaultVersion(
                f"{path.name} was last saved by a newer CoachDesk, with a database layout this "
                "version does not know. Update CoachDesk to open it; the file was not changed."
            )
        if not read_only and migrations.needs_upgrade(connection):
            vault._upgrade_on_open()
        vault._start_history()
        return vault

    def _upgrade_on_open(self) -> None:
        """Migrate an older schema, keeping the file as it was as a labelled backup first."""
        try:
            storage.make_backup(self._real, label="before-upgrade")
            self.upgraded_from = migrations.current_revision(self._connection) or "none"
            _upgrade_schema(self)
            self.save()
        except OSError as error:
            self.close()
            raise storage.save_failed(error, self.path) from None
        except BaseException:
            self.close()
            raise

    def _start_history(self) -> None:
        """Begin this open's replica: changes from now on are stamped for merging copies."""
        if self.read_only:
            return
        unsaved = self.has_unsaved_changes
        self.replica_id = history.install(self._connection)
        if not unsaved:  # the temporary triggers are not a change to the vault
            self._saved_changes = _change_marker(self._connection)

    # ----- using -----------------------------------------------------------------------------

    @property
    def real_path(self) -> Path:
        """The vault file itself, with symlinks followed once at open: what is locked and saved."""
        return self._real

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
        """Whether rows or the schema changed since the last successful save."""
        return self.is_open and _change_marker(self._connection) != self._saved_changes

    def backups(self) -> list[storage.Backup]:
        """Earlier versions kept beside the vault, newest first."""
        return storage.list_backups(self._real)

    def conflicted_copies(self) -> list[Path]:
        """Copies a sync tool made beside the vault when two machines changed it at once."""
        return storage.conflicted_copies(self._real)

    # ----- saving ----------------------------------------------------------------------------

    def snapshot(self) -> PendingSave:
        """Take a consistent image for ``write`` (cheap; call on the thread that uses sessions): the
        point is fixed here, and ``write`` copies the database as it was at that point."""
        self._check_open()
        if self.read_only:
            raise VaultBusy(f"{self.path.name} was opened read-only; it cannot be saved.")
        if self._connection.in_transaction:
            raise VaultBusy("A change is still being made; save once it is committed or cancelled.")
        marker = _change_marker(self._connection)
        (page_size,) = self._connection.execute("PRAGMA page_size").fetchone()
        (pages,) = self._connection.execute("PRAGMA page_count").fetchone()
        return PendingSave(
            b"",
            self._header,
            marker,
            next(_sequence),
            self._connection,
            int(page_size),
            schema_digest(self._connection),
            int(pages),
        )

    def write(self, pending: PendingSave) -> None:
        """Encrypt and write a snapshot atomically (safe to run on a worker thread).

        Raises ``VaultChangedOnDisk`` if another program changed the file since it was opened
        or saved, ``VaultSaveFailed`` on disk errors, and ``VaultBusy`` when the database changed
        between the snapshot and its copy here (take a new snapshot); nothing is written then.
        """
        with self._write_lock:
            data_key = self._data_key
            if data_key is None:
                raise VaultBusy("The vault was closed before it could be saved.")
            if pending.sequence <= self._written_sequence:
                pending.discard()
                return  # a newer snapshot is already on disk
            self._commit(pending, data_key)

    def save(self) -> None:
        """Snapshot and write in one call."""
        self.write(self.snapshot())

    def _commit(self, pending: PendingSave, data_key: bytearray) -> None:
        """Write ``pending`` sealed with ``data_key`` (caller holds the write lock)."""
        with pending.take_image() as image:
            if not image:
                raise VaultBusy("This snapshot was already written or failed; take a new one and save again.")
            self._check_unchanged_on_disk()
            # Encrypted as it is written, and again as it is read back: never held whole.
            sealed = SealedFile(data_key, pending.header, image.data)
            storage.replace_atomically(self._real, sealed, now=self.clock())
        # the plaintext copy is gone: it lives on only in the database itself
        self._fingerprint = _fingerprint_of(self._real, sealed.head, sealed.tag, sealed.size)
        self._written_sequence = pending.sequence
        self._saved_changes = pending.changes

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Write the vault as it is in memory to a new file ``target`` (a backup, or a copy kept
        elsewhere when the vault's own file cannot be written). The copy opens with the same
        passphrase and recovery key; the vault's own file and state are untouched."""
        self._check_open()
        data_key = self._data_key
        assert data_key is not None
        if self._connection.in_transaction:
            raise VaultBusy("A change is still being made; copy once it is committed or cancelled.")
        path = Path(target).absolute()
        if os.path.lexists(path):
            raise VaultExists(f"{path.name} already exists; choose another name for the copy.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise storage.save_failed(error, path) from None
        if not storage.create_exclusively(path, seal(data_key, self._header, self._connection.serialize())):
            raise VaultExists(f"{path.name} already exists; choose another name for the copy.")
        return path

    def _check_unchanged_on_disk(self) -> None:
        known = self._fingerprint
        assert known is not None
        try:
            current = storage.Fingerprint.of(self._real, len(known.head), TAG_LENGTH)
        except OSError as error:
            raise storage.save_failed(error, self.path) from None
        if current is None:
            raise VaultChangedOnDisk(
                f"{self.path.name} was moved or deleted by another program since CoachDesk last "
                "saved it. Nothing was written; save a copy elsewhere to keep your changes."
            )
        if not known.matches(current):
            raise VaultChangedOnDisk(
                f"{self.path.name} was changed by another program (a sync folder, another "
                "computer, or a backup put back) since CoachDesk last saved it. Nothing was "
                "overwritten. Keep this window's version (the file on disk goes to the backups "
                "first), or save a copy elsewhere and compare the two.",
                size=current.size,
                modified=datetime.fromtimestamp(current.mtime_ns / 1e9, UTC),
            )

    def keep_this_version(self) -> None:
        """After ``VaultChangedOnDisk``: keep the file now on disk as a backup, then save over it."""
        self._check_open()
        pending = self.snapshot()
        with self._write_lock:
            try:
                if self._real.exists():
                    storage.make_backup(self._real, label="changed-on-disk")
            except OSError as error:
                raise storage.save_failed(error, self.path) from None
            data_key = self._data_key
            assert data_key is not None
            with pending.take_image() as image:
                sealed = SealedFile(data_key, pending.header, image.data)
                storage.replace_atomically(self._real, sealed, now=self.clock())
            self._fingerprint = _fingerprint_of(self._real, sealed.head, sealed.tag, sealed.size)
            self._written_sequence = pending.sequence
            self._saved_changes = pending.changes

    def save_as(self, target: str | os.PathLike[str]) -> Path:
        """Write the vault to the new file ``target`` and go on with it: from now on it is the
        vault in use (locked, saved to), and the old file is left as it was and unlocked. A
        read-only vault becomes writable this way."""
        self._check_open()
        path = Path(target).absolute()
        real = real_path(path)
        if os.path.lexists(real):
            raise VaultExists(f"{path.name} already exists; choose another name for the copy.")
        try:
            real.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise storage.save_failed(error, path) from None
        lock = lock_vault(real)
        try:
            pending = self.snapshot_for_copy()
            data_key = self._data_key
            assert data_key is not None
            with self._write_lock:
                with pending.take_image() as image:
                    sealed = SealedFile(data_key, pending.header, image.data)
                    if not storage.create_exclusively(real, sealed):
                        raise VaultExists(f"{path.name} already exists; choose another name for the copy.")
                old_lock, self._lock = self._lock, lock
                self.path, self._real = path, real
                self._fingerprint = _fingerprint_of(real, sealed.head, sealed.tag, sealed.size)
                self._written_sequence = pending.sequence
                self._saved_changes = pending.changes
        except BaseException:
            lock.release()
            raise
        if old_lock is not None:
            with contextlib.suppress(OSError):
                old_lock.release()
        return path

    def snapshot_for_copy(self) -> PendingSave:
        """Like ``snapshot``, also on a read-only vault (for a copy written elsewhere)."""
        self._check_open()
        if self._connection.in_transaction:
            raise VaultBusy("A change is still being made; copy once it is committed or cancelled.")
        marker = _change_marker(self._connection)
        return PendingSave(self._connection.serialize(), self._header, marker, next(_sequence))

    def open_copy(self, path: str | os.PathLike[str]) -> Vault:
        """Another copy of this vault (a sync tool's conflicted copy, or the file as another computer
        saved it), opened read-only with this vault's own key, so no passphrase is asked while the
        copies share it. ``WrongPassphrase`` when the copy was saved under another key."""
        self._check_open()
        assert self._data_key is not None
        path = Path(path).absolute()
        real = real_path(path)
        try:
            contents = read_vault_file(real)
            header = parse_header(contents, len(contents))
            image = open_payload(self._data_key, header, contents)
        except OSError as error:
            raise read_failed(error, path) from None
        except VaultCorrupted:
            raise WrongPassphrase(
                f"{path.name} is not keyed like this vault (another practice, or its keys were "
                "replaced); open it with its own passphrase to merge it."
            ) from None
        del contents
        return Vault(
            path, header, bytearray(self._data_key), open_memory_database(image), None, None, real=real
        )

    # ----- changing keys (coachdesk/vault/keys.py) ---------------------------------------

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        new_recovery_key: bool = False,
        kdf: KdfParams | None = None,
        announce: Callable[[str], None] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> str | None:
        """Protect the vault and its backups with a new passphrase, and save (``keys.change_passphrase``)."""
        return keys.change_passphrase(
            self,
            new_passphrase,
            new_recovery_key=new_recovery_key,
            kdf=kdf,
            announce=announce,
            on_saved=on_saved,
        )

    def check_secret(self, secret: str, *, is_recovery_key: bool = False) -> None:
        """Raise ``WrongPassphrase`` (or ``InvalidRecoveryKey``) unless ``secret`` unlocks this vault
        as it is open now; nothing is read or changed. Slow: key derivation."""
        keys.check_secret(self, secret, is_recovery_key=is_recovery_key)

    # ----- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Release the lock and drop the decrypted data (unsaved changes are discarded)."""
        if self._data_key is None:
            return
        with self._write_lock:
            wipe(self._data_key)
            self._data_key = None
            self.recovery_key = None
            self.engine.dispose()
            self._connection.close()
            if self._lock is not None:
                with contextlib.suppress(OSError):  # closing the lock file releases it anyway
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


def _create_schema(vault: Vault) -> None:
    """Give a new vault's empty database the newest schema, as the migrations would leave it."""
    try:
        head_schema.create_newest(vault.connection)
    except (OSError, sqlite3.Error):
        raise VaultError(
            "CoachDesk could not make the new vault's database; nothing was written. Its installation "
            "may be damaged: run coachdesk --self-test."
        ) from None


def _upgrade_schema(vault: Vault) -> None:
    """Migrate the in-memory database to the newest schema; on failure nothing is kept."""
    try:
        migrations.upgrade(vault.engine)
    except Exception:
        raise VaultError(
            "CoachDesk could not bring this vault up to date; the file on disk is unchanged. "
            "Please report this, and keep using the version that made the vault meanwhile."
        ) from None


def _fingerprint_of(path: Path, head: bytes, tag: bytes, size: int) -> storage.Fingerprint:
    """The fingerprint of the file just written: its ``head``, payload ``tag`` and ``size``."""
    try:
        st = os.stat(path)
    except OSError:  # the save itself succeeded; the next one will compare the bytes instead
        return storage.Fingerprint(size, -1, -1, head, tag)
    return storage.Fingerprint(st.st_size, st.st_mtime_ns, st.st_ino, head, tag)
