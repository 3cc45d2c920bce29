"""Referral consent: what may be shared is ticked on the consent; the letter's own facts on the referral.

The free text a referral kept under "items to share" becomes the free line of the consent it relies
on. A referral without a consent keeps that text in its outcome, marked as such, so nothing is lost.

Revision ID: 0008
Revises: 0007
Created: 2026-12-05 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UNCONSENTED = "Written under “may be shared” before any consent was attached: "


def upgrade() -> None:
    # Plain ALTER TABLE on consent: rebuilding it would drop the table and, with foreign keys on, set
    # every referral's consent to NULL. Nothing refers to a referral, so that table may be rebuilt.
    op.add_column(
        "consent", sa.Column("shared_items", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column("consent", sa.Column("shared_other", sa.String(), nullable=False, server_default=""))
    op.add_column(
        "consent", sa.Column("recipient_may_reply", sa.Boolean(), nullable=False, server_default=sa.text("0"))
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reason_in_clients_words", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("summary_client_read", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("client_will_contact", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(
            sa.Column("client_gets_copy", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(sa.Column("risk_raised", sa.String(length=32), nullable=True))
    _move_items_to_consents(op.get_bind())
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_column("items_to_share")


def _move_items_to_consents(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT r.id, r.consent_id, r.items_to_share, r.outcome, c.id FROM referral r "
            "LEFT JOIN consent c ON c.id = r.consent_id AND c.client_id = r.client_id "
            "WHERE trim(r.items_to_share) != '' ORDER BY r.created_at"
        )
    ).all()
    lines: dict[object, list[str]] = {}
    for referral_id, _consent_id, items, outcome, consent_id in rows:
        if consent_id is None:
            kept = UNCONSENTED + items.strip()
            bind.execute(
                sa.text("UPDATE referral SET outcome = :outcome WHERE id = :id"),
                {"outcome": f"{outcome.strip()}\n\n{kept}".strip(), "id": referral_id},
            )
            continue
        wanted = lines.setdefault(consent_id, [])
        if items.strip() not in wanted:
            wanted.append(items.strip())
    for consent_id, texts in lines.items():
        bind.execute(
            sa.text("UPDATE consent SET shared_other = :line WHERE id = :id"),
            {"line": "; ".join(texts), "id": consent_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(sa.Column("items_to_share", sa.String(), nullable=False, server_default=""))
    op.get_bind().execute(
        sa.text(
            "UPDATE referral SET items_to_share = "
            "coalesce((SELECT c.shared_other FROM consent c WHERE c.id = referral.consent_id), '')"
        )
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_column("risk_raised")
        batch_op.drop_column("client_gets_copy")
        batch_op.drop_column("client_will_contact")
        batch_op.drop_column("summary_client_read")
        batch_op.drop_column("reason_in_clients_words")
    for column in ("recipient_may_reply", "shared_other", "shared_items"):  # ALTER, not a rebuild (above)
        op.execute(f"ALTER TABLE consent DROP COLUMN {column}")
