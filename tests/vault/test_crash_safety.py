"""Killing the app at any moment of a save leaves the old or the new vault, never a broken one.

A child process opens the vault and saves a counter in a loop, announcing each save before and
after it. The parent kills it (SIGKILL) at a random moment, then opens the vault: it must open,
hold either the last announced-as-saved value or the one being saved, and have swept away any temp
file the kill left behind. The vault carries ~1.5 MB of filler so that each save takes a few
milliseconds and many kills land in the middle of one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

KILLS = 100
MAX_DELAY = 0.150
FILLER_BYTES = 1_500_000
SEED = 20261127

# The child: a small server that imports the vault once, then on each "go" forks a process that
# opens the vault and saves forever, and reports when that process has died (the parent kills it).
# Each kill therefore hits a fresh process without paying the interpreter start-up every time.
# Every line a saving process printed comes before the "reaped" line reporting its death.
CHILD = """
import os
import sys
import time
import traceback

from coachdesk.vault.vault import Vault


def save_forever(path, passphrase, out):
    vault = Vault.open(path, passphrase)
    connection = vault.connection
    (value,) = connection.execute("SELECT value FROM counter").fetchone()
    deadline = time.monotonic() + 30  # never outlive a parent that failed to kill us
    for i in range(value + 1, value + 1_000_000):
        connection.execute("UPDATE counter SET value = ?", (i,))
        connection.commit()
        out.write(f"saving {i}\\n")
        out.flush()
        vault.save()
        out.write(f"saved {i}\\n")
        out.flush()
        if time.monotonic() > deadline:
            break


path, passphrase = sys.argv[1], sys.argv[2]
out = sys.stdout
while sys.stdin.readline() == "go\\n":
    out.flush()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            save_forever(path, passphrase, out)
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            code = 1
        os._exit(code)
    out.write(f"child {pid}\\n")
    out.flush()
    _, status = os.waitpid(pid, 0)
    signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
    out.write(f"reaped {pid} signal {signal} exit {os.waitstatus_to_exitcode(status)}\\n")
    out.flush()
"""


def _temp_files(path: Path) -> list[str]:
    return sorted(n for n in os.listdir(path.parent) if n.startswith(f".{path.name}.") and n.endswith(".tmp"))


def _counter(vault: Vault) -> int:
    rows = vault.connection.execute("SELECT value FROM counter").fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


def _read_line(server: subprocess.Popen[bytes], errors: Path) -> str:
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line:
        server.wait(timeout=30)
        pytest.fail(f"the child process ended unexpectedly:\n{errors.read_text()}")
    return line.decode().strip()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_kill_at_any_moment_of_a_save(vault_path: Path, tmp_path: Path, record_property) -> None:
    with Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        c = vault.connection
        c.execute("CREATE TABLE counter (value INT)")
        c.execute("INSERT INTO counter VALUES (0)")
        c.execute("CREATE TABLE filler (chunk BLOB)")
        chunks = [(os.urandom(100_000),) for _ in range(FILLER_BYTES // 100_000)]
        c.executemany("INSERT INTO filler VALUES (?)", chunks)
        c.commit()
        vault.save()
    filler_length = sum(len(chunk) for (chunk,) in chunks)
    script = tmp_path / "save_forever.py"
    script.write_text(CHILD)
    errors = tmp_path / "child-stderr.txt"

    rng = random.Random(SEED)
    started = time.monotonic()
    on_disk = 0
    killed_mid_save = 0  # a temp file was lying beside the vault after the kill
    landed_on_new_value = 0  # killed after the rename, before "saved i" was printed
    with errors.open("wb") as stderr:
        server = subprocess.Popen(
            [sys.executable, str(script), str(vault_path), PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert server.stdin is not None and server.stdout is not None
    try:
        for kill in range(KILLS):
            server.stdin.write(b"go\n")
            server.stdin.flush()
            pid = None
            lines: list[str] = []
            while pid is None or not any(x.startswith("saved ") for x in lines):
                line = _read_line(server, errors)
                if line.startswith("child "):
                    pid = int(line.split()[1])
                else:
                    lines.append(line)
            time.sleep(rng.uniform(0, MAX_DELAY))
            os.kill(pid, signal.SIGKILL)
            while not (line := _read_line(server, errors)).startswith(f"reaped {pid} "):
                lines.append(line)
            assert line.split()[3] == str(int(signal.SIGKILL)), (
                f"kill {kill}: the saving process died on its own ({line}):\n{errors.read_text()}"
            )

            saving = [int(x.split()[1]) for x in lines if x.startswith("saving ")]
            saved = [int(x.split()[1]) for x in lines if x.startswith("saved ")]
            assert len(saving) + len(saved) == len(lines), lines
            assert saving[0] == on_disk + 1, f"kill {kill}: the child did not start from what was on disk"
            last_saved = saved[-1]
            allowed = {last_saved}
            if saving[-1] == last_saved + 1:
                allowed.add(last_saved + 1)

            strays = _temp_files(vault_path)
            killed_mid_save += bool(strays)
            try:
                reopened = Vault.open(vault_path, PASSPHRASE)
            except Exception as error:
                pytest.fail(f"kill {kill}: the vault no longer opens after the kill: {error!r}")
            with reopened:
                on_disk = _counter(reopened)
                (length,) = reopened.connection.execute("SELECT sum(length(chunk)) FROM filler").fetchone()
                assert length == filler_length
            assert on_disk in allowed, (
                f"kill {kill}: the vault holds {on_disk}; last saved {last_saved}, "
                f"last being saved {saving[-1]}"
            )
            landed_on_new_value += on_disk == last_saved + 1
            assert _temp_files(vault_path) == [], f"kill {kill}: open left stray temp files {strays}"
    finally:
        # The server ends when its input does; a saving process left running after a failure
        # dies on its next write once nobody reads its output.
        server.stdin.close()
        server.stdout.close()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    elapsed = time.monotonic() - started

    # Every backup the saves kept is a whole vault too, no newer than the vault itself.
    with Vault.open(vault_path, PASSPHRASE) as vault:
        backups = vault.backups()
    assert backups
    for backup in backups:
        with Vault.open(backup.path, PASSPHRASE, read_only=True) as old:
            assert 0 < _counter(old) <= on_disk

    summary = (
        f"{KILLS} kills in {elapsed:.1f}s: {killed_mid_save} with a temp file present (mid-save), "
        f"{landed_on_new_value} after the new file was in place but before 'saved' was printed"
    )
    print(summary)
    record_property("crash_safety", summary)
    assert on_disk > KILLS
    assert killed_mid_save >= 5, f"too few kills landed mid-save to trust this test: {summary}"
