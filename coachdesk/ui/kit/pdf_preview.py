"""A preview of a PDF's pages, rendered in memory with PDFium (never on disk), with zoom, print and export."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.screen_fit import resize_within_screen

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
PAGE_GAP = 16
MARGIN = 24
POINTS_PER_INCH = 72.0


class PdfPages:
    """A PDF opened from bytes in memory; renders each page at a given width in pixels."""

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2  # type: ignore[import-untyped, unused-ignore]

        self._document: pypdfium2.PdfDocument | None = pypdfium2.PdfDocument(pdf)
        self.sizes: list[tuple[float, float]] = []  # each page's width and height in points
        for index in range(len(self._document)):
            page = self._document[index]
            try:
                self.sizes.append(page.get_size())
            finally:
                page.close()

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, scale: float, *, grayscale: bool = False) -> QImage:
        """Page ``index`` at ``scale`` pixels per point, as an image Qt owns (one byte a pixel in grey)."""
        if self._document is None:
            return QImage()
        page = self._document[index]
        try:
            if grayscale:
                bitmap = page.render(scale=scale, grayscale=True)
                pixel_format = QImage.Format.Format_Grayscale8
            else:
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                pixel_format = QImage.Format.Format_RGBX8888
            try:
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, pixel_format)
                return image.copy()  # detach from PDFium's buffer before it is freed
            finally:
                bitmap.close()
        finally:
            page.close()

    @property
    def closed(self) -> bool:
        return self._document is None

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None


class PdfPreviewDialog(QDialog):
    """Shows every page of ``pdf_bytes``; "Fit width" follows the window, or zoom in steps.

    ``export_requested`` is emitted by the "Export PDF…" button (and Ctrl+S); the caller writes the file.
    ``print_requested`` is emitted by the "Print…" button (and Ctrl+P); the caller prints the pages.
    """

    export_requested = Signal()
    print_requested = Signal()

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.setWindowTitle(self.tr("Preview — {title}").format(title=title))
        self.setAccessibleName(self.tr("Preview of the {lower}").format(title=title, lower=title.lower()))
        self._pages = PdfPages(pdf_bytes)
        self._zoom = 1.0
        self._fit_width = True
        self.page_labels: list[QLabel] = []

        self._build_controls()
        self.pages_area = self._build_scroll()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.pages_area, 1)
        layout.addWidget(self.notice)
        bottom = QHBoxLayout()
        bottom.addWidget(self.protect_box)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)
        self._shortcuts()

        self._rerender = QTimer(self, singleShot=True, interval=60)
        self._rerender.timeout.connect(self._render_pages)
        resize_within_screen(self, 820, 900)
        self._render_pages()

    def _build_controls(self) -> None:
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setToolTip(self.tr("Make the pages as wide as the window"))
        self.fit_button.toggled.connect(self.set_fit_width)
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("000 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        count = len(self._pages)
        self.page_count_label = QLabel(self.tr("1 page") if count == 1 else self.tr("%n pages", "", count))
        self.page_count_label.setAccessibleName(self.tr("Page count"))

        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setToolTip(self.tr("Save this document as a PDF file (Ctrl+S)"))
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this document on a printer you choose (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_requested)
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Export result"))
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.protect_box = QCheckBox(self.tr("Protect with a password"))
        self.protect_box.setToolTip(
            self.tr("Encrypt the exported PDF so it opens only with a password you choose")
        )

        bar = self.bar = QHBoxLayout()
        bar.addWidget(self.fit_button)
        bar.addSpacing(8)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        bar.addWidget(self.page_count_label)

    def _build_scroll(self) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Pages"))
        scroll.setWidgetResizable(True)
        # Always there, so "Fit width" measures the same width before and after the pages appear.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        holder = QWidget()
        holder.setBackgroundRole(QPalette.ColorRole.Dark)
        column = QVBoxLayout(holder)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(PAGE_GAP)
        count = len(self._pages)
        for index in range(count):
            label = QLabel()
            label.setAccessibleName(self.tr("Page {number} of {count}").format(number=index + 1, count=count))
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        column.addStretch(1)
        scroll.setWidget(holder)
        return scroll

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence.StandardKey.Save, self.export_button.click),
            (QKeySequence.StandardKey.Print, self.print_button.click),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    # ----- zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The scale of the pages: 1.0 shows them at their printed size."""
        return self._zoom

    def page_count(self) -> int:
        return len(self._pages)

    def set_fit_width(self, on: bool) -> None:
        self._fit_width = on
        if self.fit_button.isChecked() != on:
            self.fit_button.setChecked(on)
        self._render_pages()

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (which turns "Fit width" off)."""
        self._zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.set_fit_width(False)

    def step_zoom(self, direction: int) -> None:
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > self._zoom + 0.001]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < self._zoom - 0.001]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _fit_zoom(self) -> float:
        if not self._pages.sizes:
            return 1.0
        widest = max(width for width, _height in self._pages.sizes)
        available = self.pages_area.viewport().width() - 2 * MARGIN
        return float(max(available, 100) / (widest * self.logicalDpiX() / POINTS_PER_INCH))

    def _render_pages(self) -> None:
        if self._pages.closed:
            return
        self.pages_area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self._fit_width else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self._fit_width:
            self._zoom = self._fit_zoom()
        self.zoom_label.setText(f"{round(self._zoom * 100)} %")
        self.zoom_out_button.setEnabled(self._zoom > ZOOM_STEPS[0] + 0.001)
        self.zoom_in_button.setEnabled(self._zoom < ZOOM_STEPS[-1] - 0.001)
        ratio = self.devicePixelRatioF()
        points_to_pixels = self.logicalDpiX() / POINTS_PER_INCH * self._zoom
        for index, label in enumerate(self.page_labels):
            image = self._pages.render(index, points_to_pixels * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(QSize(round(image.width() / ratio), round(image.height() / ratio)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_width:
            self._render_pages()  # the viewport has its real width only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width and hasattr(self, "_rerender"):
            self._rerender.start()

    # ----- after export or print -----------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        """A line under the pages, such as where the file was saved or which printer took the pages."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def done(self, result: int) -> None:
        """Closing the preview releases PDFium's copy of the document."""
        self._rerender.stop()
        super().done(result)
        self._pages.close()
