"""The line under a new session's engagement picker saying which agreement the session counts in."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.services.current_agreement import AgreementInForce


class FiledUnderLabel(QLabel):
    """ "Filed under: <agreement>, session 3 of 6", "No agreement covers today", or nothing.

    ``show_choice`` is told the client's signed and active agreements and the one chosen; the
    session's number is the one it will have among the completed sessions of that agreement.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Agreement the session is filed under"))
        self.hide()

    def show_choice(
        self,
        in_force: Sequence[AgreementInForce],
        chosen: uuid.UUID | None,
        chosen_title: str,
        *,
        current: bool,
    ) -> None:
        """Say where the session goes: ``chosen`` (None: no engagement) titled ``chosen_title``;
        ``current`` says whether any agreement was current for the session's day."""
        found = next((a for a in in_force if a.id == chosen), None)
        if found is not None:
            number = found.sessions_held + 1
            if found.sessions_planned:
                text = self.tr("Filed under: {title}, session {number} of {planned}").format(
                    title=found.title, number=number, planned=found.sessions_planned
                )
            else:
                text = self.tr("Filed under: {title}, session {number}").format(
                    title=found.title, number=number
                )
        elif chosen is not None:
            text = self.tr("Filed under: {title}").format(title=chosen_title)
        elif current:
            text = self.tr("Not filed under an agreement")
        else:
            text = self.tr("No agreement covers today")
        self.setText(text)
        self.show()
