"""The client table model and its filter proxy, and the new/edit client dialog."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coachdesk.domain import Client, ClientStatus
from coachdesk.services.clients import ClientDetails, ClientRow, client_rows, create_client
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.clients.table import (
    OBJECT_ROLE,
    SORT_ROLE,
    ClientColumn,
    ClientFilterProxy,
    ClientTableModel,
)
from coachdesk.ui.kit.row_table import local_day_text
from coachdesk.vault import Vault


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


ROWS = [
    ClientRow(uuid.uuid4(), "Zoë Martin", "Acme", ClientStatus.ACTIVE, _at(3), _at(20), "Leading teams"),
    ClientRow(uuid.uuid4(), "adam Brook", "", ClientStatus.REFERRED_OUT, _at(1), None, ""),
    ClientRow(uuid.uuid4(), "Bea Carter", "Bright Ltd", ClientStatus.PROSPECT, None, _at(10), "Career move"),
    ClientRow(uuid.uuid4(), "Émile Dubois", "acme", ClientStatus.PAUSED, _at(5), _at(12), ""),
]


def _proxy(rows: list[ClientRow] = ROWS) -> tuple[ClientTableModel, ClientFilterProxy]:
    model = ClientTableModel()
    model.set_rows(rows)
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _column(proxy: ClientFilterProxy, column: ClientColumn = ClientColumn.NAME) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


# ----- model -----------------------------------------------------------------------------------


def test_model_and_proxy_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = _proxy()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("acme")
    proxy.sort(ClientColumn.LAST_SESSION, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_headers_text_and_roles(qtbot: QtBot) -> None:
    model, _ = _proxy()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in ClientColumn]
    assert headers == ["Name", "Organisation", "Status", "Last session", "Next session", "Active engagement"]
    assert model.index(1, ClientColumn.STATUS).data() == "Referred out"
    assert model.index(1, ClientColumn.ORGANISATION).data() == ""
    assert model.index(1, ClientColumn.NEXT_SESSION).data() == ""
    assert model.index(1, ClientColumn.ACTIVE_ENGAGEMENT).data() == ""
    moment = QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone.utc()).toLocalTime()
    expected = QLocale().toString(
        moment.date(), QLocale.FormatType.ShortFormat
    )  # the day; the time is in the record
    assert model.index(0, ClientColumn.LAST_SESSION).data() == expected == local_day_text(_at(3))
    assert model.index(2, ClientColumn.NAME).data(OBJECT_ROLE) is ROWS[2]
    assert model.index(1, ClientColumn.NAME).data(SORT_ROLE) == "adam brook"
    assert model.index(2, ClientColumn.LAST_SESSION).data(SORT_ROLE) is None


def test_set_rows_resets_the_model(qtbot: QtBot) -> None:
    model, _ = _proxy()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(ROWS[:2])
    assert model.rowCount() == 2
    model.clear()
    assert model.rowCount() == 0


# ----- sorting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (ClientColumn.NAME, ["adam Brook", "Bea Carter", "Émile Dubois", "Zoë Martin"]),
        # The empty organisation goes last; "Acme" and "acme" tie and fall back to the name.
        (ClientColumn.ORGANISATION, ["Émile Dubois", "Zoë Martin", "Bea Carter", "adam Brook"]),
        # Statuses in the order a client moves through them.
        (ClientColumn.STATUS, ["Bea Carter", "Zoë Martin", "Émile Dubois", "adam Brook"]),
        (ClientColumn.LAST_SESSION, ["adam Brook", "Zoë Martin", "Émile Dubois", "Bea Carter"]),
        (ClientColumn.NEXT_SESSION, ["Bea Carter", "Émile Dubois", "Zoë Martin", "adam Brook"]),
        (ClientColumn.ACTIVE_ENGAGEMENT, ["Bea Carter", "Zoë Martin", "adam Brook", "Émile Dubois"]),
    ],
)
def test_sorting_by_each_column(qtbot: QtBot, column: ClientColumn, ascending: list[str]) -> None:
    _, proxy = _proxy()
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert _column(proxy) == ascending


@pytest.mark.parametrize("column", [ClientColumn.LAST_SESSION, ClientColumn.NEXT_SESSION])
def test_missing_dates_sort_last_in_both_directions(qtbot: QtBot, column: ClientColumn) -> None:
    _, proxy = _proxy()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(column, order)
        values = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
        present = [v for v in values if v is not None]
        assert values[-1] is None
        assert present == sorted(present, reverse=order == Qt.SortOrder.DescendingOrder)


def test_sorting_follows_new_rows(qtbot: QtBot) -> None:
    model, proxy = _proxy()
    proxy.sort(ClientColumn.NAME, Qt.SortOrder.DescendingOrder)
    model.set_rows([*ROWS, ClientRow(uuid.uuid4(), "Zack", "", ClientStatus.ACTIVE, None, None, "")])
    assert _column(proxy)[:2] == ["Zoë Martin", "Zack"]
    assert _column(proxy)[-1] == "adam Brook"


# ----- filtering -------------------------------------------------------------------------------


def test_text_filter_ignores_case_and_accents(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.set_filter_text("zoe")
    assert _column(proxy) == ["Zoë Martin"]
    proxy.set_filter_text("EMILE")
    assert _column(proxy) == ["Émile Dubois"]
    proxy.set_filter_text("  Zoë  ")
    assert _column(proxy) == ["Zoë Martin"]


def test_text_filter_matches_organisation_and_engagement(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.sort(ClientColumn.NAME)
    proxy.set_filter_text("acme")
    assert _column(proxy) == ["Émile Dubois", "Zoë Martin"]
    proxy.set_filter_text("career")
    assert _column(proxy) == ["Bea Carter"]
    proxy.set_filter_text("nobody at all")
    assert _column(proxy) == []
    proxy.set_filter_text("")
    assert proxy.rowCount() == len(ROWS)


def test_status_filter_combines_with_text(qtbot: QtBot) -> None:
    _, proxy = _proxy()
    proxy.set_status(ClientStatus.REFERRED_OUT)
    assert _column(proxy) == ["adam Brook"]
    proxy.set_status("active")
    assert _column(proxy) == ["Zoë Martin"]
    proxy.set_filter_text("emile")
    assert _column(proxy) == []
    proxy.set_status(None)
    assert _column(proxy) == ["Émile Dubois"]


def test_model_fills_from_client_rows(vault: Vault) -> None:
    with vault.session() as session:
        create_client(session, ClientDetails(name="Zoë Martin", status=ClientStatus.ACTIVE))
        rows = client_rows(session)
    _, proxy = _proxy(rows)
    proxy.set_filter_text("zoe")
    assert proxy.rowCount() == 1
    assert proxy.row_at(proxy.index(0, 0)) == rows[0]


# ----- dialog ----------------------------------------------------------------------------------


def _dialog(qtbot: QtBot, vault: Vault, client_id: uuid.UUID | None = None) -> ClientDialog:
    dialog = ClientDialog(vault.session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog: ClientDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _clients(vault: Vault) -> list[Client]:
    from sqlmodel import select

    with vault.session() as session:
        return list(session.exec(select(Client)).all())


def test_dialog_creates_a_client(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        acme = create_organisation(session, OrganisationDetails(name="Acme")).created
    dialog = _dialog(qtbot, vault)
    assert dialog.organisation.itemText(0) == "None"
    dialog.name.setText("Zoë Martin")
    qtbot.keyClicks(dialog.email, "zoe@example.org")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Acme"))
    dialog.status.setCurrentIndex(dialog.status.findText("Active"))
    qtbot.keyClicks(dialog.tags, "leadership, Leadership, career")
    dialog.has_intake_date.setChecked(True)
    dialog.intake_date.setDate(dialog.intake_date.date().fromString("2025-02-14", "yyyy-MM-dd"))
    dialog.named_in_hours_log.setChecked(True)
    qtbot.keyClicks(dialog.private_notes, "Wants to lead with less control.")
    _ok(dialog)

    assert dialog.result() == ClientDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.created is not None
    [client] = _clients(vault)
    assert client.id == dialog.changes.created
    assert (client.name, client.email, client.organisation_id) == ("Zoë Martin", "zoe@example.org", acme)
    assert client.status == ClientStatus.ACTIVE
    assert client.tags == "leadership, career"
    assert client.intake_date == date(2025, 2, 14)
    assert client.named_in_hours_log is True
    assert client.private_notes == "Wants to lead with less control."


def test_dialog_without_intake_date_stores_none(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault)
    qtbot.keyClicks(dialog.name, "Bea Carter")
    assert not dialog.intake_date.isEnabled()
    _ok(dialog)
    [client] = _clients(vault)
    assert client.intake_date is None
    assert client.organisation_id is None
    assert client.status == ClientStatus.PROSPECT


def test_dialog_shows_a_missing_name_next_to_the_field(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault)
    qtbot.keyClicks(dialog.email, "zoe@example.org")
    qtbot.keyClicks(dialog.private_notes, "Notes I must not lose.")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.changes is None
    assert "is required" in dialog.error_text("name")
    assert dialog.error_text("email") == ""
    assert dialog.email.text() == "zoe@example.org"
    assert dialog.private_notes.toPlainText() == "Notes I must not lose."
    assert _clients(vault) == []


def test_dialog_shows_a_bad_email_then_saves_once_fixed(qtbot: QtBot, vault: Vault) -> None:
    dialog = _dialog(qtbot, vault)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.name.hasFocus)
    dialog.name.setText("Zoë Martin")
    qtbot.keyClicks(dialog.email, "zoe-at-example")
    _ok(dialog)
    assert dialog.isVisible()
    assert "is not an e-mail address" in dialog.error_text("email")
    assert dialog.error_text("name") == ""
    assert dialog.name.text() == "Zoë Martin"
    assert dialog.email.text() == "zoe-at-example"
    qtbot.waitUntil(dialog.email.hasFocus)  # the field at fault takes the focus

    dialog.email.setText("zoe@example.org")
    _ok(dialog)
    assert not dialog.isVisible()
    assert dialog.error_text("email") == ""
    assert [c.email for c in _clients(vault)] == ["zoe@example.org"]


def test_dialog_edits_an_existing_client(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as session:
        acme = create_organisation(session, OrganisationDetails(name="Acme")).created
        client_id = create_client(
            session,
            ClientDetails(
                name="Zoë Martin",
                email="zoe@example.org",
                organisation_id=acme,
                status=ClientStatus.ACTIVE,
                intake_date=date(2025, 1, 6),
                private_notes="First notes.",
            ),
        ).created
    assert client_id is not None
    dialog = _dialog(qtbot, vault, client_id)
    assert dialog.windowTitle() == "Edit client" and dialog.name.text() == "Zoë Martin"
    assert dialog.name.text() == "Zoë Martin"
    assert dialog.organisation.currentText() == "Acme"
    assert dialog.status.currentText() == "Active"
    assert dialog.has_intake_date.isChecked()
    assert dialog.private_notes.toPlainText() == "First notes."

    dialog.name.setText("Zoë Martin-Roy")
    dialog.status.setCurrentIndex(dialog.status.findText("Referred out"))
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("None"))
    dialog.has_intake_date.setChecked(False)
    _ok(dialog)

    assert dialog.changes is not None and client_id in dialog.changes.ids
    [client] = _clients(vault)
    assert client.name == "Zoë Martin-Roy"
    assert client.status == ClientStatus.REFERRED_OUT
    assert client.organisation_id is None
    assert client.intake_date is None
    assert client.email == "zoe@example.org"
