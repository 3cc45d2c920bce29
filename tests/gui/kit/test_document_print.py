"""Printing a document from its preview: every page painted at the printer's resolution, recorded, no file."""

from __future__ import annotations

import builtins
import hashlib
import io
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2  # type: ignore[import-untyped, unused-ignore]
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from sqlmodel import select

from coachdesk.domain import DocumentKind, GeneratedDocument, OutboundChannel, OutboundEntry
from coachdesk.ui.agreements.view import AgreementsView
from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog
from coachdesk.ui.kit.pdf_print import (
    PrintFailed,
    ask_printer,
    choose_printer_and_print,
    chosen_pages,
    new_printer,
)
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.vault import Vault

TODAY = date(2026, 3, 2)
DPI = 150  # low enough to keep the test quick; the pages must be painted at exactly this resolution
A4_INCHES = (210 / 25.4, 297 / 25.4)

AskPrinter = Callable[[QWidget | None, QPrinter], bool]


def _to_file(
    path: Path, *, dpi: int = DPI, setup: Callable[[QPrinter], None] = lambda _p: None
) -> AskPrinter:
    """In place of the print dialog: a printer that writes a PDF at ``path`` (the test's paper)."""

    def ask(_parent: QWidget | None, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(dpi)
        setup(printer)
        return True

    return ask


_BEFORE: dict[int, set[uuid.UUID]] = {}  # per vault: the documents the demo practice came with


def _documents(vault: Vault) -> list[GeneratedDocument]:
    """The documents recorded since the demo practice was made."""
    with vault.session() as db:
        return [d for d in db.exec(select(GeneratedDocument)).all() if d.id not in _BEFORE[id(vault)]]


def _ledger(vault: Vault) -> list[OutboundEntry]:
    """The ledger entries recorded since the demo practice was made."""
    with vault.session() as db:
        return [e for e in db.exec(select(OutboundEntry)).all() if e.id not in _BEFORE[id(vault)]]


@pytest.fixture
def demo(vault: Vault) -> Vault:
    from coachdesk.services.demo import populate_demo

    with vault.session() as db:
        populate_demo(db, TODAY)
        made = [*db.exec(select(GeneratedDocument)).all(), *db.exec(select(OutboundEntry)).all()]
        _BEFORE[id(vault)] = {record.id for record in made}
    return vault


@pytest.fixture
def errors() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def view(qtbot: QtBot, demo: Vault, errors: list[tuple[str, str]]) -> Iterator[AgreementsView]:
    widget = AgreementsView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.attach(demo.session)
    widget.show()
    qtbot.waitExposed(widget)
    widget.exporter.report_error = lambda _parent, title, text: errors.append((title, text))
    yield widget
    widget.exporter.close_preview()


def _preview(view: AgreementsView, client: str = "Zoë Ørsted") -> PdfPreviewDialog:
    row = next(r for r in view.model.rows() if r.client_name == client)
    assert view.select_engagement(row.id)
    dialog = view.preview_selected()
    assert dialog is not None
    return dialog


def _page_images(path: Path) -> Iterator[Any]:
    """Each printed page as a small greyscale PIL image, rendered by PDFium."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            yield page.render(scale=0.5, grayscale=True).to_pil()
            page.close()
    finally:
        document.close()


def test_an_agreement_prints_every_page_as_images_at_the_printers_resolution_and_is_recorded(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    dialog = _preview(view)
    paper = tmp_path / "printer" / "paper.pdf"
    paper.parent.mkdir()
    view.exporter.ask_printer = _to_file(paper)
    with qtbot.waitSignal(view.changed) as emitted:
        dialog.print_button.click()
    assert errors == []
    shown = PdfReader(io.BytesIO(dialog.pdf_bytes))
    printed = PdfReader(paper)
    assert len(printed.pages) == len(shown.pages) == dialog.page_count() > 1
    for page in printed.pages:
        assert page.extract_text().strip() == ""  # pictures of the pages, not text
        [image] = page.images
        width, height = image.image.size
        assert width == pytest.approx(A4_INCHES[0] * DPI, abs=2)
        assert height == pytest.approx(A4_INCHES[1] * DPI, abs=2)
    for image in _page_images(paper):
        low, high = image.getextrema()
        assert high > 200 and low < 100  # white paper with dark print on it
    [document] = _documents(demo)
    assert document.kind == DocumentKind.AGREEMENT
    assert document.sha256 == hashlib.sha256(dialog.pdf_bytes).hexdigest()
    [entry] = _ledger(demo)  # the print is in the outbound ledger, to the recipient the coach named
    assert (entry.channel, entry.kind, entry.sha256) == (
        OutboundChannel.PRINT,
        DocumentKind.AGREEMENT,
        document.sha256,
    )
    assert entry.recipient == "Zoë Ørsted; Ingrid Haugen, Nordlicht Energie GmbH"
    assert emitted.args[0].touches("generated_document")
    assert f"Sent {dialog.page_count()} pages to" in dialog.notice.text()


def test_printing_writes_no_file_but_the_printers_own(
    qtbot: QtBot,
    view: AgreementsView,
    demo: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", None)
    paper = tmp_path / "printer" / "paper.pdf"
    paper.parent.mkdir()
    dialog = _preview(view)
    view.exporter.ask_printer = _to_file(paper)
    folders = [tmp_path, spool, Path(demo.path).parent, Path(tempfile.gettempdir())]

    def files() -> set[Path]:
        return {path for folder in folders for path in folder.rglob("*") if path.is_file()}

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    before = files()
    writes: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watched_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watched_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watched_open)
    monkeypatch.setattr(os, "open", watched_os_open)
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(dialog.pages_area, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.undo()
    assert errors == []
    assert writes == []
    assert files() - before == {paper}
    assert list(spool.iterdir()) == []


def test_a_cancelled_print_dialog_records_nothing(
    qtbot: QtBot, view: AgreementsView, demo: Vault, errors: list[tuple[str, str]]
) -> None:
    dialog = _preview(view)
    asked: list[QPrinter] = []
    view.exporter.ask_printer = lambda _parent, printer: asked.append(printer) or False  # type: ignore[func-returns-value]
    with qtbot.assertNotEmitted(view.changed):
        dialog.print_button.click()
    assert len(asked) == 1
    assert asked[0].docName() == "Coaching agreement"  # the print queue shows no client's name
    assert _documents(demo) == [] and errors == []
    assert not dialog.notice.isVisibleTo(dialog)


def test_a_printer_that_fails_says_why_and_nothing_is_recorded(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    dialog = _preview(view)
    view.exporter.ask_printer = _to_file(tmp_path / "no such folder" / "paper.pdf")
    with qtbot.assertNotEmitted(view.changed):
        dialog.print_button.click()
    [(title, message)] = errors
    assert title == "The document was not printed"
    assert "Printing could not start on" in message and "choose another printer" in message
    assert _documents(demo) == []


def test_without_a_printer_the_dialog_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    with pytest.raises(PrintFailed, match="No printer is set up"):
        ask_printer(None, QPrinter())


def _pdf(sizes: list[tuple[float, float]]) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    for number, size in enumerate(sizes, start=1):
        drawing.setPageSize(size)
        drawing.setFont("Helvetica", 48)
        drawing.drawString(72, size[1] - 120, f"Page {number}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def _printer(**settings: Any) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # makes no copies itself
    if "pages" in settings:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*settings["pages"])
    printer.setCopyCount(settings.get("copies", 1))
    printer.setCollateCopies(settings.get("collate", True))
    if settings.get("last_first"):
        printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    return printer


def test_the_page_range_copies_and_order_chosen_in_the_dialog_are_kept(qtbot: QtBot, tmp_path: Path) -> None:
    assert chosen_pages(_printer(), 3) == [0, 1, 2]
    assert chosen_pages(_printer(pages=(2, 3)), 3) == [1, 2]
    assert chosen_pages(_printer(pages=(2, 9)), 3) == [1, 2]
    assert chosen_pages(_printer(copies=2), 2) == [0, 1, 0, 1]
    assert chosen_pages(_printer(copies=2, collate=False), 2) == [0, 0, 1, 1]
    assert chosen_pages(_printer(last_first=True), 3) == [2, 1, 0]
    paper = tmp_path / "paper.pdf"

    def two_of_pages_two_and_three(printer: QPrinter) -> None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        printer.setCopyCount(2)

    printed = choose_printer_and_print(
        None, _pdf([A4] * 4), "Test", _to_file(paper, dpi=50, setup=two_of_pages_two_and_three)
    )
    assert printed is not None and printed.sheets == 4
    assert len(PdfReader(paper).pages) == 4


def test_a_landscape_page_is_turned_to_fit_portrait_paper(qtbot: QtBot, tmp_path: Path) -> None:
    paper = tmp_path / "paper.pdf"
    choose_printer_and_print(None, _pdf([A4, landscape(A4)]), "Test", _to_file(paper, dpi=50))
    reader = PdfReader(paper)
    assert [(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages] == [(595, 842)] * 2
    # The landscape page is drawn from a landscape image, turned by the painter to fill the paper.
    assert reader.pages[1].images[0].image.size == pytest.approx((297 / 25.4 * 50, 210 / 25.4 * 50), abs=2)
    [_portrait, turned] = _page_images(paper)
    assert turned.getbbox() is not None


def test_the_printers_own_paper_is_kept_and_each_page_fitted_to_it(qtbot: QtBot, tmp_path: Path) -> None:
    paper = tmp_path / "letter.pdf"

    def letter(printer: QPrinter) -> None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))

    choose_printer_and_print(None, _pdf([A4]), "Test", _to_file(paper, dpi=50, setup=letter))
    [page] = PdfReader(paper).pages
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)
    # A4 is taller than Letter: the page is scaled down to Letter's height, its proportions kept.
    width, height = page.images[0].image.size
    assert height == pytest.approx(11 * 50, abs=2)
    assert width / height == pytest.approx(210 / 297, rel=0.01)
    assert new_printer("Test", landscape(A4)).pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert new_printer("Test", A4).pageLayout().orientation() == QPageLayout.Orientation.Portrait


def test_a_print_of_a_record_deleted_meanwhile_is_refused_before_any_page_leaves(
    qtbot: QtBot, view: AgreementsView, demo: Vault, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    from coachdesk.services.engagements import delete_engagement

    dialog = _preview(view, "Дмитрий Иванов")  # a draft, which may be deleted
    row = view.selected()
    assert row is not None
    with demo.session() as db:
        delete_engagement(db, row.id)
    paper = tmp_path / "paper.pdf"
    view.exporter.ask_printer = _to_file(paper)
    with qtbot.assertNotEmitted(view.changed):
        dialog.print_button.click()
    assert not paper.exists()  # the consent filter found no agreement: nothing went to the printer
    [(title, message)] = errors
    assert title == "The document cannot leave the vault"
    assert "engagement" in message.lower() or "agreement" in message.lower()
    assert _documents(demo) == [] and _ledger(demo) == []


def test_a_print_to_someone_the_agreement_does_not_cover_is_refused_before_any_page_leaves(
    view: AgreementsView, demo: Vault, errors: list[tuple[str, str]]
) -> None:
    dialog = _preview(view)
    asked: list[QPrinter] = []
    view.exporter.choose_recipient = lambda _parent, _title, _suggested: Recipient("Marcus Feldmann")

    def ask(_parent: QWidget | None, printer: QPrinter) -> bool:
        asked.append(printer)
        return True

    view.exporter.ask_printer = ask
    dialog.print_button.click()
    assert [title for title, _text in errors] == ["The document cannot leave the vault"]
    assert asked == [] and _documents(demo) == [] and _ledger(demo) == []
