"""The note templates: pick one for a session's notes, and add, edit, copy or delete the coach's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.note_placeholders import PLACEHOLDERS
from coachdesk.services.note_templates import TemplateChoice
from coachdesk.ui.kit.form import ValidatingForm
from coachdesk.ui.kit.questions import ask
from coachdesk.ui.kit.template_names import template_name

KEY_ROLE = Qt.ItemDataRole.UserRole


class NoteTemplatesDialog(QDialog):
    """The templates on the left; the chosen one's name and text on the right.

    Shipped templates are read-only (copy one to change it); the coach's own are edited in place and
    saved with "Save template". With ``applying`` the dialog offers "Use this template" and, when accepted,
    ``chosen`` holds the template picked. ``changes`` holds what was added, edited or deleted.
    """

    def __init__(self, open_db: DbFactory, parent: QWidget | None = None, *, applying: bool = False) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.applying = applying
        self.changes: Changes | None = None
        self.chosen: TemplateChoice | None = None
        self._templates: dict[str, TemplateChoice] = {}
        # Replaceable in tests: shows the question, returns True to go ahead.
        self.confirm: Callable[[str, str], bool] = lambda title, question: ask(
            self, title, question, self.tr("Delete")
        )
        self.setWindowTitle(self.tr("Note templates"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(lambda current, _previous: self._show(current))
        self.list.itemActivated.connect(lambda _item: self._use() if applying else None)
        left = self._build_list()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self._build_editor())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 600])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.use_button = self.buttons.addButton(
            self.tr("Use this template"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setVisible(applying)
        self.use_button.clicked.connect(self._use)
        if applying:
            self.use_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self.reload()
        self.list.setFocus()

    def _build_list(self) -> QWidget:
        """The templates, with New, Copy and Delete below them."""
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setToolTip(self.tr("Start a template of your own"))
        self.new_button.clicked.connect(self.add_template)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Make your own editable copy of this template"))
        self.copy_button.clicked.connect(self.copy_template)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this template of yours"))
        self.delete_button.clicked.connect(self.delete_template)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.copy_button, self.delete_button):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)
        left.setMinimumWidth(180)
        left.setMaximumWidth(320)
        return left

    def _build_editor(self) -> QWidget:
        self.name = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Template text"))
        self.form = ValidatingForm()
        self.form.add("name", self.tr("Name"), self.name)
        self.form.add("body", self.tr("Text"), self.body)
        self.shipped_note = QLabel(
            self.tr("This template comes with CoachDesk: copy it to make your own version.")
        )
        self.shipped_note.setWordWrap(True)
        self.shipped_note.setEnabled(False)
        names = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        hint = QLabel(
            self.tr(
                "Placeholders filled when the template is used: %1 (the client's preferred name, the "
                "session's number such as 3 of 6, the open action items, the agreement's goals, the date)."
            ).replace("%1", names)
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_template)
        save_row = QHBoxLayout()
        save_row.addWidget(hint, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        editor = QWidget()
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shipped_note)
        layout.addWidget(self.form, 1)
        layout.addLayout(save_row)
        return editor

    # ----- showing -------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the templates again and select ``select`` (a key), else the one selected, else the first."""
        from coachdesk.services.note_templates import note_templates

        current = select or self.current_key()
        with self._open_db() as db:
            found = note_templates(db)
        self._templates = {t.key: t for t in found}
        self.list.blockSignals(True)
        self.list.clear()
        for template in found:
            label = (
                template.name
                if not template.shipped
                else self.tr("%1 (built in)").replace("%1", template_name(template))
            )
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, template.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [t.key for t in found]
        self.list.setCurrentRow(keys.index(current) if current in keys else 0)
        self._show(self.list.currentItem())

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def current(self) -> TemplateChoice | None:
        key = self.current_key()
        return None if key is None else self._templates.get(key)

    def select_key(self, key: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.form.clear_errors()
        template = None if item is None else self._templates.get(str(item.data(KEY_ROLE)))
        shipped = template is None or template.shipped
        self.name.setText("" if template is None else template_name(template))
        self.body.setPlainText("" if template is None else template.body)
        self.name.setReadOnly(shipped)
        self.body.setReadOnly(shipped)
        self.shipped_note.setVisible(template is not None and template.shipped)
        self.save_button.setEnabled(not shipped)
        self.delete_button.setEnabled(not shipped)
        self.copy_button.setEnabled(template is not None)
        self.use_button.setEnabled(template is not None)

    # ----- changing ------------------------------------------------------------------------------

    def _note(self, changes: Changes) -> None:
        self.changes = changes if self.changes is None else self.changes | changes

    def _free_name(self, base: str) -> str:
        taken = {t.name.casefold() for t in self._templates.values()}
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def add_template(self) -> bool:
        from coachdesk.services.note_templates import add_note_template

        return self._create(lambda db: add_note_template(db, self._free_name(self.tr("My template")), ""))

    def copy_template(self) -> bool:
        from coachdesk.services.note_templates import copy_note_template

        template = self.current()
        if template is None:
            return False
        name = self._free_name(self.tr("%1 (my version)").replace("%1", template_name(template)))
        return self._create(lambda db: copy_note_template(db, template.key, name))

    def _create(self, make: Callable[..., Changes]) -> bool:
        try:
            with self._open_db() as db:
                changes = make(db)
        except ValidationError as error:
            self.form.show_message(error.message)
            return False
        self._note(changes)
        self.reload(select=str(changes.created))
        self.name.setFocus()
        self.name.selectAll()
        return True

    def save_template(self) -> bool:
        """Save the name and text of the coach's template shown; a refusal shows next to its field."""
        from coachdesk.services.note_templates import update_note_template

        template = self.current()
        if template is None or template.shipped:
            return False
        self.form.clear_errors()
        try:
            with self._open_db() as db:
                changes = update_note_template(db, template.key, self.name.text(), self.body.toPlainText())
        except ValidationError as error:
            if error.field in self.form.fields:
                self.form.show_error(error)
            else:
                self.form.show_message(error.message)
            return False
        self._note(changes)
        self.reload()
        return True

    def delete_template(self) -> bool:
        from coachdesk.services.note_templates import delete_note_template

        template = self.current()
        if template is None or template.shipped:
            return False
        question = self.tr(
            "Delete the template “%1”? Notes already written from it stay as they are; agreements that "
            "started new sessions from it will start from none."
        ).replace("%1", template.name)
        if not self.confirm(self.tr("Delete template?"), question):
            return False
        with self._open_db() as db:
            self._note(delete_note_template(db, template.key))
        self.reload()
        return True

    def _use(self) -> None:
        template = self.current()
        if template is None:
            return
        if not template.shipped and self.save_button.isEnabled() and self._edited(template):
            if not self.save_template():
                return
            template = self.current()
        self.chosen = template
        self.accept()

    def _edited(self, template: TemplateChoice) -> bool:
        return self.name.text() != template.name or self.body.toPlainText() != template.body
