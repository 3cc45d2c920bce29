"""Every word of the Referrals area goes through Qt's translation: the list, its statuses and
urgencies, the status menu and the referral form."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coachdesk.domain import ReferralUrgency
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.directory import ProfessionalDetails, create_professional
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.ui.referrals.referral_dialog import ReferralDialog
from coachdesk.ui.referrals.view import ReferralColumn, ReferralsView
from coachdesk.vault import Vault
from tests.gui.shell.pseudo_texts import bracketing, shown_texts, untranslated

CLIENT, PROFESSIONAL, REASON = "Zoë Ørsted", "Dr Ana Ruiz", "Sleep problems beyond coaching"
# The coach's data, and what the kit's shared widgets say (the kit's catalog, not this area's).
NOT_OURS = {
    CLIENT,
    PROFESSIONAL,
    REASON,
    "Psychologist",
    f"{PROFESSIONAL} (Psychologist)",
    f"{PROFESSIONAL} — Psychologist",
    "Cancel",
    "Delete…",
    "Delete the selected referral (Del)",
    "Problem",
}


def test_the_referrals_list_and_form_are_translated(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        client = create_client(db, ClientDetails(name=CLIENT)).created
        professional = create_professional(
            db, ProfessionalDetails(name=PROFESSIONAL, profession="Psychologist")
        ).created
        assert client is not None and professional is not None
        referral = create_referral(
            db,
            ReferralDetails(
                client_id=client,
                professional_id=professional,
                reason=REASON,
                urgency=ReferralUrgency.SOON,
                referred_on=date(2026, 11, 27),
            ),
        ).created
    with bracketing():
        view = ReferralsView()
        qtbot.addWidget(view)
        view.attach(vault.session)
        model = view.model
        row = [model.index(0, column).data() for column in range(model.columnCount())]
        assert row[ReferralColumn.URGENCY] == "⟦Soon⟧" and row[ReferralColumn.STATUS].startswith("⟦")
        kit = {text for text in (view.filter_box.accessibleName(), view.table.accessibleName())}
        assert untranslated(view, NOT_OURS | kit | _empty_state(view)) == []
        view.table.selectRow(0)
        view._fill_moves()
        assert all(action.text().startswith("⟦") for action in view.move_menu.actions())
        dialog = ReferralDialog(vault.session, referral)
        qtbot.addWidget(dialog)
        assert untranslated(dialog, NOT_OURS | _consent_choices(dialog)) == []


def _empty_state(view: ReferralsView) -> set[str]:
    """The area's empty state (the kit's words)."""
    return {text.strip() for _where, text in shown_texts(view.empty)}


def _consent_choices(dialog: ReferralDialog) -> set[str]:
    """The client's consents as the services describe them (data, not the form's words)."""
    return {dialog.consent.itemText(row) for row in range(dialog.consent.count())}
