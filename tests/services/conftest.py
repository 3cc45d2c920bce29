"""Fixtures for service tests: a session on a fresh vault with the newest schema."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlmodel import Session

from coachdesk.vault import Vault


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    """A SQLModel session on a new, empty practice vault."""
    with vault.session() as session:
        yield session


def table_snapshot(session: Session) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove a failed call left the database as it was."""
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    names = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_text_%' ORDER BY name"
        )
    ]
    return {
        name: sorted(map(tuple, connection.execute(f'SELECT * FROM "{name}"')), key=repr) for name in names
    }


def search_index_differences(session: Session) -> list[tuple[object, ...]]:
    """Index entries that differ from an index rebuilt from scratch (empty when in step)."""
    connection = session.connection()
    for statement in (
        "CREATE VIRTUAL TABLE main.fresh_index USING fts5(title, body, content = 'search_source', "
        "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')",
        "INSERT INTO main.fresh_index (rowid, title, body) "
        "SELECT id, coachdesk_fold(title), coachdesk_fold(body) FROM search_source",
        "CREATE VIRTUAL TABLE temp.kept_terms USING fts5vocab(main, 'search_text', 'instance')",
        "CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab(main, 'fresh_index', 'instance')",
    ):
        connection.exec_driver_sql(statement)
    columns = "term, doc, col, offset"
    rows = connection.exec_driver_sql(
        f"SELECT * FROM (SELECT {columns} FROM temp.kept_terms "
        f"EXCEPT SELECT {columns} FROM temp.fresh_terms) "
        f"UNION ALL SELECT * FROM (SELECT {columns} FROM temp.fresh_terms "
        f"EXCEPT SELECT {columns} FROM temp.kept_terms)"
    ).fetchall()
    for table in ("temp.fresh_terms", "temp.kept_terms", "main.fresh_index"):
        connection.exec_driver_sql(f"DROP TABLE {table}")
    return [tuple(row) for row in rows]


@pytest.fixture
def client_id(db: Session) -> uuid.UUID:
    """A client to attach records to."""
    from coachdesk.services.clients import ClientDetails, create_client

    created = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert created is not None
    return created


@pytest.fixture
def other_client_id(db: Session) -> uuid.UUID:
    """Another client, whose records must never be mixed with the first one's."""
    from coachdesk.services.clients import ClientDetails, create_client

    created = create_client(db, ClientDetails(name="Дмитрий Иванов")).created
    assert created is not None
    return created
