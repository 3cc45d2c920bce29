"""Merging another copy of the practice's vault into this one, record by record (docs/sync.md).

Records are matched by id. A record only in one copy is added unless the other deleted it (a
tombstone); a field changed in one copy takes that change; a field changed in both takes the newer
change and the other value goes to the merge conflicts for review. An erased client never comes
back, nor anything of theirs. Table rules (``merge_rules``) add what a table needs beyond that.
The other copy is only read: it is attached to this database for the merge and detached after.
The deciding itself is in ``merge_engine``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from coachdesk.domain.phrases import phrase
from coachdesk.services.errors import ValidationError
from coachdesk.services.merge_engine import OTHER_SCHEMA, RecordMerge
from coachdesk.vault import history, migrations
from coachdesk.vault.database import open_memory_database


@dataclass(frozen=True)
class MergeSummary:
    """What a merge did (or, in a dry run, would do)."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    conflicts: int = 0  # fields changed in both copies, now in the review list
    refused: int = 0  # records of deleted or erased clients the other copy still had
    notes: tuple[str, ...] = ()

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def merge_databases(
    connection: sqlite3.Connection, other_image: bytes, *, dry_run: bool = False
) -> MergeSummary:
    """Merge the other copy's database (its serialized ``other_image``) into ``connection``.

    One transaction: all of it is kept, or (any failure) none of it. A dry run merges into a private
    copy of the database instead and leaves ``connection`` exactly as it was: a change rolled back
    would still count in the vault's change marker (``has_unsaved_changes``), and the app would
    save, or ask to, for nothing.
    """
    if connection.in_transaction:
        raise ValidationError(
            "vault", phrase("services", "A change is still being made; merge once it is saved.")
        )
    if not dry_run:
        return _merge_into(connection, other_image, keep=True)
    trial = open_memory_database(connection.serialize())
    try:
        history.install(trial)  # the open vault's triggers: the merge runs as it would there
        return _merge_into(trial, other_image, keep=False)
    finally:
        trial.close()


def _merge_into(connection: sqlite3.Connection, other_image: bytes, *, keep: bool) -> MergeSummary:
    connection.execute(f"ATTACH DATABASE ':memory:' AS {OTHER_SCHEMA}")
    try:
        connection.deserialize(other_image, name=OTHER_SCHEMA)
        _check_same_practice(connection)
        connection.execute("BEGIN")
        try:
            history.set_paused(connection, True)
            merge = RecordMerge(connection)
            merge.run()
            history.set_paused(connection, False)
            problems = connection.execute("PRAGMA main.foreign_key_check").fetchall()
            if problems:  # pragma: no cover - the link fixes above keep every reference sound
                raise ValidationError(
                    "other", phrase("services", "The merge would leave broken links; nothing was merged.")
                )
        except BaseException:
            connection.rollback()
            raise
        if keep:
            connection.commit()
        else:
            connection.rollback()
    finally:
        connection.execute(f"DETACH DATABASE {OTHER_SCHEMA}")
    return MergeSummary(
        merge.added,
        merge.updated,
        merge.removed,
        merge.conflicts,
        merge.refused,
        tuple(dict.fromkeys(merge.notes)),
    )


def describe_summary(summary: MergeSummary) -> list[str]:
    """The summary in plain words (the command line's; the app words it through Qt's translation)."""
    lines = [
        f"Added: {summary.added}",
        f"Updated: {summary.updated}",
        f"Removed: {summary.removed}",
        f"Conflicts to review: {summary.conflicts}",
    ]
    if summary.refused:
        lines.append(f"Not taken (records of deleted or erased clients): {summary.refused}")
    lines.extend(summary.notes)
    return lines


def _check_same_practice(connection: sqlite3.Connection) -> None:
    this = migrations.current_revision(connection)
    other = migrations.current_revision(connection, OTHER_SCHEMA)
    if other is not None and other != this:
        raise ValidationError("other", _other_version(other, str(this)))
    if other is None or not history.has_history(connection, OTHER_SCHEMA):
        raise ValidationError(
            "other",
            phrase(
                "services",
                "The other copy's database is incomplete (its version or its merge history is missing); "
                "it cannot be merged, and nothing was merged.",
            ),
        )
    if history.vault_id(connection) != history.vault_id(connection, OTHER_SCHEMA):
        raise ValidationError(
            "other",
            phrase(
                "services",
                "The other file is a different practice's vault, not a copy of this one; nothing was merged.",
            ),
        )


def _other_version(other: str, this: str) -> str:
    """Why a copy of another schema is refused, and what to do: only a newer CoachDesk can read a newer
    copy; an older one is brought up to date in memory when opened for merging (``merge_copies``)."""
    if other not in migrations.known_revisions():
        return phrase(
            "services",
            "The other copy was saved by a newer version of CoachDesk (schema {other}; this one has "
            "schema {this}). Update CoachDesk on this computer, then merge again. Nothing was merged, "
            "and the other copy was not changed.",
        ).format(other=other, this=this)
    return phrase(
        "services",
        "The other copy was saved by an older version of CoachDesk (schema {other}; this one has "
        "schema {this}) and was not brought up to date for the merge; nothing was merged.",
    ).format(other=other, this=this)
