"""A new practice's dashboard says what to do first, and each step opens where it is done: the practice
profile, the client form, the demo practice in a window of its own."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.dashboard.first_steps import FIRST_STEPS
from coachdesk.ui.shell import demo_launch
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.profile_dialog import ProfileDialog
from tests.gui.shell.conftest import WAIT_MS, unlock


def test_each_first_step_opens_where_it_is_done(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ProfileDialog, "open", lambda _d: opened.append("profile"))
    monkeypatch.setattr(ClientDialog, "exec", lambda _d: opened.append("client") and 0)
    monkeypatch.setattr(demo_launch, "launch_demo", lambda: opened.append("demo") is None)
    vault = unlock(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None
    dashboard = workspace.dashboard
    panel = dashboard.first_steps
    qtbot.waitUntil(lambda: panel.isVisibleTo(dashboard), timeout=WAIT_MS)
    assert [b.text() for b in panel.buttons.values()] == [text for _s, text, _t in FIRST_STEPS]
    for step in ("profile", "client", "demo"):
        panel.buttons[step].click()
    assert opened == ["profile", "client", "demo"]

    with vault.session() as db:  # once there is a client, the dashboard shows the practice instead
        create_client(db, ClientDetails(name="Zoë Ørsted"))
    dashboard.refresh()
    assert not panel.isVisibleTo(dashboard)
