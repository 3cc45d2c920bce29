"""Migration 0018 (refunds) on the demo practice: up and down in place, every other row kept."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import migrations
from tests.conftest import FAST_KDF, PASSPHRASE

KEPT = ("invoice", "invoice_line", "payment", "client", "audit_entry")


def test_refunds_come_and_go_and_the_invoices_stay(tmp_path: Path) -> None:
    with create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:
        db = vault.connection

        def counts() -> dict[str, int]:
            return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEPT}

        def schema() -> set[str]:
            rows = db.execute("SELECT name FROM sqlite_schema WHERE name LIKE '%refund%' AND sql IS NOT NULL")
            return {r[0] for r in rows}

        assert db.execute("SELECT count(*) FROM refund").fetchone()[0] == 1  # the demo's refund
        made = {"refund", "ix_refund_credit_note_id", "refund_fixed", "refund_kept", "refund_of_credit_note"}
        assert schema() == made
        before = counts()
        with vault.engine.begin() as connection:
            command.downgrade(migrations._config(connection), "0017")
        assert migrations.current_revision(db) == "0017" and schema() == set()
        assert counts() == before
        migrations.upgrade(vault.engine)
        assert migrations.current_revision(db) == migrations.HEAD_REVISION
        assert schema() == made and counts() == before
