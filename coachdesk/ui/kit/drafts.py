"""Editors that never lose typed words: a draft kept in the vault, and a question before discarding."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from typing import Any, TypeGuard

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from coachdesk.services.changes import Changes
from coachdesk.services.db import DbFactory
from coachdesk.vault import VaultBusy

DRAFT_DELAY_MS = 3000  # a draft is written this long after the coach stops typing


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep editing"


def unsaved_question(parent: QWidget) -> QMessageBox:
    """ "Save your changes?" with Save, Discard and Keep editing (the default, and what Escape means)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DraftEditor", "Unsaved changes"))
    box.setText(QCoreApplication.translate("DraftEditor", "Save the changes you made?"))
    box.setInformativeText(
        QCoreApplication.translate("DraftEditor", "If you discard them, what you typed here is lost.")
    )
    box.addButton(QCoreApplication.translate("DraftEditor", "Save"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("DraftEditor", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("DraftEditor", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_unsaved(parent: QWidget) -> UnsavedChoice:
    """Show ``unsaved_question`` and return the coach's choice (closing it keeps editing)."""
    box = unsaved_question(parent)
    box.exec()
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else QMessageBox.ButtonRole.RejectRole
    if role == QMessageBox.ButtonRole.AcceptRole:
        return UnsavedChoice.SAVE
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.KEEP_EDITING


def _is_editable_rich_text(widget: QWidget) -> TypeGuard[QTextEdit]:
    return isinstance(widget, QTextEdit) and not widget.isReadOnly()


def input_state(root: QWidget) -> list[object]:
    """What every input under ``root`` holds, in order: equal lists mean nothing was changed."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit) or _is_editable_rich_text(widget):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            state.append(widget.value())
        elif isinstance(widget, QDateTimeEdit):
            state.append(widget.dateTime().toMSecsSinceEpoch())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


def _watch(root: QWidget, on_edit: Callable[..., None]) -> None:
    """Call ``on_edit`` whenever an input under ``root`` changes."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(on_edit)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(on_edit)
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.valueChanged.connect(on_edit)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(on_edit)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.toggled.connect(on_edit)


class DraftKeeper(QObject):
    """Writes one editor's draft a moment after typing pauses (and at once on ``keep``); ``saved``
    carries each change to the vault, so that autosave writes the file."""

    saved = Signal(object)  # Changes

    def __init__(
        self, editor: DraftEditor, open_db: DbFactory, draft_id: uuid.UUID | None, delay_ms: int
    ) -> None:
        super().__init__()
        self._editor = editor
        self._open_db = open_db
        self.draft_id = draft_id or uuid.uuid4()
        self.written = draft_id is not None  # a restored draft is in the vault already
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.keep)

    def note_edit(self, *_args: object) -> None:
        """An input changed: the draft is written once the edits pause for the delay."""
        self.timer.start()

    def keep(self) -> None:
        """Write what the editor holds now (or forget the draft when it holds no change)."""
        from coachdesk.services.drafts import save_draft

        self.timer.stop()
        editor = self._editor
        if not editor.has_changes():
            self.discard()
            return
        record_id, client_id = editor.draft_ids()
        try:
            with self._open_db() as db:
                changes = save_draft(
                    db,
                    self.draft_id,
                    editor.draft_kind,
                    editor.draft_payload(),
                    record_id=record_id,
                    client_id=client_id,
                )
        except VaultBusy:  # the vault was locked meanwhile: locking already kept the draft
            return
        self.written = True
        self.saved.emit(changes)

    def discard(self) -> None:
        from coachdesk.services.drafts import discard_draft

        self.timer.stop()
        if not self.written:
            return
        try:
            with self._open_db() as db:
                changes: Changes = discard_draft(db, self.draft_id)
        except VaultBusy:  # locked meanwhile: the draft stays, and comes back with the editor
            return
        self.written = False
        self.saved.emit(changes)


class DraftEditor(QDialog):
    """A dialog that asks before discarding changes and, when ``draft_kind`` is set, keeps a draft.

    Subclasses call ``start_drafts(open_db)`` once their fields are loaded (before restoring a
    draft) and, to keep drafts, set ``draft_kind`` and implement ``draft_payload`` (what the
    editor holds, as JSON-able values), ``restore_draft`` and ``draft_ids``. ``has_changes``
    compares every input with what it held when loaded; ``mark_saved`` starts over after a save
    that leaves the editor open.
    """

    draft_kind = ""  # "" asks before discarding changes but keeps no draft

    _baseline: list[object] | None = None
    _keeper: DraftKeeper | None = None
    _keeping_draft = False

    # Replaceable in tests: asks what to do with the changes.
    ask_unsaved: Callable[[QWidget], UnsavedChoice] = staticmethod(ask_unsaved)

    def start_drafts(
        self, open_db: DbFactory, draft_id: uuid.UUID | None = None, delay_ms: int = DRAFT_DELAY_MS
    ) -> None:
        """Take what the inputs hold now as unchanged, and (with a ``draft_kind``) watch them."""
        self._baseline = input_state(self)
        if self.draft_kind and self._keeper is None:
            self._keeper = DraftKeeper(self, open_db, draft_id, delay_ms)
            self._keeper.setParent(self)
            _watch(self, self._keeper.note_edit)

    @property
    def drafts(self) -> DraftKeeper | None:
        return self._keeper

    def draft_payload(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a draft's content back into the inputs."""

    def draft_ids(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """The record edited (None while new) and its client, stored with the draft."""
        return None, None

    def has_changes(self) -> bool:
        return self._baseline is not None and input_state(self) != self._baseline

    def mark_saved(self) -> None:
        """The editor's content was just saved and it stays open: nothing is unsaved any more."""
        self._baseline = input_state(self)
        if self._keeper is not None:
            self._keeper.discard()

    def keep_draft(self) -> None:
        """Write the draft now (on lock), when there are changes to keep."""
        if self._keeper is not None and self.isVisible():
            self._keeper.keep()

    def close_keeping_draft(self) -> None:
        """Close without asking and without discarding the draft (on lock, after ``keep_draft``)."""
        self._keeping_draft = True
        try:
            QDialog.reject(self)
        finally:
            self._keeping_draft = False

    # ----- closing -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._baseline is None:  # an editor that did not call start_drafts: as loaded when shown
            self._baseline = input_state(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks like Cancel; a close by the program keeps the draft."""
        if event.spontaneous() or not self.isVisible():
            super().closeEvent(event)
            return
        self.close_keeping_draft()
        event.accept()

    def reject(self) -> None:
        """Cancel, Escape and the close button: with changes, ask Save, Discard or Keep editing."""
        if self._keeping_draft or not self.has_changes():
            super().reject()
            return
        choice = self.ask_unsaved(self)
        if not self.isVisible():  # closed meanwhile (the vault locked while asking)
            return
        if choice is UnsavedChoice.SAVE:
            self.accept()
        elif choice is UnsavedChoice.DISCARD:
            super().reject()

    def done(self, result: int) -> None:
        keeper = self._keeper
        if keeper is not None:
            keeper.timer.stop()
            if not self._keeping_draft:
                keeper.discard()  # saved, or discarded by choice, or nothing was changed
        super().done(result)


def keep_drafts() -> None:
    """Every open editor writes its draft (before the vault is saved on lock or quit)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DraftEditor) and widget.isVisible():
            widget.keep_draft()


def close_dialog(dialog: QDialog) -> None:
    """Close a dialog as the vault closes: editors keep their draft, the rest are cancelled."""
    if isinstance(dialog, DraftEditor):
        dialog.close_keeping_draft()
    else:
        dialog.reject()
