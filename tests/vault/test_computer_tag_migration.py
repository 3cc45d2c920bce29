"""Migration 0017 (computer tags) on the demo practice: up and down in place, every other row kept."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import migrations
from tests.conftest import FAST_KDF, PASSPHRASE


def test_computer_tags_come_and_go_and_the_invoices_stay(tmp_path: Path) -> None:
    with create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:
        db = vault.connection

        def counts() -> tuple[int, int]:
            return db.execute("SELECT count(*) FROM invoice").fetchone()[0], db.execute(
                "SELECT count(*) FROM client"
            ).fetchone()[0]

        def has_table() -> bool:
            row = db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'computer_tag'").fetchone()
            return row is not None

        before = counts()
        assert has_table() and migrations.current_revision(db) == migrations.HEAD_REVISION
        with vault.engine.begin() as connection:
            command.downgrade(migrations._config(connection), "0016")
        assert migrations.current_revision(db) == "0016" and not has_table()
        assert counts() == before
        migrations.upgrade(vault.engine)
        assert migrations.current_revision(db) == migrations.HEAD_REVISION and has_table()
        assert counts() == before
