"""The draft editor's lines: the table, the buttons that add lines, the form of the selected line, and
the totals as typed."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from coachdesk.domain import LineSource
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.invoice_screen import EditedLine, suggested_lines
from coachdesk.services.invoices import LineDetails
from coachdesk.ui.invoices.lines import LineColumn, LinesModel, number, totals
from coachdesk.ui.invoices.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.invoices.table import translated
from coachdesk.ui.kit.form import ValidatingForm
from coachdesk.ui.kit.locale_format import money_text

LINE_FIELDS = ("description", "quantity", "unit_price", "vat_rate", "session_ids")


def _price_text(price: object) -> str:
    """A saved price as "150.00"; a typed one as it was typed."""
    if isinstance(price, str):
        return price
    found = number(price)
    return f"{found:.2f}" if found is not None else str(price)


class DraftLinesPanel(QGroupBox):
    """Edits a draft's lines in memory; the dialog saves them. A line's refused field shows in the form
    below the table, with that line selected."""

    def __init__(self, open_db: DbFactory, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DraftLinesPanel", "Lines"), parent)
        self._open_db = open_db
        self._showing_line = False
        self.vat_charged = False
        self.default_rate = Decimal(0)
        self.model = LinesModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Invoice lines"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_line())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_adds())
        self.form = ValidatingForm()
        self.description = QLineEdit()
        self.form.add("description", self.tr("Description"), self.description)
        self.quantity = QLineEdit()
        self.form.add("quantity", self.tr("Quantity"), self.quantity)
        self.unit_price = QLineEdit(placeholderText=self.tr("e.g. 150.00"))
        self.form.add("unit_price", self.tr("Unit price"), self.unit_price)
        self.vat_rate = QLineEdit(placeholderText=self.tr("e.g. 19"))
        self.form.add("vat_rate", self.tr("VAT rate (%)"), self.vat_rate)
        for edit in (self.description, self.quantity, self.unit_price, self.vat_rate):
            edit.textEdited.connect(lambda _t: self._line_edited())
        layout.addWidget(self.form)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(self.tr("Totals"))
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.totals_label)
        self.show_line()

    def _build_adds(self) -> QHBoxLayout:
        """The buttons that add lines, and the one that removes the selected line."""

        def button(text: str, tip: str) -> QPushButton:
            made = QPushButton(translated(text))
            made.setToolTip(translated(tip))
            return made

        self.add_sessions_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Unbilled sessions"),
            QT_TRANSLATE_NOOP("Invoices", "Add a line for each completed session not yet billed"),
        )
        self.add_package_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Package"),
            QT_TRANSLATE_NOOP("Invoices", "Add the engagement's package as one line"),
        )
        self.add_fee_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Fixed fee"),
            QT_TRANSLATE_NOOP("Invoices", "Add the agreement's fee as a fixed fee"),
        )
        self.add_line_button = button(
            QT_TRANSLATE_NOOP("Invoices", "Free line"),
            QT_TRANSLATE_NOOP("Invoices", "Add a line you describe and price yourself"),
        )
        self.add_line_button.clicked.connect(self.add_free_line)
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        adds = QHBoxLayout()
        adds.addWidget(QLabel(self.tr("Add:")))
        for made in (
            self.add_sessions_button,
            self.add_package_button,
            self.add_fee_button,
            self.add_line_button,
        ):
            adds.addWidget(made)
        adds.addStretch(1)
        adds.addWidget(self.remove_line_button)
        return adds

    # ----- what the terms say ----------------------------------------------------------------------

    def set_engagement(self, currency: str, *, chosen: bool, has_fee: bool) -> None:
        self.model.currency = currency
        for made in (self.add_sessions_button, self.add_package_button, self.add_fee_button):
            made.setEnabled(chosen and has_fee)
        self.add_line_button.setEnabled(chosen)
        self.show_totals()

    def set_vat(self, *, charged: bool, default_rate: Decimal) -> None:
        self.vat_charged, self.default_rate = charged, default_rate
        self.model.vat_charged, self.model.default_rate = charged, default_rate
        self.vat_rate.setEnabled(charged and self.model.line(self.current_row()) is not None)
        self.vat_rate.setToolTip("" if charged else self.tr("No VAT is charged under this treatment"))
        self.model.layoutChanged.emit()
        self.show_line()
        self.show_totals()

    # ----- lines -----------------------------------------------------------------------------------

    def lines(self) -> list[EditedLine]:
        return self.model.lines()

    def set_lines(self, lines: list[EditedLine]) -> None:
        self.model.set_lines(lines)
        if lines:
            self.select(0)
        self.show_totals()

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def add_suggested(self, engagement_id: uuid.UUID, source: LineSource) -> int:
        """Add the lines the engagement suggests; how many were added (0: says why)."""
        with self._open_db() as db:
            found = suggested_lines(db, engagement_id, source)
        on_draft = {s for line in self.model.lines() for s in line.details.session_ids}
        found = [line for line in found if not set(line.session_ids) & on_draft]
        if source is LineSource.PACKAGE and any(line.details.source == source for line in self.model.lines()):
            found = []
        if not found:
            self.form.show_message(
                self.tr("Every completed session of this engagement is already on an invoice.")
                if source is LineSource.SESSION
                else self.tr("This engagement's package is already on an invoice.")
            )
            return 0
        self.form.clear_errors()
        for line in found:
            row = self.model.append(EditedLine(line))
        self.select(row)
        self.show_totals()
        return len(found)

    def add_free_line(self) -> None:
        row = self.model.append(EditedLine(LineDetails(self.tr("Coaching"), "", source=LineSource.FREE)))
        self.select(row)
        self.show_totals()
        self.description.setFocus()
        self.description.selectAll()

    def remove_line(self) -> None:
        row = self.current_row()
        self.model.remove(row)
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))
        self.show_line()
        self.show_totals()

    def show_line(self) -> None:
        """Put the selected line in the line form (emptied and disabled without one)."""
        line = self.model.line(self.current_row())
        details = line.details if line is not None else None
        self._showing_line = True
        try:
            self.description.setText(details.description if details else "")
            self.quantity.setText(str(details.quantity) if details else "")
            self.unit_price.setText(_price_text(details.unit_price) if details else "")
            rate = details.vat_rate if details and details.vat_rate is not None else self.default_rate
            self.vat_rate.setText(str(rate) if details else "")
        finally:
            self._showing_line = False
        for edit in (self.description, self.quantity, self.unit_price):
            edit.setEnabled(line is not None)
        self.vat_rate.setEnabled(line is not None and self.vat_charged)
        self.remove_line_button.setEnabled(line is not None)

    def _line_edited(self) -> None:
        row = self.current_row()
        line = self.model.line(row)
        if line is None or self._showing_line:
            return
        rate = self.vat_rate.text().strip()
        details = replace(
            line.details,
            description=self.description.text(),
            quantity=self.quantity.text(),
            unit_price=self.unit_price.text(),
            vat_rate=rate if rate and self.vat_charged else line.details.vat_rate,
        )
        self.model.replace(row, replace(line, details=details))
        self.show_totals()

    # ----- totals and refusals ---------------------------------------------------------------------

    def show_totals(self) -> None:
        found = totals(self.model.lines(), vat_charged=self.vat_charged, default_rate=self.default_rate)
        currency = self.model.currency
        self.totals_label.setText(
            self.tr("Net %1 · VAT %2 · Total %3")
            .replace("%1", money_text(found.net_minor, currency))
            .replace("%2", money_text(found.vat_minor, currency))
            .replace("%3", f"<b>{money_text(found.gross_minor, currency)}</b>")
        )

    def totals_text(self) -> str:
        """The totals as shown, without markup (for tests and screen readers)."""
        return self.totals_label.text().replace("<b>", "").replace("</b>", "")

    def show_error(self, error: ValidationError, line: int | None = None) -> None:
        """``error`` beside its field in the line form, with line number ``line`` selected."""
        if line is not None:
            self.select(line)
        self.form.show_error(error)
