"""Note templates the coach made: a name and a Markdown body with placeholders such as {client}."""

from __future__ import annotations

from coachdesk.domain.base import Record


class NoteTemplate(Record, table=True):
    """One of the coach's own templates for a session's private notes (shipped ones live in resources/)."""

    __tablename__ = "note_template"

    name: str
    body: str = ""
