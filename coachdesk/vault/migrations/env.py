"""Alembic environment: migrations run on the vault's own decrypted in-memory connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import MetaData

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CoachDesk migrations run inside an open vault; there is no database URL.")


def _target_metadata() -> MetaData:
    # Only autogenerate (a developer writing a migration) needs the tables.
    from coachdesk.domain import metadata

    return metadata


context.configure(
    connection=connection,
    target_metadata=_target_metadata(),
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
