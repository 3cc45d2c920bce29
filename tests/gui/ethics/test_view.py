"""The Ethics area: each section lists its records, counts show in the tabs, records open, lock clears."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.conflicts import (
    BoundaryIncidentDetails,
    ConflictDetails,
    create_boundary_incident,
    create_conflict,
)
from coachdesk.services.consents import ConsentDetails, create_consent
from coachdesk.ui.ethics.view import EthicsColumn, EthicsView
from coachdesk.ui.kit.client_picker_dialog import ClientPickerDialog
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)


def _practice(vault: Vault) -> uuid.UUID:
    with vault.session() as s:
        client = create_client(s, ClientDetails(name="Zoë Ørsted")).created
        create_client(s, ClientDetails(name="Łukasz Żółć"))
        assert client is not None
        create_conflict(s, ConflictDetails("other", "Coached her manager", client))
        create_consent(
            s, ConsentDetails(client, "testimonial", date(2026, 1, 1), expires_on=date(2026, 12, 10))
        )
        create_boundary_incident(
            s, BoundaryIncidentDetails(client, date(2026, 11, 2), "gift", "Offered wine")
        )
    return client


def _view(qtbot: QtBot, vault: Vault) -> EthicsView:
    view = EthicsView()
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.attach(vault.session)
    return view


def test_sections_list_their_records_with_counts(
    qtbot: QtBot, vault: Vault, qtmodeltester: ModelTester
) -> None:
    _practice(vault)
    view = _view(qtbot, vault)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == [
        "Open conflicts (1)",
        "Consents (1)",
        "Disclosures",
        "Referral follow-ups",
        "Boundary incidents (1)",
        "Sent out",
    ]
    conflicts = view.sections["conflicts"]
    qtmodeltester.check(conflicts.model)
    qtmodeltester.check(conflicts.proxy)
    assert conflicts.proxy.index(0, EthicsColumn.CLIENT).data() == "Zoë Ørsted"
    assert conflicts.proxy.index(0, EthicsColumn.DETAIL).data() == "Coached her manager"
    assert conflicts.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # awaiting a decision
    disclosures = view.sections["disclosures"]
    assert disclosures.empty.isVisibleTo(disclosures) and not disclosures.table.isVisibleTo(disclosures)
    view.clear()
    assert view.sections["conflicts"].model.rowCount() == 0 and view.tabs.tabText(0) == "Open conflicts"


def test_a_boundary_incident_opens_with_its_client(qtbot: QtBot, vault: Vault) -> None:
    client = _practice(vault)
    view = _view(qtbot, vault)
    section = view.sections["boundary_incidents"]
    with qtbot.waitSignal(view.open_record) as opened:
        section.table.activated.emit(section.proxy.index(0, 0))
    assert opened.args[0] == "boundary_incident" and opened.args[2] == client


def test_a_new_incident_asks_for_the_client_and_refreshes(qtbot: QtBot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = _practice(vault)
    view = _view(qtbot, vault)
    view.choose_client = lambda: None
    assert view.log_incident() is None
    view.choose_client = lambda: client
    from coachdesk.ui.ethics import consent_dialogs

    def accept_at_once(dialog: consent_dialogs.BoundaryIncidentDialog) -> int:
        dialog.kind.setCurrentIndex(1)
        dialog.description.setPlainText("Friend request on social media")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(consent_dialogs.BoundaryIncidentDialog, "exec", accept_at_once)
    with qtbot.waitSignal(view.changed):
        assert view.log_incident() is not None
    assert view.tabs.tabText(4) == "Boundary incidents (2)"


def test_client_picker_narrows_as_you_type(qtbot: QtBot, vault: Vault) -> None:
    _practice(vault)
    picker = ClientPickerDialog(vault.session)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.filter, "lukasz")
    visible = [
        picker.list.item(r).text() for r in range(picker.list.count()) if not picker.list.item(r).isHidden()
    ]
    assert visible == ["Łukasz Żółć"] and picker.client_id() is not None
    qtbot.keyClicks(picker.filter, "xyz")
    assert picker.client_id() is None and picker.none.isVisibleTo(picker)
    picker.accept()
    assert picker.result() == 0  # nothing chosen, the picker stays open
