"""Hostile and damaged vault files: every one is refused quickly, with the right typed error, untouched.

A small real vault is built once; each test writes a damaged or forged variant of it to a new
file in a fresh folder and checks that ``Vault.open``

- raises exactly the fitting ``VaultError`` subclass, in under 2 seconds,
- leaves the file byte-identical and every other file in the folder unchanged (only the
  ``<name>.lock`` lock file may appear), with no temp file or backup created beside it,
- releases its lock, and
- says what happened in a plain sentence (no bytes reprs, no tracebacks, no passphrase).

Forged headers are rebuilt with the layout of docs/vault-format.md and their SHA-256 checksum
recomputed, so it is the bounds and consistency checks that refuse them, not the checksum.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import filelock
import pytest
from sqlalchemy import text

from coachdesk.vault import (
    KdfAlgorithm,
    KdfParams,
    PossiblyTampered,
    UnsupportedVaultVersion,
    Vault,
    VaultCorrupted,
    VaultError,
    VaultParametersOutOfBounds,
    WrongPassphrase,
    kdf,
)
from coachdesk.vault import format as vault_format
from tests.conftest import FAST_KDF, PASSPHRASE

NAME = "practice.coachdesk"
TIME_LIMIT = 2.0

# The version-1 layout, spelled out independently of format.py (checked against it below).
PREFIX = struct.Struct("<8sHHQ12sBB")  # magic, version, header length, payload length, nonce, slots, flags
SLOT = struct.Struct("<BBIII16s12s48s")  # kind, kdf, p1, p2, p3, salt, nonce, wrapped key
VERSION_OFFSETS = (8, 9)
SLOT_COUNT_OFFSET = 32
CHECKSUM_LENGTH = 32
TAG_LENGTH = 16

# Header field indices.
VERSION, LENGTH, PAYLOAD_LENGTH, NONCE, SLOT_COUNT, FLAGS = 1, 2, 3, 4, 5, 6
# Slot field indices.
KIND, KDF, P1, P2, P3, SALT = 0, 1, 2, 3, 4, 5
PASSPHRASE_KIND, RECOVERY_KIND = 1, 2
ARGON2ID, SCRYPT, HKDF = 1, 2, 3
U32_MAX = 2**32 - 1

CLIENTS = ["Ada Brook", "Ben Okafor", "Chloé Martin", "Dev Patel"]

Variant = Callable[[bytes], bytes]


# ----- the real vault everything is derived from ---------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a small, real, saved vault holding a table with a few rows."""
    path = tmp_path_factory.mktemp("pristine") / NAME
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    try:
        with vault.session() as session:
            session.execute(text("CREATE TABLE scratch (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
            session.execute(text("INSERT INTO scratch (name) VALUES (:name)"), [{"name": n} for n in CLIENTS])
            session.commit()
        vault.save()
    finally:
        vault.close()
    return path.read_bytes()


def header_proper_length(data: bytes) -> int:
    return PREFIX.size + SLOT.size * data[SLOT_COUNT_OFFSET]


def head_length(data: bytes) -> int:
    """Header proper plus its checksum: where the payload starts."""
    return header_proper_length(data) + CHECKSUM_LENGTH


def split(data: bytes) -> tuple[list, list[list], bytes]:
    """Header fields, slot fields, and everything after the checksum (the payload)."""
    prefix = list(PREFIX.unpack_from(data))
    slots = [list(SLOT.unpack_from(data, PREFIX.size + i * SLOT.size)) for i in range(prefix[SLOT_COUNT])]
    return prefix, slots, data[PREFIX.size + len(slots) * SLOT.size + CHECKSUM_LENGTH :]


def join(prefix: list, slots: list[list], payload: bytes) -> bytes:
    """A file from its parts, with the header checksum recomputed over the header proper."""
    body = PREFIX.pack(*prefix) + b"".join(SLOT.pack(*slot) for slot in slots)
    return body + hashlib.sha256(body).digest() + payload


def slot_of(slots: list[list], kind: int) -> list:
    return next(slot for slot in slots if slot[KIND] == kind)


# ----- the checks every refusal must pass ----------------------------------------------------


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every entry under ``folder`` with its bytes (None for folders)."""
    return {
        entry.relative_to(folder).as_posix(): entry.read_bytes() if entry.is_file() else None
        for entry in folder.rglob("*")
    }


def assert_plain_sentence(error: BaseException, *secrets: str) -> None:
    message = str(error)
    assert message, f"{type(error).__name__} has an empty message"
    assert message == message.strip(), repr(message)
    assert message[0].isupper() and message.endswith("."), f"not a sentence: {message!r}"
    assert len(message.split()) >= 4, f"too terse to act on: {message!r}"
    for noise in ("b'", 'b"', "Traceback", "\\x", "Error(", "<class", "None"):
        assert noise not in message, f"{noise!r} in {message!r}"
    for secret in filter(None, secrets):
        assert secret not in message, f"the passphrase leaks into {message!r}"


def open_refused(
    folder: Path,
    contents: bytes,
    expected: type[VaultError] | tuple[type[VaultError], ...],
    *,
    passphrase: str = PASSPHRASE,
    read_only: bool = False,
    name: str = NAME,
) -> VaultError:
    """Write ``contents`` to a new file in ``folder``, open it, and check the refusal in full."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.txt").write_text("a neighbour that must be left alone\n")
    path = folder / name
    assert not path.exists()
    path.write_bytes(contents)
    before = folder_state(folder)

    start = time.monotonic()
    try:
        opened = Vault.open(path, passphrase, read_only=read_only)
    except VaultError as caught:
        error = caught
    else:
        opened.close()
        pytest.fail("a hostile file opened")
    elapsed = time.monotonic() - start

    allowed = expected if isinstance(expected, tuple) else (expected,)
    wanted = " or ".join(kind.__name__ for kind in allowed)
    assert type(error) in allowed, f"{type(error).__name__} ({error}), expected exactly {wanted}"
    assert elapsed < TIME_LIMIT, f"refusing took {elapsed:.2f} s"
    assert path.read_bytes() == contents, "the file was changed by a failed open"
    after = folder_state(folder)
    lock_name = f"{name}.lock"
    if read_only:
        assert (lock_name in after) == (lock_name in before), "a read-only open created a lock file"
    after.pop(lock_name, None)
    before.pop(lock_name, None)
    assert after == before, f"the folder changed: {sorted(set(after) ^ set(before))}"
    assert not [n for n in after if n.endswith(".tmp") or "backups" in n], sorted(after)
    if not read_only:
        # The lock was released: another window can take it at once.
        lock = filelock.FileLock(f"{path}.lock", timeout=0)
        lock.acquire()
        lock.release()
    assert_plain_sentence(error, passphrase, PASSPHRASE)
    return error


# ----- the harness itself is sound ------------------------------------------------------------


def test_layout_matches_format_module(pristine: bytes) -> None:
    assert (PREFIX.size, SLOT.size) == (vault_format.PREFIX_LENGTH, vault_format.SLOT_LENGTH)
    assert (CHECKSUM_LENGTH, TAG_LENGTH) == (vault_format.CHECKSUM_LENGTH, vault_format.TAG_LENGTH)
    assert pristine.startswith(vault_format.MAGIC)
    prefix, slots, payload = split(pristine)
    assert prefix[VERSION] == vault_format.FORMAT_VERSION
    assert prefix[LENGTH] == header_proper_length(pristine)
    assert sorted(slot[KIND] for slot in slots) == [PASSPHRASE_KIND, RECOVERY_KIND]
    assert prefix[PAYLOAD_LENGTH] == len(payload) == len(pristine) - head_length(pristine)
    # Rebuilding an untouched header reproduces the file, so forged variants differ only as intended.
    assert join(prefix, slots, payload) == pristine


def test_unmodified_copy_opens_with_its_rows(pristine: bytes, tmp_path: Path) -> None:
    """The control: the same harness, given the intact bytes, opens the vault."""
    path = tmp_path / NAME
    path.write_bytes(pristine)
    with Vault.open(path, PASSPHRASE) as vault:
        names = [row[0] for row in vault.connection.execute("SELECT name FROM scratch ORDER BY id")]
    assert names == CLIENTS


# ----- every header byte flipped -------------------------------------------------------------


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF], ids=lambda m: f"xor{m:#04x}")
def test_every_header_byte_flipped(pristine: bytes, tmp_path: Path, mask: int) -> None:
    failures = []
    head = head_length(pristine)
    for offset in range(head):
        damaged = bytearray(pristine)
        damaged[offset] ^= mask
        # Only the version field may read as a version from the future; every other byte is damage.
        expected = (VaultCorrupted, UnsupportedVaultVersion) if offset in VERSION_OFFSETS else VaultCorrupted
        try:
            open_refused(tmp_path / f"offset-{offset:03d}", bytes(damaged), expected)
        except (AssertionError, pytest.fail.Exception) as problem:
            failures.append(f"offset {offset}: {problem}".splitlines()[0])
    assert not failures, f"{len(failures)} of {head} header bytes:\n" + "\n".join(failures)


