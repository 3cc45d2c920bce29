"""The practice profile, edited after the vault exists: who the coach is and what the agreements print."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.profile import get_profile, save_profile
from coachdesk.ui.kit.screen_fit import resize_within_screen
from coachdesk.ui.unlock.profile_form import ProfileForm


class ProfileDialog(QDialog):
    """Loads the profile into a :class:`ProfileForm`; Save writes it, a refused field shows beside it.

    ``saved`` carries the service's changes, so the app's autosave follows.
    """

    saved = Signal(object)

    def __init__(self, open_db: DbFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.setWindowTitle(self.tr("Practice profile"))
        self.form = ProfileForm()
        with open_db() as db:
            profile = get_profile(db)
        if profile is not None:
            self.form.set_profile(profile)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(12, 12, 12, 12)
        inner.addWidget(self.form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 720, 640)

    def accept(self) -> None:
        """Save the profile as shown; on a refusal keep the dialog open with the message by the field."""
        self.form.clear_errors()
        try:
            with self._open_db() as db:
                changes = save_profile(db, self.form.details())
        except ValidationError as error:
            self.form.show_error(error)
            return
        self.saved.emit(changes)
        super().accept()
