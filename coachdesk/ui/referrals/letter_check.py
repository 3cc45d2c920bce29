"""Before a referral letter is previewed or exported: what to check, and the coach's choice to go on."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.referral_letter_items import referral_letter_warnings
from coachdesk.ui.kit.questions import ask

Asker = Callable[[QWidget, str, str, str], bool]


def _ask(parent: QWidget, title: str, question: str, action: str) -> bool:
    return ask(parent, title, question, action, destructive=False)


def confirm_letter(parent: QWidget, open_db: DbFactory, referral_id: uuid.UUID, asker: Asker = _ask) -> bool:
    """True when the letter has nothing to check, or the coach chose to go on after reading what to check."""
    with open_db() as db:
        warnings = referral_letter_warnings(db, referral_id)
    if not warnings:
        return True
    title = QCoreApplication.translate("ReferralLetter", "Check the letter")
    lead = QCoreApplication.translate("ReferralLetter", "Before this letter leaves CoachDesk, check:")
    tail = QCoreApplication.translate("ReferralLetter", "Go on with the letter as it stands?")
    question = "\n\n".join([lead, "\n".join(f"• {w.message}" for w in warnings), tail])
    return asker(parent, title, question, QCoreApplication.translate("ReferralLetter", "Go on"))
