"""Opening reads the file in blocks on a worker thread while it decrypts: the result is the same
database, and a damaged block, a short file or a failing disk is still refused before any of it
is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.vault import Vault, VaultCorrupted, VaultError, WrongPassphrase, opening
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening, "_BLOCK", 4096)  # many blocks, and a queue that fills up


def _saved(vault: Vault, names: list[str]) -> None:
    with vault.session() as session:
        for name in names:
            create_client(session, ClientDetails(name=name))
    vault.save()


def test_a_vault_read_in_blocks_opens_as_saved(vault: Vault, vault_path: Path) -> None:
    names = [f"Client {n:03}" for n in range(200)]
    _saved(vault, names)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        found = [r[0] for r in reopened.connection.execute("SELECT name FROM client ORDER BY name")]
    assert found == names


@pytest.mark.parametrize("where", [0.3, 0.999])
def test_a_damaged_block_is_refused(vault: Vault, vault_path: Path, where: float) -> None:
    _saved(vault, ["Someone"])
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted, match="fail authentication"):
        Vault.open(vault_path, PASSPHRASE)


def test_a_wrong_passphrase_stops_the_reading(vault: Vault, vault_path: Path) -> None:
    _saved(vault, ["Someone"])
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase at all")
    with Vault.open(vault_path, PASSPHRASE):  # nothing was left locked or half read
        pass


def test_a_failing_disk_is_named(vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _saved(vault, ["Someone"])
    vault.close()
    reads = 0

    class FailingFile:
        def __init__(self, real: object) -> None:
            self.real = real

        def __getattr__(self, name: str) -> object:
            return getattr(self.real, name)

        def read(self, size: int = -1) -> bytes:
            nonlocal reads
            reads += 1
            if reads > 3:
                raise OSError(5, "Input/output error")
            return self.real.read(size)  # type: ignore[attr-defined, no-any-return]

    monkeypatch.setattr(opening._Reader, "__init__", _wrapping_init(FailingFile))
    with pytest.raises(VaultError, match="input/output error"):
        Vault.open(vault_path, PASSPHRASE)


def _wrapping_init(wrapper: type) -> object:
    real_init = opening._Reader.__init__

    def init(self: opening._Reader, file: object, start: int) -> None:
        real_init(self, wrapper(file), start)  # type: ignore[arg-type]

    return init
