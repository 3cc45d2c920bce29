"""The PDF preview: every page rendered in memory, fit-width and stepped zoom, and its export request."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from coachdesk.services.agreement_list import agreement_rows
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.demo import populate_demo
from coachdesk.ui.kit.pdf_preview import MARGIN, ZOOM_STEPS, PdfPreviewDialog
from coachdesk.vault import Vault


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        drawing.drawString(72, 720, f"Page {number + 1}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def _dialog(qtbot: QtBot, pdf: bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, "Test document")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def agreement(vault: Vault) -> bytes:
    with vault.session() as session:
        populate_demo(session, date(2026, 3, 2))
        row = next(r for r in agreement_rows(session) if r.client_name == "Zoë Ørsted")
        return agreement_pdf(session, row.id, date(2026, 3, 2))


def test_every_page_of_an_agreement_is_rendered(qtbot: QtBot, agreement: bytes) -> None:
    pages = len(PdfReader(io.BytesIO(agreement)).pages)
    assert pages > 1
    dialog = _dialog(qtbot, agreement)
    assert dialog.page_count() == pages
    assert dialog.page_count_label.text() == f"{pages} pages"
    assert len(dialog.page_labels) == pages
    for number, label in enumerate(dialog.page_labels, start=1):
        pixmap = label.pixmap()
        assert not pixmap.isNull()
        # A4 keeps its proportions (height / width = 297 / 210).
        assert pixmap.height() / pixmap.width() == pytest.approx(297 / 210, rel=0.01)
        assert label.accessibleName() == f"Page {number} of {pages}"
    # The first page is not blank: the renderer drew text on white.
    image = dialog.page_labels[0].pixmap().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 2
    assert "Test document" in dialog.windowTitle()


def test_a_single_page_says_page(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(1))
    assert dialog.page_count() == 1
    assert dialog.page_count_label.text() == "1 page"


def test_fit_width_follows_the_window(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(2))
    assert dialog.fit_button.isChecked()
    wide = dialog.page_labels[0].width()
    assert wide == pytest.approx(dialog.pages_area.viewport().width() - 2 * MARGIN, abs=2)
    dialog.resize(dialog.width() - 200, dialog.height())
    qtbot.waitUntil(lambda: dialog.page_labels[0].width() < wide - 150)
    assert dialog.page_labels[0].width() == pytest.approx(
        dialog.pages_area.viewport().width() - 2 * MARGIN, abs=2
    )
    assert dialog.pages_area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_zoom_steps_turn_fit_width_off_and_stay_in_bounds(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(1))
    dialog.set_zoom(1.0)
    assert not dialog.fit_button.isChecked()
    at_100 = dialog.page_labels[0].width()
    assert dialog.zoom_label.text() == "100 %"
    dialog.zoom_in_button.click()
    assert dialog.zoom == 1.1
    assert dialog.page_labels[0].width() == pytest.approx(at_100 * 1.1, abs=2)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.zoom == 0.9
    for _ in range(len(ZOOM_STEPS) + 2):
        dialog.step_zoom(1)
    assert dialog.zoom == ZOOM_STEPS[-1]
    assert not dialog.zoom_in_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.pages_area.horizontalScrollBar().maximum() > 0)
    dialog.fit_button.click()
    assert dialog.fit_button.isChecked()
    assert dialog.page_labels[0].width() < at_100 * ZOOM_STEPS[-1]


def test_export_button_and_ctrl_s_ask_for_an_export(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(1))
    with qtbot.waitSignal(dialog.export_requested):
        dialog.export_button.click()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.export_requested):
        qtbot.keyClick(dialog.pages_area, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog.show_notice("Saved “x.pdf” in /somewhere.")
    assert dialog.notice.isVisibleTo(dialog)
    assert dialog.export_button.text() == "Export PDF…"
    assert dialog.protect_box.text() == "Protect with a password"


def test_rendering_writes_no_temporary_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, agreement: bytes
) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", None)
    dialog = _dialog(qtbot, agreement)
    dialog.set_zoom(2.0)
    dialog.close()
    assert list(spool.iterdir()) == []


def test_closing_releases_the_document(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(2))
    dialog.reject()
    assert dialog._pages.closed
    dialog.set_zoom(1.5)  # nothing left to draw, and no error


def test_print_button_and_ctrl_p_ask_for_a_print(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(1))
    assert dialog.print_button.text() == "Print…"
    assert "Ctrl+P" in dialog.print_button.toolTip()
    with qtbot.waitSignal(dialog.print_requested):
        dialog.print_button.click()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.print_requested), qtbot.assertNotEmitted(dialog.export_requested):
        qtbot.keyClick(dialog.pages_area, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
