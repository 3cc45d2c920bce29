"""A letter refused for want of the client's consent: the refusal comes before any file is asked for,
and "Record consent…" opens the consent form prefilled, attaches the consent, and the export goes on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Consent, ConsentScope, Referral
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.profile import ProfileDetails, save_profile
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.ui.ethics.consent_dialogs import ConsentDialog
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.ui.referrals.view import ReferralsView
from coachdesk.vault import Vault

TODAY = date.today()


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> ReferralsView:
    with vault.session() as s:
        save_profile(s, ProfileDetails(name="Alex Moreau", credentials="ICF PCC"))
        client = create_client(s, ClientDetails(name="Zoë Ørsted")).created
        professional = ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist")
        pro = create_professional(s, professional).created
        assert client is not None and pro is not None
        create_referral(
            s, ReferralDetails(client_id=client, professional_id=pro, reason="Sleep", referred_on=TODAY)
        )
    widget = ReferralsView()
    qtbot.addWidget(widget)
    widget.attach(vault.session)
    widget.confirm_letter = lambda *_args: True  # type: ignore[method-assign]
    widget.exporter.choose_recipient = lambda _p, _t, suggested: Recipient(suggested)
    widget.table.selectRow(0)
    return widget


def _steps(view: ReferralsView, tmp_path: Path, *, record: bool) -> list[str]:
    steps: list[str] = []

    def offer(_parent: object, _title: str, message: str) -> bool:
        steps.append(f"refused: {message}")
        return record

    def choose(_parent: object, _caption: str, _suggested: str) -> str:
        steps.append("asked for a file")
        return str(tmp_path / "letter.pdf")

    view.exporter.offer_consent = offer
    view.exporter.choose_file = choose
    view.exporter.report_error = lambda _p, _t, message: steps.append(f"error: {message}")
    return steps


def _accept_as_prefilled(monkeypatch: pytest.MonkeyPatch, seen: list[ConsentDialog]) -> None:
    """The consent form accepted exactly as it opened: it saves only if prefilled with scope and recipient."""

    def exec_(dialog: ConsentDialog) -> int:
        seen.append(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", exec_)


def test_record_consent_from_the_refusal_attaches_it_and_the_letter_goes_out(
    qtbot: QtBot, view: ReferralsView, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = _steps(view, tmp_path, record=True)
    seen: list[ConsentDialog] = []
    _accept_as_prefilled(monkeypatch, seen)
    changed: list[object] = []
    view.changed.connect(changed.append)
    exported = view.export_letter()
    assert exported is not None and exported.path.exists()
    assert steps[0].startswith("refused:") and "consent to referral to Dr Ana Ruiz is missing" in steps[0]
    assert steps[1:] == ["asked for a file"]  # asked once, after the consent was recorded
    [dialog] = seen
    assert (dialog.scope.currentData(), dialog.recipient.text()) == (ConsentScope.REFERRAL, "Dr Ana Ruiz")
    with vault.session() as s:
        consent = s.exec(select(Consent)).one()
        assert (consent.scope, consent.recipient) == (ConsentScope.REFERRAL, "Dr Ana Ruiz")
        assert s.exec(select(Referral)).one().consent_id == consent.id
    assert len(changed) >= 3  # the consent, the referral it was attached to, the export


def test_declining_to_record_consent_asks_for_no_file_and_records_nothing(
    qtbot: QtBot, view: ReferralsView, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = _steps(view, tmp_path, record=False)
    monkeypatch.setattr(ConsentDialog, "exec", lambda _d: pytest.fail("opened the consent form"))
    assert view.export_letter() is None
    assert len(steps) == 1 and steps[0].startswith("refused:")
    assert not (tmp_path / "letter.pdf").exists()
    with vault.session() as s:
        assert s.exec(select(Consent)).all() == []


def test_a_cancelled_consent_form_stops_the_export(
    qtbot: QtBot, view: ReferralsView, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = _steps(view, tmp_path, record=True)
    monkeypatch.setattr(ConsentDialog, "exec", lambda _d: 0)
    assert view.export_letter() is None
    assert "asked for a file" not in steps
    with vault.session() as s:
        assert s.exec(select(Referral)).one().consent_id is None
