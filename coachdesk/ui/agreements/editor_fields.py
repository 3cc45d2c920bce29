"""The agreement editor's fields on five tabs, named as the engagement service names them."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from coachdesk.domain import FeeBasis, Payer, SessionFormat, VatTreatment
from coachdesk.services.agreement_list import EditorChoices
from coachdesk.services.engagements import MAX_NOTICE_DAYS, MAX_SESSION_COUNT, EngagementDetails
from coachdesk.ui.agreements.editor_clauses import ClauseChoices
from coachdesk.ui.agreements.marks import QT_TRANSLATE_NOOP
from coachdesk.ui.agreements.table import fee_text
from coachdesk.ui.kit.form import OptionalDate, ValidatingForm, index_of

CONTEXT = "EngagementFields"
# Words of the choices, in English (translated where shown).
FORMAT_WORDS = {
    SessionFormat.VIDEO: QT_TRANSLATE_NOOP("EngagementFields", "Video call"),
    SessionFormat.IN_PERSON: QT_TRANSLATE_NOOP("EngagementFields", "In person"),
    SessionFormat.PHONE: QT_TRANSLATE_NOOP("EngagementFields", "Phone"),
}
BASIS_WORDS = {
    FeeBasis.PER_SESSION: QT_TRANSLATE_NOOP("EngagementFields", "Per session"),
    FeeBasis.PER_ENGAGEMENT: QT_TRANSLATE_NOOP("EngagementFields", "For the whole engagement"),
}
PAYER_WORDS = {
    Payer.CLIENT: QT_TRANSLATE_NOOP("EngagementFields", "The client"),
    Payer.SPONSOR: QT_TRANSLATE_NOOP("EngagementFields", "The sponsor"),
}
CURRENCIES = (
    "EUR",
    "GBP",
    "USD",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "JPY",
    "INR",
)
NO_SPONSOR = QT_TRANSLATE_NOOP("EngagementFields", "None — a two-party agreement")
LIMITS_NOTE = QT_TRANSLATE_NOOP(
    "EngagementFields",
    "Every agreement also states the limits of confidentiality: illegal activity, disclosure required by "
    "law or by a court order or subpoena, and an imminent or likely risk of danger to the client or to "
    "others; and that supervision is the one routine exception.",
)
NEVER_SHARED_NOTE = QT_TRANSLATE_NOOP(
    "EngagementFields", "The sponsor never receives your private notes or what the client says in sessions."
)
TAB_TITLES = (
    QT_TRANSLATE_NOOP("EngagementFields", "Parties and dates"),
    QT_TRANSLATE_NOOP("EngagementFields", "Sessions and fees"),
    QT_TRANSLATE_NOOP("EngagementFields", "Confidentiality and the sponsor"),
    QT_TRANSLATE_NOOP("EngagementFields", "Boundaries and ending"),
    QT_TRANSLATE_NOOP("EngagementFields", "Clauses"),
)


def translated(text: str) -> str:
    """A word marked above, in the coach's language."""
    return QCoreApplication.translate(CONTEXT, text)


def parties_sentence(sponsor: str) -> str:
    """What kind of agreement this is, in words."""
    if sponsor:
        return QCoreApplication.translate(
            "EngagementFields", "Three-way agreement (coach, client and {sponsor})"
        ).format(sponsor=sponsor)
    return QCoreApplication.translate("EngagementFields", "Two-party agreement (coach and client)")


def _text_box(hint: str, lines: int = 3) -> QPlainTextEdit:
    """A box for a few lines of wording; it scrolls when the coach writes more."""
    box = QPlainTextEdit(placeholderText=hint)
    box.setTabChangesFocus(True)
    margins = box.contentsMargins().top() + box.contentsMargins().bottom()
    box.setFixedHeight(
        box.fontMetrics().lineSpacing() * lines + 2 * round(box.document().documentMargin()) + margins
    )
    return box


