"""Record the client's consent to a referral from the letter's refusal, and attach it to the referral."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from coachdesk.domain import ConsentScope
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.referral_list import ReferralRow, referral_details
from coachdesk.services.referrals import update_referral
from coachdesk.ui.kit.consent_offer import RecordConsent

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes
    from coachdesk.ui.ethics.consent_dialogs import ConsentDialog


def record_letter_consent(
    open_db: DbFactory,
    row: ReferralRow,
    on_changes: Callable[[Changes], None],
    *,
    make_dialog: Callable[..., ConsentDialog] | None = None,
) -> RecordConsent:
    """Opens the consent form for ``row``'s client (a referral to its professional), then attaches the
    recorded consent to the referral; ``on_changes`` receives each change. True once both are done."""

    def record(parent: QWidget | None) -> bool:
        from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

        dialog = (make_dialog or ConsentDialog)(
            open_db,
            client_id=row.client_id,
            scope=ConsentScope.REFERRAL,
            recipient=row.professional,
            parent=parent,
        )
        if not dialog.exec() or dialog.changes is None or dialog.changes.created is None:
            return False
        on_changes(dialog.changes)
        try:
            with open_db() as db:
                details, _status = referral_details(db, row.id)
                attached = update_referral(
                    db, row.id, dataclasses.replace(details, consent_id=dialog.changes.created)
                )
        except ValidationError:  # recorded, but not one the referral can rest on: the filter says why
            return True
        on_changes(attached)
        return True

    return record
