"""Schema 0016: the merge history (vault id, replicas, field stamps, tombstones, erasures)."""

from __future__ import annotations

import shutil
from pathlib import Path

from coachdesk.services import clients
from coachdesk.vault import Vault, history, migrations
from tests.conftest import PASSPHRASE

DATA = Path(__file__).parent.parent / "data"
GOLDEN_0001 = DATA / "golden-v1-schema-0001.coachdesk"
GOLDEN_0001_PASSPHRASE = "golden schema passphrase"


def test_two_copies_of_the_golden_practice_upgraded_apart_are_one_practice(tmp_path: Path) -> None:
    """Laptop and desktop each upgrade their copy: the vault ids agree, so the copies can merge."""
    ids = []
    for name in ("laptop.coachdesk", "desktop.coachdesk"):
        shutil.copyfile(GOLDEN_0001, tmp_path / name)
        with Vault.open(tmp_path / name, GOLDEN_0001_PASSPHRASE) as vault:
            assert migrations.current_revision(vault.connection) == migrations.HEAD_REVISION
            assert vault.connection.execute("SELECT count(*) FROM client").fetchone() == (12,)
            assert vault.connection.execute("SELECT count(*) FROM sync_stamp").fetchone() == (0,)
            ids.append(history.vault_id(vault.connection))
    assert ids[0] is not None and ids[0] == ids[1]


def test_two_new_vaults_are_different_practices(tmp_path: Path, vault: Vault) -> None:
    from tests.conftest import FAST_KDF

    with Vault.create(tmp_path / "other.coachdesk", PASSPHRASE, kdf=FAST_KDF) as other:
        assert history.vault_id(other.connection) != history.vault_id(vault.connection)


def test_changes_are_stamped_per_field_and_deletions_leave_tombstones(vault: Vault) -> None:
    with vault.session() as db:
        client_id = clients.create_client(db, clients.ClientDetails(name="Zoë Ørsted")).created
        assert client_id is not None
        clients.update_client(db, client_id, clients.ClientDetails(name="Zoë Ørsted", email="z@example.org"))
    stamps = vault.connection.execute(
        "SELECT table_name, row_id, field, replica, counter FROM sync_stamp"
    ).fetchall()
    assert stamps == [("client", client_id.hex, "email", vault.replica_id, 1)]
    assert vault.connection.execute("SELECT * FROM sync_replica").fetchall() == [(vault.replica_id, 1)]
    with vault.session() as db:
        clients.delete_client(db, client_id)
    tombstones = vault.connection.execute("SELECT table_name, row_id FROM sync_tombstone").fetchall()
    assert ("client", client_id.hex) in tombstones


def test_each_open_is_a_new_replica_and_opening_changes_nothing(vault: Vault) -> None:
    vault.save()
    path = vault.real_path
    first = vault.replica_id
    vault.close()
    with Vault.open(path, PASSPHRASE) as again:
        assert again.replica_id not in (None, first)
        assert not again.has_unsaved_changes
    with Vault.open(path, PASSPHRASE, read_only=True) as read_only:
        assert read_only.replica_id is None


def test_the_demo_practice_keeps_its_history_through_a_downgrade_and_upgrade(tmp_path: Path) -> None:
    from alembic import command

    from coachdesk.services.demo import create_demo_vault
    from tests.conftest import FAST_KDF

    with create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:
        profile = vault.connection.execute("SELECT id FROM coach_profile").fetchone()
        with vault.engine.begin() as connection:
            command.downgrade(migrations._config(connection), "0015")
        assert not history.has_history(vault.connection)
        migrations.upgrade(vault.engine)
        assert history.has_history(vault.connection)
        import uuid

        namespace = uuid.UUID("6f1d1c1e-6b8a-4c51-9a55-3c0ad3e1a016")
        assert history.vault_id(vault.connection) == str(uuid.uuid5(namespace, str(profile[0])))
