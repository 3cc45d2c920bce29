"""The dashboard's lines on getting paid: the invoices overdue, the refunds due and the sessions not yet
invoiced."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel

from coachdesk.services.invoice_dashboard import MoneyAtAGlance
from coachdesk.services.invoice_list import InvoiceRow, UnbilledWork
from coachdesk.ui.kit.locale_format import money_text

MAX_NAMES = 3  # clients named on the unbilled line; the rest are counted


def english_plural(text: str, count: int) -> str:
    """Untranslated English plurals written out: "1 invoice(s)" → "1 invoice", "2 …" → "2 invoices"."""
    return text.replace("(s)", "s" if count != 1 else "")


class GettingPaidWords(QObject):
    """The counted words of the getting-paid lines (a QObject, so that lupdate sees their plurals)."""

    def overdue_invoices(self, count: int) -> str:
        return english_plural(self.tr("%n invoice(s) overdue: ", "", count), count)

    def more_engagements(self, count: int) -> str:
        return english_plural(self.tr("%n more engagement(s)", "", count), count)

    def sessions_unbilled(self, count: int) -> str:
        return english_plural(self.tr("%n session(s) not yet invoiced: ", "", count), count)

    def overdue_count(self, count: int) -> str:
        return self.tr("%n overdue", "", count)

    def refunds_due(self, count: int) -> str:
        return english_plural(self.tr("%n refund(s) due", "", count), count)

    def refunds_due_lead(self, count: int) -> str:
        return english_plural(self.tr("%n refund(s) due: ", "", count), count)

    def and_more(self, count: int) -> str:
        return self.tr(" and %n more", "", count)


def paid_label(indent: int, name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setContentsMargins(indent, 0, indent, 0)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def amounts_text(totals: Mapping[str, int]) -> str:
    """Totals per currency, in minor units: "€1,200.00 + CHF 300.00"."""
    return " + ".join(money_text(minor, currency) for currency, minor in sorted(totals.items()))


def overdue_text(overdue: Sequence[InvoiceRow], owed: Mapping[str, int]) -> str:
    """ "2 invoices overdue: €1,440.00, the oldest Vale & Tejo (2026-0001)"; a calm line when none."""
    if not overdue:
        return QCoreApplication.translate("GettingPaidWords", "No invoice is overdue.")
    oldest = overdue[0]
    return (
        GettingPaidWords().overdue_invoices(len(overdue))
        + amounts_text(owed)
        + QCoreApplication.translate("GettingPaidWords", ", the oldest {payer} ({number})").format(
            payer=oldest.payer_name, number=oldest.number or ""
        )
    )


def refunds_text(refunds: Sequence[InvoiceRow], back: Mapping[str, int]) -> str:
    """ "1 refund due: €178.50 to Zoë Ørsted (2026-0001)"; '' when none (the line is then hidden)."""
    if not refunds:
        return ""
    first, words = refunds[0], GettingPaidWords()
    to = QCoreApplication.translate("GettingPaidWords", " to {payer} ({number})")
    return (
        words.refunds_due_lead(len(refunds))
        + amounts_text(back)
        + to.format(payer=first.payer_name, number=first.number or "")
        + (words.and_more(len(refunds) - 1) if len(refunds) > 1 else "")
    )


def unbilled_text(work: Sequence[UnbilledWork], waiting: Mapping[str, int]) -> str:
    """ "5 sessions not yet invoiced: €1,200.00 · Zoë Ørsted (3), Łukasz Nowak (2)"; a calm line when none."""
    if not work:
        return QCoreApplication.translate("GettingPaidWords", "Every completed session is invoiced.")
    sessions = sum(w.sessions for w in work)
    words = GettingPaidWords()
    names = [f"{w.client_name} ({w.sessions})" for w in work[:MAX_NAMES]]
    if len(work) > MAX_NAMES:
        names.append(words.more_engagements(len(work) - MAX_NAMES))
    return words.sessions_unbilled(sessions) + amounts_text(waiting) + " · " + ", ".join(names)


NOTHING = MoneyAtAGlance((), (), {}, {})


def show_getting_paid(
    overdue_label: QLabel,
    unbilled_label: QLabel,
    glance: MoneyAtAGlance,
    refunds_label: QLabel | None = None,
) -> str:
    """Fill the lines (the refunds' only when one is due); returns the card's count ("2 overdue", '')."""
    overdue_label.setText(overdue_text(glance.overdue, glance.overdue_minor))
    unbilled_label.setText(unbilled_text(glance.unbilled, glance.unbilled_minor))
    if refunds_label is not None:
        refunds_label.setText(refunds_text(glance.refunds_due, glance.refund_due_minor))
        refunds_label.setVisible(bool(glance.refunds_due))
    words = GettingPaidWords()
    counts = [words.overdue_count(len(glance.overdue))] if glance.overdue else []
    if glance.refunds_due:
        counts.append(words.refunds_due(len(glance.refunds_due)))
    return " · ".join(counts)
