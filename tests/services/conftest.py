"""Fixtures for service tests: a session on a fresh vault with the newest schema."""

from __future__ import annotations

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
