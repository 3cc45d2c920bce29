"""No plaintext leaves memory: SQLite makes no temp files, and no file on disk ever holds a note's text.

A background thread watches this process's open files (``/proc/self/fd``) while a workload makes
SQLite sort and build an index with a tiny cache -- exactly when SQLite spills to ``etilqs_*`` temp
files unless ``temp_store`` is MEMORY. A control run with ``temp_store=FILE`` proves the watcher
sees such files here. Afterwards every recently written file in the vault's folder and the temp
folders is searched for a unique marker in UTF-8 and UTF-16.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import sysconfig
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import coachdesk
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd (Linux)")

ROWS = 20_000
TEMP_DIRS = tuple(dict.fromkeys(os.path.realpath(d) for d in (tempfile.gettempdir(), "/var/tmp", "/usr/tmp")))
PYTHON_DIRS = tuple(
    dict.fromkeys(
        os.path.realpath(d)
        for d in (
            sys.prefix,
            sys.base_prefix,
            sys.exec_prefix,
            *sysconfig.get_paths().values(),
            # CoachDesk's own code (migration scripts are read at run time), wherever the
            # checkout lives: a CI clone may sit in the temp folder.
            os.path.dirname(coachdesk.__file__),
        )
        if d
    )
)


def _under(path: str, folders: tuple[str, ...]) -> bool:
    return any(path == f or path.startswith(f + os.sep) for f in folders)


def _open_files() -> dict[str, str]:
    found = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            found[fd] = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
    return found


def _empty_probe(fd: str, target: str) -> bool:
    """An empty anonymous file (O_TMPFILE, shown as "#inode (deleted)"): the file-lock library
    opens one beside the lock to learn whether the folder supports locking. It never holds data."""
    if not re.fullmatch(r".*/#\d+ \(deleted\)", target):
        return False
    try:
        return os.stat(f"/proc/self/fd/{fd}").st_size == 0
    except OSError:
        return True  # closed meanwhile: the probe is opened and closed at once


class FdWatcher:
    """Polls this process's open files and records any that could hold spilled plaintext."""

    def __init__(self, allowed: Callable[[str], bool], watched: tuple[str, ...]) -> None:
        self._allowed = allowed
        self._watched = watched
        self._baseline = _open_files()  # pytest's own capture files and the like
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.suspicious: set[str] = set()
        self.polls = 0

    def _is_suspicious(self, target: str) -> bool:
        if "etilqs_" in target:
            return True  # a SQLite temp file, wherever it is
        if not target.startswith("/"):
            return False  # pipes, sockets, anon inodes
        path = target.removesuffix(" (deleted)")
        if not _under(path, self._watched) or _under(path, PYTHON_DIRS):
            return False
        return not self._allowed(path)

    def _run(self) -> None:
        while not self._stop.is_set():
            for fd, target in _open_files().items():
                if self._baseline.get(fd) != target and self._is_suspicious(target):
                    if _empty_probe(fd, target):
                        continue
                    self.suspicious.add(target)
            self.polls += 1

    def __enter__(self) -> FdWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def _workload(connection: sqlite3.Connection, marker: str, start: int) -> None:
    """Many rows holding the marker, an index over the big text column, a large sort, a grouping."""
    connection.execute("PRAGMA cache_size = -64")  # 64 KiB: anything larger spills unless in memory
    connection.execute(
        "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, coach TEXT, body TEXT NOT NULL)"
    )
    connection.executemany(
        "INSERT INTO notes (coach, body) VALUES (?, ?)",
        (
            (f"coach {i % 97}", f"{marker} session {i}: {os.urandom(60).hex()} {marker}")
            for i in range(start, start + ROWS)
        ),
    )
    connection.commit()
    connection.execute(f"CREATE INDEX IF NOT EXISTS notes_body_{start} ON notes (body)")
    connection.commit()
    sorted_rows = sum(1 for _ in connection.execute("SELECT body FROM notes ORDER BY substr(body, 40) DESC"))
    assert sorted_rows >= ROWS
    groups = connection.execute(
        "SELECT count(*) FROM (SELECT DISTINCT substr(body, 30, 50) FROM notes)"
    ).fetchone()[0]
    assert groups > ROWS // 2


