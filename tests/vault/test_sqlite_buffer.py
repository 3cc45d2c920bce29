"""SQLite's memory, reached in place: a buffer filled and handed to a database once, given back
when it cannot be loaded or when its database closes, and a database's bytes read where they lie."""

from __future__ import annotations

import _sqlite3
import ctypes
import sqlite3
import sys
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from coachdesk.vault import in_place
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


def test_a_buffer_of_nothing_is_not_made_and_one_too_large_is_refused() -> None:
    assert sqlite_buffer(0) is None and sqlite_buffer(-5) is None
    with pytest.raises(MemoryError):
        sqlite_buffer(2**62 + 4096)  # far past what SQLite allocates at once (and past 32 bits)
    smallest = sqlite_buffer(1)
    assert smallest is not None and len(smallest.view) == 1
    smallest.free()


def test_a_buffer_never_handed_over_is_given_back_once(buffer: SqliteBuffer) -> None:
    before = _MEMORY_USED()
    buffer.free()
    assert before - _MEMORY_USED() >= _LARGE
    with pytest.raises(ValueError, match="released"):
        buffer.view[0]
    buffer.free()  # a second time gives nothing back twice
    assert before - _MEMORY_USED() < 2 * _LARGE
    with pytest.raises(sqlite3.DatabaseError, match="already handed over or freed"):
        buffer.hand_to(sqlite3.connect(":memory:"), 10)


def test_a_database_not_in_one_block_is_not_read_in_place() -> None:
    connection = sqlite3.connect(":memory:")  # made page by page, never deserialized
    connection.execute("CREATE TABLE note (text)")
    assert view_of(connection) is None  # the caller serializes instead
    connection.close()


def test_only_the_interpreters_checked_use_sqlite_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database handle is read at a fixed place in CPython's connection object: anywhere
    else the copies are made the portable way."""
    find = in_place._library.__wrapped__
    here = sys.version_info[:2]
    monkeypatch.setattr(in_place, "_CHECKED_VERSIONS", (here, here))
    assert find() is not None  # both ends of the range are included
    for outside in (((3, 0), (here[0], here[1] - 1)), ((here[0], here[1] + 1), (9, 9))):
        monkeypatch.setattr(in_place, "_CHECKED_VERSIONS", outside)
        assert find() is None
    monkeypatch.setattr(in_place, "_CHECKED_VERSIONS", (here, here))
    with monkeypatch.context() as patch:
        patch.setattr(in_place.sys, "implementation", SimpleNamespace(name="pypy"))
        assert find() is None
    with monkeypatch.context() as patch:
        patch.setattr(in_place.ctypes, "CDLL", _no_library)
        assert find() is None


def _no_library(_path: str) -> object:
    raise OSError("not a shared library")


class _Failing:
    """The real library, with one function made to fail as a broken build's might."""

    def __init__(self, failing: str) -> None:
        real = in_place._library()
        assert real is not None
        self._real, self._failing = real, failing

    def __getattr__(self, name: str) -> object:
        function = getattr(self._real, name)
        if name != self._failing:
            return function
        return lambda *_: 1 if name == "deserialize" else 0  # SQLITE_ERROR, or a NULL pointer


@pytest.mark.parametrize("failing", ["malloc64", "serialize", "deserialize"])
def test_a_library_that_fails_the_probe_is_not_used(failing: str) -> None:
    assert in_place._proves_itself(_Failing(failing)) is False  # type: ignore[arg-type]
    assert in_place._proves_itself(_Failing("nothing")) is True  # type: ignore[arg-type]
