"""The invoicing part of the practice profile: VAT treatment and rate, wording, numbering, terms, bank."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from coachdesk.domain import TaxTreatment
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_numbers import per_computer
from coachdesk.services.invoice_settings import InvoicingSettings
from coachdesk.services.invoice_tax import exemption_wording_for


class InvoicingForm(QWidget):
    """Edits InvoicingSettings; shows a service's ValidationError next to the field at fault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>For your invoices</b>"))
        heading.setContentsMargins(0, 8, 0, 0)
        form.addRow(heading)
        self.treatment = QComboBox()
        for treatment, label in (
            (TaxTreatment.CHARGED, self.tr("VAT charged")),
            (TaxTreatment.SMALL_BUSINESS, self.tr("Exempt as a small business")),
            (TaxTreatment.REVERSE_CHARGE, self.tr("Reverse charge (business customers in the EU)")),
            (TaxTreatment.OUTSIDE_SCOPE, self.tr("Outside the scope of VAT")),
        ):
            self.treatment.addItem(label, treatment.value)
        self.treatment.setToolTip(self.tr("How your invoices stand to VAT; each invoice can differ."))
        self._add("tax_treatment", self.tr("VAT"), self.treatment)
        self.rate = QLineEdit(placeholderText=self.tr("e.g. 20 or 5.5"))
        self._add("default_vat_rate", self.tr("VAT rate (%)"), self.rate)
        self.wording = QLineEdit()
        self.wording.setToolTip(
            self.tr("Printed on exempt invoices; leave empty for your country's wording.")
        )
        self._add("tax_exemption_wording", self.tr("Exemption wording"), self.wording)
        self.pattern = QLineEdit(placeholderText="{year}-{seq:4}")
        self.pattern.setToolTip(
            self.tr(
                "{year} or {yy} for the year, {seq} or {seq:4} for the running number (2026-0001); "
                "{computer} for the computer's tag when you invoice from more than one computer "
                "({year}-{computer}{seq:4} gives 2026-L0001)."
            )
        )
        self._add("invoice_number_pattern", self.tr("Invoice numbers"), self.pattern)
        self.terms = QSpinBox(minimum=0, maximum=365, value=14)
        self.terms.setSuffix(self.tr(" days"))
        self._add("payment_terms_days", self.tr("Payment terms"), self.terms)
        self.vat_number = QLineEdit(placeholderText=self.tr("e.g. FR40123456789"))
        self._add("vat_number", self.tr("Your VAT number"), self.vat_number)
        self.company_number = QLineEdit(placeholderText=self.tr("e.g. SIRET, HRB or company number"))
        self._add("company_number", self.tr("Company number"), self.company_number)
        self.iban = QLineEdit()
        self._add("iban", self.tr("IBAN"), self.iban)
        self.bic = QLineEdit()
        self._add("bic", self.tr("BIC"), self.bic)

    def label_width(self) -> int:
        """The widest label's width, to line this form up with the one above it."""
        labels = [self._label(row) for row in range(self._form.rowCount())]
        return max(label.sizeHint().width() for label in labels if label is not None)

    def set_label_width(self, width: int) -> None:
        for row in range(self._form.rowCount()):
            label = self._label(row)
            if label is not None:
                label.setMinimumWidth(width)

    def _label(self, row: int) -> QWidget | None:
        item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        return item.widget() if item is not None else None

    def _add(self, name: str, label: str, editor: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        self._form.addRow(label, editor)
        self._form.addRow("", error)
        self._form.setRowVisible(error, False)
        self._errors[name] = error
        self._editors[name] = editor

    def set_settings(self, settings: InvoicingSettings, *, country: str, numbering_fixed: bool) -> None:
        """Show the saved settings; the number pattern is fixed (disabled) once an invoice has been issued."""
        self.treatment.setCurrentIndex(max(self.treatment.findData(str(settings.tax_treatment)), 0))
        self.rate.setText(str(settings.default_vat_rate))
        self.wording.setText(settings.tax_exemption_wording)
        self.wording.setPlaceholderText(
            exemption_wording_for(country) or self.tr("e.g. VAT exempt: small business")
        )
        self.pattern.setText(settings.invoice_number_pattern)
        switchable = not per_computer(settings.invoice_number_pattern)
        self.pattern.setEnabled(not numbering_fixed or switchable)
        if numbering_fixed:
            self.pattern.setToolTip(
                self.tr(
                    "Fixed since the first invoice was issued: numbers run on without gaps. You can "
                    "still give each computer its own series by adding {computer}."
                )
                if switchable
                else self.tr("Fixed since the first invoice was issued: numbers run on without gaps.")
            )
        self.terms.setValue(settings.payment_terms_days)
        for edit, value in (
            (self.vat_number, settings.vat_number),
            (self.company_number, settings.company_number),
            (self.iban, settings.iban),
            (self.bic, settings.bic),
        ):
            edit.setText(value)

    def settings(self) -> InvoicingSettings:
        return InvoicingSettings(
            tax_treatment=str(self.treatment.currentData()),
            default_vat_rate=self.rate.text(),
            tax_exemption_wording=self.wording.text(),
            invoice_number_pattern=self.pattern.text(),
            payment_terms_days=self.terms.value(),
            vat_number=self.vat_number.text(),
            company_number=self.company_number.text(),
            iban=self.iban.text(),
            bic=self.bic.text(),
        )

    def show_error(self, error: ValidationError) -> bool:
        """Show the refusal by its field; False when the field is not on this form."""
        self.clear_errors()
        label = self._errors.get(error.field)
        if label is None:
            return False
        label.setText(error.message)
        self._form.setRowVisible(label, True)
        self._editors[error.field].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self._errors.values():
            self._form.setRowVisible(label, False)