def test_version_byte_flips_read_as_newer_version(pristine: bytes, tmp_path: Path) -> None:
    """Flipping the version's high byte gives a version from the future, named as such."""
    damaged = bytearray(pristine)
    damaged[9] ^= 0xFF
    error = open_refused(tmp_path, bytes(damaged), UnsupportedVaultVersion)
    assert "newer CoachDesk" in str(error)


# ----- truncated, extended, random, foreign, empty -------------------------------------------

TRUNCATIONS: dict[str, Callable[[bytes], int]] = {
    "zero": lambda d: 0,
    "one": lambda d: 1,
    "inside-magic": lambda d: 7,
    "magic-only": lambda d: 8,
    "prefix-minus-1": lambda d: PREFIX.size - 1,
    "prefix": lambda d: PREFIX.size,
    "header-minus-1": lambda d: header_proper_length(d) - 1,
    "header": header_proper_length,
    "header-plus-1": lambda d: header_proper_length(d) + 1,
    "header-and-checksum-minus-1": lambda d: head_length(d) - 1,
    "header-and-checksum": head_length,
    "header-and-checksum-plus-1": lambda d: head_length(d) + 1,
    "half": lambda d: len(d) // 2,
    "all-but-tag": lambda d: len(d) - TAG_LENGTH,
    "all-but-last-byte": lambda d: len(d) - 1,
}


