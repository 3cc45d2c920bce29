"""Printing a PDF through Qt's print dialog: each page rendered by PDFium in memory, painted on the printer.

Nothing is written by CoachDesk: the pages go from PDFium's bitmap to the printer's painter. (The
operating system's print spooler keeps the job until the printer took it, as for any program.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from coachdesk.ui.kit.pdf_preview import POINTS_PER_INCH, PdfPages

# A page is rendered at the printer's resolution up to this many dots per inch: 600 dpi is what
# office laser printers print text at, and one A4 page at 600 dpi is already 35 million pixels.
MAX_DPI = 600

# (parent, printer) -> True once the coach chose a printer and pressed Print; may raise PrintFailed.
AskPrinter = Callable[[QWidget | None, QPrinter], bool]


class PrintFailed(Exception):
    """The printer did not take the pages; ``message`` says why, in words a coach can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PrintedPages:
    """What went to the printer: how many sheets, and on which printer."""

    sheets: int
    printer: str


def new_printer(doc_name: str, page_size: tuple[float, float] | None = None) -> QPrinter:
    """A printer at its full resolution whose job is called ``doc_name`` in the print queue (never a
    client's name), turned like the document's first page (``page_size`` in points). Its paper stays
    the printer's own (A4 or Letter): each page is fitted to it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setCreator("CoachDesk")
    printer.setFullPage(True)  # the PDF has its own margins
    if page_size is not None:
        width, height = page_size
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
        )
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Qt's print dialog, without "Print to file" (a file is what "Export PDF…" makes, and records)."""
    if not QPrinterInfo.availablePrinterNames():
        raise PrintFailed(
            QCoreApplication.translate(
                "PdfPrint",
                "No printer is set up on this computer. Add one in the system settings and try again, "
                "or export the document as a PDF.",
            )
        )
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the coach asked for, in printing order, each as many times as the copies
    the program itself must make (when the printer's system makes the copies, each page once)."""
    pages = list(range(count))
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        pages = [index for index in pages if ranges.contains(index + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return pages * copies
    return [index for index in pages for _copy in range(copies)]


def _printer_name(printer: QPrinter) -> str:
    return (
        printer.printerName()
        or printer.outputFileName()
        or QCoreApplication.translate("PdfPrint", "the printer")
    )


def _failed(printer: QPrinter, message: str) -> PrintFailed:
    """``message`` (with %1 for the printer's name) and what the coach can do about it."""
    check = QCoreApplication.translate(
        "PdfPrint", "Check that it is switched on, connected and has paper, or choose another printer."
    )
    return PrintFailed(f"{message.replace('%1', _printer_name(printer))} {check}")


def print_pdf(printer: QPrinter, pdf: bytes) -> PrintedPages:
    """Paint the pages of ``pdf`` the coach chose on ``printer``, each rendered at the printer's
    resolution (up to MAX_DPI) and fitted to the paper. Raises PrintFailed when the printer did not
    take them (the job is then aborted)."""
    pages = PdfPages(pdf)
    painter = QPainter()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        order = chosen_pages(printer, len(pages))
        if not order:
            raise PrintFailed(
                QCoreApplication.translate(
                    "PdfPrint", "The pages chosen are not in this document: it has %1."
                ).replace("%1", str(len(pages)))
            )
        if not painter.begin(printer):
            raise _failed(
                printer, QCoreApplication.translate("PdfPrint", "Printing could not start on “%1”.")
            )
        try:
            for sheet, index in enumerate(order):
                if sheet and not printer.newPage():
                    raise _failed(
                        printer, QCoreApplication.translate("PdfPrint", "“%1” refused the next page.")
                    )
                _paint_page(painter, printer, pages, index)
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            raise _failed(printer, QCoreApplication.translate("PdfPrint", "“%1” did not accept the pages."))
        return PrintedPages(len(order), _printer_name(printer))
    finally:
        QGuiApplication.restoreOverrideCursor()
        pages.close()


def _paint_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int) -> None:
    """Page ``index`` fitted to the paper (turned when its orientation differs) and centred on it."""
    width, height = pages.sizes[index]
    dpi = printer.resolution()
    paper = printer.pageLayout().fullRectPixels(dpi)
    paper_w, paper_h = float(paper.width()), float(paper.height())
    turned = (width > height) != (paper_w > paper_h)
    page_w, page_h = (height, width) if turned else (width, height)
    fit = min(paper_w / (page_w * dpi / POINTS_PER_INCH), paper_h / (page_h * dpi / POINTS_PER_INCH))
    device_per_point = dpi / POINTS_PER_INCH * fit  # the page's size on paper, in printer dots
    pixels_per_point = min(device_per_point, MAX_DPI / POINTS_PER_INCH)
    image = pages.render(
        index, pixels_per_point, grayscale=printer.colorMode() == QPrinter.ColorMode.GrayScale
    )
    if image.isNull():
        raise PrintFailed(
            QCoreApplication.translate("PdfPrint", "Page %1 could not be drawn.").replace(
                "%1", str(index + 1)
            )
        )
    drawn_w, drawn_h = width * device_per_point, height * device_per_point
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(paper_w / 2, paper_h / 2)
    if turned:
        painter.rotate(-90)  # a landscape page turned as printers turn it: its top on the left
    painter.drawImage(QRectF(QPointF(-drawn_w / 2, -drawn_h / 2), QSizeF(drawn_w, drawn_h)), image)
    painter.restore()


def sheets_text(printed: PrintedPages) -> str:
    """One line saying what went to which printer."""
    count = (
        QCoreApplication.translate("PdfPrint", "1 page")
        if printed.sheets == 1
        else QCoreApplication.translate("PdfPrint", "%1 pages").replace("%1", str(printed.sheets))
    )
    return (
        QCoreApplication.translate("PdfPrint", "Sent %1 to “%2”. Check that it printed in full.")
        .replace("%1", count)
        .replace("%2", printed.printer)
    )


def first_page_size(pdf: bytes) -> tuple[float, float] | None:
    """The size in points of the first page of ``pdf``; None when it has no page."""
    pages = PdfPages(pdf)
    try:
        return pages.sizes[0] if pages.sizes else None
    finally:
        pages.close()


def choose_printer_and_print(
    parent: QWidget | None, pdf: bytes, doc_name: str, ask: AskPrinter = ask_printer
) -> PrintedPages | None:
    """Ask for a printer (``ask``) and print ``pdf`` on it; None when the coach cancelled.

    Raises PrintFailed when there is no printer or it did not take the pages.
    """
    printer = new_printer(doc_name, first_page_size(pdf))
    if not ask(parent, printer):
        return None
    return print_pdf(printer, pdf)
