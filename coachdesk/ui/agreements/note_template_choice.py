"""The agreement's note template: the one a new session of this agreement starts its notes from."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk.services.changes import Changes
from coachdesk.services.db import Db, DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit.form import ValidatingForm
from coachdesk.ui.kit.template_names import template_name


class NoteTemplateChoice(QComboBox):
    """None, a shipped template (GROW, CLEAR, OSKAR, Blank) or one of the coach's own."""

    def __init__(
        self, open_db: DbFactory, engagement_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        from coachdesk.services.note_templates import agreement_template, note_templates

        super().__init__(parent)
        self.setAccessibleName(self.tr("Note template"))
        self.setToolTip(
            self.tr("New sessions of this agreement start their private notes from this template")
        )
        self.addItem(self.tr("None (empty notes)"), "")
        with open_db() as db:
            for template in note_templates(db):
                self.addItem(template_name(template), template.key)
            try:
                current = agreement_template(db, engagement_id)
            except ValidationError:  # the agreement was deleted meanwhile: the editor says so
                current = None
        self.setCurrentIndex(max(self.findData(current.key), 0) if current is not None else 0)

    @classmethod
    def on_form(
        cls, form: ValidatingForm, open_db: DbFactory, engagement_id: uuid.UUID | None
    ) -> NoteTemplateChoice:
        """The choice as a row of ``form`` (the agreement's sessions tab)."""
        choice = cls(open_db, engagement_id)
        form.add("note_template", QCoreApplication.translate("NoteTemplateChoice", "Note template"), choice)
        return choice

    def key(self) -> str:
        return str(self.currentData() or "")

    def save(self, db: Db, engagement_id: uuid.UUID | None) -> Changes:
        """Keep the choice for the agreement (saved just before); what it changed."""
        from coachdesk.services.note_templates import set_agreement_template

        if engagement_id is None:
            return Changes()
        return set_agreement_template(db, engagement_id, self.key())
