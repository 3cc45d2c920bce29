"""The draft invoice editor: payer, engagement, VAT treatment, the lines (from unbilled sessions, the
package, a fixed fee or free lines) with quantity, unit price and VAT rate, and the totals as typed."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from coachdesk.domain import LineSource, Payer, TaxTreatment
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_screen import (
    BillableEngagement,
    BillingDefaults,
    EditedLine,
    LineRefused,
    billable_engagements,
    billing_defaults,
    draft_on_screen,
    save_draft,
)
from coachdesk.services.invoices import DraftDetails
from coachdesk.ui.invoices.lines_panel import LINE_FIELDS, DraftLinesPanel
from coachdesk.ui.invoices.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.invoices.table import translated
from coachdesk.ui.kit.form import OptionalDate, ValidatingForm, index_of
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

TREATMENT_WORDS: dict[TaxTreatment, str] = {
    TaxTreatment.CHARGED: QT_TRANSLATE_NOOP("Invoices", "VAT charged"),
    TaxTreatment.SMALL_BUSINESS: QT_TRANSLATE_NOOP("Invoices", "Exempt as a small business"),
    TaxTreatment.REVERSE_CHARGE: QT_TRANSLATE_NOOP(
        "Invoices", "Reverse charge (business customer in another EU country)"
    ),
    TaxTreatment.OUTSIDE_SCOPE: QT_TRANSLATE_NOOP("Invoices", "Outside the scope of VAT"),
}


class DraftInvoiceDialog(RecordDialog):
    """A new draft (``invoice_id`` None, for ``engagement_id`` when given) or an existing one.

    OK saves the draft and its lines in one go; a refused field shows beside it (a line's field in the
    line form, with that line selected) and nothing is written.
    """

    def __init__(
        self,
        open_db: DbFactory,
        invoice_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        engagement_id: uuid.UUID | None = None,
    ) -> None:
        new = invoice_id is None
        super().__init__(
            open_db,
            invoice_id,
            parent,
            title=QCoreApplication.translate("DraftInvoiceDialog", "New draft invoice")
            if new
            else QCoreApplication.translate("DraftInvoiceDialog", "Edit draft invoice"),
            ok_text=QCoreApplication.translate("DraftInvoiceDialog", "Save draft"),
        )
        self._engagements: list[BillableEngagement] = []
        self._defaults = BillingDefaults(TaxTreatment.SMALL_BUSINESS, Decimal(0))
        self._baseline_lines: list[EditedLine] = []
        self._build_terms(engagement_id)
        self._build_lines()
        self.load_record()
        self._engagement_chosen()
        self._baseline_lines = self.lines.lines()
        resize_within_screen(self, 880, 620)

    # ----- building --------------------------------------------------------------------------------

    def _build_terms(self, engagement_id: uuid.UUID | None) -> None:
        """Two columns of the invoice's terms: who and what for on the left, VAT and dates on the right."""
        self.engagement = QComboBox()
        # Long client and agreement names are cut short in the box, not the labels beside it.
        self.engagement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.engagement.setMinimumContentsLength(24)
        self.form.add("engagement_id", self.tr("Engagement"), self.engagement)
        self.payer = QComboBox()
        self.payer.addItem(self.tr("The client"), Payer.CLIENT)
        self.payer.addItem(self.tr("The sponsor"), Payer.SPONSOR)
        self.form.add("payer", self.tr("Payer"), self.payer)
        self.currency = QLabel()
        self.currency.setToolTip(self.tr("An invoice is in its agreement's currency"))
        self.form.add("currency", self.tr("Currency"), self.currency)
        self.right_form = ValidatingForm()
        self.treatment = QComboBox()
        self.treatment.setAccessibleName(self.tr("VAT treatment"))
        self.right_form.add("tax_treatment", self.tr("VAT"), self.treatment)
        self.due = OptionalDate(self.tr("Set"), self.tr("Due date"))
        self.due.setToolTip(
            self.tr("Left unset, the due date follows your payment terms when the invoice is issued")
        )
        self.right_form.add("due_date", self.tr("Due date"), self.due)
        self.note = QLineEdit(placeholderText=self.tr("Printed on the invoice, e.g. a reference"))
        self.right_form.add("note", self.tr("Note"), self.note)
        terms = QHBoxLayout()
        self.main_layout.removeWidget(self.form)
        terms.addWidget(self.form, 3)
        terms.addSpacing(12)
        terms.addWidget(self.right_form, 2)
        self.main_layout.insertLayout(0, terms)
        with self._open_db() as db:
            self._engagements = billable_engagements(db)
            self._defaults = billing_defaults(db)
        for e in self._engagements:
            self.engagement.addItem(f"{e.client_name} — {e.title}", e.id)
        if engagement_id is not None:
            self.engagement.setCurrentIndex(index_of(self.engagement, engagement_id))
        profile_word = translated(TREATMENT_WORDS[self._defaults.tax_treatment])
        self.treatment.addItem(self.tr("As in your profile (%1)").replace("%1", profile_word), None)
        for treatment, words in TREATMENT_WORDS.items():
            self.treatment.addItem(translated(words), treatment)
        self.engagement.currentIndexChanged.connect(lambda _i: self._engagement_chosen())
        self.treatment.currentIndexChanged.connect(lambda _i: self._treatment_chosen())

    def _build_lines(self) -> None:
        self.lines = DraftLinesPanel(self._open_db, self)
        for button, source in (
            (self.lines.add_sessions_button, LineSource.SESSION),
            (self.lines.add_package_button, LineSource.PACKAGE),
            (self.lines.add_fee_button, LineSource.FIXED_FEE),
        ):
            button.clicked.connect(lambda _c=False, s=source: self.add_suggested(s))
        self.main_layout.insertWidget(1, self.lines, 1)

    # ----- loading ---------------------------------------------------------------------------------

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        draft = draft_on_screen(db, self.record_id)
        self.engagement.setCurrentIndex(index_of(self.engagement, draft.engagement_id))
        self.engagement.setEnabled(False)  # a draft stays with its engagement
        self.payer.setCurrentIndex(index_of(self.payer, draft.payer))
        self.treatment.setCurrentIndex(index_of(self.treatment, draft.tax_treatment))
        self.lines.set_lines(list(draft.lines))
        self.due.set_value(draft.due_date)
        self.note.setText(draft.note)

    def has_changes(self) -> bool:
        return super().has_changes() or self.lines.lines() != self._baseline_lines

    # ----- the engagement and VAT ------------------------------------------------------------------

    def chosen_engagement(self) -> BillableEngagement | None:
        wanted = self.engagement.currentData()
        return next((e for e in self._engagements if e.id == wanted), None)

    def _engagement_chosen(self) -> None:
        engagement = self.chosen_engagement()
        has_sponsor = engagement is not None and bool(engagement.sponsor_name)
        sponsor_item = self.payer.model().item(1)  # type: ignore[attr-defined]
        sponsor_item.setEnabled(has_sponsor)
        if engagement is not None and self.record_id is None:
            self.payer.setCurrentIndex(
                index_of(self.payer, engagement.payer if has_sponsor else Payer.CLIENT)
            )
        if not has_sponsor:
            self.payer.setCurrentIndex(0)
        sponsor = engagement.sponsor_name if engagement is not None else ""
        self.payer.setItemText(
            1, self.tr("The sponsor (%1)").replace("%1", sponsor) if sponsor else self.tr("The sponsor")
        )
        self.currency.setText(engagement.currency if engagement else "")
        self.lines.set_engagement(
            engagement.currency if engagement else "EUR",
            chosen=engagement is not None,
            has_fee=engagement is not None and engagement.fee_minor > 0,
        )
        self._treatment_chosen()

    def treatment_now(self) -> TaxTreatment:
        chosen = self.treatment.currentData()
        return TaxTreatment(chosen) if chosen is not None else self._defaults.tax_treatment

    def _treatment_chosen(self) -> None:
        charged = self.treatment_now() is TaxTreatment.CHARGED
        self.lines.set_vat(charged=charged, default_rate=self._defaults.vat_rate)

    def add_suggested(self, source: LineSource) -> int:
        """Add the lines the chosen engagement suggests (its unbilled sessions, package or fee)."""
        engagement = self.chosen_engagement()
        return 0 if engagement is None else self.lines.add_suggested(engagement.id, source)

    # ----- saving ----------------------------------------------------------------------------------

    def save(self, db: Db) -> Changes:
        engagement = self.chosen_engagement()
        if engagement is None:
            raise ValidationError("engagement_id", self.tr("Choose the engagement this invoice bills."))
        details = DraftDetails(
            payer=self.payer.currentData(),
            tax_treatment=self.treatment.currentData(),
            due_date=self.due.value(),
            note=self.note.text(),
        )
        return save_draft(db, self.record_id, engagement.id, details, self.lines.lines())

    def accept(self) -> None:
        """Save, or show why not beside the field at fault (nothing is written then)."""
        try:
            with self._open_db() as db:
                self.changes = self.save(db)
        except ValidationError as refused:
            self.show_refusal(refused)
            return
        super(RecordDialog, self).accept()

    def show_refusal(self, error: ValidationError) -> None:
        """Put ``error`` beside its field: a line's in the line form, the rest in the terms."""
        self.form.clear_errors()
        self.right_form.clear_errors()
        self.lines.form.clear_errors()
        if isinstance(error, LineRefused):
            self.lines.show_error(error, error.line)
        elif error.field in LINE_FIELDS:
            self.lines.show_error(error)
        elif error.field in self.right_form.fields:
            self.right_form.show_error(error)
        else:
            self.form.show_error(error)

    def error_text(self, field: str) -> str:
        for form in (self.form, self.right_form, self.lines.form):
            if text := form.error_text(field):
                return text
        return ""
