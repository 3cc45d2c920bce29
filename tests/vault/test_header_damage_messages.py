"""Each kind of header damage is refused with its own exact message, before any key derivation."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultError
from coachdesk.vault import format as vault_format
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.test_hostile_files import (
    CHECKSUM_LENGTH,
    FLAGS,
    HKDF,
    KDF,
    PASSPHRASE_KIND,
    PAYLOAD_LENGTH,
    PREFIX,
    RECOVERY_KIND,
    SCRYPT,
    SLOT,
    TAG_LENGTH,
    VERSION,
    forge,
    head_length,
    header_proper_length,
    set_field,
    set_slot_kind,
    slot_of,
)

DAMAGED = "This file is damaged ({}). Open one of its backups instead."


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("pristine") / "practice.coachdesk"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path.read_bytes()


@pytest.fixture
def no_key_derivation(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every key derivation attempted during the test (each costs a hostile file's victim seconds)."""
    calls: list[object] = []
    monkeypatch.setattr(vault_format, "derive", lambda *args: calls.append(args) or b"\0" * 32)
    return calls


def _refusal(tmp_path: Path, contents: bytes) -> str:
    path = tmp_path / "damaged.coachdesk"
    path.write_bytes(contents)
    with pytest.raises(VaultError) as caught:
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == contents
    return str(caught.value)


def _four_slots(prefix: list, slots: list[list], payload: bytes) -> None:
    assert len(slots) == 2
    slots.extend(list(slot) for slot in slots[:])


def _five_slots(prefix: list, slots: list[list], payload: bytes) -> None:
    assert len(slots) == 2
    slots.extend(list(slot) for slot in slots[:] + slots[:1])


def _recovery_slot_only(prefix: list, slots: list[list], payload: bytes) -> None:
    slots[:] = [slot_of(slots, RECOVERY_KIND)]


def _payload_of(length: int) -> Callable[[list, list[list], bytes], bytes]:
    def edit(prefix: list, slots: list[list], payload: bytes) -> bytes:
        prefix[PAYLOAD_LENGTH] = length
        return payload[:length]

    return edit


def _set_kdf(kind: int, algorithm: int) -> Callable[[bytes], bytes]:
    def edit(prefix: list, slots: list[list], payload: bytes) -> None:
        slot_of(slots, kind)[KDF] = algorithm

    return forge(edit)


def _flip_checksum(d: bytes) -> bytes:
    at = header_proper_length(d)
    return d[:at] + bytes([d[at] ^ 1]) + d[at + 1 :]


def _header_length_plus_one(d: bytes) -> bytes:
    return d[:10] + struct.pack("<H", header_proper_length(d) + 1) + d[12:]


