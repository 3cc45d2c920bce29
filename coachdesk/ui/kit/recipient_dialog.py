"""Asking who receives a document as it leaves the vault: the usual recipient, another, or the coach."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import OWN_USE, DisclosureBasis

# The grounds on which confidential information may go without the client's consent (ICF Code of
# Ethics 2025, standard 2.2's limits: illegal activity, required by law or court order, risk of harm
# to self or others); what the client agreed to, or the agreement, comes first in the list.
LEGAL_GROUNDS = (
    DisclosureBasis.LAW_OR_COURT_ORDER,
    DisclosureBasis.ILLEGAL_ACTIVITY,
    DisclosureBasis.RISK_OF_HARM_TO_SELF,
    DisclosureBasis.RISK_OF_HARM_TO_OTHERS,
)


@dataclass(frozen=True)
class Recipient:
    """Whom a document goes to, and the legal ground when it goes without the client's consent."""

    name: str
    legal_basis: DisclosureBasis | None = None


class RecipientDialog(QDialog):
    """Who receives the document: suggested from its record, editable, or the coach's own use.

    What the coach names is recorded in the ledger of what left the vault; the consent filter then
    checks that the consent or the agreement covers them.
    """

    def __init__(
        self, title: str, suggested: str, parent: QWidget | None = None, *, legal_grounds: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who receives it?"))
        what = title or self.tr("document")
        intro = QLabel(
            self.tr(
                "Name who receives this {lower}. CoachDesk records it, with the basis for sharing it, "
                "in the ledger of what left the vault (Ethics › Sent out)."
            ).format(title=what, lower=what.lower())
        )
        intro.setWordWrap(True)
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        choices = [suggested] if suggested and suggested != OWN_USE else []
        self.recipient.addItems([*choices, self.own_use_text()])
        self.recipient.setCurrentIndex(0)
        self.recipient.setMinimumWidth(360)
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("On what basis"))
        self.basis.addItem(self.tr("What the client agreed to, or the agreement"), None)
        for ground in LEGAL_GROUNDS:
            self.basis.addItem(self._ground_text(ground), ground)
        self.basis.setVisible(legal_grounds)
        basis_note = QLabel(
            self.tr(
                "Choose a legal ground only when the law or a risk of harm requires sharing without "
                "the client's consent; record the disclosure in Ethics › Disclosures too."
            )
        )
        basis_note.setWordWrap(True)
        basis_note.setVisible(legal_grounds)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        fields = QFormLayout()
        fields.addRow(self.tr("To"), self.recipient)
        if legal_grounds:
            fields.addRow(self.tr("On what basis"), self.basis)
            fields.addRow("", basis_note)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _ground_text(self, ground: DisclosureBasis) -> str:
        return {
            DisclosureBasis.LAW_OR_COURT_ORDER: self.tr("Required by law or a court order"),
            DisclosureBasis.ILLEGAL_ACTIVITY: self.tr("Illegal activity"),
            DisclosureBasis.RISK_OF_HARM_TO_SELF: self.tr("Risk of harm to the client"),
            DisclosureBasis.RISK_OF_HARM_TO_OTHERS: self.tr("Risk of harm to others"),
        }[ground]

    def chosen_basis(self) -> DisclosureBasis | None:
        """The legal ground chosen, or None: what the client agreed to, or the agreement."""
        value = self.basis.currentData()
        return DisclosureBasis(value) if value else None

    @staticmethod
    def own_use_text() -> str:
        # Stored as OWN_USE whatever the language: the filter recognises it.
        return OWN_USE

    def chosen(self) -> str:
        """The recipient as named (spaces tidied); OWN_USE for the coach's own use."""
        return " ".join(self.recipient.currentText().split())

    def accept(self) -> None:
        if not self.chosen():
            self.error.setText(self.tr("Name who receives it, or choose “%1”.").replace("%1", OWN_USE))
            self.error.show()
            return
        super().accept()


def ask_recipient(
    parent: QWidget | None, title: str, suggested: str, *, legal_grounds: bool = False
) -> Recipient | None:
    """Who receives the document (``suggested`` first) and, with ``legal_grounds``, on what basis;
    None when the coach cancels."""
    dialog = RecipientDialog(title, suggested, parent, legal_grounds=legal_grounds)
    return Recipient(dialog.chosen(), dialog.chosen_basis()) if dialog.exec() else None
