"""The draft invoice editor: payer, engagement, VAT treatment, the lines (from unbilled sessions, the
package, a fixed fee or free lines) with quantity, unit price and VAT rate, and the totals as typed."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
    suggested_lines,
)
from coachdesk.services.invoices import DraftDetails, LineDetails
from coachdesk.ui.invoices.lines import LineColumn, LinesModel, number, totals
from coachdesk.ui.invoices.table import tr
from coachdesk.ui.kit.form import OptionalDate, ValidatingForm, index_of
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.ui.kit.record_dialog import RecordDialog
from coachdesk.ui.kit.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.services.db import Db

TREATMENT_WORDS: dict[TaxTreatment, str] = {
    TaxTreatment.CHARGED: "VAT charged",
    TaxTreatment.SMALL_BUSINESS: "Exempt as a small business",
    TaxTreatment.REVERSE_CHARGE: "Reverse charge (business customer in another EU country)",
    TaxTreatment.OUTSIDE_SCOPE: "Outside the scope of VAT",
}
LINE_FIELDS = ("description", "quantity", "unit_price", "vat_rate", "session_ids")


def _price_text(price: object) -> str:
    """A saved price as "150.00"; a typed one as it was typed."""
    if isinstance(price, str):
        return price
    found = number(price)
    return f"{found:.2f}" if found is not None else str(price)


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
            title=tr("New draft invoice") if new else tr("Edit draft invoice"),
            ok_text=tr("Save draft"),
        )
        self._engagements: list[BillableEngagement] = []
        self._defaults = BillingDefaults(TaxTreatment.SMALL_BUSINESS, Decimal(0))
        self._baseline_lines: list[EditedLine] = []
        self._showing_line = False
        self._build_terms(engagement_id)
        self._build_lines()
        self.load_record()
        self._engagement_chosen()
        self._baseline_lines = self.lines_model.lines()
        self._show_totals()
        resize_within_screen(self, 880, 620)

    # ----- building --------------------------------------------------------------------------------

    def _build_terms(self, engagement_id: uuid.UUID | None) -> None:
        """Two columns of the invoice's terms: who and what for on the left, VAT and dates on the right."""
        self.engagement = QComboBox()
        # Long client and agreement names are cut short in the box, not the labels beside it.
        self.engagement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.engagement.setMinimumContentsLength(24)
        self.form.add("engagement_id", tr("Engagement"), self.engagement)
        self.payer = QComboBox()
        self.payer.addItem(tr("The client"), Payer.CLIENT)
        self.payer.addItem(tr("The sponsor"), Payer.SPONSOR)
        self.form.add("payer", tr("Payer"), self.payer)
        self.currency = QLabel()
        self.currency.setToolTip(tr("An invoice is in its agreement's currency"))
        self.form.add("currency", tr("Currency"), self.currency)
        self.right_form = ValidatingForm()
        self.treatment = QComboBox()
        self.treatment.setAccessibleName(tr("VAT treatment"))
        self.right_form.add("tax_treatment", tr("VAT"), self.treatment)
        self.due = OptionalDate(tr("Set"), tr("Due date"))
        self.due.setToolTip(
            tr("Left unset, the due date follows your payment terms when the invoice is issued")
        )
        self.right_form.add("due_date", tr("Due date"), self.due)
        self.note = QLineEdit(placeholderText=tr("Printed on the invoice, e.g. a reference"))
        self.right_form.add("note", tr("Note"), self.note)
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
        profile_word = tr(TREATMENT_WORDS[self._defaults.tax_treatment])
        self.treatment.addItem(tr("As in your profile (%1)").replace("%1", profile_word), None)
        for treatment, words in TREATMENT_WORDS.items():
            self.treatment.addItem(tr(words), treatment)
        self.engagement.currentIndexChanged.connect(lambda _i: self._engagement_chosen())
        self.treatment.currentIndexChanged.connect(lambda _i: self._treatment_chosen())

    def _build_lines(self) -> None:
        box = QGroupBox(tr("Lines"))
        layout = QVBoxLayout(box)
        self.lines_model = LinesModel(self)
        self.lines_table = QTableView()
        self.lines_table.setAccessibleName(tr("Invoice lines"))
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().hide()
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.lines_table.setMinimumHeight(110)
        self.lines_table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_line())
        layout.addWidget(self.lines_table, 1)

        layout.addLayout(self._build_adds())

        self.line_form = ValidatingForm()
        self.description = QLineEdit()
        self.line_form.add("description", tr("Description"), self.description)
        self.quantity = QLineEdit()
        self.line_form.add("quantity", tr("Quantity"), self.quantity)
        self.unit_price = QLineEdit(placeholderText=tr("e.g. 150.00"))
        self.line_form.add("unit_price", tr("Unit price"), self.unit_price)
        self.vat_rate = QLineEdit(placeholderText=tr("e.g. 19"))
        self.line_form.add("vat_rate", tr("VAT rate (%)"), self.vat_rate)
        for edit in (self.description, self.quantity, self.unit_price, self.vat_rate):
            edit.textEdited.connect(lambda _t: self._line_edited())
        layout.addWidget(self.line_form)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(tr("Totals"))
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.totals_label)
        self.main_layout.insertWidget(1, box, 1)
        self._show_line()

    def _build_adds(self) -> QHBoxLayout:
        """The buttons that add lines, and the one that removes the selected line."""
        adds = QHBoxLayout()
        self.add_sessions_button = QPushButton(tr("Unbilled sessions"))
        self.add_sessions_button.setToolTip(tr("Add a line for each completed session not yet billed"))
        self.add_sessions_button.clicked.connect(lambda: self.add_suggested(LineSource.SESSION))
        self.add_package_button = QPushButton(tr("Package"))
        self.add_package_button.setToolTip(tr("Add the engagement's package as one line"))
        self.add_package_button.clicked.connect(lambda: self.add_suggested(LineSource.PACKAGE))
        self.add_fee_button = QPushButton(tr("Fixed fee"))
        self.add_fee_button.setToolTip(tr("Add the agreement's fee as a fixed fee"))
        self.add_fee_button.clicked.connect(lambda: self.add_suggested(LineSource.FIXED_FEE))
        self.add_line_button = QPushButton(tr("Free line"))
        self.add_line_button.setToolTip(tr("Add a line you describe and price yourself"))
        self.add_line_button.clicked.connect(self.add_free_line)
        self.remove_line_button = QPushButton(tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        adds.addWidget(QLabel(tr("Add:")))
        for button in (
            self.add_sessions_button,
            self.add_package_button,
            self.add_fee_button,
            self.add_line_button,
        ):
            adds.addWidget(button)
        adds.addStretch(1)
        adds.addWidget(self.remove_line_button)
        return adds

    # ----- loading ---------------------------------------------------------------------------------

    def load(self, db: Db) -> None:
        if self.record_id is None:
            return
        draft = draft_on_screen(db, self.record_id)
        self.engagement.setCurrentIndex(index_of(self.engagement, draft.engagement_id))
        self.engagement.setEnabled(False)  # a draft stays with its engagement
        self.payer.setCurrentIndex(index_of(self.payer, draft.payer))
        self.treatment.setCurrentIndex(index_of(self.treatment, draft.tax_treatment))
        self.lines_model.set_lines(draft.lines)
        from coachdesk.domain import Invoice

        invoice = db.get(Invoice, self.record_id)
        if invoice is not None:
            self.due.set_value(invoice.due_date)
            self.note.setText(invoice.note)
        if draft.lines:
            self.lines_table.selectRow(0)

    def has_changes(self) -> bool:
        return super().has_changes() or self.lines_model.lines() != self._baseline_lines

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
            1, tr("The sponsor (%1)").replace("%1", sponsor) if sponsor else tr("The sponsor")
        )
        self.currency.setText(engagement.currency if engagement else "")
        self.lines_model.currency = engagement.currency if engagement else "EUR"
        for button in (self.add_sessions_button, self.add_package_button, self.add_fee_button):
            button.setEnabled(engagement is not None and engagement.fee_minor > 0)
        self.add_line_button.setEnabled(engagement is not None)
        self._treatment_chosen()

    def treatment_now(self) -> TaxTreatment:
        chosen = self.treatment.currentData()
        return TaxTreatment(chosen) if chosen is not None else self._defaults.tax_treatment

    def _treatment_chosen(self) -> None:
        charged = self.treatment_now() is TaxTreatment.CHARGED
        self.lines_model.vat_charged = charged
        self.lines_model.default_rate = self._defaults.vat_rate
        self.vat_rate.setEnabled(charged and self.lines_model.line(self._current_row()) is not None)
        self.vat_rate.setToolTip("" if charged else tr("No VAT is charged under this treatment"))
        self.lines_model.layoutChanged.emit()
        self._show_totals()

    # ----- lines -----------------------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.lines_table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        self.lines_table.selectionModel().setCurrentIndex(
            self.lines_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_suggested(self, source: LineSource) -> int:
        """Add the lines the engagement suggests; how many were added (0: says why)."""
        engagement = self.chosen_engagement()
        if engagement is None:
            return 0
        with self._open_db() as db:
            found = suggested_lines(db, engagement.id, source)
        on_draft = {s for line in self.lines_model.lines() for s in line.details.session_ids}
        found = [line for line in found if not set(line.session_ids) & on_draft]
        if source is LineSource.PACKAGE and any(
            line.details.source == LineSource.PACKAGE for line in self.lines_model.lines()
        ):
            found = []
        if not found:
            self.line_form.show_message(
                tr("Every completed session of this engagement is already on an invoice.")
                if source is LineSource.SESSION
                else tr("This engagement's package is already on an invoice.")
            )
            return 0
        self.line_form.clear_errors()
        for line in found:
            row = self.lines_model.append(EditedLine(line))
        self._select(row)
        self._show_totals()
        return len(found)

    def add_free_line(self) -> None:
        row = self.lines_model.append(EditedLine(LineDetails(tr("Coaching"), "", source=LineSource.FREE)))
        self._select(row)
        self._show_totals()
        self.description.setFocus()
        self.description.selectAll()

    def remove_line(self) -> None:
        row = self._current_row()
        self.lines_model.remove(row)
        if self.lines_model.rowCount():
            self._select(min(row, self.lines_model.rowCount() - 1))
        self._show_line()
        self._show_totals()

    def _show_line(self) -> None:
        """Put the selected line in the line form (emptied and disabled without one)."""
        line = self.lines_model.line(self._current_row())
        self._showing_line = True
        try:
            details = line.details if line is not None else None
            self.description.setText(details.description if details else "")
            self.quantity.setText(str(details.quantity) if details else "")
            self.unit_price.setText(_price_text(details.unit_price) if details else "")
            rate = details.vat_rate if details and details.vat_rate is not None else self._defaults.vat_rate
            self.vat_rate.setText(str(rate) if details else "")
        finally:
            self._showing_line = False
        for edit in (self.description, self.quantity, self.unit_price):
            edit.setEnabled(line is not None)
        self.vat_rate.setEnabled(line is not None and self.treatment_now() is TaxTreatment.CHARGED)
        self.remove_line_button.setEnabled(line is not None)

    def _line_edited(self) -> None:
        row = self._current_row()
        line = self.lines_model.line(row)
        if line is None or self._showing_line:
            return
        rate = self.vat_rate.text().strip()
        details = replace(
            line.details,
            description=self.description.text(),
            quantity=self.quantity.text(),
            unit_price=self.unit_price.text(),
            vat_rate=rate if rate and self.treatment_now() is TaxTreatment.CHARGED else line.details.vat_rate,
        )
        self.lines_model.replace(row, replace(line, details=details))
        self._show_totals()

    def _show_totals(self) -> None:
        found = totals(
            self.lines_model.lines(),
            vat_charged=self.treatment_now() is TaxTreatment.CHARGED,
            default_rate=self._defaults.vat_rate,
        )
        currency = self.lines_model.currency
        self.totals_label.setText(
            tr("Net %1 · VAT %2 · Total %3")
            .replace("%1", money_text(found.net_minor, currency))
            .replace("%2", money_text(found.vat_minor, currency))
            .replace("%3", f"<b>{money_text(found.gross_minor, currency)}</b>")
        )

    def totals_text(self) -> str:
        """The totals as shown, without markup (for tests and screen readers)."""
        return self.totals_label.text().replace("<b>", "").replace("</b>", "")

    # ----- saving ----------------------------------------------------------------------------------

    def save(self, db: Db) -> Changes:
        engagement = self.chosen_engagement()
        if engagement is None:
            raise ValidationError("engagement_id", tr("Choose the engagement this invoice bills."))
        details = DraftDetails(
            payer=self.payer.currentData(),
            tax_treatment=self.treatment.currentData(),
            due_date=self.due.value(),
            note=self.note.text(),
        )
        return save_draft(db, self.record_id, engagement.id, details, self.lines_model.lines())

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
        self.line_form.clear_errors()
        if isinstance(error, LineRefused):
            self._show_line_error(error)
        elif error.field in LINE_FIELDS:
            self.line_form.show_error(error)
        elif error.field in self.right_form.fields:
            self.right_form.show_error(error)
        else:
            self.form.show_error(error)

    def _show_line_error(self, error: LineRefused) -> None:
        self._select(error.line)
        self.line_form.show_error(error)

    def error_text(self, field: str) -> str:
        for form in (self.form, self.right_form, self.line_form):
            if text := form.error_text(field):
                return text
        return ""
