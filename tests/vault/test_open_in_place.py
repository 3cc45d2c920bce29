"""Opening decrypts the vault straight into memory SQLite owns, so a large practice is never held
twice, with that memory faulted in ahead on another thread; a file that fails authentication gives
that memory back and loads nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.vault import Vault, VaultCorrupted, in_place, opening, prefault
from tests.conftest import PASSPHRASE


class _Spy:
    """Notes each SQLite buffer the opening asks for, and what became of it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.buffers: list[in_place.SqliteBuffer] = []
        self.handed: list[int] = []
        self.freed = 0
        self.events: list[str] = []  # the prefault's start and stop, the hand-over, the free
        self.prefaulted: list[tuple[int, int]] = []
        real_buffer, real_hand, real_free = (
            in_place.sqlite_buffer,
            in_place.SqliteBuffer.hand_to,
            in_place.SqliteBuffer.free,
        )

        def buffer(capacity: int) -> in_place.SqliteBuffer | None:
            made = real_buffer(capacity)
            assert made is not None  # CPython with the system's SQLite: the in-place path is taken
            self.buffers.append(made)
            return made

        def hand_to(made: in_place.SqliteBuffer, connection: object, size: int) -> None:
            self.handed.append(size)
            self.events.append("handed")
            real_hand(made, connection, size)  # type: ignore[arg-type]

        def free(made: in_place.SqliteBuffer) -> None:
            self.freed += 1
            self.events.append("freed")
            real_free(made)

        def faulting(address: int, size: int) -> prefault.Prefault:
            self.prefaulted.append((address, size))
            self.events.append("prefault")
            worker = real_prefault(address, size)
            real_stop = worker.stop

            def stop() -> None:
                real_stop()
                self.events.append("stopped")

            worker.stop = stop  # type: ignore[method-assign]
            return worker

        real_prefault = opening.prefault
        monkeypatch.setattr(opening, "prefault", faulting)

        monkeypatch.setattr(opening, "sqlite_buffer", buffer)
        monkeypatch.setattr(in_place.SqliteBuffer, "hand_to", hand_to)
        monkeypatch.setattr(in_place.SqliteBuffer, "free", free)


def _saved(vault: Vault, names: list[str]) -> int:
    with vault.session() as session:
        for name in names:
            create_client(session, ClientDetails(name=name))
    vault.save()
    return len(vault.connection.serialize())


def test_the_vault_is_decrypted_into_the_databases_own_memory(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"Client {n:03}" for n in range(50)]
    size = _saved(vault, names)
    vault.close()
    spy = _Spy(monkeypatch)
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        found = [r[0] for r in reopened.connection.execute("SELECT name FROM client ORDER BY name")]
        assert in_place.view_of(reopened.connection) is not None  # one contiguous buffer, as before
    assert found == names
    assert len(spy.buffers) == 1 and spy.handed == [size] and spy.freed == 0
    # Faulted in over the whole buffer, and done with before SQLite owns it.
    assert spy.prefaulted == [(spy.buffers[0].address, spy.buffers[0].capacity)]
    assert spy.events == ["prefault", "stopped", "handed"]


def test_a_file_failing_authentication_gives_the_memory_back(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _saved(vault, ["Someone"])
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    vault_path.write_bytes(bytes(data))
    spy = _Spy(monkeypatch)
    with pytest.raises(VaultCorrupted, match="fail authentication"):
        Vault.open(vault_path, PASSPHRASE)
    assert len(spy.buffers) == 1 and spy.handed == [] and spy.freed == 1
    assert spy.events == ["prefault", "stopped", "freed"]  # never faulting memory already given back
