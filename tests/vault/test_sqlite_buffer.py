"""SQLite's memory, reached in place: a buffer filled and handed to a database once, given back
when it cannot be loaded or when its database closes, and a database's bytes read where they lie."""

from __future__ import annotations

import _sqlite3
import ctypes
import sqlite3
from collections.abc import Iterator

import pytest

from coachdesk.vault.in_place import SqliteBuffer, sqlite_buffer, view_of

_MEMORY_USED = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
_MEMORY_USED.restype = ctypes.c_int64
_MEMORY_USED.argtypes = []
_LARGE = 8 * 1024 * 1024  # far above anything else a test allocates meanwhile


def _image() -> bytes:
    scratch = sqlite3.connect(":memory:")
    scratch.execute("CREATE TABLE note (text)")
    scratch.executemany("INSERT INTO note VALUES (?)", [(f"note {n}",) for n in range(200)])
    scratch.commit()
    image = scratch.serialize()
    scratch.close()
    return image


@pytest.fixture
def buffer() -> Iterator[SqliteBuffer]:
    made = sqlite_buffer(_LARGE)
    assert made is not None  # CPython with the system's SQLite: the in-place path is taken
    image = _image()
    made.view[: len(image)] = image
    yield made
    made.free()  # harmless once handed over or freed


def _address(view: memoryview) -> int:
    return ctypes.addressof(ctypes.c_ubyte.from_buffer(view))


def test_a_handed_buffer_is_the_database_and_its_memory_is_given_back_when_it_closes(
    buffer: SqliteBuffer,
) -> None:
    before = _MEMORY_USED() - _LARGE  # the buffer is SQLite's memory from the start
    connection = sqlite3.connect(":memory:")
    buffer.hand_to(connection, len(_image()))
    with pytest.raises(ValueError, match="released"):
        buffer.view[0]  # no way left to write into the database's memory from here
    assert connection.execute("SELECT count(*) FROM note").fetchone() == (200,)
    connection.execute("INSERT INTO note VALUES ('grown')")  # it may grow as a database does
    connection.close()
    assert _MEMORY_USED() - before < _LARGE // 2


@pytest.mark.parametrize("size", [0, -1, _LARGE + 1])
def test_a_buffer_with_no_image_to_load_is_refused_and_given_back(buffer: SqliteBuffer, size: int) -> None:
    connection = sqlite3.connect(":memory:")
    before = _MEMORY_USED()
    with pytest.raises(sqlite3.DatabaseError, match="no database image to load"):
        buffer.hand_to(connection, size)
    assert before - _MEMORY_USED() > _LARGE // 2  # the buffer, less a message or two
    assert connection.execute("SELECT count(*) FROM sqlite_schema").fetchone() == (0,)  # nothing loaded
    connection.close()


def test_a_buffer_is_handed_over_once(buffer: SqliteBuffer) -> None:
    connection = sqlite3.connect(":memory:")
    buffer.hand_to(connection, len(_image()))
    with pytest.raises(sqlite3.DatabaseError, match="already handed over"):
        buffer.hand_to(sqlite3.connect(":memory:"), len(_image()))
    assert connection.execute("SELECT count(*) FROM note").fetchone() == (200,)
    connection.close()


def test_a_database_that_cannot_take_the_buffer_says_so_and_gives_the_memory_back(
    buffer: SqliteBuffer,
) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE kept (n)")
    # Loading a database is an ATTACH inside SQLite: refused here, as a locked-down build might.
    connection.set_authorizer(
        lambda action, *_: sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_ATTACH else 0
    )
    before = _MEMORY_USED()
    with pytest.raises(sqlite3.DatabaseError, match="could not be loaded"):
        buffer.hand_to(connection, len(_image()))
    assert before - _MEMORY_USED() > _LARGE // 2  # the buffer, less a message or two
    assert connection.execute("SELECT name FROM sqlite_schema").fetchall() == [("kept",)]
    connection.close()


def test_a_databases_bytes_are_read_where_they_lie_not_copied(buffer: SqliteBuffer) -> None:
    connection = sqlite3.connect(":memory:")
    buffer.hand_to(connection, len(_image()))
    first, second = view_of(connection), view_of(connection)
    assert first is not None and second is not None
    try:
        assert _address(first) == _address(second)  # SQLite's own buffer, both times
        assert bytes(first) == connection.serialize()
    finally:
        first.release()
        second.release()
        connection.close()
