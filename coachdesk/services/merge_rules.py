"""Per-table rules a merge applies on top of the general one (newer change wins, the other is kept).

A rule sees each record that differs between the two copies, after the field-by-field decision,
and may change the merged values and add records (``extra``). ``after`` runs once all tables are
merged, in the same transaction, for rules that need the whole table (numbering, for instance).
Register a rule in ``TABLE_RULES`` under its table's name.

``check`` may refuse the whole merge before anything is written, and ``before`` runs once the two
copies' tombstones are joined. One rule object may serve several tables; its hooks run once.
Finalised notes have one here; invoices and their number series have theirs in ``merge_invoices``.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid

from coachdesk.domain.phrases import phrase
from coachdesk.services.merge_decision import Row, RowDecision, TableRule
from coachdesk.services.merge_invoices import InvoiceRules

__all__ = ["TABLE_RULES", "Row", "RowDecision", "TableRule"]

AMENDMENT_NAMESPACE = uuid.UUID("0d4c5e7a-93f3-4c1e-8f0b-1e0f5b2a0016")


class FinalisedNotes:
    """Finalised notes never change: the first finalised text stays; a second becomes an amendment."""

    def decide(self, decision: RowDecision) -> None:
        kept, other, merged = decision.kept, decision.other, decision.merged
        if kept["finalised_at"] is None and other["finalised_at"] is None:
            return
        first, second = sorted((kept, other), key=_finalised_order)
        merged["private_notes"] = first["private_notes"]
        merged["finalised_at"] = first["finalised_at"]
        decision.settled.update({"private_notes", "finalised_at"})
        if kept["finalised_at"] is not None and kept["private_notes"] != first["private_notes"]:
            # The one change ever made to finalised notes: this copy's text was the second one,
            # and it stays word for word in the amendment below.
            decision.unlock_trigger = "coaching_session_finalised_notes"
        text = second["private_notes"]
        if text == first["private_notes"] or not text:
            return
        second_changed = decision.other_changed if second is other else decision.kept_changed
        if second["finalised_at"] is None and "private_notes" not in second_changed:
            return  # the text the unfinalised copy still had was the one finalised
        when = second["finalised_at"] or merged["updated_at"]
        label = "finalised" if second["finalised_at"] is not None else "written, not finalised,"
        stamp = str(when)[:16].replace("T", " ")
        body = f"[From the other copy of the vault: notes {label} {stamp} UTC]\n{text}"
        digest = hashlib.sha256(body.encode()).hexdigest()
        amendment_id = uuid.uuid5(AMENDMENT_NAMESPACE, f"{merged['id']}:{digest}").hex
        values = {"id": amendment_id, "created_at": when, "updated_at": when}
        decision.extra.append(("note_amendment", {**values, "session_id": merged["id"], "text": body}))
        decision.notes.append(
            phrase("services", "Notes finalised in both copies: the second text was kept as an amendment.")
        )

    def check(self, connection: sqlite3.Connection) -> None:
        return None

    def before(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        return None

    def after(self, connection: sqlite3.Connection, notes: list[str]) -> None:
        return None


def _finalised_order(row: Row) -> tuple[bool, str, str]:
    """Finalised before not finalised, then the earlier finalising, then the text (a stable tie-break)."""
    finalised = row["finalised_at"]
    return (finalised is None, str(finalised or ""), str(row["private_notes"]))


_INVOICES = InvoiceRules()  # one rule for the invoices and their number series
TABLE_RULES: dict[str, TableRule] = {
    "coaching_session": FinalisedNotes(),
    "invoice": _INVOICES,
    "invoice_line": _INVOICES,
    "invoice_series": _INVOICES,
}
