"""The invoices' merge rule: an issued invoice wins whole, numbers are never held twice, counters go on.

An issued invoice is fixed (migration 0015's triggers), so the merge never rewrites one: the copy that
issued it gives the invoice, its lines and the sessions they bill, over any edit or deletion of the
same draft in the other copy. Two different issued invoices with one number (both copies issued in
the same series) cannot be merged without renumbering one, which is never allowed (it may have been
sent): ``check`` refuses the whole merge before anything is written, names the numbers and says what
to do (docs/sync.md); so does one place in a series given twice under patterns that differ only in
the width of ``{seq}`` (2026-0001 and 2026-00001). A series per computer (``{computer}`` in the number
pattern) prevents both.
Each series' counter ends at the highest number either copy gave, so numbering goes on without gaps.
Payments and refunds are records of money that moved: those of both copies are kept (refunds are
append-only, migration 0018), and the coach is told when the two together pay or refund too much.
"""

# SQL here is built from the schema's own table and column names, never from input.
# ruff: noqa: S608

from __future__ import annotations

import sqlite3

from coachdesk.services.errors import ValidationError
from coachdesk.services.merge_decision import RowDecision

OTHER = "merge_other"  # the schema the other copy is attached under (merge_engine.OTHER_SCHEMA)
# What an issued invoice says (migration 0015's invoice_issued_fixed): all but the links to records.
LINKS = frozenset({"engagement_id", "client_id", "organisation_id"})
# Guards the merge lifts while it writes an issuing copy's lines and counters (restored after; on any
# failure the rollback restores them too). The invoice's own guards stay: no issued invoice changes.
LIFTED = (
    "invoice_line_issued_insert",
    "invoice_line_issued_update",
    "invoice_line_issued_delete",
    "invoice_series_starts_at_one",
    "invoice_series_steps_by_one",
    "invoice_series_kept",
)
_ISSUED = "SELECT id FROM {schema}.invoice WHERE state = 'issued'"
_SNAPSHOTS = ("merge_issued_invoice", "merge_issued_line", "merge_issued_line_session")


def duplicate_numbers(connection: sqlite3.Connection) -> list[str]:
    """Numbers both copies gave to different invoices (or to one draft issued in both copies), and
    places in a series both gave, written differently (2026-0001 / 2026-00001: patterns whose
    ``{seq}`` differs in width only make one series)."""
    rows = connection.execute(
        f"SELECT m.number FROM main.invoice m JOIN {OTHER}.invoice o ON o.number = m.number "
        "WHERE m.state = 'issued' AND o.state = 'issued' AND m.id IS NOT o.id "
        f"UNION SELECT m.number || ' / ' || o.number FROM main.invoice m JOIN {OTHER}.invoice o "
        "ON o.id = m.id WHERE m.state = 'issued' AND o.state = 'issued' "
        "AND (m.number IS NOT o.number OR m.issued_at IS NOT o.issued_at) "
        f"UNION SELECT m.number || ' / ' || o.number FROM main.invoice m JOIN {OTHER}.invoice o "
        "ON o.series = m.series AND o.sequence = m.sequence WHERE m.state = 'issued' "
        "AND o.state = 'issued' AND m.number IS NOT o.number"
    ).fetchall()
    return sorted(str(number) for (number,) in rows)


def _kept_and_credited(schema: str) -> str:
    """Per issued invoice: its number, paid less refunded plus credited, its gross, and what was refunded."""
    refunds = (
        f"SELECT sum(f.amount_minor) FROM {schema}.refund f JOIN {schema}.invoice c "
        "ON c.id = f.credit_note_id WHERE c.credited_invoice_id = i.id"
    )
    return (
        "SELECT i.number, "
        f"coalesce((SELECT sum(amount_minor) FROM {schema}.payment p WHERE p.invoice_id = i.id), 0) "
        f"- coalesce(({refunds}), 0) + "
        f"coalesce((SELECT sum(gross_minor) FROM {schema}.invoice c WHERE c.credited_invoice_id = i.id "
        f"AND c.state = 'issued'), 0), i.gross_minor, coalesce(({refunds}), 0) "
        f"FROM {schema}.invoice i WHERE i.state = 'issued' AND i.kind = 'invoice'"
    )