@pytest.mark.parametrize("cut", TRUNCATIONS.values(), ids=TRUNCATIONS.keys())
def test_truncated(pristine: bytes, tmp_path: Path, cut: Callable[[bytes], int]) -> None:
    length = cut(pristine)
    assert 0 <= length < len(pristine)
    open_refused(tmp_path, pristine[:length], VaultCorrupted)


TRAILERS: dict[str, Variant] = {
    "one-zero-byte": lambda d: b"\0",
    "newline": lambda d: b"\n",
    "sixteen-random-bytes": lambda d: os.urandom(16),
    "a-page-of-random": lambda d: os.urandom(4096),
    "the-vault-again": lambda d: d,
}


@pytest.mark.parametrize("trailer", TRAILERS.values(), ids=TRAILERS.keys())
def test_trailing_garbage(pristine: bytes, tmp_path: Path, trailer: Variant) -> None:
    open_refused(tmp_path, pristine + trailer(pristine), VaultCorrupted)


@pytest.mark.parametrize("size", [1, 7, 8, 33, 34, 246, 1000, 8192, 65536])
def test_random_bytes(tmp_path: Path, size: int) -> None:
    open_refused(tmp_path, os.urandom(size), VaultCorrupted)


@pytest.mark.parametrize("size", [34, 246, 8470])
def test_magic_and_version_then_random(tmp_path: Path, size: int) -> None:
    """Random bytes behind a valid magic and version get past the first check, not the rest."""
    start = vault_format.MAGIC + struct.pack("<H", vault_format.FORMAT_VERSION)
    open_refused(tmp_path, start + os.urandom(size - len(start)), VaultCorrupted)


