"""Search folds letters as the lists do: the index holds text folded by ``coachdesk_fold``.

SQLite's unicode61 tokenizer folds case and accents (Zoë, Müller) but not letters of their own
(ø, æ, ł, ß, þ), so "odegaard" did not find Ødegaard while the client list did. The triggers now
index ``coachdesk_fold(title)`` and ``coachdesk_fold(body)`` (the function the vault registers on
its connection, the same fold as the lists), and every row is indexed again. The search_source
view still gives the text as written, so snippets show the coach's own spelling.

Revision ID: 0012
Revises: 0011
Created: 2026-12-05 21:50:00
"""

from __future__ import annotations

import sqlite3

from alembic import op

from coachdesk.vault.database import register_fold

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# table: (kind, client reference, title, body, columns whose change re-indexes), as in 0001
_SEARCHABLE = {
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


def _triggers(folded: bool) -> None:
    def wrap(expression: str) -> str:
        return f"coachdesk_fold({expression})" if folded else expression

    for table, (kind, client, title, body, columns) in _SEARCHABLE.items():
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {table}_search_{event}")
        entry = "(SELECT id FROM search_entry WHERE ref = {r}.id)"
        add = (
            f"INSERT INTO search_text (rowid, title, body) VALUES ({entry.format(r='NEW')}, "
            f"{wrap(title.format(r='NEW'))}, {wrap(body.format(r='NEW'))}); "
        )
        remove = (
            f"INSERT INTO search_text (search_text, rowid, title, body) VALUES ('delete', "
            f"{entry.format(r='OLD')}, {wrap(title.format(r='OLD'))}, {wrap(body.format(r='OLD'))}); "
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
    # The vault registers the function on its own connection; an upgrade run on any other
    # connection (a plain SQLite file, a tool) gets it here, so the re-indexing below can run.
    connection = op.get_bind().connection.driver_connection
    if isinstance(connection, sqlite3.Connection):
        register_fold(connection)
    _triggers(folded=True)
    op.execute("INSERT INTO search_text (search_text) VALUES ('delete-all')")
    op.execute(
        "INSERT INTO search_text (rowid, title, body) "
        "SELECT id, coachdesk_fold(title), coachdesk_fold(body) FROM search_source"
    )


def downgrade() -> None:
    _triggers(folded=False)
    op.execute("INSERT INTO search_text (search_text) VALUES ('rebuild')")