def more_than_owed(connection: sqlite3.Connection, schema: str = "main") -> set[str]:
    """Invoices paid (less refunds) and credited for more than their amount: a refund is due on them
    (in the copy under ``schema``)."""
    rows = connection.execute(_kept_and_credited(schema))
    return {str(number) for number, settled, gross, _refunded in rows if settled > gross}


def refunded_too_much(connection: sqlite3.Connection) -> set[str]:
    """Invoices whose refunds now leave money owed again (both copies refunded the same money)."""
    rows = connection.execute(_kept_and_credited("main"))
    return {str(number) for number, settled, gross, refunded in rows if refunded and settled < gross}


def collision_message(numbers: list[str]) -> str:
    """What the coach reads when two copies issued the same numbers: what happened, and what to do."""
    listed = ", ".join(numbers)
    return (
        f"Both copies issued invoice numbers that the other copy also gave: {listed}. Nothing was "
        "merged and neither copy was changed. An issued invoice is never renumbered (it may have been "
        "sent), so these copies cannot become one vault: keep both as they are, and ask your "
        "accountant how to correct the duplicate numbers (a credit note does not free a number). "
        "Then give each computer its own number series ({computer} in the invoice number pattern). "
        "See 'Invoices on two computers' in docs/sync.md."
    )


class DuplicateInvoiceNumbers(ValidationError):
    """The merge refused: both copies issued these numbers (``numbers``) to different invoices."""

    def __init__(self, numbers: list[str]) -> None:
        super().__init__("other", collision_message(numbers))
        self.numbers = numbers


