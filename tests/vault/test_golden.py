"""Vaults written by earlier versions keep opening."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from coachdesk.vault import Vault

DATA = Path(__file__).parent.parent / "data"
GOLDEN_V1 = DATA / "golden-v1.coachdesk"
V1_PASSPHRASE = "golden vault passphrase"
V1_RECOVERY_KEY = "ID43-HRJU-VTIF-MNLT-UMQG-TPHM-KFEB-I6E3-BTQA-NLFT"
V1_ROWS = [("Zoë Ørsted", "ICF PCC"), ("Łukasz Nowak", ""), ("Дмитрий Иванов", "EMCC")]


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    copy = tmp_path / GOLDEN_V1.name
    shutil.copyfile(GOLDEN_V1, copy)
    return copy


def _rows(vault: Vault) -> list[tuple[str, str]]:
    with vault.session() as s:
        return [(r[0], r[1]) for r in s.exec(text("SELECT name, note FROM golden ORDER BY rowid"))]


def test_golden_v1_opens_with_passphrase(golden_copy: Path) -> None:
    with Vault.open(golden_copy, V1_PASSPHRASE) as vault:
        assert vault.format_version == 1
        assert _rows(vault) == V1_ROWS


def test_golden_v1_opens_with_recovery_key(golden_copy: Path) -> None:
    with Vault.open_with_recovery_key(golden_copy, V1_RECOVERY_KEY) as vault:
        assert _rows(vault) == V1_ROWS


def test_golden_v1_saves_and_reopens(golden_copy: Path) -> None:
    with Vault.open(golden_copy, V1_PASSPHRASE) as vault:
        with vault.session() as s:
            s.exec(text("INSERT INTO golden VALUES ('Ana', '')"))
            s.commit()
        vault.save()
    with Vault.open(golden_copy, V1_PASSPHRASE) as vault:
        assert _rows(vault)[-1] == ("Ana", "")


GOLDEN_SCHEMA_0001 = DATA / "golden-v1-schema-0001.coachdesk"
SCHEMA_0001_PASSPHRASE = "golden schema passphrase"
SCHEMA_0001_RECOVERY_KEY = "RX7H-APHK-PGXX-RIK2-ALD6-T6O4-UVVU-WUC5-LJOL-QS6O"


def test_golden_schema_0001_opens_and_reads(tmp_path: Path) -> None:
    from coachdesk.services.clients import client_rows
    from coachdesk.services.search import search

    copy = tmp_path / GOLDEN_SCHEMA_0001.name
    shutil.copyfile(GOLDEN_SCHEMA_0001, copy)
    with Vault.open(copy, SCHEMA_0001_PASSPHRASE) as vault, vault.session() as session:
        rows = client_rows(session)
        assert len(rows) == 12 and "Дмитрий Иванов" in {r.name for r in rows}
        assert any(hit.client_name == "Chloé Girard" for hit in search(session, "sleep"))
    Vault.open_with_recovery_key(copy, SCHEMA_0001_RECOVERY_KEY).close()


GOLDEN_SCHEMA_0017 = DATA / "golden-v1-schema-0017.coachdesk"
SCHEMA_0017_PASSPHRASE = "golden schema 0017 passphrase"
SCHEMA_0017_RECOVERY_KEY = "KQD2-TMXT-W32F-QGQX-TXUY-JKHC-CRGW-ZWMZ-LVJG-DP76"


def test_golden_schema_0017_keeps_its_invoices_and_merge_history(tmp_path: Path) -> None:
    from coachdesk.services.invoice_list import list_invoices
    from coachdesk.services.merge_copies import merge_sibling
    from coachdesk.services.merge_review import merge_conflicts

    copy = tmp_path / GOLDEN_SCHEMA_0017.name
    shutil.copyfile(GOLDEN_SCHEMA_0017, copy)
    twin = tmp_path / "twin.coachdesk"
    shutil.copyfile(GOLDEN_SCHEMA_0017, twin)
    with Vault.open(copy, SCHEMA_0017_PASSPHRASE) as vault:
        with vault.session() as session:
            numbers = {row.number for row in list_invoices(session, today=date(2026, 12, 5))}
            assert {"2026-0001", "CN-2026-0001"} <= numbers
            [conflict] = merge_conflicts(session)
            assert (conflict.field, conflict.kept_value, conflict.other_value) == (
                "phone",
                "+47 400 00 002",
                "+47 400 00 001",
            )
        # Merging an identical copy changes nothing: the history kept in the file is enough to tell.
        assert not merge_sibling(vault, twin).changed_anything
    Vault.open_with_recovery_key(copy, SCHEMA_0017_RECOVERY_KEY).close()
