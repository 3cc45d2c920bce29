"""Asking who receives a document as it leaves the vault: the usual recipient, another, or the coach."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import OWN_USE


class RecipientDialog(QDialog):
    """Who receives the document: suggested from its record, editable, or the coach's own use.

    What the coach names is recorded in the ledger of what left the vault; the consent filter then
    checks that the consent or the agreement covers them.
    """

    def __init__(self, title: str, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who receives it?"))
        intro = QLabel(
            self.tr(
                "Name who receives this %1. CoachDesk records it, with the basis for sharing it, "
                "in the ledger of what left the vault (Ethics › Sent out)."
            ).replace("%1", title.lower() if title else self.tr("document"))
        )
        intro.setWordWrap(True)
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        choices = [suggested] if suggested and suggested != OWN_USE else []
        self.recipient.addItems([*choices, self.own_use_text()])
        self.recipient.setCurrentIndex(0)
        self.recipient.setMinimumWidth(360)
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
        layout.addWidget(self.recipient)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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


def ask_recipient(parent: QWidget | None, title: str, suggested: str) -> str | None:
    """Who receives the document (``suggested`` first); None when the coach cancels."""
    dialog = RecipientDialog(title, suggested, parent)
    return dialog.chosen() if dialog.exec() else None
