"""Printing the coaching-hours log from Reports (Print… and Ctrl+P): its pages on the printer, recorded."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import DocumentKind, GeneratedDocument
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.kit import document_export
from coachdesk.ui.reports.view import ReportsView
from coachdesk.vault import Vault

TODAY = date(2026, 11, 27)


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> ReportsView:
    with vault.session() as db:
        for name, day in (("Zoë Ørsted", date(2026, 3, 2)), ("Adam Brook", date(2026, 4, 6))):
            client = create_client(db, ClientDetails(name=name, named_in_hours_log=True)).created
            assert client is not None
            starts = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
            create_session(
                db,
                SessionDetails(client_id=client, starts_at=starts, duration_minutes=60, status="completed"),
            )
    widget = ReportsView()
    qtbot.addWidget(widget)
    widget.today = lambda: TODAY
    widget.zone = lambda: UTC
    widget.errors = []  # type: ignore[attr-defined]
    widget.report_error = lambda _p, title, message: widget.errors.append((title, message))  # type: ignore[attr-defined]
    widget.attach(vault.session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _documents(vault: Vault) -> list[GeneratedDocument]:
    with vault.session() as db:
        return list(db.exec(select(GeneratedDocument)).all())


def test_ctrl_p_prints_the_log_and_records_the_print(
    qtbot: QtBot, view: ReportsView, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paper = tmp_path / "paper.pdf"

    def ask(_parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(paper))
        printer.setResolution(100)
        return True

    sent: list[bytes] = []
    real_print = document_export.choose_printer_and_print

    def spy(parent: QWidget | None, pdf: bytes, doc_name: str, asking: Any) -> Any:
        sent.append(pdf)
        return real_print(parent, pdf, doc_name, asking)

    monkeypatch.setattr(document_export, "choose_printer_and_print", spy)
    view.exporter.ask_printer = ask
    view.hours.table.setFocus()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    with qtbot.waitSignal(view.changed) as emitted:
        qtbot.keyClick(view.hours.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert view.errors == []  # type: ignore[attr-defined]
    [pdf] = sent
    assert "Zoë Ørsted" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    printed = PdfReader(paper)
    assert len(printed.pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert all(page.images and not page.extract_text().strip() for page in printed.pages)
    [document] = _documents(vault)
    assert document.kind == DocumentKind.HOURS_LOG
    assert document.sha256 == hashlib.sha256(pdf).hexdigest()
    assert emitted.args[0].touches("generated_document")
    assert view.hours.notice.text().startswith(f"Sent {len(printed.pages)} page")


def test_a_cancelled_print_of_the_log_records_nothing(qtbot: QtBot, view: ReportsView, vault: Vault) -> None:
    view.exporter.ask_printer = lambda _parent, _printer: False
    with qtbot.assertNotEmitted(view.changed):
        view.hours.print_button.click()
    assert _documents(vault) == [] and view.errors == []  # type: ignore[attr-defined]
    assert view.hours.notice.isHidden()
