"""A table of words for enum values, looked up in the app's language each time it is read."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K")


class LazyWords(Mapping[K, str]):
    """A read-only mapping made by ``table`` on every read, so ``phrase`` runs in the app's language.

    Module-level tables of labels would freeze English at import; this one asks ``table`` (a function
    whose body marks each word with ``phrase``) whenever it is read.
    """

    def __init__(self, table: Callable[[], dict[K, str]]) -> None:
        self._table = table

    def __getitem__(self, key: K) -> str:
        return self._table()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())
