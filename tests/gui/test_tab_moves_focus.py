"""Tab in a multi-line field moves to the next field (no keyboard trap), in the first-run profile and in
every form with free text: nothing types a tab character into a coach's text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.unlock.profile_form import ProfileForm
from coachdesk.vault import Vault


def _traps(widget: QWidget) -> list[str]:
    """Editable multi-line fields where Tab would type a tab instead of moving on."""
    edits: list[QPlainTextEdit | QTextEdit] = [
        *widget.findChildren(QPlainTextEdit),
        *widget.findChildren(QTextEdit),
    ]
    return [
        edit.accessibleName() or edit.placeholderText() or edit.objectName() or type(edit).__name__
        for edit in edits
        if not edit.isReadOnly() and not edit.tabChangesFocus()
    ]


def test_tab_in_the_profiles_multi_line_fields_moves_on(qtbot: QtBot) -> None:
    form = ProfileForm()
    qtbot.addWidget(form)
    assert _traps(form) == []
    qualifications = form.fields["qualifications"]
    assert isinstance(qualifications, QPlainTextEdit)
    qtbot.keyClick(qualifications, Qt.Key.Key_Tab)
    assert "\t" not in qualifications.toPlainText()


def _client_dialog(vault: Vault) -> QWidget:
    from coachdesk.ui.clients.client_dialog import ClientDialog

    return ClientDialog(vault.session)


def _agreement_editor(vault: Vault) -> QWidget:
    from coachdesk.ui.agreements.editor import EngagementEditor

    return EngagementEditor(vault.session)


def _session_editor(vault: Vault) -> QWidget:
    from coachdesk.ui.sessions.editor import SessionEditor

    return SessionEditor(vault.session)


def _goal_dialog(vault: Vault) -> QWidget:
    from coachdesk.ui.goals.goal_dialog import GoalDialog

    with vault.session() as db:
        client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client is not None
    return GoalDialog(vault.session, client)


def _consent_dialog(vault: Vault) -> QWidget:
    from coachdesk.ui.ethics.consent_dialogs import ConsentDialog

    with vault.session() as db:
        client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client is not None
    return ConsentDialog(vault.session, client_id=client)


def _referral_dialog(vault: Vault) -> QWidget:
    from coachdesk.ui.referrals.referral_dialog import ReferralDialog

    return ReferralDialog(vault.session)


@pytest.mark.parametrize(
    "make",
    [_client_dialog, _agreement_editor, _session_editor, _goal_dialog, _consent_dialog, _referral_dialog],
)
def test_no_form_traps_tab_in_a_multi_line_field(
    qtbot: QtBot, vault: Vault, make: Callable[[Vault], QWidget]
) -> None:
    widget = make(vault)
    qtbot.addWidget(widget)
    assert _traps(widget) == []
