"""Importing clients from a CSV or vCard file: read and checked in the background with a progress bar,
a preview of every row, then the ticked rows in one go, and how many were added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.client_import import (
    ImportCancelled,
    ImportPreview,
    ImportProgress,
    ImportRow,
    ImportSnapshot,
    check_file,
    import_snapshot,
)
from coachdesk.services.db import DbFactory
from coachdesk.services.errors import ValidationError
from coachdesk.services.folding import fold
from coachdesk.ui.clients.import_rows import ImportColumn, ImportRowsModel, status_text
from coachdesk.ui.kit.background import BackgroundRunner
from coachdesk.ui.kit.file_dialogs import open_file_name
from coachdesk.ui.kit.form import ERROR_STYLE
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP
from coachdesk.ui.kit.plurals import english_plural
from coachdesk.ui.kit.record_list_view import fit_columns, make_table
from coachdesk.ui.kit.row_table import RowFilterProxy
from coachdesk.ui.kit.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from coachdesk.services.changes import Changes

__all__ = ["ImportClientsDialog", "ImportColumn", "import_clients_flow", "status_text"]

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportClientsDialog",
    "Contacts (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)",
)
CheckFile = Callable[[Path, ImportSnapshot, ImportProgress], ImportPreview]


def choose_import_file(parent: QWidget | None) -> str:
    """The system's open dialog for a CSV or vCard file; '' when cancelled."""
    translate = QCoreApplication.translate
    path = open_file_name(
        parent,
        translate("ImportClientsDialog", "Import clients from a file"),
        "",
        translate("ImportClientsDialog", FILE_FILTER),
    )
    return path


class _ProgressRelay(QObject):
    """Carries the steps of the background check to the GUI thread."""

    stepped = Signal(str, int, int)  # stage, done, total


