"""Printing the recovery sheet: the sheet's PDF pages on the printer (Ctrl+P), no file, failures said."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.ui.unlock.change_passphrase_dialog import NewRecoveryKeyDialog
from coachdesk.ui.unlock.recovery_key_page import RecoveryKeyPage
from tests.gui.unlock.sheet_pictures import matches_sheet

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


def _printing_to(path: Path) -> Callable[[QWidget | None, QPrinter], bool]:
    def ask(_parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return ask


def _page(qtbot: QtBot, vault_path: Path) -> RecoveryKeyPage:
    page = RecoveryKeyPage(lambda *_args: "")
    qtbot.addWidget(page)
    page.show_key(vault_path, KEY)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_ctrl_p_prints_the_sheets_pdf_page_and_writes_no_other_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", None)
    vault_path = tmp_path / "vault" / "practice.coachdesk"
    vault_path.parent.mkdir()
    page = _page(qtbot, vault_path)
    printed = tmp_path / "printer" / "paper.pdf"
    printed.parent.mkdir()
    page.ask_printer = _printing_to(printed)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.sheet_status.isVisible)
    assert "Sent 1 page to" in page.sheet_status.text()
    reader = PdfReader(printed)
    assert len(reader.pages) == 1 and reader.pages[0].extract_text().strip() == ""
    assert matches_sheet(printed, "practice.coachdesk", KEY)
    assert not matches_sheet(printed, "practice.coachdesk", KEY[:-1] + "8")
    assert sorted(p for p in tmp_path.rglob("*") if p.is_file()) == [printed]


def test_a_printer_that_fails_is_named_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path / "practice.coachdesk")
    page.ask_printer = _printing_to(tmp_path / "no such folder" / "paper.pdf")
    page.print_sheet.click()
    assert page.sheet_status.isVisible()
    assert page.sheet_status.text().startswith("The sheet was not printed. Printing could not start on")
    assert not (tmp_path / "no such folder").exists()


def test_a_cancelled_print_says_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path / "practice.coachdesk")
    asked: list[str] = []
    page.ask_printer = lambda _parent, printer: asked.append(printer.docName()) or False  # type: ignore[func-returns-value]
    page.print_sheet.click()
    assert asked == ["CoachDesk recovery sheet"] and not page.sheet_status.isVisible()


def test_the_new_recovery_key_dialog_prints_with_ctrl_p(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = NewRecoveryKeyDialog(KEY, "practice.coachdesk")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    printed = tmp_path / "paper.pdf"
    dialog.ask_printer = _printing_to(printed)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.status.isVisible)
    assert matches_sheet(printed, "practice.coachdesk", KEY)
    dialog.stored.setChecked(True)
    dialog.reject()
