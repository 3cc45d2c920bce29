"""Asks for this computer's tag when the number pattern gives each computer its own series."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.services.computer_tags import set_computer_tag
from coachdesk.services.db import DbFactory
from coachdesk.ui.kit.record_dialog import RecordDialog

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db


class ComputerTagDialog(RecordDialog):
    """This computer's tag (1 to 3 letters or digits), kept in the vault; its numbers then carry it."""

    def __init__(self, open_db: DbFactory, parent: QWidget | None = None) -> None:
        super().__init__(
            open_db,
            None,
            parent,
            title=QCoreApplication.translate("ComputerTagDialog", "A number series for this computer"),
            ok_text=QCoreApplication.translate("ComputerTagDialog", "Save tag"),
        )
        explanation = QLabel(
            self.tr(
                "Your invoice numbers carry the tag of the computer that issues them, so that two "
                "computers never give the same number. This computer has no tag yet. Choose one of "
                "1 to 3 letters or digits, different from your other computers' (for example L for "
                "the laptop, D for the desktop). A computer keeps its tag."
            )
        )
        explanation.setWordWrap(True)
        self.main_layout.insertWidget(0, explanation)
        self.tag = self.line("computer_tag", self.tr("This computer's tag"), self.tr("e.g. L"))
        self.tag.setMaxLength(3)
        self.load_record()
        self.tag.setFocus()

    def save(self, db: Db) -> Changes:
        return set_computer_tag(db, self.tag.text())
