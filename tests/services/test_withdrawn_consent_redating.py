"""A withdrawn consent may be corrected to have been given on the day it was withdrawn, as a consent
may be withdrawn the day it is given; a day later is refused."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from coachdesk.domain import Consent
from coachdesk.services.consents import ConsentDetails, create_consent, update_consent, withdraw_consent
from tests.services.checks import refused

WITHDRAWN = date(2026, 3, 14)


def test_a_withdrawn_consent_may_be_redated_to_its_withdrawal_day(db: Session, client_id: uuid.UUID) -> None:
    consent_id = create_consent(
        db, ConsentDetails(client_id, "share_with_sponsor", date(2026, 3, 1), recipient="Acme HR")
    ).created
    assert consent_id is not None
    withdraw_consent(db, consent_id, WITHDRAWN)
    on_the_day = ConsentDetails(client_id, "share_with_sponsor", WITHDRAWN, recipient="Acme HR")
    update_consent(db, consent_id, on_the_day)
    consent = db.get(Consent, consent_id)
    assert consent is not None and (consent.granted_on, consent.withdrawn_on) == (WITHDRAWN, WITHDRAWN)
    later = ConsentDetails(client_id, "share_with_sponsor", date(2026, 3, 15), recipient="Acme HR")
    refused(lambda: update_consent(db, consent_id, later), db, "granted_on", "withdrawn on 2026-03-14")
