"""Unlocking with the wrong secret says which one was wrong; sealing refuses a vault too big to hold."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultParametersOutOfBounds, WrongPassphrase
from coachdesk.vault import format as vault_format
from coachdesk.vault.recovery import format_recovery_key, new_recovery_secret
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def closed_vault(vault_path: Path) -> tuple[Path, str]:
    vault = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    recovery = vault.recovery_key
    vault.close()
    assert recovery is not None
    return vault_path, recovery


def test_a_wrong_passphrase_says_so(closed_vault: tuple[Path, str]) -> None:
    path, _ = closed_vault
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(path, "not the passphrase")
    assert str(caught.value) == "The passphrase is wrong. Check Caps Lock and try again."


def test_a_recovery_key_of_another_vault_says_so(closed_vault: tuple[Path, str]) -> None:
    path, recovery = closed_vault
    with Vault.open_with_recovery_key(path, recovery):
        pass
    other = format_recovery_key(new_recovery_secret())
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open_with_recovery_key(path, other)
    assert str(caught.value) == "That recovery key does not belong to this vault."


def test_sealing_refuses_a_payload_one_byte_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    key = os.urandom(32)
    header = vault_format.Header(0, b"", ())
    monkeypatch.setattr(vault_format, "MAX_PAYLOAD", 100)
    _head, body = vault_format.seal(key, header, b"x" * (100 - vault_format.TAG_LENGTH))
    assert len(body) == 100
    with pytest.raises(VaultParametersOutOfBounds) as caught:
        vault_format.seal(key, header, b"x" * (101 - vault_format.TAG_LENGTH))
    assert str(caught.value) == "The vault has grown past 2 GiB, more than CoachDesk can save."
