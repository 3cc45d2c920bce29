"""The practice profile, edited after the vault exists: who the coach is and what the agreements print."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_settings import any_issued, invoicing_settings, save_invoicing_settings
from coachdesk.services.profile import get_profile, save_profile
from coachdesk.ui.kit.screen_fit import resize_within_screen
from coachdesk.ui.shell.invoicing_form import InvoicingForm
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
        self.invoicing = InvoicingForm()
        with open_db() as db:
            profile = get_profile(db)
            settings, fixed = invoicing_settings(db), any_issued(db)
        if profile is not None:
            self.form.set_profile(profile)
        self.invoicing.set_settings(
            settings, country=profile.country if profile else "", numbering_fixed=fixed
        )
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(12, 12, 12, 12)
        inner.addWidget(self.form)
        inner.addWidget(self.invoicing)
        self._line_up_labels()
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

    def _line_up_labels(self) -> None:
        """The invoicing rows' labels as wide as the profile's, so both forms share one column."""
        from PySide6.QtWidgets import QFormLayout

        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        widths = [self.invoicing.label_width()]
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                widths.append(label.sizeHint().width())
        self.invoicing.set_label_width(max(widths))

    def accept(self) -> None:
        """Save the profile and its invoicing settings as shown; on a refusal keep the dialog open with
        the message by the field (the profile is kept when only an invoicing setting is refused)."""
        self.form.clear_errors()
        self.invoicing.clear_errors()
        try:
            with self._open_db() as db:
                changes = save_profile(db, self.form.details())
        except ValidationError as error:
            self.form.show_error(error)
            return
        try:
            with self._open_db() as db:
                changes = changes | save_invoicing_settings(db, self.invoicing.settings())
        except ValidationError as error:
            if not self.invoicing.show_error(error):
                self.form.show_error(error)
            self.saved.emit(changes)
            return
        self.saved.emit(changes)
        super().accept()