def test_plain_sqlite_database(tmp_path: Path) -> None:
    source = tmp_path / "plain.sqlite"
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany("INSERT INTO scratch (name) VALUES (?)", [(n,) for n in CLIENTS])
        connection.commit()
    contents = source.read_bytes()
    assert contents.startswith(b"SQLite format 3\0")
    error = open_refused(tmp_path / "vault", contents, VaultCorrupted)
    assert "not a CoachDesk vault" in str(error)


def test_empty_file(tmp_path: Path) -> None:
    error = open_refused(tmp_path, b"", VaultCorrupted)
    assert "empty" in str(error)


# ----- forged headers with a recomputed checksum ----------------------------------------------


def forge(edit: Callable[[list, list[list], bytes], bytes | None]) -> Variant:
    """A variant that edits the parsed header in place, then rebuilds it with a valid checksum."""

    def variant(data: bytes) -> bytes:
        prefix, slots, payload = split(data)
        replaced = edit(prefix, slots, payload)
        prefix[SLOT_COUNT] = len(slots)
        prefix[LENGTH] = PREFIX.size + SLOT.size * len(slots)
        return join(prefix, slots, payload if replaced is None else replaced)

    return variant


def set_kdf(
    kind: int, kdf: int | None = None, p1: int | None = None, p2: int | None = None, p3: int | None = None
) -> Variant:
    def edit(prefix: list, slots: list[list], payload: bytes) -> None:
        slot = slot_of(slots, kind)
        for index, value in ((KDF, kdf), (P1, p1), (P2, p2), (P3, p3)):
            if value is not None:
                slot[index] = value

    return forge(edit)


def set_slot_kind(kind: int, value: int) -> Variant:
    def edit(prefix: list, slots: list[list], payload: bytes) -> None:
        slot_of(slots, kind)[KIND] = value

    return forge(edit)


def set_field(index: int, value: int) -> Variant:
    def edit(prefix: list, slots: list[list], payload: bytes) -> None:
        prefix[index] = value

    return forge(edit)


OUT_OF_BOUNDS: dict[str, Variant] = {
    "argon2-memory-4-TiB": set_kdf(PASSPHRASE_KIND, p1=U32_MAX),
    "argon2-iterations-max": set_kdf(PASSPHRASE_KIND, p2=U32_MAX),
    "argon2-memory-and-iterations-max": set_kdf(PASSPHRASE_KIND, p1=U32_MAX, p2=U32_MAX),
    "argon2-memory-just-over-1-GiB": set_kdf(PASSPHRASE_KIND, p1=1024 * 1024 + 1),
    "argon2-iterations-65": set_kdf(PASSPHRASE_KIND, p2=65),
    "argon2-work-1-GiB-times-64": set_kdf(PASSPHRASE_KIND, p1=1024 * 1024, p2=64, p3=4),
    "argon2-lanes-max": set_kdf(PASSPHRASE_KIND, p1=1024 * 1024, p3=U32_MAX),
    "argon2-zero-lanes": set_kdf(PASSPHRASE_KIND, p3=0),
    # Within the bounds of earlier builds, and 25 s and 1.1 GB per attempt: refused now.
    "argon2-1-GiB-8-iterations-16-lanes": set_kdf(PASSPHRASE_KIND, p1=1024 * 1024, p2=8, p3=16),
    "argon2-memory-just-over-256-MiB": set_kdf(PASSPHRASE_KIND, p1=256 * 1024 + 1, p2=1, p3=4),
    "argon2-lanes-9": set_kdf(PASSPHRASE_KIND, p1=1024, p2=1, p3=9),
    "argon2-128-MiB-times-64": set_kdf(PASSPHRASE_KIND, p1=128 * 1024, p2=64, p3=4),
    "scrypt-512-MiB": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=19, p2=8, p3=1),
    "scrypt-r-17": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=10, p2=17, p3=1),
    "scrypt-256-MiB-times-3": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=18, p2=8, p3=3),
    "argon2-zero-iterations": set_kdf(PASSPHRASE_KIND, p2=0),
    "argon2-memory-below-8-per-lane": set_kdf(PASSPHRASE_KIND, p1=7, p3=1),
    "scrypt-log2-n-max": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=U32_MAX, p2=8, p3=1),
    "scrypt-log2-n-64": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=64, p2=8, p3=1),
    "scrypt-log2-n-21": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=21, p2=8, p3=1),
    "scrypt-4-GiB-memory": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=20, p2=32, p3=1),
    "scrypt-r-max": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=15, p2=U32_MAX, p3=1),
    "scrypt-p-max": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=15, p2=8, p3=U32_MAX),
    "scrypt-log2-n-zero": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=0, p2=8, p3=1),
    "recovery-hkdf-with-parameters": set_kdf(RECOVERY_KIND, p1=U32_MAX, p2=U32_MAX),
    "payload-length-over-2-GiB": set_field(PAYLOAD_LENGTH, 2**31),
    "payload-length-max": set_field(PAYLOAD_LENGTH, 2**64 - 1),
}


