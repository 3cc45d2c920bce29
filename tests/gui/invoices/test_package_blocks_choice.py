"""Invoicing a package from an engagement: the whole package, or its next block of N; cancel makes nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from coachdesk.domain import FeeBasis, Invoice, InvoiceLine
from coachdesk.services.package_blocks import PackageBlocks, package_blocks
from coachdesk.ui.invoices.package_choice import WHOLE, PackageBillingDialog
from coachdesk.ui.invoices.view import InvoicesView
from coachdesk.vault import Vault
from tests.services.invoice_practice import practice


@pytest.fixture
def engagement(vault: Vault) -> object:
    with vault.session() as db:
        return practice(db, fee="1000.00", fee_basis=FeeBasis.PER_ENGAGEMENT).engagement


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> Iterator[InvoicesView]:
    widget = InvoicesView()
    qtbot.addWidget(widget)
    widget.attach(vault.session)
    widget.inform = _fail
    yield widget


def _fail(title: str, text: str) -> None:
    raise AssertionError(f"unexpected message: {title}: {text}")


def _descriptions(vault: Vault) -> list[str]:
    with vault.session() as db:
        return sorted(line.description for line in db.exec(select(InvoiceLine)))


def test_the_next_block_is_drafted_as_chosen(view: InvoicesView, vault: Vault, engagement: object) -> None:
    asked: list[PackageBlocks] = []
    view.ask_package_billing = lambda _p, state: asked.append(state) or 2
    assert view.make_unbilled_draft(engagement) is not None  # type: ignore[arg-type]
    assert view.make_unbilled_draft(engagement) is not None  # type: ignore[arg-type]
    assert asked[1].blocks == 2 and asked[1].next_part() == 2  # the dialog hears what is billed
    assert _descriptions(vault) == [
        "Coaching package: 8 sessions, part 1 of 2",
        "Coaching package: 8 sessions, part 2 of 2",
    ]
    view.ask_package_billing = lambda _p, _s: pytest.fail("a billed package needs no question")
    said: list[str] = []
    view.inform = lambda _title, text: said.append(text)
    assert view.make_unbilled_draft(engagement) is None  # type: ignore[arg-type]
    assert said and "already on an invoice" in said[0]


def test_the_whole_package_or_cancel(view: InvoicesView, vault: Vault, engagement: object) -> None:
    view.ask_package_billing = lambda _p, _s: None
    assert view.make_unbilled_draft(engagement) is None  # type: ignore[arg-type]
    with vault.session() as db:
        assert list(db.exec(select(Invoice))) == []
    view.ask_package_billing = lambda _p, _s: WHOLE
    draft = view.make_unbilled_draft(engagement)  # type: ignore[arg-type]
    with vault.session() as db:
        [line] = db.exec(select(InvoiceLine).where(col(InvoiceLine.invoice_id) == draft))
    assert line.description == "Coaching package: 8 sessions" and line.net_minor == 100000


def test_the_dialog_offers_the_whole_package_first_then_holds_the_block_count(
    qtbot: QtBot, vault: Vault, engagement: object
) -> None:
    fresh = PackageBillingDialog(PackageBlocks(True, False, None, frozenset()))
    qtbot.addWidget(fresh)
    assert fresh.chosen() == WHOLE
    fresh.blocks.setValue(3)
    assert fresh.block.isChecked() and fresh.chosen() == 3
    begun = PackageBillingDialog(PackageBlocks(True, False, 4, frozenset({1, 3})))
    qtbot.addWidget(begun)
    begun.show()
    qtbot.waitExposed(begun)
    assert not begun.whole.isEnabled() and not begun.blocks.isEnabled()
    assert begun.chosen() == 4 and begun.progress.text() == "Next: block 2 of 4."
    with vault.session() as db:
        assert package_blocks(db, engagement).next_part() is None  # type: ignore[arg-type]
