"""Every document is made one way: ``XRenderer(data: XData).render() -> bytes``."""

from __future__ import annotations

import inspect

import pytest

from coachdesk.documents.agreement import AgreementRenderer
from coachdesk.documents.agreement_data import AgreementData
from coachdesk.documents.hours_log import HoursLogData, HoursLogRenderer
from coachdesk.documents.invoice import InvoiceRenderer
from coachdesk.documents.invoice_data import InvoiceData
from coachdesk.documents.invoice_reminder import PaymentReminderData, PaymentReminderRenderer
from coachdesk.documents.recovery_sheet import RecoverySheetData, RecoverySheetRenderer
from coachdesk.documents.referral_letter import ReferralLetterRenderer
from coachdesk.documents.referral_letter_data import ReferralLetterData
from coachdesk.documents.sponsor_report import SponsorReportData, SponsorReportRenderer

RENDERERS = [
    (AgreementRenderer, AgreementData),
    (ReferralLetterRenderer, ReferralLetterData),
    (SponsorReportRenderer, SponsorReportData),
    (HoursLogRenderer, HoursLogData),
    (RecoverySheetRenderer, RecoverySheetData),
    (InvoiceRenderer, InvoiceData),
    (PaymentReminderRenderer, PaymentReminderData),
]


@pytest.mark.parametrize(("renderer", "data"), RENDERERS, ids=lambda r: r.__name__)
def test_a_renderer_takes_its_data_alone_and_renders_bytes(renderer: type, data: type) -> None:
    parameters = list(inspect.signature(renderer).parameters.values())
    assert [(p.name, p.annotation) for p in parameters] == [("data", data.__name__)]
    assert inspect.signature(renderer.render).return_annotation == "bytes"
    assert not [name for name, member in vars(renderer).items() if isinstance(member, classmethod)]
