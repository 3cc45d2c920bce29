"""After unlock: the editors that were open when the vault locked come back with what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.services.drafts import DraftRow, drafts
from coachdesk.ui.kit.drafts import DraftEditor

# The area each kind of draft belongs to (shown before its editor opens again).
DRAFT_AREAS = {"session": "sessions", "client": "clients"}


def _editor(open_db: DbFactory, row: DraftRow, parent: QWidget) -> DraftEditor | None:
    if row.kind == "session":
        from coachdesk.ui.sessions.editor import SessionEditor

        return SessionEditor(open_db, parent=parent, draft=row)
    if row.kind == "client":
        from coachdesk.ui.clients.client_dialog import ClientDialog

        return ClientDialog(open_db, parent=parent, draft=row)
    return None  # a kind this version has no editor for stays in the vault, untouched


def reopen_editors(
    open_db: DbFactory,
    parent: QWidget,
    show_area: Callable[[str], None],
    on_changes: Callable[[Changes], None],
) -> list[DraftEditor]:
    """Open an editor for every draft, oldest first, without blocking; ``on_changes`` gets what
    each one saved when it closes."""
    with open_db() as db:
        rows = drafts(db)
    opened = []
    for row in rows:
        editor = _editor(open_db, row, parent)
        if editor is None:
            continue
        show_area(DRAFT_AREAS[row.kind])

        def finished(_result: int, editor: DraftEditor = editor) -> None:
            changes = getattr(editor, "changes", None)
            if isinstance(changes, Changes):
                on_changes(changes)
            editor.deleteLater()

        editor.finished.connect(finished)
        editor.open()
        opened.append(editor)
    return opened
