"""The vault file format, version 1: header layout, bounds-checked parsing, key slots, payload AEAD.

See docs/vault-format.md for the byte-by-byte specification.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from coachdesk.vault.errors import (
    PossiblyTampered,
    UnsupportedVaultVersion,
    VaultCorrupted,
    VaultParametersOutOfBounds,
    WrongPassphrase,
)
from coachdesk.vault.kdf import SALT_LENGTH, KdfAlgorithm, KdfParams, derive

MAGIC = b"\x89CDV\r\n\x1a\n"
FORMAT_VERSION = 1
NONCE_LENGTH = 12
TAG_LENGTH = 16
CHECKSUM_LENGTH = 32
MAX_SLOTS = 4
# The largest payload AES-GCM in `cryptography` accepts in one call (2 GiB - 1).
MAX_PAYLOAD = 2**31 - 1
SEAL_BLOCK = 1024 * 1024  # plaintext bytes encrypted per call by SealedFile

_PREFIX = struct.Struct("<8sHHQ12sBB")  # magic, version, header length, payload length, nonce, slots, flags
_SLOT = struct.Struct("<BBIII16s12s48s")  # kind, kdf, p1, p2, p3, salt, nonce, wrapped key
_SLOT_AAD = struct.Struct("<BBIII16s")  # the slot fields its wrapped key is bound to
PREFIX_LENGTH = _PREFIX.size
SLOT_LENGTH = _SLOT.size


class SlotKind(enum.IntEnum):
    """What unlocks a key slot."""

    PASSPHRASE = 1
    RECOVERY_KEY = 2


@dataclass(frozen=True)
class KeySlot:
    """The data key wrapped under a key derived from a passphrase or a recovery key."""

    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def _aad(self) -> bytes:
        kdf = self.kdf
        return MAGIC + _SLOT_AAD.pack(self.kind, kdf.algorithm, kdf.p1, kdf.p2, kdf.p3, self.salt)

    @classmethod
    def wrap(cls, kind: SlotKind, kdf: KdfParams, secret: bytes, data_key: bytes | bytearray) -> KeySlot:
        """A new slot: derive a key-encryption key from ``secret`` and wrap ``data_key`` with it."""
        salt = os.urandom(SALT_LENGTH)
        nonce = os.urandom(NONCE_LENGTH)
        slot = cls(kind, kdf, salt, nonce, b"")
        kek = derive(kdf, secret, salt)
        return replace(slot, wrapped_key=AESGCM(kek).encrypt(nonce, data_key, slot._aad()))

    def unwrap(self, secret: bytes) -> bytes:
        """The data key, or ``WrongPassphrase`` when ``secret`` is not the one this slot was made with."""
        kek = derive(self.kdf, secret, self.salt)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped_key, self._aad())
        except InvalidTag:
            if self.kind is SlotKind.RECOVERY_KEY:
                raise WrongPassphrase("That recovery key does not belong to this vault.") from None
            if self.kdf.exceeds_tuning():
                raise PossiblyTampered(
                    f"The passphrase did not unlock this vault, and its key settings ({self.kdf.describe()}) "
                    "are heavier than any CoachDesk makes: the file may have been tampered with. "
                    "If you are sure of the passphrase, open one of its backups instead, or use "
                    "the recovery key."
                ) from None
            raise WrongPassphrase("The passphrase is wrong. Check Caps Lock and try again.") from None

    def pack(self) -> bytes:
        return _SLOT.pack(
            self.kind,
            self.kdf.algorithm,
            self.kdf.p1,
            self.kdf.p2,
            self.kdf.p3,
            self.salt,
            self.nonce,
            self.wrapped_key,
        )


@dataclass(frozen=True)
class Header:
    """Everything before the payload: format version, payload length and nonce, key slots."""

    payload_length: int
    nonce: bytes
    slots: tuple[KeySlot, ...]
    version: int = FORMAT_VERSION

    @property
    def length(self) -> int:
        """Bytes of header proper, excluding the checksum that follows it."""
        return PREFIX_LENGTH + SLOT_LENGTH * len(self.slots)

    def pack(self) -> bytes:
        """Header bytes followed by their SHA-256 checksum."""
        body = _PREFIX.pack(
            MAGIC, self.version, self.length, self.payload_length, self.nonce, len(self.slots), 0
        ) + b"".join(slot.pack() for slot in self.slots)
        return body + hashlib.sha256(body).digest()

    def slot(self, kind: SlotKind) -> KeySlot | None:
        return next((s for s in self.slots if s.kind is kind), None)

    def with_slot(self, new: KeySlot) -> Header:
        return replace(self, slots=tuple(new if s.kind is new.kind else s for s in self.slots))


def _corrupted(reason: str) -> VaultCorrupted:
    return VaultCorrupted(f"This file is damaged ({reason}). Open one of its backups instead.")


def check_magic(head: bytes) -> None:
    """Refuse files that are not CoachDesk vaults, before anything else is read."""
    if head.startswith(MAGIC):
        return
    if not head:
        raise VaultCorrupted("This file is empty; it holds no vault. Open one of its backups instead.")
    if head.startswith(b"SQLite format 3\0"):
        raise VaultCorrupted("This is an unencrypted SQLite database, not a CoachDesk vault.")
    if MAGIC.startswith(head):
        raise _corrupted("it ends after a few bytes")
    raise VaultCorrupted("This file is not a CoachDesk vault.")


def parse_header(data: bytes, file_size: int) -> Header:
    """Parse and bound-check a header from the start of a file of ``file_size`` bytes.

    ``data`` must hold at least the header and its checksum when the file is that long;
    nothing here derives keys, so a hostile header costs nothing to refuse.
    """
    check_magic(data)
    if len(data) < PREFIX_LENGTH:
        raise _corrupted("it ends inside the header")
    _magic, version, length, payload_length, nonce, slot_count, flags = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise UnsupportedVaultVersion(
            f"This vault uses format version {version}, written by a newer CoachDesk. "
            f"This CoachDesk reads version {FORMAT_VERSION}; update CoachDesk to open it."
        )
    if version < 1:
        raise _corrupted("its format version is 0")
    if not 1 <= slot_count <= MAX_SLOTS or length != PREFIX_LENGTH + SLOT_LENGTH * slot_count:
        raise _corrupted("its header has an impossible length")
    if len(data) < length + CHECKSUM_LENGTH:
        raise _corrupted("it ends inside the header")
    body = data[:length]
    if not hmac.compare_digest(data[length : length + CHECKSUM_LENGTH], hashlib.sha256(body).digest()):
        raise _corrupted("its header checksum does not match")
    if flags != 0:
        raise _corrupted("its header has unknown flags set")
    if payload_length > MAX_PAYLOAD:
        raise VaultParametersOutOfBounds("This vault claims a size CoachDesk cannot hold (over 2 GiB).")
    expected = length + CHECKSUM_LENGTH + payload_length
    if file_size < expected:
        raise _corrupted(f"it is truncated: {file_size} of {expected} bytes are there")
    if file_size > expected:
        raise _corrupted(f"{file_size - expected} unexpected bytes follow the vault")
    if payload_length < TAG_LENGTH:
        raise _corrupted("its contents are missing")
    slots = [_parse_slot(body, PREFIX_LENGTH + index * SLOT_LENGTH) for index in range(slot_count)]
    kinds = [s.kind for s in slots]
    if len(set(kinds)) != len(kinds) or SlotKind.PASSPHRASE not in kinds:
        raise _corrupted("its key slots are inconsistent")
    return Header(payload_length, nonce, tuple(slots), version)


def _parse_slot(body: bytes, offset: int) -> KeySlot:
    kind, kdf_id, p1, p2, p3, salt, slot_nonce, wrapped = _SLOT.unpack_from(body, offset)
    if kind not in SlotKind.__members__.values() or kdf_id not in KdfAlgorithm.__members__.values():
        raise _corrupted("a key slot is of an unknown kind")
    params = KdfParams(KdfAlgorithm(kdf_id), p1, p2, p3)
    if kind == SlotKind.RECOVERY_KEY:
        allowed = {KdfAlgorithm.HKDF_SHA256}
    else:
        allowed = {KdfAlgorithm.ARGON2ID, KdfAlgorithm.SCRYPT}
    if params.algorithm not in allowed:
        raise _corrupted("a key slot names the wrong key derivation")
    params.check_bounds()
    return KeySlot(SlotKind(kind), params, salt, slot_nonce, wrapped)


def _sealing_header(header: Header, plaintext_length: int) -> Header:
    """``header`` as a save writes it: the current format version, the payload's length and a fresh nonce."""
    if plaintext_length + TAG_LENGTH > MAX_PAYLOAD:
        raise VaultParametersOutOfBounds("The vault has grown past 2 GiB, more than CoachDesk can save.")
    return replace(
        header,
        version=FORMAT_VERSION,
        payload_length=plaintext_length + TAG_LENGTH,
        nonce=os.urandom(NONCE_LENGTH),
    )