class InvoiceRules:
    """The merge rule of ``invoice``, ``invoice_line`` and ``invoice_series`` (one object for the three)."""

    def __init__(self) -> None:
        self._lifted: list[str] = []
        self._issuer: dict[str, str] = {}  # issued invoice id: the copy that issued it ("main" or other)
        self._over: set[str] = set()  # invoices paid and credited beyond their amount before the merge
        self._refunded_before: set[str] = set()  # invoices refunded beyond what was due before it

    def check(self, connection: sqlite3.Connection) -> None:
        numbers = duplicate_numbers(connection)
        if numbers:
            raise DuplicateInvoiceNumbers(numbers)

    def before(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        """Keep issued invoices whole: their tombstones lifted, their lines as the issuing copy has them."""
        issued = f"{_ISSUED.format(schema='main')} UNION {_ISSUED.format(schema=OTHER)}"
        for name in _SNAPSHOTS:
            connection.execute(f"DROP TABLE IF EXISTS temp.{name}")
        # The issuing copy of each issued invoice: this one where it was issued here, else the other.
        connection.execute(
            f"CREATE TEMP TABLE merge_issued_invoice AS SELECT id, 'main' AS source FROM main.invoice "
            f"WHERE state = 'issued' UNION ALL SELECT id, '{OTHER}' FROM {OTHER}.invoice "
            "WHERE state = 'issued' AND id NOT IN (SELECT id FROM main.invoice WHERE state = 'issued')"
        )
        self._over = more_than_owed(connection) | more_than_owed(connection, OTHER)
        self._refunded_before = refunded_too_much(connection)
        self._issuer = {
            str(row_id): str(source)
            for row_id, source in connection.execute("SELECT id, source FROM temp.merge_issued_invoice")
        }
        source = "SELECT id FROM temp.merge_issued_invoice WHERE source = '{s}'"
        lines = "SELECT id FROM {s}.invoice_line WHERE invoice_id IN (" + source + ")"
        for table, snapshot, parent in (
            ("invoice_line", "merge_issued_line", "invoice_id IN (" + source + ")"),
            ("invoice_line_session", "merge_issued_line_session", "line_id IN (" + lines + ")"),
        ):
            columns = ", ".join(f'"{c}"' for c in _columns(connection, table))
            parts = (f"SELECT {columns} FROM {s}.{table} WHERE {parent.format(s=s)}" for s in ("main", OTHER))
            connection.execute(f"CREATE TEMP TABLE {snapshot} AS {' UNION ALL '.join(parts)}")
        lifted = connection.execute(
            f"DELETE FROM main.sync_tombstone WHERE table_name = 'invoice' AND row_id IN ({issued})"
        )
        if lifted.rowcount > 0:
            notes.append("A draft deleted in one copy was issued in the other: the issued invoice is kept.")
        connection.execute(  # lines removed from a draft the other copy issued: it keeps them
            "DELETE FROM main.sync_tombstone WHERE (table_name = 'invoice_line' AND row_id IN "
            "(SELECT id FROM temp.merge_issued_line)) OR (table_name = 'invoice_line_session' AND "
            "row_id IN (SELECT id FROM temp.merge_issued_line_session))"
        )
        self._lifted = []
        for name in LIFTED:
            found = connection.execute(
                "SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?", (name,)
            ).fetchone()
            if found is not None:
                self._lifted.append(str(found[0]))
                connection.execute(f'DROP TRIGGER main."{name}"')

    def decide(self, decision: RowDecision) -> None:
        if decision.table == "invoice_series":
            last = max(int(decision.kept["last_sequence"]), int(decision.other["last_sequence"]))
            decision.merged["last_sequence"] = last
            decision.settled.add("last_sequence")
            return
        kept, other, merged = decision.kept, decision.other, decision.merged
        if decision.table == "invoice_line":
            issuer = self._issuer.get(str(kept["invoice_id"]))
            if issuer is not None:  # a line of an issued invoice: as the issuing copy has it
                merged.update(kept if issuer == "main" else other)
                decision.settled.update(merged)
            return
        if (kept["state"] == "issued") == (other["state"] == "issued"):
            return  # two drafts: the field rules; issued in both: the same invoice (``check``)
        issued = kept if kept["state"] == "issued" else other
        fixed = [name for name in merged if name not in LINKS]
        merged.update({name: issued[name] for name in fixed})
        decision.settled.update(fixed)
        decision.notes.append(
            "A draft changed in one copy was issued in the other: the invoice is kept as issued."
        )

    def after(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        """Lines of issued invoices as issued; counters after the highest number; guards back."""
        for table, key, parent in (
            ("invoice_line", "invoice_id", "merge_issued_invoice"),
            ("invoice_line_session", "line_id", "merge_issued_line"),
        ):
            snapshot = f"temp.merge_issued_{table.removeprefix('invoice_')}"
            columns = ", ".join(f'"{c}"' for c in _columns(connection, table))
            connection.execute(
                f"DELETE FROM main.{table} WHERE {key} IN (SELECT id FROM temp.{parent}) AND id IN "
                f"(SELECT id FROM (SELECT {columns} FROM main.{table} "
                f"EXCEPT SELECT {columns} FROM {snapshot}))"
            )
            connection.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM {snapshot} "
                f"WHERE id NOT IN (SELECT id FROM main.{table})"
                + (
                    " AND session_id IN (SELECT id FROM main.coaching_session)"
                    " AND line_id IN (SELECT id FROM main.invoice_line)"
                    if table == "invoice_line_session"
                    else " AND invoice_id IN (SELECT id FROM main.invoice)"
                )
            )
        connection.execute(  # rows put back as issued are no deletions: their tombstones go
            "DELETE FROM main.sync_tombstone WHERE (table_name = 'invoice_line' AND row_id IN "
            "(SELECT id FROM temp.merge_issued_line)) OR (table_name = 'invoice_line_session' "
            "AND row_id IN (SELECT id FROM main.invoice_line_session))"
        )
        connection.execute(
            "UPDATE main.invoice_series SET last_sequence = max(last_sequence, coalesce((SELECT "
            "max(sequence) FROM main.invoice i WHERE i.series = invoice_series.series "
            "AND i.state = 'issued'), 0))"
        )
        for number in sorted(more_than_owed(connection) - self._over):
            notes.append(
                f"Invoice {number} is now paid and credited for more than its amount: both copies "
                "recorded payments or credit notes for it. Check it; a refund may be due."
            )
        for number in sorted(refunded_too_much(connection) - self._refunded_before):
            notes.append(
                f"Invoice {number} now has refunds beyond what its credit notes made due: both copies "
                "recorded a refund for it. Check whether the money was paid back twice."
            )
        for sql in self._lifted:
            connection.execute(sql)
        self._lifted, self._issuer = [], {}
        for name in _SNAPSHOTS:
            connection.execute(f"DROP TABLE IF EXISTS temp.{name}")


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in connection.execute(f'PRAGMA main.table_info("{table}")')]
