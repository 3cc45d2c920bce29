"""The coach profile form: who the coach is, as printed on agreements and letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from coachdesk.ui.kit.language_picker import LanguagePicker

if TYPE_CHECKING:
    from coachdesk.domain import CoachProfile
    from coachdesk.services.errors import ValidationError
    from coachdesk.services.profile import ProfileDetails

_LINES = [
    (
        "name",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Your name")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "e.g. Alex Moreau")),
    ),
    (
        "practice_name",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Practice name")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "e.g. Moreau Coaching & Mentoring")),
    ),
    (
        "credentials",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Credentials")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "e.g. ICF PCC")),
    ),
    (
        "professional_body",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Professional body")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "e.g. International Coaching Federation")),
    ),
    (
        "code_of_ethics",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Code of ethics")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "e.g. ICF Code of Ethics (2025)")),
    ),
    ("email", str(QT_TRANSLATE_NOOP("ProfileForm", "E-mail")), ""),
    ("phone", str(QT_TRANSLATE_NOOP("ProfileForm", "Phone")), ""),
    ("website", str(QT_TRANSLATE_NOOP("ProfileForm", "Website")), ""),
    ("default_currency", str(QT_TRANSLATE_NOOP("ProfileForm", "Currency")), "EUR"),
]
_TEXTS = [
    (
        "qualifications",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Qualifications")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "Degrees, accreditations, training")),
    ),
    (
        "complaints_route",
        str(QT_TRANSLATE_NOOP("ProfileForm", "Complaints route")),
        str(QT_TRANSLATE_NOOP("ProfileForm", "Who a client can turn to if something goes wrong")),
    ),
    ("address", str(QT_TRANSLATE_NOOP("ProfileForm", "Address")), ""),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileForm", text) if text and text != "EUR" else text


class ProfileForm(QWidget):
    """Edits a ProfileDetails; shows a service's ValidationError next to the field at fault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._errors: dict[str, QLabel] = {}
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, label, hint in _LINES[:5]:
            self._add(form, name, _tr(label), QLineEdit(placeholderText=_tr(hint)))
        for name, label, hint in _TEXTS[:2]:
            edit = QPlainTextEdit(placeholderText=_tr(hint))
            edit.setFixedHeight(54)
            self._add(form, name, _tr(label), edit)
        for name, label, hint in _LINES[5:]:
            self._add(form, name, _tr(label), QLineEdit(placeholderText=_tr(hint)))
        address = QPlainTextEdit()
        address.setFixedHeight(54)
        self._add(form, "address", self.tr("Address"), address)
        self.session_minutes = QSpinBox(
            minimum=15, maximum=480, singleStep=15, suffix=self.tr(" min"), value=60
        )
        form.addRow(self.tr("Usual session length"), self.session_minutes)
        self._agreement_terms(form)
        fields = self.fields["default_currency"]
        assert isinstance(fields, QLineEdit)
        fields.setText("EUR")
        fields.setMaxLength(3)

    def _agreement_terms(self, form: QFormLayout) -> None:
        """What the agreements say about the practice: its law, its tools, its liability."""
        heading = QLabel(self.tr("<b>For your agreements</b>"))
        heading.setContentsMargins(0, 8, 0, 0)
        form.addRow(heading)
        country = QLineEdit(placeholderText=self.tr("e.g. France"))
        country.setToolTip(
            self.tr("The law that governs your agreements, and the data-protection authority named in them.")
        )
        self._add(form, "country", self.tr("Country"), country)
        self.document_language = LanguagePicker()
        self.document_language.setAccessibleName(self.tr("Document language"))
        self.document_language.setToolTip(
            self.tr("The language your documents print in, unless a client has a language of their own.")
        )
        form.addRow(self.tr("Document language"), self.document_language)
        for name, label, hint in (
            ("platforms", self.tr("Platforms"), self.tr("e.g. Zoom for sessions, Signal for messages")),
            (
                "processors",
                self.tr("Services with client data"),
                self.tr("e.g. Proton Mail (e-mail), Zoom (video)"),
            ),
            (
                "data_protection_authority",
                self.tr("Data-protection authority"),
                self.tr("Leave empty to name the authority of your country"),
            ),
            (
                "limitation_of_liability",
                self.tr("Limitation of liability"),
                self.tr("Leave empty for the wording in the clause template"),
            ),
        ):
            edit = QPlainTextEdit(placeholderText=hint)
            edit.setFixedHeight(54)
            self._add(form, name, label, edit)

    def _add(self, form: QFormLayout, name: str, label: str, editor: QLineEdit | QPlainTextEdit) -> None:
        error = QLabel()
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        if isinstance(editor, QPlainTextEdit):  # Tab moves on, as in every other field: no keyboard trap
            editor.setTabChangesFocus(True)
        form.addRow(label, editor)
        form.addRow("", error)
        form.setRowVisible(error, False)
        self.fields[name] = editor
        self._errors[name] = error

    def _text(self, name: str) -> str:
        editor = self.fields[name]
        return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()

    def details(self) -> ProfileDetails:
        from coachdesk.services.profile import ProfileDetails

        values = {name: self._text(name) for name in self.fields}
        return ProfileDetails(
            default_session_minutes=self.session_minutes.value(),
            document_language=self.document_language.language() or "en",
            **values,
        )

    def set_profile(self, profile: CoachProfile) -> None:
        for name, editor in self.fields.items():
            value = str(getattr(profile, name))
            if isinstance(editor, QLineEdit):
                editor.setText(value)
            else:
                editor.setPlainText(value)
        self.session_minutes.setValue(profile.default_session_minutes)
        self.document_language.set_language(profile.document_language)

    def show_error(self, error: ValidationError) -> None:
        self.clear_errors()
        label = self._errors.get(error.field)
        if label is None:
            label = self._errors["name"]
        label.setText(error.message)
        self._form.setRowVisible(label, True)
        self.fields.get(error.field, self.fields["name"]).setFocus()

    def clear_errors(self) -> None:
        for label in self._errors.values():
            self._form.setRowVisible(label, False)
