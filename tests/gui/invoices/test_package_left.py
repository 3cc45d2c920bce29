"""The client's record and the session editor say how much of the package is left: "5 of 8 left"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.domain import Engagement, SessionStatus
from coachdesk.ui.clients.detail import ClientDetailPane
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.vault import Vault
from tests.services.invoice_practice import FIRST_DAY, Practice, practice, session_on


@pytest.fixture
def billed(vault: Vault) -> Practice:
    with vault.session() as db:
        made = practice(db, sessions=4)
        engagement = db.get(Engagement, made.engagement)
        assert engagement is not None
        engagement.end_date = date(2099, 12, 31)  # still running whatever day the test runs
        engagement.late_cancel_uses_credit = True  # a no-show uses a session of the package
        db.add(engagement)
        db.commit()
        session_on(db, made.client, made.engagement, FIRST_DAY + timedelta(days=60), SessionStatus.NO_SHOW)
    return made


def test_the_session_editor_shows_the_package_left(qtbot: QtBot, vault: Vault, billed: Practice) -> None:
    editor = SessionEditor(vault.session, billed.sessions[0])
    qtbot.addWidget(editor)
    label = editor.fields.package
    assert not label.isHidden()
    assert label.text().startswith("Package: 3 of 8 left")  # four held and one no-show
    editor.engagement.setCurrentIndex(editor.engagement.findData(None))
    assert label.isHidden()  # no engagement, no package


def test_the_client_record_shows_the_package_left(qtbot: QtBot, vault: Vault, billed: Practice) -> None:
    pane = ClientDetailPane()
    qtbot.addWidget(pane)
    pane.attach(vault.session)
    pane.show_client(billed.client)
    assert not pane.packages_label.isHidden()
    assert pane.packages_label.text().startswith("Leadership coaching: 3 of 8 left")
    assert "until" in pane.packages_label.text()
