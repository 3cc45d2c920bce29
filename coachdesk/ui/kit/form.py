"""A form whose fields show the service's ValidationError next to the field at fault."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.errors import ValidationError

ERROR_STYLE = "color: #b3261e;"


def index_of(combo: QComboBox, value: object) -> int:
    """The item holding ``value`` (compared in Python: Qt cannot compare wrapped objects), else 0."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _error_label(accessible_name: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    # Take the field's full width, so a wrapped message gets the height it needs (never clipped).
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setAccessibleName(accessible_name)
    return label


class ValidatingForm(QWidget):
    """Labelled fields, each with a hidden message row below it, plus a message for the whole form.

    ``add(name, label, widget)`` registers the field the service calls ``name``;
    ``show_error(error)`` puts ``error.message`` under that field and focuses it (or at the top
    when no field of that name is on the form).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = _error_label(self.tr("Problem"))
        self.general_error.setVisible(False)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addLayout(self.layout_)

    def add(self, name: str, label: str, widget: QWidget, *, focus: QWidget | None = None) -> QWidget:
        """Add a row; ``focus`` is the widget to focus on an error (default: ``widget``)."""
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", "") or name.replace("_", " ").capitalize())
        error = _error_label(self.tr("{field} problem").format(field=widget.accessibleName()))
        self.layout_.addRow(label, widget)
        self.layout_.addRow("", error)
        self.layout_.setRowVisible(error, False)
        self.fields[name] = focus or widget
        self._errors[name] = error
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row without a field of its own (a note, a group of buttons)."""
        self.layout_.addRow(label, widget)

    def show_error(self, error: ValidationError) -> None:
        self.clear_errors()
        label = self._errors.get(error.field)
        if label is None:
            self.show_message(error.message)
            return
        label.setText(error.message)
        self.layout_.setRowVisible(label, True)
        self.fields[error.field].setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        """The message shown next to ``field`` ('' when none is shown)."""
        label = self._errors.get(field)
        if label is None or label.isHidden():
            return ""
        return label.text()

    def message(self) -> str:
        """The message shown for the whole form ('' when none)."""
        return self.general_error.text() if self.general_error.isVisibleTo(self) else ""

    def show_message(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.setVisible(True)

    def clear_errors(self) -> None:
        self.general_error.setVisible(False)
        for label in self._errors.values():
            self.layout_.setRowVisible(label, False)


class OptionalDate(QWidget):
    """A date that may be left out: a check box ("Set") beside a date field it enables."""

    def __init__(self, check_text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.check.setAccessibleName(self.tr("{name}: {option}").format(name=name, option=check_text))
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setAccessibleName(name)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))
