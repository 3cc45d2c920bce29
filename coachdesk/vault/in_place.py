"""A database's bytes where SQLite keeps them: read for a save, filled for an open, never copied
whole through Python.

``sqlite3.Connection.serialize`` copies the whole database into a new ``bytes`` object while it
holds the interpreter lock: on a large practice (85 MB) that copy alone stops every other thread,
the GUI's included, for 40 to 70 milliseconds. SQLite itself can hand out the database's own
buffer (``sqlite3_serialize`` with ``SQLITE_SERIALIZE_NOCOPY``) for a database that lives in one
contiguous block, as a deserialized one does; Python's module does not offer that, so it is
called here through ``ctypes`` on the SQLite library Python's module uses.

Opening is the mirror image: ``deserialize`` copies the decrypted image into memory SQLite
allocates, so for a moment the app holds the database twice (170 MB on a large practice). Here
the image is decrypted straight into memory SQLite allocated (``sqlite_buffer``) and handed over
with ``sqlite3_deserialize``, which SQLite frees when the connection closes.

Only for a connection nothing else uses while the view is read (the private copy an autosave
encrypts): SQLite would move or change the buffer under a writer. Where the library or the
connection's handle cannot be reached with certainty (another Python implementation or version,
a build whose SQLite does not export its functions) ``view_of`` and ``sqlite_buffer`` return None,
and the caller copies with ``serialize`` and ``deserialize`` as before. A probe checks both ways
on a small database against ``serialize`` once before the first real use.
"""

from __future__ import annotations

import ctypes
import sqlite3
import sys
from functools import cache

_SERIALIZE_NOCOPY = 0x001
_DESERIALIZE_FREEONCLOSE = 0x001  # SQLite frees the buffer when the connection closes
_DESERIALIZE_RESIZEABLE = 0x002  # and may grow it as the database grows
# CPython's sqlite3.Connection starts with the object header, then the ``sqlite3 *db`` handle; so
# from 3.11 (the oldest CoachDesk runs on) through 3.14. Later versions copy until checked here.
_CHECKED_VERSIONS = ((3, 11), (3, 14))


def view_of(connection: sqlite3.Connection) -> memoryview | None:
    """The bytes of ``connection``'s main database, read in place (valid until it changes or closes),
    or None where that is not possible (then use ``serialize``)."""
    library = _library()
    if library is None:
        return None
    return _view(library, connection)


class SqliteBuffer:
    """Memory allocated by SQLite, to fill (``view``) and hand to a connection (``hand_to``);
    ``free`` it if it is not handed over."""

    def __init__(self, library: _Library, address: int, capacity: int) -> None:
        self._library = library
        self._address: int | None = address
        self.address = address  # where it starts (for prefault); use only while it is not freed
        self.capacity = capacity
        self.view = memoryview((ctypes.c_ubyte * capacity).from_address(address)).cast("B")

    def hand_to(self, connection: sqlite3.Connection, size: int) -> None:
        """Make the first ``size`` bytes ``connection``'s main database; SQLite owns the buffer now
        (freed when the connection closes, even if this fails). Raises sqlite3.DatabaseError."""
        address, self._address = self._address, None
        self.view.release()
        if address is None:
            raise sqlite3.DatabaseError("this buffer was already handed over or freed")
        if not 0 < size <= self.capacity:
            self._library.free(address)
            raise sqlite3.DatabaseError("no database image to load")
        flags = _DESERIALIZE_FREEONCLOSE | _DESERIALIZE_RESIZEABLE
        result = self._library.deserialize(_handle(connection), b"main", address, size, self.capacity, flags)
        if result != sqlite3.SQLITE_OK:
            raise sqlite3.DatabaseError(f"the database image could not be loaded (SQLite error {result})")

    def free(self) -> None:
        address, self._address = self._address, None
        self.view.release()
        if address is not None:
            self._library.free(address)


def sqlite_buffer(capacity: int) -> SqliteBuffer | None:
    """``capacity`` bytes allocated by SQLite, or None (then fill a bytearray and ``deserialize``)."""
    library = _library()
    if library is None or capacity <= 0:
        return None
    address = library.malloc64(capacity)
    if not address:
        raise MemoryError(capacity)
    return SqliteBuffer(library, address, capacity)


class _Library:
    """The SQLite functions used here, from the library Python's ``sqlite3`` module uses."""

    def __init__(self, dll: ctypes.CDLL) -> None:
        self.serialize = dll.sqlite3_serialize
        self.serialize.restype = ctypes.c_void_p
        self.serialize.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.POINTER(ctypes.c_int64),
            ctypes.c_uint,
        ]
        self.deserialize = dll.sqlite3_deserialize
        self.deserialize.restype = ctypes.c_int
        self.deserialize.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_void_p,
            ctypes.c_int64,
            ctypes.c_int64,
            ctypes.c_uint,
        ]
        self.malloc64 = dll.sqlite3_malloc64
        self.malloc64.restype = ctypes.c_void_p
        self.malloc64.argtypes = [ctypes.c_uint64]
        self.free = dll.sqlite3_free
        self.free.restype = None
        self.free.argtypes = [ctypes.c_void_p]


def _handle(connection: sqlite3.Connection) -> int | None:
    return ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value


def _view(library: _Library, connection: sqlite3.Connection) -> memoryview | None:
    size = ctypes.c_int64()
    address = library.serialize(_handle(connection), b"main", ctypes.byref(size), _SERIALIZE_NOCOPY)
    if not address or size.value <= 0:
        return None  # not one contiguous block (not deserialized), or empty
    return memoryview((ctypes.c_ubyte * size.value).from_address(address)).cast("B")


@cache
def _library() -> _Library | None:
    """The SQLite functions of the library Python's ``sqlite3`` uses, once proved on a probe; else None."""
    low, high = _CHECKED_VERSIONS
    if sys.implementation.name != "cpython" or not low <= sys.version_info[:2] <= high:
        return None
    try:
        import _sqlite3

        library = _Library(ctypes.CDLL(_sqlite3.__file__))
    except (ImportError, OSError, AttributeError):
        return None
    return library if _proves_itself(library) else None


def _proves_itself(library: _Library) -> bool:
    """A small database loaded from SQLite's memory reads back, in place, exactly as ``serialize``
    copies it."""
    scratch = sqlite3.connect(":memory:")
    scratch.execute("CREATE TABLE probe (n)")
    scratch.execute("INSERT INTO probe VALUES (42)")
    scratch.commit()
    image = scratch.serialize()
    scratch.close()
    probe = sqlite3.connect(":memory:")
    try:
        address = library.malloc64(len(image))
        if not address:
            return False
        buffer = SqliteBuffer(library, address, len(image))
        buffer.view[:] = image
        buffer.hand_to(probe, len(image))
        view = _view(library, probe)
        if view is None:
            return False
        try:
            # SQLite's own copy of the database proves it took the buffer; the view, read in place.
            return bytes(view) == probe.serialize() == image
        finally:
            view.release()
    except sqlite3.Error:
        return False
    finally:
        probe.close()
