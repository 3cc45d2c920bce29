"""Migration 0019 (document languages): older vaults open with the coach's language, up and down in place."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command

from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import Vault, migrations
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.vault.test_golden import GOLDEN_SCHEMA_0017, SCHEMA_0017_PASSPHRASE


def test_a_vault_of_schema_0017_opens_with_every_client_in_the_coachs_language(tmp_path: Path) -> None:
    copy = tmp_path / GOLDEN_SCHEMA_0017.name
    shutil.copyfile(GOLDEN_SCHEMA_0017, copy)
    with Vault.open(copy, SCHEMA_0017_PASSPHRASE) as vault:
        assert vault.upgraded_from == "0017"
        db = vault.connection
        assert db.execute("SELECT count(*) FROM client").fetchone()[0] > 0
        assert db.execute("SELECT count(*) FROM client WHERE document_language IS NOT NULL").fetchone() == (
            0,
        )
        assert db.execute("SELECT document_language FROM coach_profile").fetchall() == [("en",)]


def test_document_languages_come_and_go_and_changes_to_them_are_stamped(tmp_path: Path) -> None:
    with create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:
        db = vault.connection

        def columns(table: str) -> set[str]:
            return {str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")}

        def counts() -> tuple[int, int]:
            return (
                db.execute("SELECT count(*) FROM client").fetchone()[0],
                db.execute("SELECT count(*) FROM invoice").fetchone()[0],
            )

        before = counts()
        with vault.engine.begin() as connection:  # under the open vault's merge triggers
            command.downgrade(migrations._config(connection), "0018")
        assert "document_language" not in columns("client") | columns("coach_profile")
        assert counts() == before
        migrations.upgrade(vault.engine)
        assert migrations.current_revision(db) == migrations.HEAD_REVISION
        assert "document_language" in columns("client") and "document_language" in columns("coach_profile")
        assert counts() == before
        # The merge history sees the new column: a copy merged later learns the client's language.
        with vault.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE client SET document_language = 'de' WHERE rowid = 1")
        stamped = db.execute("SELECT count(*) FROM sync_stamp WHERE field = 'document_language'").fetchone()
        assert stamped == (1,)
