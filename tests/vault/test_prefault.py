"""A new buffer faulted in on another thread: every page becomes resident, no byte changes, and it
steps through the whole buffer in order, stopping where the system refuses."""

from __future__ import annotations

import ctypes
import hashlib
import itertools
import mmap
import os
import sys
import threading
from collections.abc import Iterator

import pytest

from coachdesk.vault import prefault as prefault_module
from coachdesk.vault.in_place import SqliteBuffer, sqlite_buffer
from coachdesk.vault.prefault import prefault

_PAGE = 4096
_SIZE = 64 * 1024 * 1024


def _resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _populating_supported() -> bool:
    madvise = prefault_module._madvise()
    if madvise is None:
        return False
    page = ctypes.create_string_buffer(3 * _PAGE)
    aligned = -(-ctypes.addressof(page) // _PAGE) * _PAGE
    return madvise(aligned, _PAGE, 23) == 0


@pytest.fixture
def fresh() -> Iterator[SqliteBuffer]:
    made = sqlite_buffer(_SIZE)
    assert made is not None
    yield made
    made.free()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resident memory is read from /proc")
def test_every_page_of_a_fresh_buffer_becomes_resident() -> None:
    if not _populating_supported():
        pytest.skip("this kernel cannot populate memory on request (Linux 5.14 and newer can)")
    # Memory mapped anew is surely not resident yet; an allocator may hand back pages it kept.
    with mmap.mmap(-1, _SIZE) as fresh:
        address = ctypes.addressof(ctypes.c_char.from_buffer(fresh))
        before = _resident_bytes()
        prefault(address, _SIZE).wait()
        after = _resident_bytes()
    assert after - before >= _SIZE * 0.9


def test_no_byte_of_a_filled_buffer_changes(fresh: SqliteBuffer) -> None:
    pattern = hashlib.shake_256(b"practice").digest(_SIZE)
    fresh.view[:] = pattern
    prefault(fresh.address, fresh.capacity).wait()
    assert fresh.view == pattern


class _Recorder:
    """Stands in for madvise: notes each call, answers ``answers[advice]`` (0 where not given)."""

    def __init__(self, answers: dict[int, int] | None = None) -> None:
        self.answers = answers or {}
        self.calls: list[tuple[int, int, int]] = []

    def __call__(self, address: int, length: int, advice: int) -> int:
        self.calls.append((address, length, advice))
        return self.answers.get(advice, 0)

    def asked(self, advice: int) -> list[tuple[int, int]]:
        return [(start, length) for start, length, given in self.calls if given == advice]


_HUGEPAGE, _POPULATE_WRITE, _MIB = 14, 23, 1024 * 1024


def test_it_steps_over_the_whole_buffer_from_its_first_whole_page(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(prefault_module, "_madvise", lambda: recorder)
    address, size = 10 * _PAGE + 16, 20 * _MIB + 5
    prefault(address, size).wait()
    steps = recorder.asked(_POPULATE_WRITE)
    assert steps[0][0] == 11 * _PAGE  # madvise wants a page-aligned start; the partial page is written
    assert all(start % _PAGE == 0 for start, _ in steps)
    covered = [(start, start + length) for start, length in steps]
    assert all(end == following for (_, end), (following, _) in itertools.pairwise(covered))
    assert covered[-1][1] == address + size
    assert len(steps) == 3  # in steps, so the thread can be stopped between them


def test_the_whole_huge_pages_inside_the_buffer_are_asked_for_first(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(prefault_module, "_madvise", lambda: recorder)
    prefault(3 * _MIB + 16, 20 * _MIB).wait()  # from 3 MiB and a bit to 23 MiB and a bit
    assert recorder.calls[0] == (4 * _MIB, 18 * _MIB, _HUGEPAGE)  # 4 to 22 MiB: whole 2 MiB pages only
    assert {advice for *_, advice in recorder.calls[1:]} == {_POPULATE_WRITE}


def test_a_buffer_holding_no_whole_huge_page_is_not_offered_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(prefault_module, "_madvise", lambda: recorder)
    prefault(3 * _MIB, 2 * _MIB).wait()
    assert recorder.asked(_HUGEPAGE) == [] and recorder.asked(_POPULATE_WRITE) == [(3 * _MIB, 2 * _MIB)]


def test_refused_huge_pages_still_fault_in_small_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder({_HUGEPAGE: -1})  # transparent huge pages turned off
    monkeypatch.setattr(prefault_module, "_madvise", lambda: recorder)
    prefault(0, 64 * _MIB).wait()
    assert len(recorder.asked(_POPULATE_WRITE)) == 8


def test_it_stops_at_the_first_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder({_POPULATE_WRITE: -1})  # EINVAL on a kernel before 5.14
    monkeypatch.setattr(prefault_module, "_madvise", lambda: recorder)
    prefault(0, 64 * _MIB).wait()
    assert len(recorder.asked(_POPULATE_WRITE)) == 1


def test_a_stopped_worker_asks_for_no_further_step(monkeypatch: pytest.MonkeyPatch) -> None:
    entered, release = threading.Event(), threading.Event()
    recorder = _Recorder()

    def blocking(address: int, length: int, advice: int) -> int:
        if advice == _POPULATE_WRITE:
            entered.set()
            release.wait()
        return recorder(address, length, advice)

    monkeypatch.setattr(prefault_module, "_madvise", lambda: blocking)
    worker = prefault(0, 64 * 1024 * 1024)
    entered.wait()  # the first step is under way
    stopping = threading.Thread(target=worker.stop)
    stopping.start()
    while not worker._stopping.is_set():
        threading.Event().wait(0.001)
    release.set()  # the step under way ends; none follows it
    stopping.join()
    assert len(recorder.asked(_POPULATE_WRITE)) == 1


def test_where_the_call_is_missing_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefault_module, "_madvise", lambda: None)
    prefault(0, 64 * 1024 * 1024).wait()  # returns: the worker ended at once
