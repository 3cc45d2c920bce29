"""The practice tables (format 1, schema 1) and the full-text search index kept by triggers.

Revision ID: 0001
Revises:
Created: 2026-11-27 16:42:40.166438
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Full-text search: one FTS5 row per searchable record, kept in step by triggers so that no
# code path (service, import, migration) can leave the index stale. search_entry maps the
# FTS rowid to the record. The FTS table keeps no copy of the text ("external content"):
# it reads titles and bodies for snippets through the search_source view, which halves
# the index's share of the vault. Deleting from such a table takes the old values, which
# the triggers compute from OLD with the same expressions that indexed them.
_SEARCHABLE = {
    # table: (kind, client reference, title, body, columns whose change re-indexes)
    "client": (
        "client",
        "{r}.id",
        "{r}.name || ' ' || {r}.preferred_name",
        "{r}.email || ' ' || {r}.role || ' ' || {r}.tags || ' ' || {r}.private_notes",
        "name, preferred_name, email, role, tags, private_notes",
    ),
    "coaching_session": (
        "session",
        "{r}.client_id",
        "''",
        "{r}.private_notes || ' ' || {r}.shared_summary",
        "client_id, private_notes, shared_summary",
    ),
    "note_amendment": (
        "amendment",
        "(SELECT client_id FROM coaching_session WHERE id = {r}.session_id)",
        "''",
        "{r}.text",
        "text",
    ),
    "goal": (
        "goal",
        "{r}.client_id",
        "{r}.statement",
        "{r}.measure_of_success",
        "client_id, statement, measure_of_success",
    ),
    "action_item": ("action_item", "{r}.client_id", "{r}.description", "''", "client_id, description"),
}


def _create_search_index() -> None:
    op.execute(
        "CREATE TABLE search_entry (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "ref CHAR(32) NOT NULL UNIQUE, client_ref CHAR(32))"
    )
    op.execute("CREATE INDEX ix_search_entry_client_ref ON search_entry (client_ref)")
    branches = [
        f"SELECT e.id AS id, {title.format(r='t')} AS title, {body.format(r='t')} AS body "
        f"FROM search_entry AS e JOIN {table} AS t ON t.id = e.ref WHERE e.kind = '{kind}'"
        for table, (kind, _client, title, body, _columns) in _SEARCHABLE.items()
    ]
    op.execute("CREATE VIEW search_source AS " + " UNION ALL ".join(branches))
    op.execute(
        "CREATE VIRTUAL TABLE search_text USING fts5(title, body, content = 'search_source', "
        "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (kind, client, title, body, columns) in _SEARCHABLE.items():
        entry = "(SELECT id FROM search_entry WHERE ref = {r}.id)"
        add = (
            f"INSERT INTO search_text (rowid, title, body) VALUES "
            f"({entry.format(r='NEW')}, {title.format(r='NEW')}, {body.format(r='NEW')}); "
        )
        remove = (
            f"INSERT INTO search_text (search_text, rowid, title, body) VALUES "
            f"('delete', {entry.format(r='OLD')}, {title.format(r='OLD')}, {body.format(r='OLD')}); "
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_entry (kind, ref, client_ref) VALUES ('{kind}', NEW.id, {client.format(r='NEW')}); "
            f"{add}END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"{remove}{add}"
            f"UPDATE search_entry SET client_ref = {client.format(r='NEW')} WHERE ref = NEW.id; "
            "END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
            f"{remove}DELETE FROM search_entry WHERE ref = OLD.id; END"
        )


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "coach_profile",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("practice_name", sa.String(), nullable=False),
        sa.Column("credentials", sa.String(), nullable=False),
        sa.Column("qualifications", sa.String(), nullable=False),
        sa.Column("professional_body", sa.String(), nullable=False),
        sa.Column("code_of_ethics", sa.String(), nullable=False),
        sa.Column("complaints_route", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("default_currency", sa.String(), nullable=False),
        sa.Column("default_session_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "generated_document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("generated_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_generated_document_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("contact_name", sa.String(), nullable=False),
        sa.Column("contact_role", sa.String(), nullable=False),
        sa.Column("contact_email", sa.String(), nullable=False),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("billing_address", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)

    op.create_table(
        "professional",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("profession", sa.String(), nullable=False),
        sa.Column("specialties", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("pays_referral_fee", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("professional", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_professional_name"), ["name"], unique=False)

    op.create_table(
        "client",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("preferred_name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("tags", sa.String(), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=True),
        sa.Column("named_in_hours_log", sa.Boolean(), nullable=False),
        sa.Column("private_notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "boundary_incident",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("action_taken", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("boundary_incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_boundary_incident_client_id"), ["client_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_client_id"), ["client_id"], unique=False)

    op.create_table(
        "disclosure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("disclosed_on", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("what_was_disclosed", sa.String(), nullable=False),
        sa.Column("client_informed", sa.Boolean(), nullable=False),
        sa.Column("client_informed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("disclosure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disclosure_client_id"), ["client_id"], unique=False)

    op.create_table(
        "engagement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("sponsor_id", sa.Uuid(), nullable=True),
        sa.Column("sponsor_contact_name", sa.String(), nullable=False),
        sa.Column("sponsor_contact_email", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("session_count", sa.Integer(), nullable=True),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("fee_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("fee_basis", sa.String(length=32), nullable=False),
        sa.Column("payer", sa.String(length=32), nullable=False),
        sa.Column("payment_terms", sa.String(), nullable=False),
        sa.Column("cancellation_policy", sa.String(), nullable=False),
        sa.Column("confidentiality_terms", sa.String(), nullable=False),
        sa.Column("sponsor_receives_attendance", sa.Boolean(), nullable=False),
        sa.Column("sponsor_receives_goals", sa.Boolean(), nullable=False),
        sa.Column("sponsor_receives_progress_summary", sa.Boolean(), nullable=False),
        sa.Column("contact_channels", sa.String(), nullable=False),
        sa.Column("contact_hours", sa.String(), nullable=False),
        sa.Column("response_time", sa.String(), nullable=False),
        sa.Column("gifts_policy", sa.String(), nullable=False),
        sa.Column("termination_notice_days", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("activated_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("status_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sponsor_id"], ["organisation.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_engagement_sponsor_id"), ["sponsor_id"], unique=False)

    op.create_table(
        "coaching_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("engagement_id", sa.Uuid(), nullable=True),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("private_notes", sa.String(), nullable=False),
        sa.Column("shared_summary", sa.String(), nullable=False),
        sa.Column("concern_flags", sa.String(length=200), nullable=False),
        sa.Column("finalised_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagement.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_coaching_session_client_status_start", ["client_id", "status", "starts_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coaching_session_engagement_id"), ["engagement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coaching_session_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("engagement_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=True),
        sa.Column("safeguards", sa.String(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagement.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_engagement_id"), ["engagement_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("engagement_id", sa.Uuid(), nullable=True),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("statement", sa.String(), nullable=False),
        sa.Column("measure_of_success", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagement.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_engagement_id"), ["engagement_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("professional_id", sa.Uuid(), nullable=False),
        sa.Column("consent_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("urgency", sa.String(length=32), nullable=False),
        sa.Column("items_to_share", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["consent_id"], ["consent.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["professional_id"], ["professional.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_professional_id"), ["professional_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("goal_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("owner", sa.String(length=32), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["coaching_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_session_id"), ["session_id"], unique=False)

    op.create_table(
        "note_amendment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["coaching_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note_amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_amendment_session_id"), ["session_id"], unique=False)

    _create_search_index()
    # Finalised notes are a locked record, whatever code path tries to change them.
    op.execute(
        "CREATE TRIGGER coaching_session_finalised_notes BEFORE UPDATE OF private_notes, finalised_at "
        "ON coaching_session WHEN OLD.finalised_at IS NOT NULL AND (NEW.private_notes IS NOT "
        "OLD.private_notes OR NEW.finalised_at IS NULL) BEGIN "
        "SELECT RAISE(ABORT, 'finalised session notes cannot be changed; add an amendment'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER coaching_session_finalised_notes")
    for table in _SEARCHABLE:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {table}_search_{event}")
    op.execute("DROP TABLE search_text")
    op.execute("DROP VIEW search_source")
    op.execute("DROP TABLE search_entry")
    with op.batch_alter_table("note_amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_amendment_session_id"))

    op.drop_table("note_amendment")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_session_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_goal_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_client_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_professional_id"))
        batch_op.drop_index(batch_op.f("ix_referral_client_id"))

    op.drop_table("referral")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_goal_client_id"))

    op.drop_table("goal")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_engagement_id"))
        batch_op.drop_index(batch_op.f("ix_conflict_client_id"))

    op.drop_table("conflict")
    with op.batch_alter_table("coaching_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_session_starts_at"))
        batch_op.drop_index(batch_op.f("ix_coaching_session_engagement_id"))
        batch_op.drop_index("ix_coaching_session_client_status_start")

    op.drop_table("coaching_session")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_sponsor_id"))
        batch_op.drop_index(batch_op.f("ix_engagement_client_id"))

    op.drop_table("engagement")
    with op.batch_alter_table("disclosure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disclosure_client_id"))

    op.drop_table("disclosure")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_client_id"))

    op.drop_table("consent")
    with op.batch_alter_table("boundary_incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_boundary_incident_client_id"))

    op.drop_table("boundary_incident")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_client_name"))

    op.drop_table("client")
    with op.batch_alter_table("professional", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_professional_name"))

    op.drop_table("professional")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_name"))

    op.drop_table("organisation")
    with op.batch_alter_table("generated_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_generated_document_entity_id"))

    op.drop_table("generated_document")
    op.drop_table("coach_profile")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity"))

    op.drop_table("audit_entry")
