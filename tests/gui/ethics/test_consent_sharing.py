"""The consent form's checklist of what a referral letter may share, and a referral consent's end date."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from coachdesk.domain import Consent, ConsentScope
from coachdesk.domain.ethics import SharedItem
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.ethics.consent_dialogs import ConsentDialog
from coachdesk.ui.kit.form import index_of
from coachdesk.vault import Vault


def _client(vault: Vault) -> uuid.UUID:
    with vault.session() as s:
        created = create_client(s, ClientDetails(name="Zoë Ørsted")).created
    assert created is not None
    return created


def _dialog(qtbot: QtBot, vault: Vault, client: uuid.UUID, **kwargs: object) -> ConsentDialog:
    dialog = ConsentDialog(vault.session, client_id=client, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_checklist_shows_for_a_referral_consent_only(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault, _client(vault))
    rows = dialog.form.layout_
    assert not rows.isRowVisible(dialog.sharing)
    dialog.scope.setCurrentIndex(index_of(dialog.scope, ConsentScope.REFERRAL))
    assert rows.isRowVisible(dialog.sharing)
    dialog.scope.setCurrentIndex(index_of(dialog.scope, ConsentScope.TESTIMONIAL))
    assert not rows.isRowVisible(dialog.sharing)


def test_a_new_referral_consent_ends_after_three_months_unless_changed(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault, _client(vault), scope=ConsentScope.REFERRAL, recipient="Dr Ana Ruiz")
    dialog.granted_on.setDate(QDate(2026, 11, 30))
    assert dialog.has_expiry.isChecked() and dialog.expires_on.date() == QDate(2027, 2, 28)
    dialog.expires_on.setDate(QDate(2027, 1, 15))  # the coach's own date stays
    dialog.granted_on.setDate(QDate(2026, 12, 1))
    assert dialog.expires_on.date() == QDate(2027, 1, 15)


def test_the_ticked_kinds_free_line_and_reply_are_saved_and_shown_again(qtbot: QtBot, vault: Vault) -> None:
    client = _client(vault)
    dialog = _dialog(qtbot, vault, client, scope=ConsentScope.REFERRAL, recipient="Dr Ana Ruiz")
    dialog.sharing.boxes[SharedItem.CONTACT_DETAILS].setChecked(True)
    dialog.sharing.boxes[SharedItem.COACHING_DATES].setChecked(True)
    dialog.sharing.other.setText("That she prefers mornings")
    dialog.sharing.may_reply.setChecked(True)
    dialog.accept()
    assert dialog.changes is not None and dialog.changes.created is not None
    with vault.session() as s:
        saved = s.get(Consent, dialog.changes.created)
        assert saved is not None
        assert (saved.shared_items, saved.shared_other, saved.recipient_may_reply) == (
            frozenset({SharedItem.CONTACT_DETAILS, SharedItem.COACHING_DATES}),
            "That she prefers mornings",
            True,
        )
        assert saved.expires_on is not None  # three months by default
    edit = _dialog(qtbot, vault, client, consent_id=dialog.changes.created)
    assert edit.sharing.items() == {SharedItem.CONTACT_DETAILS, SharedItem.COACHING_DATES}
    assert edit.sharing.other.text() == "That she prefers mornings" and edit.sharing.may_reply.isChecked()
    assert edit.expires_on.date() == QDate.fromString(saved.expires_on.isoformat(), "yyyy-MM-dd")


def test_another_scope_saves_no_sharing_kinds(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault, _client(vault), scope=ConsentScope.REFERRAL, recipient="Acme Ltd")
    dialog.sharing.boxes[SharedItem.GOALS].setChecked(True)
    dialog.scope.setCurrentIndex(index_of(dialog.scope, ConsentScope.SHARE_WITH_SPONSOR))
    dialog.accept()
    assert dialog.changes is not None and dialog.changes.created is not None
    with vault.session() as s:
        saved = s.get(Consent, dialog.changes.created)
        assert saved is not None and saved.shared_items == frozenset()
