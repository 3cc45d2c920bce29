"""Migration 0015 (invoicing) on the demo practice: up and down in place, every other row kept."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import migrations
from tests.conftest import FAST_KDF, PASSPHRASE

INVOICING = {"invoice", "invoice_line", "invoice_line_session", "payment", "invoice_series"}
KEPT = ("client", "organisation", "engagement", "coaching_session", "coach_profile", "goal", "audit_entry")


def test_invoicing_comes_and_goes_on_the_demo_practice(tmp_path: Path) -> None:
    with create_demo_vault(tmp_path / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:

        def tables() -> set[str]:
            rows = vault.connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
            return {r[0] for r in rows}

        def triggers() -> set[str]:
            rows = vault.connection.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
            return {r[0] for r in rows if r[0].startswith("invoice")}

        def counts() -> dict[str, int]:
            return {t: vault.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEPT}

        def columns(table: str) -> set[str]:
            return {r[1] for r in vault.connection.execute(f"PRAGMA table_info({table})")}

        assert vault.connection.execute("SELECT count(*) FROM invoice").fetchone()[0] >= 6
        assert len(triggers()) == 8
        before = counts()
        with vault.engine.begin() as connection:
            command.downgrade(migrations._config(connection), "0014")
        assert migrations.current_revision(vault.connection) == "0014"
        assert not tables() & INVOICING and not triggers()
        assert not columns("coach_profile") & {"tax_treatment", "iban", "invoice_number_pattern"}
        assert "late_cancel_uses_credit" not in columns("engagement")
        assert not columns("client") & {"billing_address", "vat_number"}
        assert counts() == {**before, "audit_entry": before["audit_entry"]}

        migrations.upgrade(vault.engine)
        assert migrations.current_revision(vault.connection) == migrations.HEAD_REVISION
        assert tables() >= INVOICING and len(triggers()) == 8
        assert counts() == before
        with vault.engine.connect() as connection:
            profile = connection.execute(
                sa.text("SELECT tax_treatment, invoice_number_pattern, payment_terms_days FROM coach_profile")
            ).one()
        assert tuple(profile) == ("small_business", "{year}-{seq:4}", 14)
