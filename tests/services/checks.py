"""Assertions and input strategies shared by the service tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import event
from hypothesis import strategies as st
from sqlmodel import Session, select

from coachdesk.domain import AuditEntry
from coachdesk.services.errors import ValidationError
from tests.services.conftest import table_snapshot

ANYTHING = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.dates())


def mostly(valid: Any) -> st.SearchStrategy[Any]:
    """``valid`` (a value or strategy) four times in five, else anything, so some calls pass every check."""
    good = valid if isinstance(valid, st.SearchStrategy) else st.just(valid)
    return st.integers(0, 4).flatmap(lambda n: ANYTHING if n == 0 else good)


def audit_text(db: Session) -> str:
    """Everything the audit trail holds, as text, to prove no field value reached it."""
    return repr([(e.entity, e.action.value, e.fields) for e in db.exec(select(AuditEntry)).all()])


def refused(call: Callable[[], object], db: Session, field: str, phrase: str) -> None:
    """The call raises ValidationError naming ``field`` with ``phrase`` and leaves every table as it was."""
    before = table_snapshot(db)
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field
    assert phrase in caught.value.message
    assert table_snapshot(db) == before


def attempt(db: Session, name: str, call: Callable[[], object]) -> None:
    """Run ``call``: it either succeeds or raises ValidationError leaving every table as it was."""
    before = table_snapshot(db)
    try:
        call()
    except ValidationError as refusal:
        event(f"{name} refused: {refusal.field}")
        assert table_snapshot(db) == before
    else:
        event(f"{name} stored")


def query_plans(db: Session, call: Callable[[], object]) -> list[tuple[str, str]]:
    """Each statement ``call`` runs, with SQLite's plan for it (as text): to prove a query is
    answered from an index rather than by reading every session with its notes."""
    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []
    engine = db.get_bind()

    def seen(_conn: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    raw = db.connection().connection.dbapi_connection
    assert raw is not None
    return [
        (sql, repr(raw.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()))
        for sql, params in statements
        if sql.lstrip().upper().startswith("SELECT")
    ]
