"""Schema migrations: new vaults start at the newest schema, older vaults upgrade at open after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from coachdesk.domain import metadata
from coachdesk.vault import Vault, migrations
from tests.conftest import PASSPHRASE
from tests.vault.test_golden import GOLDEN_V1, V1_PASSPHRASE, V1_ROWS


def test_head_revision_constant_matches_the_scripts() -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations.HERE))
    assert ScriptDirectory.from_config(config).get_current_head() == migrations.HEAD_REVISION


def test_new_vault_has_the_newest_schema(vault: Vault) -> None:
    assert migrations.current_revision(vault.connection) == migrations.HEAD_REVISION
    tables = {r[0] for r in vault.connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert set(metadata.tables) <= tables
    assert not vault.has_unsaved_changes


def test_migrated_schema_matches_the_models(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), metadata)

    # The search index and the merge history (0016) are the migrations' own; the rest matches the models.
    def is_search_index(diff: tuple[object, ...]) -> bool:
        thing = diff[1]
        table = getattr(thing, "table", thing)
        return str(getattr(table, "name", "")).startswith(("search_", "sync_", "merge_conflict"))

    diffs = [d for d in diffs if not is_search_index(d)]
    assert diffs == []


def test_golden_vault_without_schema_upgrades_after_a_kept_backup(tmp_path: Path) -> None:
    path = tmp_path / GOLDEN_V1.name
    shutil.copyfile(GOLDEN_V1, path)
    with Vault.open(path, V1_PASSPHRASE) as vault:
        assert vault.upgraded_from == "none"
        assert migrations.current_revision(vault.connection) == migrations.HEAD_REVISION
        with vault.session() as s:
            assert [tuple(r) for r in s.exec(text("SELECT name, note FROM golden ORDER BY rowid"))] == V1_ROWS
            assert s.exec(text("SELECT count(*) FROM client")).one() == (0,)
        assert not vault.has_unsaved_changes  # the upgrade was saved
        before = [b for b in vault.backups() if b.label == "before-upgrade"]
        assert len(before) == 1
        assert before[0].path.read_bytes() == GOLDEN_V1.read_bytes()
        for _ in range(7):  # the rotation never removes the pre-upgrade backup
            with vault.session() as s:
                s.exec(text("INSERT INTO golden VALUES ('x', 'y')"))
                s.commit()
            vault.save()
        assert [b for b in vault.backups() if b.label == "before-upgrade"] == before
        assert len([b for b in vault.backups() if not b.label]) == 8  # every save of the last hour
    with Vault.open(path, V1_PASSPHRASE) as again:
        assert again.upgraded_from is None


def test_read_only_open_does_not_upgrade(tmp_path: Path) -> None:
    path = tmp_path / GOLDEN_V1.name
    shutil.copyfile(GOLDEN_V1, path)
    with Vault.open(path, V1_PASSPHRASE, read_only=True) as vault:
        assert migrations.current_revision(vault.connection) is None
    assert path.read_bytes() == GOLDEN_V1.read_bytes()


def test_search_index_follows_every_change(vault: Vault) -> None:
    def found(word: str) -> int:
        return vault.connection.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH ?", (word,)
        ).fetchone()[0]

    with vault.session() as s:
        s.exec(
            text(
                "INSERT INTO client (id, created_at, updated_at, name, preferred_name, email, phone, "
                "role, status, source, tags, named_in_hours_log, private_notes) VALUES ('a1', '', '', "
                "'Zoë Ørsted', '', '', '', '', 'active', '', '', 0, 'talks about sailing')"
            )
        )
        s.commit()
    assert found("zoe") == 1  # diacritics folded
    assert found("sailing") == 1
    with vault.session() as s:
        s.exec(text("UPDATE client SET private_notes = 'talks about gardening' WHERE id = 'a1'"))
        s.commit()
    assert (found("sailing"), found("gardening")) == (0, 1)
    with vault.session() as s:
        s.exec(text("DELETE FROM client WHERE id = 'a1'"))
        s.commit()
    assert found("gardening") == 0
    assert vault.connection.execute("SELECT count(*) FROM search_entry").fetchone() == (0,)


def test_schema_only_change_counts_as_unsaved(vault: Vault) -> None:
    vault.connection.execute("CREATE TABLE scratch (x)")
    assert vault.has_unsaved_changes


def test_plain_sqlite_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "plain.coachdesk"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    from coachdesk.vault import VaultCorrupted

    with pytest.raises(VaultCorrupted, match="unencrypted SQLite database"):
        Vault.open(path, PASSPHRASE)
    assert not Path(f"{path}.lock").exists()


def test_schema_from_a_newer_coachdesk_is_refused_before_any_backup(vault: Vault, vault_path: Path) -> None:
    from coachdesk.vault import UnsupportedVaultVersion

    vault.connection.execute("UPDATE alembic_version SET version_num = '9999'")
    vault.connection.commit()
    vault.save()
    backups_before = vault.backups()
    vault.close()
    before = vault_path.read_bytes()
    with pytest.raises(UnsupportedVaultVersion, match="newer CoachDesk"):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before
    with pytest.raises(UnsupportedVaultVersion):
        Vault.open(vault_path, PASSPHRASE, read_only=True)
    from coachdesk.vault.storage import list_backups

    assert list_backups(vault_path) == backups_before


def test_finalised_notes_are_locked_in_the_database(vault: Vault) -> None:
    """Even a path that bypasses the services cannot rewrite or un-finalise finalised notes."""
    connection = vault.connection
    connection.execute(
        "INSERT INTO client (id, created_at, updated_at, name, preferred_name, email, phone, role, status, "
        "source, tags, named_in_hours_log, private_notes) VALUES ('c1', '', '', 'A', '', '', '', '', "
        "'active', '', '', 0, '')"
    )
    connection.execute(
        "INSERT INTO coaching_session (id, created_at, updated_at, client_id, starts_at, duration_minutes, "
        "format, is_group, group_size, paid, status, private_notes, shared_summary, concern_flags, "
        "finalised_at) VALUES ('s1', '', '', 'c1', '2026-01-01T09:00:00+00:00', 60, 'video', 0, 1, 1, "
        "'completed', 'original', '', '', '2026-01-01T10:00:00+00:00')"
    )
    connection.commit()
    for statement in (
        "UPDATE coaching_session SET private_notes = 'rewritten'",
        "UPDATE coaching_session SET finalised_at = NULL",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="finalised session notes"):
            connection.execute(statement)
        connection.rollback()
    connection.execute("UPDATE coaching_session SET shared_summary = 'allowed'")
    assert connection.execute("SELECT private_notes FROM coaching_session").fetchone() == ("original",)


def _referral_under_a_consent(vault: Vault) -> None:
    from datetime import date

    from coachdesk.domain import Client, Consent, ConsentScope, Professional, Referral

    with vault.session() as db:
        client = Client(name="A")
        professional = Professional(name="Dr B", profession="Psychologist")
        db.add_all([client, professional])
        db.flush()
        consent = Consent(client_id=client.id, scope=ConsentScope.REFERRAL, granted_on=date(2026, 1, 1))
        db.add(consent)
        db.flush()
        db.add(
            Referral(client_id=client.id, professional_id=professional.id, consent_id=consent.id, reason="x")
        )
        db.commit()


def test_a_migration_that_rebuilds_a_table_keeps_the_rows_that_point_at_it(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite changes a column by dropping and recreating the table: a referral keeps its consent."""
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config
    from alembic.operations import Operations

    _referral_under_a_consent(vault)

    def rebuild_consent(config: Config, revision: str) -> None:
        operations = Operations(MigrationContext.configure(config.attributes["connection"]))
        with operations.batch_alter_table("consent", recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))

    monkeypatch.setattr(command, "upgrade", rebuild_consent)
    migrations.upgrade(vault.engine)

    assert vault.connection.execute(
        "SELECT count(*) FROM referral WHERE consent_id IS NOT NULL"
    ).fetchone() == (1,)
    assert vault.connection.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_a_migration_that_breaks_references_is_not_kept(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command
    from alembic.config import Config

    _referral_under_a_consent(vault)

    def lose_the_professionals(config: Config, revision: str) -> None:
        config.attributes["connection"].exec_driver_sql("DELETE FROM professional")

    monkeypatch.setattr(command, "upgrade", lose_the_professionals)
    with pytest.raises(migrations.BrokenReferences, match="referral"):
        migrations.upgrade(vault.engine)

    assert vault.connection.execute("SELECT count(*) FROM professional").fetchone() == (1,)
    assert vault.connection.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_the_demo_practice_survives_undoing_and_redoing_every_new_migration(tmp_path: Path) -> None:
    """Downgrading to the last released schema and upgrading again loses no row of a full practice."""
    from alembic import command

    from coachdesk.services.demo import create_demo_vault
    from tests.conftest import FAST_KDF

    with create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:
        tables = (
            "client",
            "engagement",
            "goal",
            "coaching_session",
            "consent",
            "referral",
            "conflict",
            "draft",
        )

        def counts() -> dict[str, int]:
            return {t: vault.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

        before = counts()
        assert before["referral"] and before["conflict"] and before["goal"]
        with vault.engine.begin() as connection:  # foreign keys enforced, as a careless script would run
            command.downgrade(migrations._config(connection), "0004")
        assert counts() == before
        migrations.upgrade(vault.engine)
        assert counts() == before
        assert migrations.current_revision(vault.connection) == migrations.HEAD_REVISION


def test_upgrading_to_folded_search_reindexes_what_the_older_index_held(vault: Vault) -> None:
    """A vault indexed before 0012 (ø, ß kept as written) finds "odegaard" once upgraded."""
    from alembic import command

    def found(word: str) -> int:
        return vault.connection.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH ?", (word,)
        ).fetchone()[0]

    with vault.engine.begin() as connection:
        command.downgrade(migrations._config(connection), "0009")
    with vault.session() as s:
        s.exec(
            text(
                "INSERT INTO client (id, created_at, updated_at, name, preferred_name, email, phone, "
                "role, status, source, tags, named_in_hours_log, private_notes) VALUES ('b2', '', '', "
                "'Martin Ødegaard', '', '', '', '', 'active', '', '', 0, 'lives on Hauptstraße')"
            )
        )
        s.commit()
    assert (found("odegaard"), found("hauptstrasse"), found("ødegaard")) == (0, 0, 1)
    migrations.upgrade(vault.engine)
    assert (found("odegaard"), found("hauptstrasse")) == (1, 1)
    with vault.session() as s:  # the triggers fold from now on
        s.exec(text("UPDATE client SET private_notes = 'moved to Łódź' WHERE id = 'b2'"))
        s.commit()
    assert (found("hauptstrasse"), found("lodz")) == (0, 1)
