"""The Organisations and Directory areas: lists, the add/edit dialogs with bad input, deletion."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Organisation, Professional
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.directory import ProfessionalDetails, create_professional, professional_rows
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.organisations import OrganisationDetails, create_organisation, organisation_rows
from coachdesk.services.referrals import ReferralDetails, create_referral
from coachdesk.ui.directory.view import DirectoryView, ProfessionalColumn, ProfessionalDialog
from coachdesk.ui.organisations.view import OrganisationColumn, OrganisationDialog, OrganisationsView
from coachdesk.vault import Vault


def _column(view: OrganisationsView | DirectoryView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _practice(vault: Vault) -> None:
    with vault.session() as s:
        acme = create_organisation(s, OrganisationDetails(name="Acme Ltd", contact_name="Dana")).created
        create_organisation(s, OrganisationDetails(name="Ørsted Energy"))
        client = create_client(s, ClientDetails(name="Zoë Martin", organisation_id=acme)).created
        assert client is not None
        create_engagement(s, EngagementDetails(client_id=client, title="Leading", sponsor_id=acme))
        therapist = create_professional(
            s, ProfessionalDetails(name="Dr Ana Ruiz", profession="Psychologist")
        ).created
        create_professional(
            s, ProfessionalDetails(name="Ben Law", profession="Employment lawyer", pays_referral_fee=True)
        )
        assert therapist is not None
        create_referral(s, ReferralDetails(client_id=client, professional_id=therapist, reason="Sleep"))


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester, vault: Vault) -> None:
    _practice(vault)
    organisations, directory = OrganisationsView(), DirectoryView()
    qtbot.addWidget(organisations)
    qtbot.addWidget(directory)
    organisations.attach(vault.session)
    directory.attach(vault.session)
    for view in (organisations, directory):
        qtmodeltester.check(view.model)
        qtmodeltester.check(view.proxy)


def test_organisations_list_counts_and_filters(qtbot: QtBot, vault: Vault) -> None:
    _practice(vault)
    view = OrganisationsView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    assert _column(view, OrganisationColumn.NAME) == ["Acme Ltd", "Ørsted Energy"]
    assert _column(view, OrganisationColumn.CLIENTS) == ["1", "0"]
    assert _column(view, OrganisationColumn.ENGAGEMENTS) == ["1", "0"]
    qtbot.keyClicks(view.filter_box, "orsted")
    assert _column(view, OrganisationColumn.NAME) == ["Ørsted Energy"]
    view.clear()
    assert view.model.rowCount() == 0 and view.filter_box.text() == ""


def test_a_new_organisation_with_a_bad_email_keeps_the_dialog_open(qtbot: QtBot, vault: Vault) -> None:
    dialog = OrganisationDialog(vault.session)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("name") and dialog.changes is None
    dialog.name.setText("Acme Ltd")
    dialog.contact_email.setText("dana at acme")
    dialog.accept()
    assert "e-mail" in dialog.error_text("contact_email").lower() and dialog.error_text("name") == ""
    assert dialog.contact_email.hasFocus() or not dialog.isVisible()
    with vault.session() as s:
        assert s.exec(select(Organisation)).all() == []
    dialog.contact_email.setText("dana@acme.test")
    dialog.accept()
    assert dialog.changes is not None and dialog.result() == dialog.DialogCode.Accepted
    with vault.session() as s:
        assert [(o.name, o.contact_email) for o in organisation_rows(s)] == [("Acme Ltd", "dana@acme.test")]


def test_deleting_a_sponsor_of_engagements_is_refused_with_the_reason(qtbot: QtBot, vault: Vault) -> None:
    _practice(vault)
    view = OrganisationsView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    questions: list[str] = []
    refusals: list[str] = []
    view.confirm = lambda _title, question: questions.append(question) or True
    view.inform = lambda _title, text: refusals.append(text)
    view.table.selectRow(0)  # Acme Ltd, sponsor of one engagement
    assert view.delete_selected() is None
    assert "1 client(s) stay" in questions[0] and "sponsors 1 engagement" in refusals[0]
    view.table.selectRow(1)
    with qtbot.waitSignal(view.changed):
        assert view.delete_selected() is not None
    assert _column(view, OrganisationColumn.NAME) == ["Acme Ltd"]


def test_directory_lists_fees_and_referrals(qtbot: QtBot, vault: Vault) -> None:
    _practice(vault)
    view = DirectoryView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    assert _column(view, ProfessionalColumn.NAME) == ["Ben Law", "Dr Ana Ruiz"]
    assert _column(view, ProfessionalColumn.REFERRAL_FEE) == ["Pays a fee", ""]
    assert _column(view, ProfessionalColumn.REFERRALS) == ["0", "1"]


def test_editing_a_professional_through_the_dialog(qtbot: QtBot, vault: Vault) -> None:
    _practice(vault)
    view = DirectoryView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    with vault.session() as s:
        ruiz = next(r for r in professional_rows(s) if r.name == "Dr Ana Ruiz")
    dialog = ProfessionalDialog(vault.session, ruiz.id)
    qtbot.addWidget(dialog)
    assert dialog.profession.text() == "Psychologist" and dialog.windowTitle() == "Edit professional"
    dialog.profession.clear()
    dialog.accept()
    assert dialog.error_text("profession") and dialog.changes is None
    dialog.profession.setText("Clinical psychologist")
    dialog.pays_referral_fee.setChecked(True)
    dialog.accept()
    assert dialog.changes is not None
    with vault.session() as s:
        saved = s.get(Professional, ruiz.id)
        assert saved is not None and saved.profession == "Clinical psychologist" and saved.pays_referral_fee


def test_new_record_is_selected_and_announced(qtbot: QtBot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = DirectoryView()
    qtbot.addWidget(view)
    view.attach(vault.session)
    assert view.pages.currentIndex() == 0  # the empty state

    def fake_editor(sessions, record_id):  # type: ignore[no-untyped-def]
        with sessions() as s:
            return create_professional(s, ProfessionalDetails(name="Dr New", profession="GP"))

    monkeypatch.setattr(view, "open_editor", fake_editor)
    with qtbot.waitSignal(view.changed):
        view.new_button.click()
    assert view.pages.currentIndex() == 1 and view.selected() is not None
    assert view.selected().name == "Dr New"  # type: ignore[union-attr]


def test_column_widths_persist(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = DirectoryView()
    qtbot.addWidget(view)
    view.table.setColumnWidth(ProfessionalColumn.PROFESSION, 311)
    view.save_ui_state(settings)
    again = DirectoryView()
    qtbot.addWidget(again)
    again.restore_ui_state(settings)
    assert again.table.columnWidth(ProfessionalColumn.PROFESSION) == 311
    assert again.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
