"""The record-by-record merge of another copy's database, attached as ``merge_other`` (see ``merge``)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from coachdesk.domain.phrases import phrase
from coachdesk.services.errors import ValidationError
from coachdesk.services.merge_rules import TABLE_RULES, Row, RowDecision
from coachdesk.vault import history

CONFLICT_NAMESPACE = uuid.UUID("5b8f2e61-0c4d-4d7e-b3a9-7a2f3c1d0016")
OTHER_SCHEMA = "merge_other"  # the schema name the other copy is attached under
_OTHER = OTHER_SCHEMA
_ENTITY_COLUMN = "entity_id"  # audit lines, documents and ledger entries name their record here
_BOOKKEEPING = frozenset({"audit_entry"})  # merged like the rest, not counted in the summary


class Stamp(NamedTuple):
    """Who changed a field last: the replica, its change counter, and when."""

    replica: str
    counter: int
    at: str


@dataclass
class _Resolution:
    """The merged values of one record, and which fields each copy had changed."""

    merged: Row
    other_changed: set[str] = field(default_factory=set)
    kept_changed: set[str] = field(default_factory=set)
    concurrent: list[tuple[str, Stamp | None, Stamp | None]] = field(default_factory=list)


class _Fk(NamedTuple):
    column: str
    parent: str
    on_delete: str


class RecordMerge:
    """One merge, inside one transaction on this copy's connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.added = self.updated = self.removed = self.conflicts = self.refused = 0
        self.notes: list[str] = []
        self.vv_main = self._versions("main")
        self.vv_other = self._versions(_OTHER)
        self.stamps_main = self._stamps("main")
        self.stamps_other = self._stamps(_OTHER)
        self.now = datetime.now(UTC).isoformat(timespec="microseconds")
        self.gone: set[str] = set()  # ids of erased or deleted clients' records: refused wherever named

    # ----- reading -----------------------------------------------------------------------------

    def _versions(self, schema: str) -> dict[str, int]:
        rows = self.db.execute(f"SELECT replica, counter FROM {schema}.sync_replica")  # noqa: S608
        return {str(r): int(c) for r, c in rows}

    def _stamps(self, schema: str) -> dict[tuple[str, str, str], Stamp]:
        rows = self.db.execute(
            f"SELECT table_name, row_id, field, replica, counter, changed_at FROM {schema}.sync_stamp"  # noqa: S608
        )
        return {(t, r, f): Stamp(rep, c, at) for t, r, f, rep, c, at in rows}

    def _fks(self, table: str) -> list[_Fk]:
        rows = self.db.execute(f'PRAGMA main.foreign_key_list("{table}")').fetchall()
        return [_Fk(str(row[3]), str(row[2]), str(row[6]).upper()) for row in rows]

    # ----- deciding ----------------------------------------------------------------------------

    def winner(self, kept: Stamp | None, other: Stamp | None) -> tuple[bool, bool]:
        """(the other copy's value wins, the two changes were concurrent)."""
        if kept == other or other is None:
            return False, False
        if kept is None:
            return True, False
        kept_saw_other = self.vv_main.get(other.replica, 0) >= other.counter
        other_saw_kept = self.vv_other.get(kept.replica, 0) >= kept.counter
        if kept_saw_other != other_saw_kept:
            return other_saw_kept, False
        return (other.at, other.replica, other.counter) > (kept.at, kept.replica, kept.counter), True

    # ----- merging -----------------------------------------------------------------------------

    def run(self) -> None:
        rules = list({id(rule): rule for rule in TABLE_RULES.values()}.values())
        for rule in rules:
            rule.check(self.db)  # may refuse the merge: nothing is written yet
        self._union_history()
        for rule in rules:
            rule.before(self.db, self.notes)
        tables = history.practice_tables(self.db)
        self._collect_gone(tables)
        for table in reversed(tables):
            self._remove(table)
        for table in tables:
            self._merge_table(table)
        self._merge_stamps()
        self.db.execute(
            f"INSERT INTO main.sync_replica SELECT replica, counter FROM {_OTHER}.sync_replica WHERE 1 "  # noqa: S608
            "ON CONFLICT(replica) DO UPDATE SET counter = max(counter, excluded.counter)"
        )
        for rule in rules:
            rule.after(self.db, self.notes)
        history.purge_conflicts_of_removed(self.db)

    def _union_history(self) -> None:
        self.db.execute(f"INSERT OR IGNORE INTO main.sync_tombstone SELECT * FROM {_OTHER}.sync_tombstone")  # noqa: S608
        self.db.execute(f"INSERT OR IGNORE INTO main.sync_erasure SELECT * FROM {_OTHER}.sync_erasure")  # noqa: S608
        self.db.execute(
            f"INSERT INTO main.merge_conflict SELECT * FROM {_OTHER}.merge_conflict WHERE 1 "  # noqa: S608
            "ON CONFLICT(id) DO UPDATE SET reviewed = max(reviewed, excluded.reviewed)"
        )

    def _collect_gone(self, tables: list[str]) -> None:
        """Erased and deleted clients, and every record of theirs in either copy (through the links)."""
        self.gone = {
            str(r)
            for (r,) in self.db.execute(
                "SELECT client_id FROM main.sync_erasure UNION "
                "SELECT row_id FROM main.sync_tombstone WHERE table_name = 'client'"
            )
        }
        for table in tables:
            for fk in self._fks(table):
                if fk.on_delete != "CASCADE":
                    continue
                for schema in ("main", _OTHER):
                    rows = self.db.execute(f'SELECT id, "{fk.column}" FROM {schema}."{table}"')  # noqa: S608
                    self.gone.update(
                        str(i) for i, parent in rows if parent is not None and str(parent) in self.gone
                    )

    def _remove(self, table: str) -> None:
        """Delete this copy's records the other copy deleted (or that belong to an erased client)."""
        ids = [
            str(r)
            for (r,) in self.db.execute(
                f'SELECT id FROM main."{table}" WHERE id IN '  # noqa: S608
                "(SELECT row_id FROM main.sync_tombstone WHERE table_name = ?)",
                (table,),
            )
        ]
        if _ENTITY_COLUMN in history.columns_of(self.db, table) and self.gone:
            ids += [
                str(r)
                for (r, entity) in self.db.execute(f'SELECT id, "{_ENTITY_COLUMN}" FROM main."{table}"')  # noqa: S608
                if entity is not None and str(entity) in self.gone
            ]
        self._delete(table, ids)

    def _delete(self, table: str, ids: list[str]) -> None:
        for row_id in ids:
            self.db.execute("SAVEPOINT merge_row")
            try:
                cursor = self.db.execute(f'DELETE FROM main."{table}" WHERE id = ?', (row_id,))  # noqa: S608
                self.removed += cursor.rowcount
                self.db.execute("RELEASE merge_row")
            except sqlite3.IntegrityError:  # still needed by a record (ON DELETE RESTRICT): kept
                self.db.execute("ROLLBACK TO merge_row")
                self.db.execute("RELEASE merge_row")
                self.notes.append(
                    f"A deleted {table.replace('_', ' ')} is kept: a record still refers to it."
                )

    def _merge_table(self, table: str) -> None:
        columns = history.columns_of(self.db, table)
        if sorted(columns) != sorted(history.columns_of(self.db, table, _OTHER)):
            raise ValidationError(
                "other",
                phrase("services", "The other copy's records have a different layout; nothing was merged."),
            )
        listed = ", ".join(f'"{c}"' for c in columns)
        new = self.db.execute(
            f'SELECT {listed} FROM {_OTHER}."{table}" WHERE id NOT IN (SELECT id FROM main."{table}") '  # noqa: S608
            "AND id NOT IN (SELECT row_id FROM main.sync_tombstone WHERE table_name = ?)",
            (table,),
        ).fetchall()
        # Records both copies had; not those just added, whose links were fixed (no change to review).
        differing = self.db.execute(
            f'SELECT {listed} FROM {_OTHER}."{table}" WHERE id IN (SELECT id FROM main."{table}") '  # noqa: S608
            f'EXCEPT SELECT {listed} FROM main."{table}"'
        ).fetchall()
        fks = self._fks(table)
        for values in new:
            self._insert(table, columns, dict(zip(columns, values, strict=True)), fks)
        for values in differing:
            other = dict(zip(columns, values, strict=True))
            kept_values = self.db.execute(
                f'SELECT {listed} FROM main."{table}" WHERE id = ?',  # noqa: S608
                (other["id"],),
            ).fetchone()
            self._update(table, columns, dict(zip(columns, kept_values, strict=True)), other, fks)

    def _linked_to_gone(self, row: Row) -> bool:
        entity = row.get(_ENTITY_COLUMN)
        return str(row["id"]) in self.gone or (entity is not None and str(entity) in self.gone)

    def _fix_links(self, row: Row, fks: list[_Fk]) -> bool:
        """Point the row only at records that exist here; False when it cannot stay (its owner went)."""
        for fk in fks:
            value = row[fk.column]
            if value is None:
                continue
            if self.db.execute(f'SELECT 1 FROM main."{fk.parent}" WHERE id = ?', (value,)).fetchone():  # noqa: S608
                continue
            if fk.on_delete == "SET NULL":
                row[fk.column] = None
            elif fk.on_delete == "RESTRICT" and self._revive(fk.parent, value):
                continue
            else:
                return False
        return True

    def _revive(self, table: str, row_id: Any) -> bool:
        """Bring back a record deleted here that the other copy still needs (deletion was refused there)."""
        if str(row_id) in self.gone:
            return False
        columns = history.columns_of(self.db, table)
        listed = ", ".join(f'"{c}"' for c in columns)
        values = self.db.execute(
            f'SELECT {listed} FROM {_OTHER}."{table}" WHERE id = ?',  # noqa: S608
            (row_id,),
        ).fetchone()
        if values is None:
            return False
        row = dict(zip(columns, values, strict=True))
        if not self._fix_links(row, self._fks(table)):
            return False
        self._write(table, row, insert=True)
        # It lives again: no tombstone, so the other copy's changes to it keep their stamps (and
        # a later merge decides by time), and no later merge takes the deletion elsewhere.
        self.db.execute(
            "DELETE FROM main.sync_tombstone WHERE table_name = ? AND row_id = ?", (table, row_id)
        )
        self.added += 1
        self.notes.append(f"A deleted {table.replace('_', ' ')} is kept: a record still refers to it.")
        return True

    def _insert(self, table: str, columns: list[str], row: Row, fks: list[_Fk]) -> None:
        if self._linked_to_gone(row) or not self._fix_links(row, fks):
            self.refused += 1
            return
        self.db.execute("SAVEPOINT merge_row")
        try:
            self._write(table, row, insert=True)
            self.db.execute("RELEASE merge_row")
            self.added += table not in _BOOKKEEPING
        except sqlite3.IntegrityError:  # a second record where the table allows one (a setting's key)
            self.db.execute("ROLLBACK TO merge_row")
            self.db.execute("RELEASE merge_row")
            self._one_of_twins(table, row)

    def _one_of_twins(self, table: str, row: Row) -> None:
        """Both copies made the record a table holds once (a setting by its key): the newer stays."""
        twin = self._unique_twin(table, row)
        self.notes.append(f"A {table.replace('_', ' ')} made in both copies: the newer one is kept.")
        if twin is None or (str(twin["updated_at"]), str(twin["id"])) >= (
            str(row["updated_at"]),
            str(row["id"]),
        ):
            return  # this copy's is the newer: nothing changes (not a record of an erased client)
        self.db.execute(f'DELETE FROM main."{table}" WHERE id = ?', (twin["id"],))  # noqa: S608
        self._write(table, row, insert=True)
        self.updated += 1

    def _unique_twin(self, table: str, row: Row) -> Row | None:
        """This copy's record that holds the same unique value(s) as ``row``."""
        columns = history.columns_of(self.db, table)
        listed = ", ".join(f'"{c}"' for c in columns)
        for index in self.db.execute(f'PRAGMA main.index_list("{table}")').fetchall():
            if not index[2] or index[3] == "pk":
                continue
            names = [str(info[2]) for info in self.db.execute(f'PRAGMA main.index_info("{index[1]}")')]
            where = " AND ".join(f'"{n}" IS ?' for n in names)
            found = self.db.execute(
                f'SELECT {listed} FROM main."{table}" WHERE {where} AND id IS NOT ?',  # noqa: S608
                [row[n] for n in names] + [row["id"]],
            ).fetchone()
            if found is not None:
                return dict(zip(columns, found, strict=True))
        return None

    def _resolve(self, table: str, columns: list[str], kept: Row, other: Row) -> _Resolution:
        """Field by field: the change the other copy had not seen wins; concurrent ones go by time."""
        merged = dict(kept)
        resolution = _Resolution(merged)
        row_id = str(kept["id"])
        for name in columns:
            if name in history.UNSTAMPED_FIELDS or kept[name] == other[name]:
                continue
            mine = self.stamps_main.get((table, row_id, name))
            theirs = self.stamps_other.get((table, row_id, name))
            if mine is None and theirs is None:  # changed before the history began: the newer record
                theirs_wins, concurrent = str(other["updated_at"]) > str(kept["updated_at"]), True
                mine = Stamp("", 0, str(kept["updated_at"]))
                theirs = Stamp("", 0, str(other["updated_at"]))
            else:
                theirs_wins, concurrent = self.winner(mine, theirs)
            if theirs_wins:
                merged[name] = other[name]
            if concurrent or theirs_wins:
                resolution.other_changed.add(name)
            if concurrent or not theirs_wins:
                resolution.kept_changed.add(name)
            if concurrent:
                resolution.concurrent.append((name, mine, theirs))
        merged["updated_at"] = max(str(kept["updated_at"]), str(other["updated_at"]))
        return resolution

    def _update(self, table: str, columns: list[str], kept: Row, other: Row, fks: list[_Fk]) -> None:
        resolution = self._resolve(table, columns, kept, other)
        merged = resolution.merged
        decision = RowDecision(
            table,
            kept,
            other,
            merged,
            frozenset(resolution.other_changed),
            frozenset(resolution.kept_changed),
        )
        rule = TABLE_RULES.get(table)
        if rule is not None:
            rule.decide(decision)
        for name, mine, theirs in resolution.concurrent:
            if name not in decision.settled:
                self._conflict(table, str(kept["id"]), name, merged[name], (kept, mine), (other, theirs))
        if not self._fix_links(merged, fks):  # the other copy moved it to an owner deleted here
            self._delete(table, [str(kept["id"])])  # so it goes with that owner, as it went there
            return
        if merged != kept:
            if decision.unlock_trigger:
                self._write_past_trigger(decision.unlock_trigger, table, merged)
            else:
                self._write(table, merged, insert=False)
            self.updated += 1
        if not decision.extra:  # notes about added records are given only when they were added
            self.notes.extend(decision.notes)
        for extra_table, values in decision.extra:
            cursor = self._write(extra_table, values, insert=True, ignore=True)
            self.added += max(cursor.rowcount, 0)
            if cursor.rowcount > 0:
                self.notes.extend(decision.notes)

    def _conflict(
        self,
        table: str,
        row_id: str,
        name: str,
        value: Any,
        kept: tuple[Row, Stamp | None],
        other: tuple[Row, Stamp | None],
    ) -> None:
        """Keep the value that lost, beside the one kept, for the coach to review."""
        kept_stamp, other_stamp = kept[1], other[1]
        assert kept_stamp is not None and other_stamp is not None
        winner, loser = (kept, other) if kept[0][name] == value else (other, kept)
        pair = sorted([tuple(kept_stamp), tuple(other_stamp)])
        conflict_id = uuid.uuid5(CONFLICT_NAMESPACE, f"{table}:{row_id}:{name}:{pair}")
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO main.merge_conflict "
            "(id, table_name, row_id, field, kept_value, other_value, kept_at, other_at, merged_at, "
            "reviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (
                str(conflict_id),
                table,
                row_id,
                name,
                _text(value),
                _text(loser[0][name]),
                winner[1].at if winner[1] else "",
                loser[1].at if loser[1] else "",
                self.now,
            ),
        )
        self.conflicts += max(cursor.rowcount, 0)

    def _write(self, table: str, row: Row, *, insert: bool, ignore: bool = False) -> sqlite3.Cursor:
        names = list(row)
        if insert:
            verb = "INSERT OR IGNORE" if ignore else "INSERT"
            listed = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" for _ in names)
            sql = f'{verb} INTO main."{table}" ({listed}) VALUES ({marks})'
            return self.db.execute(sql, [row[n] for n in names])
        sets = ", ".join(f'"{n}" = ?' for n in names if n != "id")
        sql = f'UPDATE main."{table}" SET {sets} WHERE id = ?'  # noqa: S608
        return self.db.execute(sql, [row[n] for n in names if n != "id"] + [row["id"]])

    def _write_past_trigger(self, trigger: str, table: str, row: Row) -> None:
        """Write ``row`` with the guarding trigger lifted for this one statement, in this transaction."""
        found = self.db.execute(
            "SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?", (trigger,)
        ).fetchone()
        if found is None:
            self._write(table, row, insert=False)
            return
        self.db.execute(f'DROP TRIGGER main."{trigger}"')
        self._write(table, row, insert=False)
        self.db.execute(str(found[0]))

    def _merge_stamps(self) -> None:
        """Each field keeps the stamp of the change that won, so merging again changes nothing."""
        keys: Iterable[tuple[str, str, str]] = self.stamps_other.keys()
        chosen = []
        removed = set(self.db.execute("SELECT table_name, row_id FROM main.sync_tombstone"))
        for key in keys:
            if key[:2] in removed:
                continue  # a deleted record keeps only its tombstone
            theirs = self.stamps_other[key]
            mine = self.stamps_main.get(key)
            if mine == theirs:
                continue
            if mine is None or self.winner(mine, theirs)[0]:
                chosen.append((*key, *theirs))
        self.db.executemany("INSERT OR REPLACE INTO main.sync_stamp VALUES (?, ?, ?, ?, ?, ?)", chosen)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