@pytest.mark.parametrize("variant", OUT_OF_BOUNDS.values(), ids=OUT_OF_BOUNDS.keys())
def test_parameters_out_of_bounds(pristine: bytes, tmp_path: Path, variant: Variant) -> None:
    forged = variant(pristine)
    assert forged != pristine and len(forged) == len(pristine)
    open_refused(tmp_path, forged, VaultParametersOutOfBounds)


FUTURE_VERSIONS: dict[str, Variant] = {
    "version-2": set_field(VERSION, 2),
    "version-65535": set_field(VERSION, 0xFFFF),
}


@pytest.mark.parametrize("variant", FUTURE_VERSIONS.values(), ids=FUTURE_VERSIONS.keys())
def test_version_from_the_future(pristine: bytes, tmp_path: Path, variant: Variant) -> None:
    error = open_refused(tmp_path, variant(pristine), UnsupportedVaultVersion)
    assert "newer CoachDesk" in str(error)


def _two_passphrase_slots(prefix: list, slots: list[list], payload: bytes) -> None:
    slots[:] = [slot_of(slots, PASSPHRASE_KIND), list(slot_of(slots, PASSPHRASE_KIND))]


def _recovery_slot_only(prefix: list, slots: list[list], payload: bytes) -> None:
    slots[:] = [slot_of(slots, RECOVERY_KIND)]


def _no_slots(prefix: list, slots: list[list], payload: bytes) -> None:
    slots.clear()


def _five_slots(prefix: list, slots: list[list], payload: bytes) -> None:
    slots.extend(list(slot) for slot in slots[:] + slots[:] + slots[:1])


def _payload_length_plus_one(prefix: list, slots: list[list], payload: bytes) -> None:
    prefix[PAYLOAD_LENGTH] += 1


def _payload_length_minus_one(prefix: list, slots: list[list], payload: bytes) -> None:
    prefix[PAYLOAD_LENGTH] -= 1


def _no_payload(prefix: list, slots: list[list], payload: bytes) -> bytes:
    prefix[PAYLOAD_LENGTH] = 0
    return b""


def _payload_shorter_than_a_tag(prefix: list, slots: list[list], payload: bytes) -> bytes:
    prefix[PAYLOAD_LENGTH] = TAG_LENGTH - 1
    return payload[-(TAG_LENGTH - 1) :]


def _header_nonce_changed(prefix: list, slots: list[list], payload: bytes) -> None:
    prefix[NONCE] = bytes(b ^ 0x01 for b in prefix[NONCE])


def _recovery_salt_changed(prefix: list, slots: list[list], payload: bytes) -> None:
    slot = slot_of(slots, RECOVERY_KIND)
    slot[SALT] = bytes(b ^ 0x01 for b in slot[SALT])


