"""Killing the app at any moment of a save leaves the old or the new vault, never a broken one.

A child process lists every file-system call one save makes (open, write, fsync, close, link,
replace, unlink, ...). Then, for each of those calls, a fresh process opens the vault, changes it,
and kills itself (SIGKILL) just before that call, and another just after it. After each kill the
vault must open, hold the old value when the kill came before the file took its place
(``os.replace``) and the new one after, and the open must have swept away the temp file, which is
there exactly when the kill fell between creating it and the replace. The kill points are the
same on every run: no timing, no chance.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

FILLER_BYTES = 2_500_000  # more than two write blocks of 1 MiB, so a kill can fall between them

# The child: a small server that imports the vault once, then on each "kill N before|after" (or
# "count") forks a process that opens the vault, adds one to the counter and saves, reporting
# each file-system call as it is made ("call") and when it returned ("done"); the Nth call
# kills the process before or after it runs. The server reports when that process has died;
# every line a saving process printed comes before the "reaped" line reporting its death.
CHILD = """
import os
import shutil
import signal
import sys
import traceback

from coachdesk.vault.vault import Vault

CALLS = ("open", "write", "fsync", "close", "link", "replace", "rename", "unlink", "mkdir", "chmod")


def instrument(out, kill_at, when):
    count = [0]

    def wrap(name, real):
        def call(*args, **kwargs):
            index = count[0]
            count[0] += 1
            temp = any(isinstance(a, (str, os.PathLike)) and os.fspath(a).endswith(".tmp") for a in args)
            label = f"{index} {name} {'temp' if temp else '-'}"
            out.write(f"call {label}\\n")
            if index == kill_at and when == "before":
                out.flush()
                os.kill(os.getpid(), signal.SIGKILL)
            try:
                result = real(*args, **kwargs)
                out.write(f"done {label}\\n")
            finally:
                if index == kill_at and when == "after":
                    out.flush()
                    os.kill(os.getpid(), signal.SIGKILL)
            return result

        return call

    for name in CALLS:
        setattr(os, name, wrap(name, getattr(os, name)))


def save_once(path, passphrase, out, kill_at, when):
    vault = Vault.open(path, passphrase)
    connection = vault.connection
    (value,) = connection.execute("SELECT value FROM counter").fetchone()
    connection.execute("UPDATE counter SET value = ?", (value + 1,))
    connection.commit()
    instrument(out, kill_at, when)
    vault.save()
    out.write("saved\\n")
    out.flush()


path, passphrase = sys.argv[1], sys.argv[2]
out = sys.stdout
while (command := sys.stdin.readline().split()):
    kill_at, when = (-1, "") if command[0] == "count" else (int(command[1]), command[2])
    out.flush()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            save_once(path, passphrase, out, kill_at, when)
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            code = 1
        out.flush()
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    died_of = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    out.write(f"reaped {pid} signal {died_of} exit {os.waitstatus_to_exitcode(status)}\\n")
    out.flush()
"""


def _temp_files(path: Path) -> list[str]:
    return sorted(n for n in os.listdir(path.parent) if n.startswith(f".{path.name}.") and n.endswith(".tmp"))


def _counter(vault: Vault) -> int:
    rows = vault.connection.execute("SELECT value FROM counter").fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


class SaveServer:
    """The child server: one forked, instrumented save per request."""

    def __init__(self, script: Path, vault_path: Path, errors: Path) -> None:
        self.errors = errors
        with errors.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(script), str(vault_path), PASSPHRASE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
            )

    def save(self, request: str) -> tuple[list[str], int]:
        """The lines the save printed, and the signal it died of (0 when it ended by itself)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{request}\n".encode())
        self.process.stdin.flush()
        lines = []
        while True:
            raw = self.process.stdout.readline()
            if not raw:
                self.process.wait(timeout=30)
                pytest.fail(f"the child process ended unexpectedly:\n{self.errors.read_text()}")
            line = raw.decode().strip()
            if line.startswith("reaped "):
                return lines, int(line.split()[3])
            lines.append(line)

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.stdout.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_kill_at_any_moment_of_a_save(vault_path: Path, tmp_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        c = vault.connection
        c.execute("CREATE TABLE counter (value INT)")
        c.execute("INSERT INTO counter VALUES (0)")
        c.execute("CREATE TABLE filler (chunk BLOB)")
        c.executemany(
            "INSERT INTO filler VALUES (?)", [(os.urandom(100_000),) for _ in range(FILLER_BYTES // 100_000)]
        )
        c.commit()
        vault.save()
    script = tmp_path / "save_once.py"
    script.write_text(CHILD)
    server = SaveServer(script, vault_path, tmp_path / "child-stderr.txt")
    try:
        census, died_of = server.save("count")
        assert died_of == 0 and "saved" in census, census
        calls = [line.split()[2] for line in census[: census.index("saved")] if line.startswith("call ")]
        assert calls.count("replace") == 1 and calls.count("write") >= 3, calls
        on_disk = 1
        outcomes = []
        for kill_at in range(len(calls)):
            for when in ("before", "after"):
                lines, died_of = server.save(f"kill {kill_at} {when}")
                assert died_of == 9, f"{when} call {kill_at} ({calls[kill_at]}): not killed: {lines}"
                done = [line.split() for line in lines if line.startswith("done ")]
                replaced = any(name == "replace" for _, _, name, _ in done)
                temp_made = any(name == "open" and temp == "temp" for _, _, name, temp in done)
                strays = _temp_files(vault_path)
                point = f"killed {when} call {kill_at} ({calls[kill_at]})"
                assert bool(strays) == (temp_made and not replaced), f"{point}: temp files {strays}"
                with Vault.open(vault_path, PASSPHRASE) as reopened:
                    value = _counter(reopened)
                    (length,) = reopened.connection.execute(
                        "SELECT sum(length(chunk)) FROM filler"
                    ).fetchone()
                assert length == FILLER_BYTES, point
                assert value == (on_disk + 1 if replaced else on_disk), f"{point}: the vault holds {value}"
                assert _temp_files(vault_path) == [], f"{point}: the open left stray temp files"
                outcomes.append((bool(strays), replaced))
                on_disk = value
    finally:
        server.close()
    # Both sides of the replace, and kills while a temp file was being written, were all reached.
    assert (True, False) in outcomes and (False, False) in outcomes and (False, True) in outcomes

    # Every backup the saves kept is a whole vault too, no newer than the vault itself (the
    # oldest is the vault as created, before the counter existed).
    with Vault.open(vault_path, PASSPHRASE) as vault:
        backups = vault.backups()
    assert len(backups) > 2
    for backup in backups[:-1]:
        with Vault.open(backup.path, PASSPHRASE, read_only=True) as old:
            assert 0 <= _counter(old) <= on_disk