DAMAGE: dict[str, tuple[Callable[[bytes], bytes], Callable[[bytes], str]]] = {
    "empty": (
        lambda d: b"",
        lambda d: "This file is empty; it holds no vault. Open one of its backups instead.",
    ),
    "plain-sqlite": (
        lambda d: b"SQLite format 3\0" + bytes(200),
        lambda d: "This is an unencrypted SQLite database, not a CoachDesk vault.",
    ),
    "first-bytes-of-the-magic": (lambda d: d[:5], lambda d: DAMAGED.format("it ends after a few bytes")),
    "something-else": (lambda d: b"%PDF-1.7\n" + bytes(300), lambda d: "This file is not a CoachDesk vault."),
    "magic-and-version-only": (lambda d: d[:10], lambda d: DAMAGED.format("it ends inside the header")),
    "prefix-less-one-byte": (
        lambda d: d[: PREFIX.size - 1],
        lambda d: DAMAGED.format("it ends inside the header"),
    ),
    "header-without-checksum-end": (
        lambda d: d[: head_length(d) - 1],
        lambda d: DAMAGED.format("it ends inside the header"),
    ),
    "version-0": (set_field(VERSION, 0), lambda d: DAMAGED.format("its format version is 0")),
    "version-2": (
        set_field(VERSION, 2),
        lambda d: (
            "This vault uses format version 2, written by a newer CoachDesk. "
            "This CoachDesk reads version 1; update CoachDesk to open it."
        ),
    ),
    "newer-version-cut-after-its-prefix": (  # what can be read is said: update, not "damaged"
        lambda d: set_field(VERSION, 2)(d)[: PREFIX.size],
        lambda d: (
            "This vault uses format version 2, written by a newer CoachDesk. "
            "This CoachDesk reads version 1; update CoachDesk to open it."
        ),
    ),
    "header-length-plus-one": (
        _header_length_plus_one,
        lambda d: DAMAGED.format("its header has an impossible length"),
    ),
    "five-slots": (forge(_five_slots), lambda d: DAMAGED.format("its header has an impossible length")),
    "four-slots-two-of-each-kind": (
        forge(_four_slots),
        lambda d: DAMAGED.format("its key slots are inconsistent"),
    ),
    "recovery-slot-only": (
        forge(_recovery_slot_only),
        lambda d: DAMAGED.format("its key slots are inconsistent"),
    ),
    "checksum-byte-flipped": (_flip_checksum, lambda d: DAMAGED.format("its header checksum does not match")),
    "flags-set": (set_field(FLAGS, 1), lambda d: DAMAGED.format("its header has unknown flags set")),
    "payload-over-2-GiB": (
        set_field(PAYLOAD_LENGTH, 2**31),  # AES-GCM in one call takes at most 2 GiB - 1
        lambda d: "This vault claims a size CoachDesk cannot hold (over 2 GiB).",
    ),
    "payload-2-GiB-less-one-byte": (
        set_field(PAYLOAD_LENGTH, 2**31 - 1),
        lambda d: DAMAGED.format(
            f"it is truncated: {len(d)} of {head_length(d) + 2**31 - 1} bytes are there"
        ),
    ),
    "last-byte-cut": (
        lambda d: d[:-1],
        lambda d: DAMAGED.format(f"it is truncated: {len(d) - 1} of {len(d)} bytes are there"),
    ),
    "three-bytes-appended": (
        lambda d: d + b"abc",
        lambda d: DAMAGED.format("3 unexpected bytes follow the vault"),
    ),
    "payload-one-byte-short-of-a-tag": (
        forge(_payload_of(TAG_LENGTH - 1)),
        lambda d: DAMAGED.format("its contents are missing"),
    ),
    "unknown-slot-kind": (
        set_slot_kind(RECOVERY_KIND, 3),
        lambda d: DAMAGED.format("a key slot is of an unknown kind"),
    ),
    "unknown-kdf": (
        _set_kdf(PASSPHRASE_KIND, 9),
        lambda d: DAMAGED.format("a key slot is of an unknown kind"),
    ),
    "cut-right-after-the-checksum": (
        lambda d: d[: head_length(d)],
        lambda d: DAMAGED.format(f"it is truncated: {head_length(d)} of {len(d)} bytes are there"),
    ),
    "passphrase-slot-with-hkdf": (
        _set_kdf(PASSPHRASE_KIND, HKDF),
        lambda d: DAMAGED.format("a key slot names the wrong key derivation"),
    ),
    "recovery-slot-with-scrypt": (
        _set_kdf(RECOVERY_KIND, SCRYPT),
        lambda d: DAMAGED.format("a key slot names the wrong key derivation"),
    ),
}


@pytest.mark.parametrize("name", DAMAGE)
def test_each_damage_has_its_message_and_costs_no_key_derivation(
    pristine: bytes, tmp_path: Path, no_key_derivation: list[object], name: str
) -> None:
    damage, message = DAMAGE[name]
    assert _refusal(tmp_path, damage(pristine)) == message(pristine)
    assert no_key_derivation == []


def test_a_payload_of_just_a_tag_passes_the_header_and_fails_authentication(
    pristine: bytes, tmp_path: Path
) -> None:
    forged = forge(_payload_of(TAG_LENGTH))(pristine)
    assert _refusal(tmp_path, forged) == DAMAGED.format("its contents fail authentication")


def test_a_passphrase_slot_alone_is_a_sound_header(pristine: bytes, tmp_path: Path) -> None:
    """One slot is allowed (a vault without a recovery key): the payload's AEAD refuses the forgery."""

    def passphrase_slot_only(prefix: list, slots: list[list], payload: bytes) -> None:
        slots[:] = [slot_of(slots, PASSPHRASE_KIND)]

    forged = forge(passphrase_slot_only)(pristine)
    assert _refusal(tmp_path, forged) == DAMAGED.format("its contents fail authentication")


def test_the_layout_constants_used_here_match(pristine: bytes) -> None:
    assert (PREFIX.size, SLOT.size, CHECKSUM_LENGTH) == (
        vault_format.PREFIX_LENGTH,
        vault_format.SLOT_LENGTH,
        vault_format.CHECKSUM_LENGTH,
    )
    assert PASSPHRASE_KIND == vault_format.SlotKind.PASSPHRASE
