"""The client import dialog: the preview of a file with a bad row and a duplicate, ticks, and the import."""

from __future__ import annotations

import codecs
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from coachdesk.domain import Client, Organisation
from coachdesk.services.client_import import (
    ImportCancelled,
    ImportPreview,
    ImportProgress,
    ImportSnapshot,
    check_file,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.ui.clients.import_dialog import ImportClientsDialog, ImportColumn, import_clients_flow
from coachdesk.vault import Vault

# As Excel writes it in a European locale: a byte-order mark, semicolons, a note on two lines.
CONTACTS = (
    "First Name;Last Name;E-mail Address;Mobile Phone;Company;Birthday;Notes\r\n"
    'Amara;Okafor;amara@lagosbank.example;+234 803 555 0101;Lagos Harbour Bank;1984-02-11;"Met at the\r\n'
    'leadership day"\r\n'
    "Inès;Carvalho;ines.carvalho@example;;;;\r\n"
    "Zoe;Orsted;ZOE@nordlicht.example;;Nordlicht Energie GmbH;;\r\n"
    "Tomás;Herrera;tomas@herrera.example;;;;\r\n"
)


@pytest.fixture
def zoe(vault: Vault) -> uuid.UUID:
    with vault.session() as s:
        created = create_client(s, ClientDetails(name="Zoë Ørsted", email="zoe@nordlicht.example")).created
    assert created is not None
    return created


@pytest.fixture
def contacts(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_bytes(codecs.BOM_UTF8 + CONTACTS.encode("utf-8"))
    return path


def _dialog(qtbot: QtBot, vault: Vault, path: Path) -> ImportClientsDialog:
    """The dialog once the file is read (in the background) and its preview or refusal shown."""
    dialog = ImportClientsDialog(vault.session, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_reading)
    return dialog


def _cells(dialog: ImportClientsDialog, column: ImportColumn) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _names(vault: Vault) -> list[str]:
    with vault.session() as s:
        return sorted(s.exec(select(Client.name)).all())


def test_preview_marks_the_bad_row_and_the_duplicate_and_imports_the_rest_in_one_go(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, contacts: Path
) -> None:
    dialog = _dialog(qtbot, vault, contacts)
    assert _cells(dialog, ImportColumn.LINE) == ["2", "4", "5", "6"]  # line 2's note runs onto line 3
    header = dialog.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        ImportColumn.LINE,
        Qt.SortOrder.AscendingOrder,
    )
    dialog.table.sortByColumn(ImportColumn.LINE, Qt.SortOrder.DescendingOrder)
    assert _cells(dialog, ImportColumn.LINE) == ["6", "5", "4", "2"]
    dialog.table.sortByColumn(ImportColumn.LINE, Qt.SortOrder.AscendingOrder)
    assert _cells(dialog, ImportColumn.NAME) == [
        "Amara Okafor",
        "Inès Carvalho",
        "Zoe Orsted",
        "Tomás Herrera",
    ]
    assert _cells(dialog, ImportColumn.ORGANISATION)[0] == "Lagos Harbour Bank"
    status = _cells(dialog, ImportColumn.STATUS)
    assert status[0] == "Will be added, with the new organisation"
    assert status[1].startswith("Cannot be imported: “ines.carvalho@example” is not an e-mail address")
    assert status[2] == "Likely duplicate of Zoë Ørsted (same e-mail address)"
    assert status[3] == "Will be added"
    ticks = [
        dialog.proxy.index(r, ImportColumn.IMPORT).data(Qt.ItemDataRole.CheckStateRole) for r in range(4)
    ]
    assert ticks == [Qt.CheckState.Checked, None, Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert dialog.summary.text() == (
        "4 records in this CSV file: 2 will be added, 1 likely duplicate (not ticked), 1 cannot be imported."
    )
    assert dialog.ignored.text() == "Columns not imported: Birthday."
    assert dialog.import_button.text() == "Import 2 clients"
    assert _names(vault) == ["Zoë Ørsted"]  # a preview writes nothing

    dialog.show()
    with qtbot.waitSignal(dialog.clients_added) as added:
        dialog.import_button.click()
    assert added.args == [2] and dialog.imported == 2
    assert dialog.changes is not None and dialog.changes.touches("client", "organisation")
    # The dialog stays to say what was added; Close ends it.
    assert dialog.outcome.isVisible() and not dialog.table.isVisible()
    assert dialog.outcome.text() == (
        "2 clients added. 1 new organisation added. They are in the client list as prospects; "
        "nothing else in the practice changed."
    )
    assert dialog.close_button.isVisible() and not dialog.import_button.isVisible()
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _names(vault) == ["Amara Okafor", "Tomás Herrera", "Zoë Ørsted"]
    with vault.session() as s:
        amara = s.exec(select(Client).where(col(Client.name) == "Amara Okafor")).one()
        assert amara.private_notes == "Met at the\nleadership day"
        assert s.exec(select(Organisation.name)).all() == ["Lagos Harbour Bank"]


def test_a_likely_duplicate_can_be_ticked_with_a_click_or_space_and_a_bad_row_cannot(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, contacts: Path, qtmodeltester: ModelTester
) -> None:
    dialog = _dialog(qtbot, vault, contacts)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    duplicate = dialog.proxy.index(2, ImportColumn.IMPORT)
    bad = dialog.proxy.index(1, ImportColumn.IMPORT)
    assert not dialog.proxy.flags(bad) & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.proxy.setData(bad, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.proxy.setData(duplicate, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.import_button.text() == "Import 3 clients"
    dialog.show()
    dialog.table.selectRow(2)
    assert dialog.detail.text() == "Line 5 — Zoe Orsted: Likely duplicate of Zoë Ørsted (same e-mail address)"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.import_button.text() == "Import 2 clients"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    dialog.accept()
    assert dialog.imported == 3
    assert _names(vault) == ["Amara Okafor", "Tomás Herrera", "Zoe Orsted", "Zoë Ørsted"]


def test_nothing_ticked_imports_nothing(qtbot: QtBot, vault: Vault, zoe: uuid.UUID, contacts: Path) -> None:
    dialog = _dialog(qtbot, vault, contacts)
    for r in (0, 3):
        dialog.proxy.setData(
            dialog.proxy.index(r, ImportColumn.IMPORT),
            Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )
    assert not dialog.import_button.isEnabled() and dialog.import_button.text() == "Import clients"
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.changes is None
    assert _names(vault) == ["Zoë Ørsted"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02 not text", "This is not a CSV or vCard file (it holds binary data)."),
        (None, "The file could not be read: No such file or directory."),
    ],
)
def test_a_file_that_cannot_be_read_is_said_plainly_and_nothing_can_be_imported(
    qtbot: QtBot, vault: Vault, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "contacts.csv"
    if content is not None:
        path.write_bytes(content)
    dialog = _dialog(qtbot, vault, path)
    dialog.show()
    assert dialog.error.isVisible() and dialog.error.text() == message
    assert dialog.table.isHidden() and not dialog.import_button.isEnabled()
    dialog.accept()
    assert dialog.changes is None and _names(vault) == []


def test_flow_chooses_a_file_then_imports_what_the_dialog_accepted(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, contacts: Path
) -> None:
    assert import_clients_flow(None, vault.session, choose=lambda _p: "") is None

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportClientsDialog) and dialog.path == contacts
        qtbot.waitUntil(lambda: not dialog.is_reading)
        dialog.accept()  # Import 2 clients
        dialog.reject()  # Escape after the import: the same as Close
        return dialog.result() == QDialog.DialogCode.Accepted

    changes = import_clients_flow(None, vault.session, choose=lambda _p: str(contacts), run=run)
    assert changes is not None and len(changes.ids) == 3  # two clients and their new organisation
    assert _names(vault) == ["Amara Okafor", "Tomás Herrera", "Zoë Ørsted"]
    assert (
        import_clients_flow(None, vault.session, choose=lambda _p: str(contacts), run=lambda _d: False)
        is None
    )


def test_the_file_is_read_in_the_background_with_progress_while_the_gui_handles_events(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "large.csv"
    path.write_text(
        "Name,Email\n" + "".join(f"Client {n},client{n}@example.org\n" for n in range(3000)),
        encoding="utf-8",
    )
    ticked = threading.Event()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(ticked.set)
    timer.start()

    def check_once_the_gui_ticked(
        path: Path, snapshot: ImportSnapshot, progress: ImportProgress
    ) -> ImportPreview:
        assert ticked.wait(60), "the GUI thread's timer never fired while the file was read"
        return check_file(path, snapshot, progress)

    dialog = ImportClientsDialog(vault.session, path, check=check_once_the_gui_ticked)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.is_reading and dialog.progress_bar.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.import_button.isEnabled() and not dialog.table.isVisible()
    shown: list[tuple[str, int, int]] = []
    dialog.progress_bar.valueChanged.connect(
        lambda value: shown.append((dialog.reading.text(), value, dialog.progress_bar.maximum()))
    )
    with qtbot.waitSignal(dialog.file_read, timeout=60_000):
        pass
    assert ("Checking 3,000 records…", 2950, 3000) in shown
    assert dialog.preview is not None and len(dialog.preview.rows) == 3000
    assert dialog.table.isVisible() and not dialog.progress_bar.isVisible()
    assert dialog.import_button.text() == "Import 3000 clients"


def test_cancel_while_the_file_is_read_stops_the_read_and_imports_nothing(
    qtbot: QtBot, vault: Vault, zoe: uuid.UUID, contacts: Path
) -> None:
    reading = threading.Event()
    stopped: list[ImportCancelled] = []

    def endless_read(path: Path, snapshot: ImportSnapshot, progress: ImportProgress) -> ImportPreview:
        reading.set()
        try:
            while True:  # a read that ends only when cancelled
                progress.step("reading", 0, 100)
                threading.Event().wait(0.002)
        except ImportCancelled as cancelled:
            stopped.append(cancelled)
            raise

    dialog = ImportClientsDialog(vault.session, contacts, check=endless_read)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(reading.is_set)
    with qtbot.waitSignal(dialog.finished):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: bool(stopped))
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.preview is None and dialog.changes is None and dialog.imported == 0
    assert _names(vault) == ["Zoë Ørsted"]


def test_a_row_with_more_fields_than_the_header_is_shown_as_not_imported(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Name,Email\nAna Ferreira,ana@example.org\nDan Toomany,dan@example.org,1,2,3,4,5,6,7\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, vault, path)
    assert _cells(dialog, ImportColumn.ORGANISATION) == ["", ""]
    assert _cells(dialog, ImportColumn.STATUS) == [
        "Will be added",
        "Cannot be imported: The row has 9 fields; the header has 2.",
    ]
    dialog.accept()
    assert dialog.imported == 1 and _names(vault) == ["Ana Ferreira"]
    assert dialog.outcome.text().startswith("1 client added. They are in the client list")
