"""A dialog that edits one record through a service: fields on a ValidatingForm, OK saves or shows why
not, and Cancel with changes asks before discarding them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.ui.kit.drafts import DraftEditor
from coachdesk.ui.kit.form import ValidatingForm

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


class CheckBoxText(QLabel):
    """The words beside a check box, wrapped; clicking them ticks the box as its own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class RecordDialog(DraftEditor):
    """Subclasses add their fields in ``__init__`` and implement ``load`` and ``save``.

    After OK succeeds, ``changes`` holds what the service changed; on a ValidationError the
    message appears next to the field at fault and every input stays as typed. Cancel, Escape or
    closing the window with changes asks whether to save or discard them (``DraftEditor``).
    """

    def __init__(
        self,
        open_db: DbFactory,
        record_id: Any | None,
        parent: QWidget | None,
        *,
        title: str,
        ok_text: str,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.record_id = record_id
        self.changes: Changes | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = ValidatingForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    # ----- fields ----------------------------------------------------------------------------------

    def line(self, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(placeholderText=hint)
        self.form.add(name, label, edit)
        return edit

    def notes(self, name: str, label: str, hint: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(placeholderText=hint)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        self.form.add(name, label, edit)
        return edit

    def check(self, name: str, text: str) -> QCheckBox:
        """A check box whose words wrap (a long sentence, longer still in German, is never cut)."""
        box = QCheckBox()
        box.setAccessibleName(text)
        words = CheckBoxText(text, box)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(words, 1)
        self.form.add(name, "", row, focus=box)
        return box

    # ----- what subclasses provide -----------------------------------------------------------------

    def load(self, db: Db) -> None:
        """Fill the fields from the record (called once, after the fields exist)."""

    def save(self, db: Db) -> Changes:
        raise NotImplementedError

    # ----- running ---------------------------------------------------------------------------------

    def load_record(self) -> None:
        try:
            with self._open_db() as db:
                self.load(db)
        except ValidationError as error:  # the record was deleted meanwhile
            self.form.show_message(error.message)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            with self._open_db() as db:
                self.changes = self.save(db)
        except ValidationError as error:
            self.form.show_error(error)
            return
        super().accept()

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)