def seal(data_key: bytes | bytearray, header: Header, plaintext: bytes | memoryview) -> tuple[bytes, bytes]:
    """The file in two parts: header with checksum, then the AES-256-GCM payload (header as AAD).

    Always written in the current format version, with a fresh nonce.
    """
    header = _sealing_header(header, len(plaintext))
    head = header.pack()
    return head, AESGCM(data_key).encrypt(header.nonce, plaintext, head)


class SealedFile:
    """The file ``seal`` makes, as blocks encrypted while they are read: the header with its
    checksum, the payload ``SEAL_BLOCK`` bytes of plaintext at a time, then the tag.

    Each pass gives the same bytes (one key, nonce and plaintext), so a save writes one pass and
    compares what the disk gives back with another: no ciphertext of the whole vault is ever held
    in memory, and a worker thread sealing a save leaves the GUI thread free between blocks. A
    block is a view of one reused buffer, valid until the next block is asked for. The plaintext
    must stay as it is, and alive, until the last pass ends.
    """

    def __init__(self, data_key: bytes | bytearray, header: Header, plaintext: bytes | memoryview) -> None:
        self.header = _sealing_header(header, len(plaintext))
        self.head = self.header.pack()
        self.size = len(self.head) + self.header.payload_length  # the whole file's
        self._key = bytes(data_key)
        self._plaintext = plaintext
        self.tag = b""  # the payload's authentication tag, once a pass has ended

    def __iter__(self) -> Iterator[bytes | memoryview]:
        yield self.head
        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(self.header.nonce)).encryptor()
        encryptor.authenticate_additional_data(self.head)
        out = bytearray(SEAL_BLOCK + 15)  # update_into asks for an AES block's room, less a byte, to spare
        with memoryview(self._plaintext) as plaintext, memoryview(out) as ciphertext:
            for start in range(0, len(plaintext), SEAL_BLOCK):
                length = encryptor.update_into(plaintext[start : start + SEAL_BLOCK], out)
                yield ciphertext[:length]
        encryptor.finalize()
        self.tag = encryptor.tag
        yield self.tag


def open_payload(data_key: bytes | bytearray, header: Header, file_bytes: bytes) -> bytes:
    """Decrypt and authenticate the payload of a whole file whose header was parsed as ``header``."""
    head_length = header.length + CHECKSUM_LENGTH
    head = file_bytes[:head_length]
    try:
        return AESGCM(data_key).decrypt(header.nonce, memoryview(file_bytes)[head_length:], head)
    except InvalidTag:
        raise _corrupted("its contents fail authentication") from None
