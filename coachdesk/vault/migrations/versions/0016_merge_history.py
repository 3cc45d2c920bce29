"""The history a merge of two copies needs: the vault's id, replicas seen, field stamps, tombstones.

Revision ID: 0016
Revises: 0015
Created: 2026-12-06 00:00:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# Copies of one practice upgraded on two computers must get the same vault id: it is derived from
# the coach profile's id when there is one (a new vault gets a random one).
_PRACTICE_NAMESPACE = uuid.UUID("6f1d1c1e-6b8a-4c51-9a55-3c0ad3e1a016")


def upgrade() -> None:
    op.create_table("sync_vault", sa.Column("id", sa.String(36), primary_key=True))
    op.create_table(
        "sync_replica",  # what this copy has seen of each replica: its highest change counter
        sa.Column("replica", sa.String(36), primary_key=True),
        sa.Column("counter", sa.Integer(), nullable=False),
    )
    op.create_table(
        "sync_stamp",  # the last change of each changed field: by which replica, its counter, when
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("field", sa.String(64), primary_key=True),
        sa.Column("replica", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "sync_tombstone",  # a deleted record: never brought back from another copy
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("deleted_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "sync_erasure",  # an erased client: nothing of theirs ever comes back from another copy
        sa.Column("client_id", sa.String(36), primary_key=True),
        sa.Column("erased_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "merge_conflict",  # a field changed in both copies: the value kept and the other, for review
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False, index=True),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("other_value", sa.Text(), nullable=True),
        sa.Column("kept_at", sa.String(32), nullable=False),
        sa.Column("other_at", sa.String(32), nullable=False),
        sa.Column("merged_at", sa.String(32), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    connection = op.get_bind()
    profile = connection.exec_driver_sql("SELECT id FROM coach_profile ORDER BY created_at LIMIT 1").first()
    vault_id = uuid.uuid5(_PRACTICE_NAMESPACE, str(profile[0])) if profile else uuid.uuid4()
    connection.exec_driver_sql("INSERT INTO sync_vault (id) VALUES (?)", (str(vault_id),))


def downgrade() -> None:
    # The open vault's temporary triggers (coachdesk/vault/history.py) write to these tables.
    connection = op.get_bind()
    triggers = connection.exec_driver_sql(
        "SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync_%'"
    ).fetchall()
    for (name,) in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER temp."{name}"')
    for table in (
        "merge_conflict",
        "sync_erasure",
        "sync_tombstone",
        "sync_stamp",
        "sync_replica",
        "sync_vault",
    ):
        op.execute(f"DROP TABLE {table}")
