"""The session editor's unsaved content as a draft (plain JSON values), and putting it back."""

from __future__ import annotations

import contextlib
import uuid
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtWidgets import QTabWidget

from coachdesk.domain import ConcernFlag, SessionFormat, SessionStatus
from coachdesk.ui.kit.form import index_of
from coachdesk.ui.kit.markdown_edit import MarkdownEdit
from coachdesk.ui.sessions.editor_fields import SessionFields, from_qdatetime, to_qdatetime
from coachdesk.ui.sessions.editor_notes import NotesPanel


class EditorParts(Protocol):
    """The parts of the session editor (``sessions/editor.py``) a draft is read from and put back into."""

    fields: SessionFields
    notes_panel: NotesPanel
    summary: MarkdownEdit
    tabs: QTabWidget

    def _client_changed(self, client_id: object, keep: uuid.UUID | None = None) -> None: ...


def _id_text(value: object) -> str | None:
    return str(value) if isinstance(value, uuid.UUID) else None


def _uuid(value: object) -> uuid.UUID | None:
    if not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def session_draft(editor: EditorParts) -> dict[str, Any]:
    """Everything the editor holds that a save would write (action items are saved as they happen)."""
    fields = editor.fields
    return {
        "client_id": _id_text(fields.client.client_id()),
        "client_text": fields.client.typed_text(),
        "engagement_id": _id_text(fields.engagement.currentData()),
        "starts_at": from_qdatetime(fields.starts_at.dateTime()).isoformat(),
        "duration_minutes": fields.duration.value(),
        "format": str(fields.format.currentData()),
        "is_group": fields.is_group.isChecked(),
        "group_size": fields.group_size.value(),
        "paid": bool(fields.paid.currentData()),
        "status": str(fields.status.currentData()),
        "concern_flags": [str(flag) for flag, box in fields.concerns.items() if box.isChecked()],
        "private_notes": editor.notes_panel.text(),
        "shared_summary": editor.summary.text(),
        "amendment": editor.notes_panel.amendment_box.toPlainText(),
        "tab": editor.tabs.currentIndex(),
    }


def restore_session_draft(editor: EditorParts, payload: dict[str, Any]) -> None:
    """Put a draft back; values missing or no longer valid (a deleted client) keep what is shown."""
    fields = editor.fields
    client_id = _uuid(payload.get("client_id"))
    if fields.client.isEnabled():
        if client_id is not None:
            fields.client.set_client_id(client_id)
        if fields.client.client_id() is None and isinstance(payload.get("client_text"), str):
            fields.client.line_edit().setText(payload["client_text"])
        editor._client_changed(fields.client.client_id(), keep=_uuid(payload.get("engagement_id")))
    engagement = index_of(fields.engagement, _uuid(payload.get("engagement_id")))
    fields.engagement.setCurrentIndex(engagement)
    with contextlib.suppress(TypeError, ValueError):
        fields.starts_at.setDateTime(to_qdatetime(datetime.fromisoformat(str(payload["starts_at"]))))
    if isinstance(payload.get("duration_minutes"), int):
        fields.duration.setValue(payload["duration_minutes"])
    with contextlib.suppress(KeyError, ValueError):
        fields.format.setCurrentIndex(index_of(fields.format, SessionFormat(payload["format"])))
    with contextlib.suppress(KeyError, ValueError):
        fields.status.setCurrentIndex(index_of(fields.status, SessionStatus(payload["status"])))
    if isinstance(payload.get("is_group"), bool):
        fields.is_group.setChecked(payload["is_group"])
    if isinstance(payload.get("group_size"), int):
        fields.group_size.setValue(payload["group_size"])
    if isinstance(payload.get("paid"), bool):
        fields.paid.setCurrentIndex(index_of(fields.paid, payload["paid"]))
    if isinstance(payload.get("concern_flags"), list):
        raised = set(payload["concern_flags"])
        for flag, box in fields.concerns.items():
            box.setChecked(ConcernFlag(flag) in raised)
    _restore_texts(editor, payload)


def _restore_texts(editor: EditorParts, payload: dict[str, Any]) -> None:
    if isinstance(payload.get("private_notes"), str) and not editor.notes_panel.is_finalised():
        editor.notes_panel.set_text(payload["private_notes"])
    if isinstance(payload.get("shared_summary"), str):
        editor.summary.set_text(payload["shared_summary"])
    if isinstance(payload.get("amendment"), str):
        editor.notes_panel.amendment_box.setPlainText(payload["amendment"])
    if isinstance(payload.get("tab"), int) and 0 <= payload["tab"] < editor.tabs.count():
        editor.tabs.setCurrentIndex(payload["tab"])
