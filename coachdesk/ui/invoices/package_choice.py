"""Invoicing an engagement's unbilled work: for a package, the whole fee on one invoice or its next block
of N equal parts."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.package_blocks import MAX_BLOCKS, PackageBlocks

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtCore import SignalInstance


class InvoicesArea(Protocol):
    """What ``draft_unbilled`` needs of the Invoices area (its view, which imports this module)."""

    changed: SignalInstance
    today: Callable[[], date]
    ask_package_billing: Callable[[QWidget, PackageBlocks], int | None]

    def inform(self, title: str, text: str) -> None: ...

    def refresh(self) -> None: ...


WHOLE = 1  # what ask_package_billing returns for the whole package


class PackageBillingDialog(QDialog):
    """Asks whether to bill the whole package or its next block; once blocks are begun, their count holds."""

    def __init__(self, state: PackageBlocks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice the package"))
        intro = QLabel(
            self.tr(
                "This engagement has a fee for the whole package. Bill it on one invoice, or in equal "
                "blocks as the payment terms say, one draft per block when it falls due; the last block "
                "takes the rounding remainder, so the blocks add up to the fee exactly."
            )
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(self.tr("The whole package"))
        self.block = QRadioButton(self.tr("The next block, of"))
        self.blocks = QSpinBox()
        self.blocks.setRange(2, MAX_BLOCKS)
        self.blocks.setAccessibleName(self.tr("Number of blocks"))
        self.blocks.setSuffix(self.tr(" blocks"))
        row = QHBoxLayout()
        row.addWidget(self.block)
        row.addWidget(self.blocks)
        row.addStretch(1)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        part = state.next_part()
        if state.blocks is not None and part is not None:
            # Blocks are begun: the count is the one in use, and the whole package is no longer an option.
            self.blocks.setValue(state.blocks)
            self.blocks.setEnabled(False)
            self.whole.setEnabled(False)
            self.block.setChecked(True)
            self.progress.setText(
                self.tr("Next: block %1 of %2.").replace("%1", str(part)).replace("%2", str(state.blocks))
            )
        else:
            self.whole.setChecked(True)
            self.progress.hide()
        self.blocks.valueChanged.connect(lambda _n: self.block.setChecked(True))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.whole)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> int:
        """``WHOLE`` (1) for the whole package, else the number of blocks."""
        return self.blocks.value() if self.block.isChecked() else WHOLE


def ask_package_billing(parent: QWidget | None, state: PackageBlocks) -> int | None:
    """1 for the whole package, N for its next block of N; None when the coach cancels."""
    dialog = PackageBillingDialog(state, parent)
    return dialog.chosen() if dialog.exec() else None


def draft_unbilled(
    view: InvoicesArea, open_db: DbFactory | None, engagement_id: uuid.UUID
) -> uuid.UUID | None:
    """For the Invoices area: a draft of the engagement's unbilled sessions (or its package, whole or
    its next block, as asked); None, saying why, when there is nothing to bill."""
    from coachdesk.services.invoices import draft_from_engagement
    from coachdesk.services.package_blocks import draft_package_block, package_blocks

    if open_db is None:
        return None
    try:
        with open_db() as db:
            state = package_blocks(db, engagement_id)
        blocks = WHOLE
        if state.per_engagement and not state.fully_billed:
            chosen = view.ask_package_billing(view, state)  # type: ignore[arg-type]  # the whole package, or its next block
            if chosen is None:
                return None
            blocks = chosen
        with open_db() as db:
            if blocks == WHOLE:
                changes = draft_from_engagement(db, engagement_id, until=view.today())
            else:
                changes = draft_package_block(db, engagement_id, blocks)
    except ValidationError as refused:
        view.inform(QCoreApplication.translate("InvoicesView", "Nothing to invoice"), refused.message)
        return None
    view.refresh()
    view.changed.emit(changes)
    return changes.created
