"""Opening a vault file: its body is read on a worker thread while the key is unwrapped and what
has arrived is decrypted, so the disk, the key derivation and AES-GCM overlap instead of taking
turns. Nothing decrypted is used before the whole payload's tag has been verified.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from coachdesk.vault.diskio import forget_cached
from coachdesk.vault.errors import VaultCorrupted
from coachdesk.vault.format import TAG_LENGTH, Header, parse_header
from coachdesk.vault.in_place import SqliteBuffer, sqlite_buffer
from coachdesk.vault.prefault import prefault
from coachdesk.vault.reading import MAX_HEAD
from coachdesk.vault.storage import read_failed

_BLOCK = 4 * 1024 * 1024
_QUEUED = 4  # blocks read ahead at most (16 MiB)
_GCM_SLACK = 15  # update_into wants this much room beyond the block it decrypts


@dataclass
class OpenedFile:
    """A vault file decrypted and authenticated: its header, the two parts the fingerprint keeps,
    the data key and the database image."""

    header: Header
    head: bytes
    tag: bytes
    data_key: bytearray = field(repr=False)
    image: bytearray | SqliteBuffer = field(repr=False)  # SqliteBuffer: hand it to a connection
    image_size: int = 0


class _Reader(threading.Thread):
    """Reads ``file`` from ``start`` to its end in blocks into a short queue (then None)."""

    def __init__(self, file: BinaryIO, start: int) -> None:
        super().__init__(name="vault-reader", daemon=True)
        self.file, self.start_at = file, start
        self.blocks: queue.Queue[bytes | OSError | None] = queue.Queue(_QUEUED)
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            self.file.seek(self.start_at)
            while not self.stopping.is_set():
                block = self.file.read(_BLOCK)
                self._put(block or None)
                if not block:
                    return
        except OSError as error:
            self._put(error)

    def _put(self, item: bytes | OSError | None) -> None:
        while not self.stopping.is_set():
            try:
                self.blocks.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def next_block(self) -> bytes | None:
        item = self.blocks.get()
        if isinstance(item, OSError):
            raise item
        return item

    def stop(self) -> None:
        self.stopping.set()
        self.join()


def open_vault_file(path: Path, unwrap: Callable[[Header], bytearray]) -> OpenedFile:
    """Read and decrypt the vault at ``path``; ``unwrap(header)`` gives the data key (or raises).

    Raises what ``parse_header`` and ``unwrap`` raise, ``VaultCorrupted`` when the payload fails
    authentication, and the read error (as ``read_failed`` words it) when the disk fails.
    """
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            first = file.read(MAX_HEAD)
            header = parse_header(first, size)  # refuses garbage and absurd sizes before reading on
            head_length = size - header.payload_length
            reader = _Reader(file, head_length)
            reader.start()
            data_key = bytearray()
            try:
                data_key = unwrap(header)
                image, size, tag = _decrypt(reader, data_key, header, first[:head_length])
            except BaseException:
                data_key[:] = bytes(len(data_key))
                raise
            finally:
                reader.stop()
            forget_cached(file.fileno())
    except OSError as error:
        raise read_failed(error, path) from None
    return OpenedFile(header, first[:head_length], tag, data_key, image, size)


def _damaged(reason: str) -> VaultCorrupted:
    return VaultCorrupted(f"This file is damaged ({reason}). Open one of its backups instead.")


def _decrypt(
    reader: _Reader, data_key: bytearray, header: Header, head: bytes
) -> tuple[bytearray | SqliteBuffer, int, bytes]:
    """The plaintext, its size and the tag of the payload the reader delivers, authenticated.

    Decrypted straight into memory SQLite allocated where that can be reached (``in_place``), so
    loading it into the database copies nothing; into a bytearray otherwise.
    """
    length = header.payload_length - TAG_LENGTH
    decryptor = Cipher(algorithms.AES(bytes(data_key)), modes.GCM(header.nonce)).decryptor()
    decryptor.authenticate_additional_data(head)
    buffer = sqlite_buffer(length + _GCM_SLACK)
    image: bytearray | SqliteBuffer = bytearray(length + _GCM_SLACK) if buffer is None else buffer
    try:
        # A bytearray comes zeroed, its pages already touched; SQLite's buffer is faulted in ahead.
        faulting = None if buffer is None else prefault(buffer.address, buffer.capacity)
        try:
            out = memoryview(image) if isinstance(image, bytearray) else image.view
            done, tail = 0, b""
            while (block := reader.next_block()) is not None:
                cipher = memoryview(block)[: max(length - done, 0)]
                if cipher:
                    done += decryptor.update_into(cipher, out[done:])
                tail += block[len(cipher) :]
        finally:
            if faulting is not None:
                faulting.stop()
        if isinstance(image, bytearray):
            out.release()
        if done != length or len(tail) != TAG_LENGTH:
            raise _damaged("its length changed while it was read")
        try:
            decryptor.finalize_with_tag(tail)
        except InvalidTag:
            raise _damaged("its contents fail authentication") from None
    except BaseException:
        if isinstance(image, SqliteBuffer):
            image.free()
        raise
    if isinstance(image, bytearray):
        del image[length:]
    return image, length, tail
