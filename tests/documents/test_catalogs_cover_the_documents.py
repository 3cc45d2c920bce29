"""Every phrase the invoice, reminder, credit note, sponsor report and referral letter print is in the
German and French catalogs: the literals their code passes to ``w()`` / ``w.n()``, and the tables of
words they translate when printing (statuses, urgencies, the standard VAT sentences)."""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

import pytest

from coachdesk.documents import (
    base,
    facturx_pdf,
    facturx_xml,
    invoice,
    invoice_reminder,
    referral_letter,
    sponsor_report,
)
from coachdesk.documents.wording import words_for
from coachdesk.domain import vat_wording
from coachdesk.services import (
    invoice_issue,
    invoice_line_words,
    invoice_pdf,
    referral_letter_items,
    sponsor_report_pdf,
)

MODULES: list[ModuleType] = [
    base,
    invoice,
    invoice_reminder,
    facturx_xml,
    facturx_pdf,
    sponsor_report,
    referral_letter,
    invoice_pdf,
    invoice_issue,
    invoice_line_words,
    referral_letter_items,
]


def _literals(module: ModuleType) -> tuple[set[str], set[str]]:
    """The string literals passed to ``w(...)``, ``self.w(...)`` (singular) and ``….n(...)`` (plural)."""
    singular: set[str] = set()
    plural: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if name == "w":
            singular.add(first.value)
        elif name == "n" and isinstance(func, ast.Attribute) and len(node.args) == 3:
            plural.add(first.value)
    return singular, plural


def _tables() -> set[str]:
    """The words the documents look up in tables and print translated."""
    words = {
        *invoice.TITLES.values(),
        *invoice._NUMBER_LABELS.values(),
        *invoice._DATE_LABELS.values(),
        "Description", "Qty", "Unit price", "VAT", "Amount",
        "Total credited", "Total", "Total due", "Overpaid", "Balance due",
        "Invoice", "Invoice date", "Invoice total", "Paid so far", "Amount due", "Due date", "Days overdue",
        invoice_reminder.TITLE,
        facturx_xml.CREDIT_TERMS,
        *(wording for wording in vat_wording.STANDARD_WORDING.values() if wording),
        sponsor_report.TITLE,
        *sponsor_report_pdf.OUTCOMES.values(),
        *sponsor_report_pdf.ORIGIN_WORDS.values(),
        *sponsor_report_pdf.STATUS_WORDS.values(),
        "Not reported", "No progress summary is included in this report.",
        "Goal", "Whose goal", "Status", "Progress",
        referral_letter.TITLE,
        *(word for pair in referral_letter.URGENCY_WORDS.values() for word in pair),
        *referral_letter.RISK_WORDS.values(),
        *referral_letter_items.ITEM_WORDS.values(),
        *referral_letter_items.STATEMENT_WORDS.values(),
        "the reason for referral above",
        *invoice_line_words._SESSION_WHAT.values(),
        invoice_line_words._MISSED,
    }  # fmt: skip
    return words


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_phrase_of_these_documents_is_translated(language: str) -> None:
    w = words_for(language)
    singular, plural = set(_tables()), set()
    for module in MODULES:
        found, counted = _literals(module)
        singular |= found
        plural |= counted
    assert len(singular) > 150 and plural
    assert sorted(text for text in singular if text not in w.singular) == []
    assert sorted(text for text in plural if text not in w.plural) == []


def test_the_placeholders_of_each_translation_are_those_of_its_phrase() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for language in ("de", "fr"):
        w = words_for(language)
        wrong = [source for source, target in w.singular.items() if fields(source) != fields(target)]
        wrong += [
            source
            for source, forms in w.plural.items()
            if any(fields(source) != fields(form) or "%n" not in form for form in forms)
        ]
        # "Dear {name}," is "Madame, Monsieur," in French: a French letter does not greet by name.
        assert [source for source in wrong if source != "Dear {name},"] == [], language
