"""Reading a private in-memory database where it lies, without copying it into Python.

``sqlite3.Connection.serialize`` copies the whole database into a new ``bytes`` object while it
holds the interpreter lock: on a large practice (85 MB) that copy alone stops every other thread,
the GUI's included, for 40 to 70 milliseconds. SQLite itself can hand out the database's own
buffer (``sqlite3_serialize`` with ``SQLITE_SERIALIZE_NOCOPY``) for a database that lives in one
contiguous block, as a deserialized one does; Python's module does not offer that, so it is
called here through ``ctypes`` on the SQLite library Python's module uses.

Only for a connection nothing else uses while the view is read (the private copy an autosave
encrypts): SQLite would move or change the buffer under a writer. Where the library or the
connection's handle cannot be reached with certainty (another Python implementation or version,
a build whose SQLite does not export its functions) ``view_of`` returns None, and the caller copies
with ``serialize`` as before. A probe checks the view of a small database against ``serialize``
once before the first real use.
"""

from __future__ import annotations

import ctypes
import sqlite3
import sys
from functools import cache
from typing import Any

_SERIALIZE_NOCOPY = 0x001
# CPython's sqlite3.Connection starts with the object header, then the ``sqlite3 *db`` handle; so
# from 3.11 (the oldest CoachDesk runs on) through 3.14. Later versions copy until checked here.
_CHECKED_VERSIONS = ((3, 11), (3, 14))


def view_of(connection: sqlite3.Connection) -> memoryview | None:
    """The bytes of ``connection``'s main database, read in place (valid until it changes or closes),
    or None where that is not possible (then use ``serialize``)."""
    serialize = _serialize_function()
    if serialize is None:
        return None
    return _view(serialize, connection)


def _view(serialize: Any, connection: sqlite3.Connection) -> memoryview | None:
    handle = ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value
    size = ctypes.c_int64()
    address = serialize(handle, b"main", ctypes.byref(size), _SERIALIZE_NOCOPY)
    if not address or size.value <= 0:
        return None  # not one contiguous block (not deserialized), or empty
    return memoryview((ctypes.c_ubyte * size.value).from_address(address)).cast("B")


@cache
def _serialize_function() -> Any:
    """``sqlite3_serialize`` of the library Python's ``sqlite3`` uses, once proved on a probe; else None."""
    low, high = _CHECKED_VERSIONS
    if sys.implementation.name != "cpython" or not low <= sys.version_info[:2] <= high:
        return None
    try:
        import _sqlite3

        serialize = ctypes.CDLL(_sqlite3.__file__).sqlite3_serialize
    except (ImportError, OSError, AttributeError):
        return None
    serialize.restype = ctypes.c_void_p
    serialize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int64), ctypes.c_uint]
    return serialize if _proves_itself(serialize) else None


def _proves_itself(serialize: Any) -> bool:
    """The view of a small deserialized database is exactly what ``serialize`` copies."""
    probe = sqlite3.connect(":memory:")
    try:
        scratch = sqlite3.connect(":memory:")
        scratch.execute("CREATE TABLE probe (n)")
        scratch.execute("INSERT INTO probe VALUES (42)")
        scratch.commit()
        probe.deserialize(scratch.serialize())
        scratch.close()
        view = _view(serialize, probe)
        if view is None:
            return False
        try:
            return bytes(view) == probe.serialize()
        finally:
            view.release()
    finally:
        probe.close()
