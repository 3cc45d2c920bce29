"""The database session a service works in, and the factory that opens one.

One word for it everywhere: a *session* is a coaching session; the database session is `db`,
and whatever opens one (the vault's `session` method, usually) is a `DbFactory`, held as
`open_db`: ``with open_db() as db: ...``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from sqlmodel import Session

# Names for the type checker, so that the modules naming them (the unlock window's among them) do
# not wait for SQLModel to load.
Db: TypeAlias = "Session"
"""An open database session, as services take it (``db``)."""

DbFactory: TypeAlias = Callable[[], "Session"]
"""Opens a database session; used as a context manager that commits or rolls back."""
