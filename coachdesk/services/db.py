"""The database session a service works in, and the factory that opens one.

One word for it everywhere: a *session* is a coaching session; the database session is `db`,
and whatever opens one (the vault's `session` method, usually) is a `DbFactory`, held as
`open_db`: ``with open_db() as db: ...``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

Db = Session
"""An open database session, as services take it (``db``)."""

DbFactory = Callable[[], Db]
"""Opens a database session; used as a context manager that commits or rolls back."""
