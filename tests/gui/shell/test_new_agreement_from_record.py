"""A new agreement started from a client's record opens the agreement editor with that client chosen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.conftest import WAIT_MS, unlock


def test_a_new_agreement_from_the_record_opens_the_editor_with_the_client_chosen(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = unlock(qtbot, controller)
    with vault.session() as db:
        create_client(db, ClientDetails(name="Chloé Girard"))
        zoe = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    opened: list[object] = []
    monkeypatch.setattr(
        EngagementEditor, "exec", lambda editor: opened.append(editor.fields.client.currentData()) or 0
    )
    workspace = controller.workspace
    assert workspace is not None
    workspace.open_record("client", zoe)
    detail = workspace.clients.detail
    qtbot.waitUntil(lambda: detail.client_id == zoe, timeout=WAIT_MS)
    detail.new_agreement_button.click()
    assert opened == [zoe]
    assert controller.main_window.current_area() == "agreements"
