"""The garbage collector around an open vault: what is alive at unlock is set aside, so the
collector's full passes, which would otherwise walk the whole heap (about a hundred milliseconds
in a large practice, landing on whatever the coach does next), only walk what came after."""

from __future__ import annotations

import gc
import linecache


def settle_after_unlock() -> None:
    """Set aside every object alive now (the app, its modules, the views just filled) from full
    collections; ``release_after_lock`` gives them back.

    The source lines Qt's import hook read into ``linecache`` while the views were imported
    (it reads every module imported after PySide6) are dropped first: nothing needs them, and a
    traceback reads its lines again.
    """
    linecache.clearcache()
    gc.freeze()


def release_after_lock() -> None:
    """Let the collector see everything again and free what the closed vault left (its rows)."""
    gc.unfreeze()
    gc.collect()
