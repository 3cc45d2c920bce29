"""Keeps the decrypted practice out of crash files: no core dumps, and crash reports without values.

A core dump would write the whole process to disk — the decrypted database and the data key with
it — so the process asks for none (``RLIMIT_CORE`` 0) and, on Linux, marks itself not dumpable,
which also keeps other programs of the same user from attaching a debugger to read its memory.
An unexpected error is reported by its type and the place it was raised, never by its message or
the values in its frames: both can hold a client's name or a line of notes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def disable_core_dumps() -> bool:
    """Ask the system never to dump this process's memory; True when every available step held."""
    held = True
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting is per-machine policy
        return True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        held = False
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is None or libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            held = False
    return held


def is_dumpable() -> bool | None:
    """Whether Linux would dump this process (None elsewhere, or when it cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def crash_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    """One line naming the error's type and where it was raised: module file, line, function."""
    place = "an unknown place"
    frames = traceback.extract_tb(tb) if tb is not None else []
    if frames:
        last = frames[-1]
        place = f"{_short_path(last.filename)}:{last.lineno} in {last.name}"
    return (
        f"CoachDesk stopped on an unexpected error: {kind.__name__} at {place}. Your vault was not changed."
    )


def _short_path(filename: str) -> str:
    """The path from the coachdesk package on, so a report carries no home folder (a user name)."""
    normal = filename.replace("\\", "/")
    marker = normal.rfind("/coachdesk/")
    if marker >= 0:
        return normal[marker + 1 :]
    return normal.rsplit("/", 1)[-1]


def install_crash_reporting(stream: Callable[[], TextIO] = lambda: sys.stderr) -> None:
    """Replace Python's traceback printer (main thread and worker threads) with ``crash_report``."""

    def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            print("Interrupted.", file=stream())
            return
        print(crash_report(kind, tb), file=stream())

    def report_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = report
    threading.excepthook = report_thread


def harden_process() -> None:
    """Everything above, once, at the start of the ``coachdesk`` command."""
    disable_core_dumps()
    install_crash_reporting()
