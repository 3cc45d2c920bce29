"""Note templates for session notes: the shipped ones (GROW, CLEAR, OSKAR, blank), the coach's own,
and the one each agreement starts its new sessions from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, Engagement, NoteTemplate
from coachdesk.domain.phrases import phrase
from coachdesk.resources import resource_path
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.services.work import apply, fetch, transaction

# The templates CoachDesk ships (resources/note_templates/<key>.md), in the order they are offered.
SHIPPED = {"grow": "GROW", "clear": "CLEAR", "oskar": "OSKAR", "blank": "Blank"}
NOTE_TEMPLATES_FOLDER = "note_templates"


@dataclass(frozen=True)
class TemplateChoice:
    """A template as the pickers offer it: ``key`` is a shipped key ("grow") or an own template's id."""

    key: str
    name: str
    body: str
    shipped: bool


def shipped_body(key: str) -> str:
    """The Markdown of a shipped template; FileNotFoundError names the missing resource."""
    return resource_path(NOTE_TEMPLATES_FOLDER, f"{key}.md").read_text(encoding="utf-8")


def note_templates(db: Session) -> list[TemplateChoice]:
    """The shipped templates, then the coach's own by name (ignoring case and accents)."""
    shipped = [TemplateChoice(key, name, shipped_body(key), True) for key, name in SHIPPED.items()]
    own = [TemplateChoice(str(t.id), t.name, t.body, False) for t in db.exec(select(NoteTemplate)).all()]
    own.sort(key=lambda t: (fold(t.name), t.name, t.key))
    return shipped + own


def find_template(db: Session, key: str) -> TemplateChoice | None:
    """The template with ``key`` (shipped or own); None when there is none (an own one deleted)."""
    if key in SHIPPED:
        return TemplateChoice(key, SHIPPED[key], shipped_body(key), True)
    try:
        template_id = uuid.UUID(key)
    except ValueError:
        return None
    found = db.get(NoteTemplate, template_id)
    return None if found is None else TemplateChoice(str(found.id), found.name, found.body, False)


def _values(db: Session, name: str, body: str, template_id: uuid.UUID | None) -> dict[str, str]:
    cleaned = v.text("name", name, required=True, label="template's name")
    taken = {fold(n) for n in SHIPPED.values()} | {
        fold(t.name) for t in db.exec(select(NoteTemplate)).all() if t.id != template_id
    }
    if fold(cleaned) in taken:
        raise ValidationError(
            "name",
            phrase("services", "There is already a template called “{cleaned}”: choose another name.").format(
                cleaned=cleaned
            ),
        )
    return {"name": cleaned, "body": v.text("body", body, long=True, label="template")}


def add_note_template(db: Session, name: str, body: str) -> Changes:
    """Add one of the coach's own templates; ValidationError on "name" or "body"."""
    with transaction(db):
        values = _values(db, name, body, None)
        template = NoteTemplate(name=values["name"], body=values["body"])
        db.add(template)
        audit(db, template, AuditAction.CREATED)
    return changed("note_template", created=template.id)


def copy_note_template(db: Session, key: str, name: str) -> Changes:
    """A new own template with the body of ``key`` (a shipped one can be copied, then edited)."""
    source = find_template(db, key)
    if source is None:
        raise ValidationError("key", phrase("services", "That template no longer exists."))
    return add_note_template(db, name, source.body)


def update_note_template(db: Session, template_id: uuid.UUID | str, name: str, body: str) -> Changes:
    """Rename or rewrite one of the coach's own templates (shipped ones are copied instead)."""
    if str(template_id) in SHIPPED:
        raise ValidationError(
            "key",
            phrase(
                "services", "A template that comes with CoachDesk cannot change: copy it, then edit the copy."
            ),
        )
    with transaction(db):
        template = fetch(db, NoteTemplate, template_id, field="key", label="template")
        fields = apply(template, _values(db, name, body, template.id))
        if fields:
            audit(db, template, AuditAction.UPDATED, fields)
    return changed("note_template", ids=(template.id,))


def delete_note_template(db: Session, template_id: uuid.UUID | str) -> Changes:
    """Delete one of the coach's own templates; agreements that started from it start from none."""
    if str(template_id) in SHIPPED:
        raise ValidationError(
            "key", phrase("services", "A template that comes with CoachDesk cannot be deleted.")
        )
    with transaction(db):
        template = fetch(db, NoteTemplate, template_id, field="key", label="template")
        deleted = template.id
        users = db.exec(select(Engagement).where(col(Engagement.note_template) == str(deleted))).all()
        for engagement in users:
            apply(engagement, {"note_template": ""})
            audit(db, engagement, AuditAction.UPDATED, ["note_template"])
        db.delete(template)
        audit(db, "note_template", AuditAction.DELETED, record_id=deleted)
    return changed("note_template", *(["engagement"] if users else []), ids=(deleted, *(e.id for e in users)))


def agreement_template(db: Session, engagement_id: uuid.UUID | str | None) -> TemplateChoice | None:
    """The template new sessions of the agreement start from; None when it has none (or it is gone)."""
    if engagement_id is None:
        return None
    engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="agreement")
    return find_template(db, engagement.note_template) if engagement.note_template else None


def set_agreement_template(db: Session, engagement_id: uuid.UUID | str, key: str) -> Changes:
    """Choose the template new sessions of the agreement start from ("" for none)."""
    chosen = v.text("note_template", key, label="note template")
    if chosen and find_template(db, chosen) is None:
        raise ValidationError(
            "note_template", phrase("services", "That template no longer exists: choose another.")
        )
    with transaction(db):
        engagement = fetch(db, Engagement, engagement_id, field="engagement_id", label="agreement")
        fields = apply(engagement, {"note_template": chosen})
        if fields:
            audit(db, engagement, AuditAction.UPDATED, fields)
    return changed("engagement", ids=(engagement.id,)) if fields else Changes()