def _slots_swapped(prefix: list, slots: list[list], payload: bytes) -> None:
    slots.reverse()


INCONSISTENT: dict[str, Variant] = {
    "version-0": set_field(VERSION, 0),
    "unknown-flags": set_field(FLAGS, 1),
    "all-flags": set_field(FLAGS, 0xFF),
    "unknown-slot-kind": set_slot_kind(RECOVERY_KIND, 3),
    "slot-kind-zero": set_slot_kind(RECOVERY_KIND, 0),
    "unknown-kdf": set_kdf(PASSPHRASE_KIND, kdf=9),
    "kdf-zero": set_kdf(PASSPHRASE_KIND, kdf=0),
    "passphrase-slot-with-hkdf": set_kdf(PASSPHRASE_KIND, kdf=HKDF, p1=0, p2=0, p3=0),
    "recovery-slot-with-argon2": set_kdf(RECOVERY_KIND, kdf=ARGON2ID, p1=1024, p2=1, p3=1),
    "two-passphrase-slots": forge(_two_passphrase_slots),
    "recovery-slot-only": forge(_recovery_slot_only),
    "no-slots": forge(_no_slots),
    "five-slots": forge(_five_slots),
    "payload-length-plus-1": forge(_payload_length_plus_one),
    "payload-length-minus-1": forge(_payload_length_minus_one),
    "no-payload": forge(_no_payload),
    "payload-shorter-than-a-tag": forge(_payload_shorter_than_a_tag),
    # These pass every header check; the payload's AEAD (header as associated data) refuses them.
    "header-nonce-changed": forge(_header_nonce_changed),
    "recovery-slot-salt-changed": forge(_recovery_salt_changed),
    "slots-swapped": forge(_slots_swapped),
}


@pytest.mark.parametrize("variant", INCONSISTENT.values(), ids=INCONSISTENT.keys())
def test_forged_header_inconsistent(pristine: bytes, tmp_path: Path, variant: Variant) -> None:
    forged = variant(pristine)
    assert forged != pristine
    open_refused(tmp_path, forged, VaultCorrupted)


def test_header_length_field_forged(pristine: bytes, tmp_path: Path) -> None:
    """A header length that disagrees with the slot count, checksum recomputed over what it claims."""
    prefix, slots, payload = split(pristine)
    prefix[LENGTH] += SLOT.size
    open_refused(tmp_path, join(prefix, slots, payload), VaultCorrupted)


# ----- damaged payload, wrong passphrase -----------------------------------------------------

PAYLOAD_OFFSETS: dict[str, Callable[[bytes], int]] = {
    "first-ciphertext-byte": head_length,
    "middle": lambda d: (head_length(d) + len(d)) // 2,
    "last-ciphertext-byte": lambda d: len(d) - TAG_LENGTH - 1,
    "first-tag-byte": lambda d: len(d) - TAG_LENGTH,
    "last-tag-byte": lambda d: len(d) - 1,
}


@pytest.mark.parametrize("where", PAYLOAD_OFFSETS.values(), ids=PAYLOAD_OFFSETS.keys())
def test_payload_byte_flipped(pristine: bytes, tmp_path: Path, where: Callable[[bytes], int]) -> None:
    offset = where(pristine)
    assert head_length(pristine) <= offset < len(pristine)
    damaged = bytearray(pristine)
    damaged[offset] ^= 0x01
    error = open_refused(tmp_path, bytes(damaged), VaultCorrupted)
    assert "backup" in str(error)


@pytest.mark.parametrize(
    "attempt",
    ["incorrect horse battery staple", PASSPHRASE.upper(), PASSPHRASE + " ", PASSPHRASE[:-1], ""],
    ids=["other-words", "caps-lock", "trailing-space", "one-letter-short", "empty"],
)
def test_wrong_passphrase(pristine: bytes, tmp_path: Path, attempt: str) -> None:
    open_refused(tmp_path, pristine, WrongPassphrase, passphrase=attempt)
    # The failed attempt left the vault openable.
    with Vault.open(tmp_path / NAME, PASSPHRASE) as vault:
        assert vault.connection.execute("SELECT count(*) FROM scratch").fetchone() == (len(CLIENTS),)


