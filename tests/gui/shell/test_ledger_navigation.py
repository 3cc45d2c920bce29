"""From a client's record to what left the vault about them (Ethics › Sent out, narrowed to them)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coachdesk.domain import DocumentKind
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.document_export import DocumentSource, record_export
from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.conftest import WAIT_MS, unlock


def test_the_client_record_opens_their_part_of_the_ledger(qtbot: QtBot, controller: AppController) -> None:
    vault = unlock(qtbot, controller)
    with vault.session() as db:
        zoe = create_client(db, ClientDetails(name="Zoë Ørsted")).created
        other = create_client(db, ClientDetails(name="Łukasz Żółć")).created
        assert zoe is not None and other is not None
        for client in (zoe, other):
            source = DocumentSource(
                DocumentKind.CLIENT_RECORDS, "client", client, lambda _db: b"", date.today()
            )
            record_export(db, source, f"records of {client}".encode(), description="client.json")
    workspace = controller.workspace
    assert workspace is not None
    workspace.open_record("client", zoe)
    detail = workspace.clients.detail
    qtbot.waitUntil(lambda: detail.client_id == zoe, timeout=WAIT_MS)
    detail.ledger_button.click()
    assert controller.main_window.current_area() == "ethics"
    ledger = workspace.ethics.ledger
    qtbot.waitUntil(lambda: ledger.proxy.client_id == zoe, timeout=WAIT_MS)
    assert workspace.ethics.tabs.currentWidget() is ledger
    assert ledger.proxy.rowCount() == 1 and ledger.proxy.index(0, 2).data() == "Zoë Ørsted"