def _combo(words: dict[object, str]) -> QComboBox:
    combo = QComboBox()
    for value, word in words.items():
        combo.addItem(translated(word), value)
    return combo


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # Take the field's full width, so the wrapped text gets the height it needs (never clipped).
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def parse_amount(text: str, locale: QLocale | None = None) -> str:
    """What the coach typed as a fee, as "1234.50" for the service; unreadable text is passed on as typed.

    Group separators count only between groups of three digits, so "220,50" is 220.50 in any locale.
    """
    locale = locale or QLocale()
    raw = "".join(text.split()).replace("\u202f", "")
    group, point = locale.groupSeparator(), locale.decimalPoint()
    grouped = rf"^\d{{1,3}}({re.escape(group)}\d{{3}})+({re.escape(point)}\d*)?$"
    if group and group != point and re.match(grouped, raw):
        raw = raw.replace(group, "")
    candidate = raw.replace(point, ".").replace(",", ".")
    try:
        Decimal(candidate)
    except InvalidOperation:
        return text
    return candidate


class EngagementFields(QObject):
    """Every term of the agreement, on five forms (one per tab); ``sponsor_changed`` carries its name."""

    sponsor_changed = Signal(str)

    def __init__(self, choices: EditorChoices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.forms = [ValidatingForm() for _ in TAB_TITLES]
        self._parties()
        self._sessions_and_fees()
        self._confidentiality()
        self._boundaries()
        self._clauses()
        self.sponsor.currentIndexChanged.connect(self._follow_sponsor)
        self.fee.textChanged.connect(self._show_fee)
        self.currency.editTextChanged.connect(self._show_fee)
        for combo in (self.fee_basis, self.payer, self.currency):
            combo.currentIndexChanged.connect(self._show_fee)
        self._follow_sponsor()

    # ----- the five forms ------------------------------------------------------------------------

    def _parties(self) -> None:
        form = self.forms[0]
        self.client = QComboBox()
        self.client.setPlaceholderText(self.tr("Choose the client"))
        for client in self.choices.clients:
            self.client.addItem(client.name, client.id)
        self.title = QLineEdit(placeholderText=self.tr("e.g. First 100 days as Head of Operations"))
        self.sponsor = QComboBox()
        self.sponsor.addItem(translated(NO_SPONSOR), None)
        for sponsor in self.choices.sponsors:
            self.sponsor.addItem(sponsor.name, sponsor.id)
        self.sponsor_contact_name = QLineEdit()
        self.sponsor_contact_email = QLineEdit()
        self.start_date = OptionalDate(self.tr("Agreed"), self.tr("Start date"))
        self.end_date = OptionalDate(self.tr("Agreed"), self.tr("End date"))
        form.add("client_id", self.tr("Client"), self.client)
        form.add("title", self.tr("Title"), self.title)
        form.add("sponsor_id", self.tr("Sponsor"), self.sponsor)
        form.add("sponsor_contact_name", self.tr("Sponsor's contact"), self.sponsor_contact_name)
        form.add("sponsor_contact_email", self.tr("Contact's e-mail"), self.sponsor_contact_email)
        self.log_as_alias = QCheckBox(self.tr("Log as an alias, verified by the organisation"))
        self.log_as_alias.setToolTip(
            self.tr(
                "For an organisation whose confidentiality policy keeps client names in: the hours log "
                "lists these sessions as “Confidential Client N” with the contact's e-mail (needed for "
                "the hours to count), and Reports prints the letter the contact signs."
            )
        )
        form.add("log_as_alias", self.tr("Hours log"), self.log_as_alias)
        form.add("start_date", self.tr("Starts"), self.start_date, focus=self.start_date.check)
        form.add("end_date", self.tr("Ends"), self.end_date, focus=self.end_date.check)

    def _sessions_and_fees(self) -> None:
        form = self.forms[1]
        self.session_count = QSpinBox(minimum=0, maximum=MAX_SESSION_COUNT)
        self.session_count.setSpecialValueText(self.tr("As agreed (no fixed number)"))
        self.session_count.setSuffix(self.tr(" sessions"))
        self.session_minutes = QSpinBox(minimum=1, maximum=24 * 60, singleStep=15)
        self.session_minutes.setSuffix(self.tr(" minutes"))
        self.format = _combo(FORMAT_WORDS)  # type: ignore[arg-type]
        self.fee = QLineEdit(placeholderText=self.tr("0 for pro bono"))
        self.fee_shown = QLabel()
        self.fee_shown.setAccessibleName(self.tr("Fee as printed"))
        fee_row = QWidget()
        row = QHBoxLayout(fee_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fee, 1)
        row.addWidget(self.fee_shown, 2)
        self.currency = QComboBox(editable=True)
        self.currency.addItems(CURRENCIES)
        currency_edit = self.currency.lineEdit()
        if currency_edit is not None:
            currency_edit.setMaxLength(3)
        self.fee_basis = _combo(BASIS_WORDS)  # type: ignore[arg-type]
        self.payer = _combo(PAYER_WORDS)  # type: ignore[arg-type]
        self.payment_terms = _text_box(self.tr("e.g. Invoiced monthly; payable within 30 days"), 4)
        self.cancellation_policy = _text_box(
            self.tr("e.g. Sessions moved with less than 24 hours' notice are charged"), 4
        )
        form.add("session_count", self.tr("Sessions"), self.session_count)
        form.add("session_minutes", self.tr("Each session"), self.session_minutes)
        form.add("format", self.tr("Format"), self.format)
        self.fee.setAccessibleName(self.tr("Fee"))
        form.add("fee", self.tr("Fee"), fee_row, focus=self.fee)
        form.add("currency", self.tr("Currency"), self.currency)
        form.add("fee_basis", self.tr("Charged"), self.fee_basis)
        form.add("payer", self.tr("Paid by"), self.payer)
        self.vat = QComboBox()
        for value, word in (
            (VatTreatment.INCLUDED, self.tr("Included in the fee")),
            (VatTreatment.ADDED, self.tr("Added to the fee")),
            (VatTreatment.NOT_CHARGED, self.tr("Not charged")),
        ):
            self.vat.addItem(word, value)
        form.add("vat", self.tr("VAT"), self.vat)
        form.add("payment_terms", self.tr("Payment terms"), self.payment_terms)
        form.add("cancellation_policy", self.tr("Cancellation"), self.cancellation_policy)
        self.late_cancel_uses_credit = QCheckBox(
            self.tr("Late cancellations and no-shows use a session and are billed")
        )
        form.add("late_cancel_uses_credit", self.tr("Missed sessions"), self.late_cancel_uses_credit)

    def _confidentiality(self) -> None:
        form = self.forms[2]
        self.confidentiality_terms = _text_box(
            self.tr("Anything you agree beyond the standard confidentiality clause"), 5
        )
        form.add("confidentiality_terms", self.tr("Confidentiality"), self.confidentiality_terms)
        form.add_row("", _note(translated(LIMITS_NOTE)))
        self.sponsor_receives_attendance = QCheckBox(self.tr("Attendance: which sessions took place"))
        self.sponsor_receives_goals = QCheckBox(self.tr("The goals agreed for the coaching"))
        self.sponsor_receives_progress_summary = QCheckBox(
            self.tr("A progress summary, agreed with the client first")
        )
        form.add(
            "sponsor_receives_attendance", self.tr("The sponsor receives"), self.sponsor_receives_attendance
        )
        form.add("sponsor_receives_goals", "", self.sponsor_receives_goals)
        form.add("sponsor_receives_progress_summary", "", self.sponsor_receives_progress_summary)
        self.sponsor_note = _note(translated(NEVER_SHARED_NOTE))
        form.add_row("", self.sponsor_note)
        self.three_way_meetings = _text_box(
            self.tr("e.g. In the first week, at the midpoint review and at the close"), 2
        )
        form.add("three_way_meetings", self.tr("Three-way meetings"), self.three_way_meetings)

    def _boundaries(self) -> None:
        form = self.forms[3]
        self.contact_channels = _text_box(self.tr("e.g. E-mail; phone for rescheduling only"), 2)
        self.contact_hours = _text_box(self.tr("e.g. Monday to Friday, 9:00–18:00"), 2)
        self.response_time = QLineEdit(placeholderText=self.tr("e.g. Within two working days"))
        self.gifts_policy = _text_box(self.tr("e.g. No gifts beyond a token of under €25"), 3)
        self.termination_notice_days = QSpinBox(minimum=0, maximum=MAX_NOTICE_DAYS)
        self.termination_notice_days.setSuffix(self.tr(" days' notice"))
        self.termination_notice_days.setSpecialValueText(self.tr("No notice needed"))
        form.add("contact_channels", self.tr("Contact channels"), self.contact_channels)
        form.add("contact_hours", self.tr("Contact hours"), self.contact_hours)
        form.add("response_time", self.tr("Response time"), self.response_time)
        form.add("gifts_policy", self.tr("Gifts"), self.gifts_policy)
        form.add("termination_notice_days", self.tr("Ending early"), self.termination_notice_days)
        form.add_row(
            "", _note(self.tr("Either party may end the coaching with this much notice, in writing."))
        )

    def _clauses(self) -> None:
        form = self.forms[4]
        self.clauses = ClauseChoices()
        form.add("clauses_off", self.tr("Optional clauses"), self.clauses)
        form.add_row(
            "",
            _note(
                self.tr(
                    "Untick a clause to leave it out of this agreement. Every other clause always prints; "
                    "the wording of all of them is in the clause template."
                )
            ),
        )
        self.signature_place = QCheckBox(self.tr("A “Place” line beside each signature date"))
        form.add("signature_place", self.tr("Signatures"), self.signature_place)

    # ----- following the sponsor and the fee -----------------------------------------------------

    def sponsor_name(self) -> str:
        return "" if self.sponsor.currentData() is None else self.sponsor.currentText()

    def _follow_sponsor(self) -> None:
        chosen = next((s for s in self.choices.sponsors if s.id == self.sponsor.currentData()), None)
        for widget in (
            self.sponsor_contact_name,
            self.sponsor_contact_email,
            self.log_as_alias,
            self.sponsor_receives_attendance,
            self.sponsor_receives_goals,
            self.sponsor_receives_progress_summary,
            self.three_way_meetings,
        ):
            widget.setEnabled(chosen is not None)
        self.clauses.follow_sponsor(chosen is not None)
        if chosen is None:
            self.sponsor_contact_name.setPlaceholderText(self.tr("Choose a sponsor first"))
            self.sponsor_contact_email.setPlaceholderText("")
            self.sponsor_note.setText(
                self.tr("Only a sponsor receives anything; this is a two-party agreement.")
            )
        else:
            self.sponsor_contact_name.setPlaceholderText(
                self.tr("{name} (the organisation's contact)").format(name=chosen.contact_name)
                if chosen.contact_name
                else self.tr("Who signs for the sponsor")
            )
            self.sponsor_contact_email.setPlaceholderText(chosen.contact_email)
            self.sponsor_note.setText(translated(NEVER_SHARED_NOTE))
        self.sponsor_changed.emit(self.sponsor_name())
        self._show_fee()

    def _show_fee(self) -> None:
        try:
            amount = Decimal(parse_amount(self.fee.text()) or "0")
            minor = int(amount * 100)
        except (InvalidOperation, ValueError, OverflowError):
            self.fee_shown.setText("")
            return
        currency = self.currency.currentText().strip().upper()
        if amount < 0 or amount != amount.quantize(Decimal("0.01")) or not re.fullmatch("[A-Z]{3}", currency):
            self.fee_shown.setText("")
            return
        self.fee_shown.setText(
            "= " + fee_text(minor, currency, self.fee_basis.currentData(), self.payer.currentData())
        )

    # ----- in and out ----------------------------------------------------------------------------

    def load(self, d: EngagementDetails) -> None:
        self.client.setCurrentIndex(index_of(self.client, d.client_id))
        self.title.setText(d.title)
        self.sponsor.setCurrentIndex(index_of(self.sponsor, d.sponsor_id))
        self.sponsor_contact_name.setText(d.sponsor_contact_name)
        self.sponsor_contact_email.setText(d.sponsor_contact_email)
        self.log_as_alias.setChecked(d.log_as_alias)
        self.start_date.set_value(d.start_date)
        self.end_date.set_value(d.end_date)
        self.session_count.setValue(d.session_count or 0)
        self.session_minutes.setValue(d.session_minutes)
        self.format.setCurrentIndex(index_of(self.format, SessionFormat(d.format)))
        fee = Decimal(str(d.fee)).quantize(Decimal("0.01"))
        self.fee.setText(str(fee).replace(".", QLocale().decimalPoint()))
        self.currency.setCurrentText(str(d.currency))
        self.fee_basis.setCurrentIndex(index_of(self.fee_basis, FeeBasis(d.fee_basis)))
        self.payer.setCurrentIndex(index_of(self.payer, Payer(d.payer)))
        for name in ("payment_terms", "cancellation_policy", "confidentiality_terms", "contact_channels"):
            getattr(self, name).setPlainText(getattr(d, name))
        self.contact_hours.setPlainText(d.contact_hours)
        self.gifts_policy.setPlainText(d.gifts_policy)
        self.response_time.setText(d.response_time)
        for name in (
            "sponsor_receives_attendance",
            "sponsor_receives_goals",
            "sponsor_receives_progress_summary",
        ):
            getattr(self, name).setChecked(getattr(d, name))
        self.termination_notice_days.setValue(d.termination_notice_days)
        self.vat.setCurrentIndex(index_of(self.vat, VatTreatment(d.vat)))
        self.three_way_meetings.setPlainText(d.three_way_meetings)
        self.clauses.set_off(d.clauses_off)
        self.signature_place.setChecked(d.signature_place)
        self.late_cancel_uses_credit.setChecked(bool(d.late_cancel_uses_credit))
        self._follow_sponsor()

    def details(self) -> EngagementDetails:
        """The terms as typed; the sponsor's contact and what it receives only count with a sponsor."""
        sponsor_id: uuid.UUID | None = self.sponsor.currentData()
        three_way = sponsor_id is not None
        return EngagementDetails(
            client_id=self.client.currentData(),
            title=self.title.text(),
            sponsor_id=sponsor_id,
            sponsor_contact_name=self.sponsor_contact_name.text() if three_way else "",
            sponsor_contact_email=self.sponsor_contact_email.text() if three_way else "",
            log_as_alias=self.log_as_alias.isChecked() and three_way,
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            session_count=self.session_count.value() or None,
            session_minutes=self.session_minutes.value(),
            format=self.format.currentData(),
            fee=parse_amount(self.fee.text()) or "0",
            currency=self.currency.currentText(),
            fee_basis=self.fee_basis.currentData(),
            payer=self.payer.currentData(),
            payment_terms=self.payment_terms.toPlainText(),
            cancellation_policy=self.cancellation_policy.toPlainText(),
            late_cancel_uses_credit=self.late_cancel_uses_credit.isChecked(),
            confidentiality_terms=self.confidentiality_terms.toPlainText(),
            sponsor_receives_attendance=three_way and self.sponsor_receives_attendance.isChecked(),
            sponsor_receives_goals=three_way and self.sponsor_receives_goals.isChecked(),
            sponsor_receives_progress_summary=three_way
            and self.sponsor_receives_progress_summary.isChecked(),
            contact_channels=self.contact_channels.toPlainText(),
            contact_hours=self.contact_hours.toPlainText(),
            response_time=self.response_time.text(),
            gifts_policy=self.gifts_policy.toPlainText(),
            termination_notice_days=self.termination_notice_days.value(),
            vat=self.vat.currentData(),
            three_way_meetings=self.three_way_meetings.toPlainText() if three_way else "",
            clauses_off=self.clauses.off(),
            signature_place=self.signature_place.isChecked(),
        )