def _files_since(folder: str, since_ns: int) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, onerror=lambda e: None):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in files:
            path = os.path.join(root, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if max(st.st_mtime_ns, st.st_ctime_ns) >= since_ns and os.path.isfile(path):
                yield Path(path)


def _files_holding(needles: list[bytes], folders: list[str], since_ns: int) -> list[Path]:
    overlap = max(len(n) for n in needles)
    hits: list[Path] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in _files_since(folder, since_ns):
            if path in seen:
                continue  # the vault's folder may lie inside a temp folder
            seen.add(path)
            try:
                with open(path, "rb") as f:
                    tail = b""
                    while chunk := f.read(1 << 20):
                        window = tail + chunk
                        if any(n in window for n in needles):
                            hits.append(path)
                            break
                        tail = window[-overlap:]
            except OSError:
                continue
    return hits


def _needles(marker: str) -> list[bytes]:
    return [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


@contextmanager
def _watching(vault_path: Path) -> Iterator[FdWatcher]:
    folder = os.path.realpath(vault_path.parent)
    vault_file = os.path.join(folder, vault_path.name)
    backups = os.path.join(folder, f"{vault_path.name}-backups")

    def allowed(path: str) -> bool:
        name = os.path.basename(path)
        return (
            path in (vault_file, f"{vault_file}.lock", folder, backups)
            or (
                os.path.dirname(path) == folder
                and name.startswith(f".{vault_path.name}.")
                and name.endswith(".tmp")
            )
            or _under(path, (backups,))
        )

    with FdWatcher(allowed, (*TEMP_DIRS, folder)) as watcher:
        yield watcher


def test_the_watcher_sees_sqlite_temp_files(tmp_path: Path) -> None:
    """Control: the same workload on a plain connection with temp_store=FILE is caught."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("PRAGMA temp_store = FILE")
        if connection.execute("PRAGMA temp_store").fetchone()[0] != 1:
            pytest.skip("this SQLite keeps temp data in memory whatever temp_store says")
        with _watching(tmp_path / "control.coachdesk") as watcher:
            _workload(connection, f"control-{uuid.uuid4().hex}", 0)
    finally:
        connection.close()
    assert watcher.polls > 10
    assert any("etilqs_" in target for target in watcher.suspicious), watcher.suspicious


def test_no_plaintext_on_disk(vault_path: Path, tmp_path: Path) -> None:
    started_ns = time.time_ns() - 2_000_000_000  # coarse file timestamps
    marker = f"coachdesk-plaintext-marker-{uuid.uuid4().hex}"

    with _watching(vault_path) as watcher:
        with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
            assert vault.connection.execute("PRAGMA temp_store").fetchone()[0] == 2
            with vault.engine.connect() as c:
                assert c.exec_driver_sql("PRAGMA temp_store").scalar() == 2
            _workload(vault.connection, marker, 0)
            vault.save()

        # Reopened (the deserialize path), more of the same, saved twice so backups exist.
        with Vault.open(vault_path, PASSPHRASE) as vault:
            assert vault.connection.execute("PRAGMA temp_store").fetchone()[0] == 2
            with vault.engine.connect() as c:
                assert c.exec_driver_sql("PRAGMA temp_store").scalar() == 2
            _workload(vault.connection, marker, ROWS)
            vault.save()
            vault.connection.execute("UPDATE notes SET body = body || ' edited' WHERE id % 3 = 0")
            vault.connection.commit()
            vault.save()
            assert vault.connection.execute("SELECT count(*) FROM notes").fetchone()[0] == 2 * ROWS

    assert watcher.polls > 10, "the watcher barely ran"
    assert watcher.suspicious == set(), f"possible plaintext files were open: {sorted(watcher.suspicious)}"
    assert vault.backups(), "the saves kept no backups to scan"

    needles = _needles(marker)
    folders = [str(vault_path.parent), *(d for d in TEMP_DIRS if os.path.isdir(d))]
    assert _files_holding(needles, folders, started_ns) == []

    # The scan itself can find the marker, whichever encoding a file uses.
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        canary = vault_path.parent / "deep" / f"canary-{encoding}.bin"
        canary.parent.mkdir(exist_ok=True)
        canary.write_bytes(os.urandom(3000) + f"note: {marker}".encode(encoding) + os.urandom(10))
        assert _files_holding(needles, folders, started_ns) == [canary]
        canary.unlink()