class ImportClientsDialog(QDialog):
    """A contact file read and checked in the background (a progress bar and Cancel while it is),
    then the preview: every row with its line, name, organisation and what happens to it.
    "Import N clients" adds the ticked rows together (all or, if anything fails, none), and the
    dialog then says how many clients were added.

    The database is used on the GUI thread only: what the checks need is taken from it before the
    file is read, and the import is one transaction once the coach chooses. After the import
    ``changes`` holds what changed, ``imported`` how many clients were added, and ``clients_added``
    has said so. A file that cannot be read at all is said plainly, and nothing can be imported.
    """

    file_read = Signal()  # the preview is shown, or the reason the file cannot be imported
    clients_added = Signal(int)  # how many clients the import added

    def __init__(
        self,
        open_db: DbFactory,
        path: Path,
        parent: QWidget | None = None,
        *,
        runner: BackgroundRunner | None = None,
        check: CheckFile = check_file,
    ) -> None:
        super().__init__(parent)
        self._open_db = open_db
        self.path = path
        self.preview: ImportPreview | None = None
        self.changes: Changes | None = None
        self.imported = 0
        self._runner = runner or BackgroundRunner(self)
        self._relay = _ProgressRelay(self)
        self._relay.stepped.connect(self._show_step)
        self._progress: ImportProgress | None = None
        self.setWindowTitle(self.tr("Import clients"))
        self.setMinimumSize(900, 460)
        resize_within_screen(self, 1000, 500)
        self._build(path)
        self._start(check)

    def _build(self, path: Path) -> None:
        self.heading = QLabel(self.tr("Clients from “%1”").replace("%1", path.name))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.reading = QLabel(self.tr("Reading the file…"))
        self.reading.setAccessibleName(self.tr("Progress"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy until the first step says how far
        self.progress_bar.setAccessibleName(self.tr("Reading the file"))
        self._build_preview()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Import finished"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (self.heading, self.reading, self.progress_bar, self.summary, self.ignored):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        for widget in (self.detail, self.hint, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addStretch(0)  # the states without the table keep their text at the top
        layout.addWidget(self.buttons)
        self._show_only(self.reading, self.progress_bar, self.cancel_button, self.import_button)
        self.import_button.setEnabled(False)

    def _build_preview(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.ignored = QLabel()
        self.ignored.setWordWrap(True)
        self.ignored.setAccessibleName(self.tr("Columns not imported"))
        self.model = ImportRowsModel(self)
        self.proxy: RowFilterProxy[ImportRow] = RowFilterProxy(
            ImportRow, lambda r: (r.name, r.organisation), lambda r: (r.line,), self
        )
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, self.tr("Rows of the file"))
        # Rows come in the file's order: show that as sorted by line without sorting a thousand rows
        # on the GUI thread (a click on a heading sorts as usual).
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(ImportColumn.LINE, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.proxy.sort(-1)  # the source's order
        self.table.installEventFilter(self)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Selected row"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.hint = QLabel(
            self.tr(
                "Tick a likely duplicate to import it anyway (Space ticks the selected row). "
                "Rows that cannot be imported are skipped: correct them in the file and import it again."
            )
        )
        self.hint.setWordWrap(True)
        self.model.ticks_changed.connect(self._ticks_changed)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _show_only(self, *shown: QWidget) -> None:
        """The widgets of one state (reading, preview, finished); the heading and any error stay."""
        for widget in (
            self.reading,
            self.progress_bar,
            self.summary,
            self.ignored,
            self.table,
            self.detail,
            self.hint,
            self.outcome,
            self.cancel_button,
            self.import_button,
            self.close_button,
        ):
            widget.setVisible(widget in shown)

    @property
    def is_reading(self) -> bool:
        return self._progress is not None

    def _start(self, check: CheckFile) -> None:
        """Take what the checks need from the database here, then read and check in the background."""
        with self._open_db() as db:
            snapshot = import_snapshot(db)
        progress = ImportProgress(self._relay.stepped.emit)
        self._progress = progress
        self._runner.run(
            lambda: check(self.path, snapshot, progress),
            lambda result, error: self._read(progress, result, error),
        )

    def _show_step(self, stage: str, done: int, total: int) -> None:
        if self._progress is None:
            return
        if stage == "checking":
            text = self.tr("Checking %1 records…").replace("%1", f"{total:,}")
        else:
            text = self.tr("Reading the file…")
        self.reading.setText(text)
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _read(self, progress: ImportProgress, preview: object, error: Exception | None) -> None:
        """The background check has ended: show the preview, or why the file cannot be imported."""
        if progress is not self._progress or progress.cancelled:
            return  # cancelled: the dialog is closed and the result is not wanted
        self._progress = None
        if isinstance(error, ImportCancelled):
            return
        if isinstance(error, ValidationError):
            self._refuse(error.message)
        elif isinstance(error, OSError):
            self._refuse(
                self.tr("The file could not be read: {reason}.").format(reason=error.strerror or error)
            )
        elif error is not None:
            raise error
        else:
            assert isinstance(preview, ImportPreview)
            self._show_preview(preview)
        self.file_read.emit()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_only(
            self.summary,
            self.ignored,
            self.table,
            self.detail,
            self.hint,
            self.cancel_button,
            self.import_button,
        )
        self.model.set_preview(preview)
        fit_columns(self.table, widest=190)
        self.table.setFocus()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_counts(preview)

    def _refuse(self, message: str) -> None:
        """The whole file cannot be imported: say why, and offer only to close."""
        self.show_error(message)
        self._show_only(self.cancel_button, self.import_button)
        self.import_button.setText(self.tr("Import clients"))
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.setMinimumSize(480, 0)

    def _show_counts(self, preview: ImportPreview) -> None:
        duplicates = [r for r in preview.good if r.likely_duplicate]
        parts = [self.tr("%n will be added", "", len(preview.new_clients))]
        if duplicates:
            count = len(duplicates)
            parts.append(english_plural(self.tr("%n likely duplicate(s) (not ticked)", "", count), count))
        if preview.bad:
            parts.append(self.tr("%n cannot be imported", "", len(preview.bad)))
        count = len(preview.rows)
        records = english_plural(self.tr("%n record(s)", "", count), count)
        self.summary.setText(
            self.tr("{records} in this {kind} file: {outcomes}.").format(
                records=records, kind=preview.kind, outcomes=", ".join(parts)
            )
        )
        if not preview.rows:
            self.summary.setText(
                self.tr("This {kind} file holds no contacts to import.").format(kind=preview.kind)
            )
        self.ignored.setText(
            self.tr("Columns not imported: {columns}.").format(columns=", ".join(preview.ignored_columns))
            if preview.ignored_columns
            else ""
        )
        self.ignored.setVisible(bool(preview.ignored_columns))

    def selected(self) -> ImportRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(indexes[0]) if indexes else None

    def _show_selected(self) -> None:
        """The selected row's status in full (the table's column may be too narrow for it)."""
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        if row.name:
            text = self.tr("Line {line} — {name}: {status}").format(
                line=row.line, name=row.name, status=status_text(row)
            )
        else:
            text = self.tr("Line {line}: {status}").format(line=row.line, status=status_text(row))
        self.detail.setText(text)

    def _ticks_changed(self) -> None:
        count = len(self.model.chosen())
        self.import_button.setText(
            english_plural(self.tr("Import %n client(s)", "", count), count)
            if count
            else self.tr("Import clients")
        )
        self.import_button.setEnabled(count > 0)

    def toggle_current(self) -> None:
        """Tick or untick the selected row."""
        row = self.selected()
        if row is not None:
            self.model.set_ticked(row, row.line not in self.model.ticked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle_current()
            return True
        return super().eventFilter(watched, event)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        from coachdesk.services.client_import import import_clients

        if self.changes is not None:  # the import is done: Close
            super().accept()
            return
        chosen = self.model.chosen()
        if not chosen:
            return
        self.error.hide()
        try:
            with self._open_db() as db:
                self.changes = import_clients(db, chosen)
        except ValidationError as error:
            self.show_error(self.tr("Nothing was imported. {reason}").format(reason=error.message))
            return
        self.imported = len(chosen)
        self._show_finished(chosen)
        self.clients_added.emit(self.imported)

    def _show_finished(self, chosen: list[ImportRow]) -> None:
        """Say how many clients were added (and organisations); Close is all that is left."""
        count = self.imported
        added = (
            self.tr("1 client added.")
            if count == 1
            else self.tr("%1 clients added.").replace("%1", str(count))
        )
        organisations = len({fold(r.organisation) for r in chosen if r.new_organisation})
        if organisations == 1:
            added += " " + self.tr("1 new organisation added.")
        elif organisations:
            added += " " + self.tr("%1 new organisations added.").replace("%1", str(organisations))
        self.outcome.setText(
            added
            + " "
            + self.tr("They are in the client list as prospects; nothing else in the practice changed.")
        )
        self._show_only(self.outcome, self.close_button)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def reject(self) -> None:
        """Cancel: stop reading the file (nothing is imported); after an import, the same as Close."""
        if self.changes is not None:
            super().accept()
            return
        if self._progress is not None:
            self._progress.cancel()
            self._progress = None
        super().reject()


def run_import_dialog(dialog: QDialog) -> bool:
    return bool(dialog.exec())


def import_clients_flow(
    parent: QWidget | None,
    open_db: DbFactory,
    *,
    choose: Callable[[QWidget | None], str] = choose_import_file,
    run: Callable[[QDialog], bool] = run_import_dialog,
) -> Changes | None:
    """Choose a file, preview it, and import the ticked rows; the Changes, or None when nothing was
    imported. ``choose`` and ``run`` are replaceable in tests. The caller should show the clients
    (with no filter hiding them): the dialog has said how many were added."""
    chosen = choose(parent)
    if not chosen:
        return None
    dialog = ImportClientsDialog(open_db, Path(chosen), parent)
    try:
        run(dialog)
        return dialog.changes  # also when the dialog was closed some other way after the import
    finally:
        dialog.deleteLater()
