"""A new vault is given the newest schema from an image of it, never by running the migrations: the
image must be exactly what the migrations make, table for table and row for row."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from coachdesk.vault import Vault, VaultError, migrations
from coachdesk.vault.database import FOLD_FUNCTION, engine_for, open_memory_database
from coachdesk.vault.migrations import head_schema
from tests.conftest import FAST_KDF, PASSPHRASE

_REMAKE = "python -m coachdesk.vault.migrations.head_schema"


def _migrated() -> sqlite3.Connection:
    connection = open_memory_database(None)
    migrations.upgrade(engine_for(connection))
    return connection


def _from_image() -> sqlite3.Connection:
    connection = open_memory_database(None)
    head_schema.create_newest(connection)
    return connection


def _schema(connection: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    """Every object of the schema, each table's definition as the set of its clauses: Alembic
    rebuilds a table with its foreign keys and indexes in an order that changes from run to run."""
    objects = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
    ).fetchall()
    return [
        (kind, name, table, _clauses(sql) if kind == "table" else sql) for kind, name, table, sql in objects
    ]


def _clauses(sql: str | None) -> str | None:
    if sql is None:
        return None
    return "\n".join(sorted(line.strip().rstrip(",").strip() for line in sql.splitlines()))


def _rows(connection: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, SQLite's own (a search index's inner tables) included."""
    tables = [
        name for kind, name, _, sql in _schema(connection) if kind == "table" and "VIRTUAL" not in (sql or "")
    ]
    return {
        table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables
    }


@pytest.mark.parametrize("hash_seed", ["0", "1", "random"])
def test_the_image_makes_what_the_migrations_make(hash_seed: str) -> None:
    """Migrated in a process of its own with each hash seed: the image equals all of them."""
    script = (
        "from coachdesk.vault.migrations import head_schema\n"
        "import sys\n"
        "sys.stdout.write(head_schema.migrated_script())\n"
    )
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    migrated = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=environment,
    ).stdout
    made, imaged = sqlite3.connect(":memory:"), _from_image()
    made.create_function(FOLD_FUNCTION, 1, lambda text: text)
    made.executescript(migrated)
    assert _schema(imaged) == _schema(made), (
        f"A migration changed the schema: write the image again (`{_REMAKE}`)."
    )


def test_a_database_made_from_the_image_equals_a_migrated_one() -> None:
    migrated, imaged = _migrated(), _from_image()
    assert _schema(imaged) == _schema(migrated)  # every object and its SQL
    migrated_rows, imaged_rows = _rows(migrated), _rows(imaged)
    assert migrations.current_revision(imaged) == migrations.HEAD_REVISION
    vault_ids = [imaged_rows.pop("sync_vault"), migrated_rows.pop("sync_vault")]
    assert imaged_rows == migrated_rows  # the revision, the search index's own records, and all else
    assert [len(rows) for rows in vault_ids] == [1, 1]
    for pragma in ("user_version", "application_id", "page_size", "foreign_keys"):
        assert (
            imaged.execute(f"PRAGMA {pragma}").fetchone() == migrated.execute(f"PRAGMA {pragma}").fetchone()
        )
    assert imaged.execute("PRAGMA foreign_key_check").fetchall() == []


def test_each_new_vault_has_an_id_of_its_own(tmp_path: Path) -> None:
    ids = []
    for name in ("one", "two"):
        with Vault.create(tmp_path / f"{name}.coachdesk", PASSPHRASE, kdf=FAST_KDF) as vault:
            ids.append(vault.connection.execute("SELECT id FROM sync_vault").fetchall())
            assert not migrations.needs_upgrade(vault.connection)
    [(first,)], [(second,)] = ids
    assert uuid.UUID(first) != uuid.UUID(second)


def test_a_new_vault_is_made_without_loading_alembic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from coachdesk.vault import KdfAlgorithm, KdfParams, Vault\n"
        "kdf = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)\n"
        f"Vault.create({str(tmp_path / 'new.coachdesk')!r}, {PASSPHRASE!r}, kdf=kdf).close()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_a_broken_image_makes_no_vault_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "head_schema.sql"
    broken.write_text("CREATE TABLE client (id);\nCREATE TABLE client (id);\n", encoding="utf-8")
    monkeypatch.setattr(head_schema, "SCRIPT", broken)
    path = tmp_path / "new.coachdesk"
    with pytest.raises(VaultError, match="could not make the new vault's database; nothing was written"):
        Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    assert not path.exists()
    assert {left.name for left in tmp_path.iterdir()} <= {"head_schema.sql", "new.coachdesk.lock"}


def test_scripts_compare_equal_whatever_order_alembic_gave_a_rebuilt_table() -> None:
    """What the self-test compares: the same clauses in another order are the same schema; a clause
    or an index more or less is not."""
    script = head_schema.SCRIPT.read_text(encoding="utf-8")
    a_key, b_key = "FOREIGN KEY(a) REFERENCES a (id)", "FOREIGN KEY(b) REFERENCES b (id)"
    table = f"CREATE TABLE t (\n\tid INTEGER, \n\t{a_key}, \n\t{b_key}\n)"
    swapped = f"CREATE TABLE t (\n\tid INTEGER, \n\t{b_key}, \n\t{a_key}\n)"
    index_a, index_b = "CREATE INDEX ix_t_a ON t (a)", "CREATE INDEX ix_t_b ON t (b)"
    first = f"{script}\n{table};\n\n{index_a};\n\n{index_b};\n"
    again = f"{script}\n{swapped};\n\n{index_b};\n\n{index_a};\n"
    assert head_schema.comparable(first) == head_schema.comparable(again)
    assert head_schema.comparable(first) != head_schema.comparable(f"{script}\n{table};\n\n{index_a};\n")
    no_foreign_key = table.replace(f", \n\t{b_key}", "")
    assert head_schema.comparable(first) != head_schema.comparable(
        f"{script}\n{no_foreign_key};\n\n{index_a};\n\n{index_b};\n"
    )