UNUSUAL_SETTINGS: dict[str, Variant] = {  # cheap to run, but heavier than calibration ever makes
    "argon2-8-lanes": set_kdf(PASSPHRASE_KIND, p1=1024, p2=1, p3=8),
    "argon2-40-iterations": set_kdf(PASSPHRASE_KIND, p1=1024, p2=40, p3=1),
    "scrypt-p-2": set_kdf(PASSPHRASE_KIND, kdf=SCRYPT, p1=10, p2=8, p3=2),
}


@pytest.mark.parametrize("variant", UNUSUAL_SETTINGS.values(), ids=UNUSUAL_SETTINGS.keys())
def test_a_failed_slot_with_unusual_settings_may_be_tampered(
    pristine: bytes, tmp_path: Path, variant: Variant
) -> None:
    error = open_refused(tmp_path, variant(pristine), PossiblyTampered)
    assert isinstance(error, WrongPassphrase)  # the coach may still simply have mistyped
    assert "tampered" in str(error)


def test_calibrated_settings_are_within_bounds_and_not_unusual() -> None:
    for params in (
        KdfParams(KdfAlgorithm.ARGON2ID, kdf.ARGON2_MEMORY_KIB, kdf.ARGON2_MAX_ITERATIONS, kdf.ARGON2_LANES),
        KdfParams(KdfAlgorithm.ARGON2ID, kdf.ARGON2_MEMORY_KIB, kdf.ARGON2_MIN_ITERATIONS, kdf.ARGON2_LANES),
        KdfParams(KdfAlgorithm.SCRYPT, kdf.SCRYPT_MAX_LOG2_N, kdf.SCRYPT_R, 1),
        KdfParams(KdfAlgorithm.SCRYPT, kdf.SCRYPT_MIN_LOG2_N, kdf.SCRYPT_R, 1),
    ):
        params.check_bounds()
        assert not params.exceeds_tuning(), params
    # Twice the slowest calibration is still read.
    KdfParams(KdfAlgorithm.ARGON2ID, kdf.ARGON2_MEMORY_KIB, 2 * kdf.ARGON2_MAX_ITERATIONS, 4).check_bounds()
    KdfParams(KdfAlgorithm.SCRYPT, kdf.SCRYPT_MAX_LOG2_N, kdf.SCRYPT_R, 2).check_bounds()


# ----- never a temp file or backup beside a damaged vault ------------------------------------

DAMAGED: dict[str, tuple[Variant, type[VaultError]]] = {
    "header-byte": (lambda d: d[:40] + bytes([d[40] ^ 0xFF]) + d[41:], VaultCorrupted),
    "payload-byte": (lambda d: d[:-20] + bytes([d[-20] ^ 0xFF]) + d[-19:], VaultCorrupted),
    "truncated": (lambda d: d[: len(d) // 2], VaultCorrupted),
    "out-of-bounds": (OUT_OF_BOUNDS["argon2-memory-4-TiB"], VaultParametersOutOfBounds),
    "future-version": (FUTURE_VERSIONS["version-2"], UnsupportedVaultVersion),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize(("variant", "expected"), DAMAGED.values(), ids=DAMAGED.keys())
def test_no_temp_file_or_backup_beside_damaged_vault(
    pristine: bytes, tmp_path: Path, variant: Variant, expected: type[VaultError], read_only: bool
) -> None:
    contents = variant(pristine)
    for _ in range(3):  # repeated attempts, as a coach clicking "Open" again would make
        open_refused(tmp_path, contents, expected, read_only=read_only)
        (tmp_path / NAME).unlink()
    names = {entry.name for entry in tmp_path.iterdir()}
    assert names <= {"notes.txt", f"{NAME}.lock"}, sorted(names)
