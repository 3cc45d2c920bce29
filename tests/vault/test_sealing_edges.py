"""The edges of sealing and unsealing a payload: the largest vault CoachDesk can save, and a copy
sealed under another key."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.vault import Vault, WrongPassphrase
from coachdesk.vault.errors import VaultParametersOutOfBounds
from coachdesk.vault.format import MAX_PAYLOAD, TAG_LENGTH, SealedFile, seal
from tests.conftest import FAST_KDF, PASSPHRASE


class _Claimed:
    """A plaintext that only claims its length: the bounds are checked before a byte is read."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __len__(self) -> int:
        return self.length


def test_a_vault_past_two_gibibytes_is_refused_before_anything_is_encrypted(vault: Vault) -> None:
    largest = MAX_PAYLOAD - TAG_LENGTH  # the payload with its tag is the most AES-GCM takes at once
    key = bytes(32)
    for too_large in (largest + 1, largest + TAG_LENGTH + 1):
        for sealing in (seal, SealedFile):
            with pytest.raises(VaultParametersOutOfBounds, match="grown past 2 GiB"):
                sealing(key, vault._header, _Claimed(too_large))  # type: ignore[arg-type]
    sealed = SealedFile(key, vault._header, _Claimed(largest))  # type: ignore[arg-type]
    assert sealed.header.payload_length == MAX_PAYLOAD
    assert sealed.size == len(sealed.head) + MAX_PAYLOAD


def test_a_copy_sealed_under_another_key_is_refused_not_opened_as_an_empty_practice(
    vault: Vault, tmp_path: Path
) -> None:
    other = tmp_path / "another practice.coachdesk"
    Vault.create(other, PASSPHRASE, kdf=FAST_KDF).close()  # same passphrase, its own data key
    with pytest.raises(WrongPassphrase, match="not keyed like this vault"):
        vault.open_copy(other)
