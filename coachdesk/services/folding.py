"""Text folded for matching and sorting: case- and accent-insensitive, so "zoe" finds Zoë and
"orsted" finds Ørsted, and names sort the way a reader expects.

The folding itself lives in the domain, because the vault's search index folds with it too
(as the SQL function ``coachdesk_fold``): lists and search match the same way.
"""

from __future__ import annotations

from coachdesk.domain.folding import PLAIN_LETTERS, fold, fold_uncached

__all__ = ["PLAIN_LETTERS", "fold", "fold_uncached"]
