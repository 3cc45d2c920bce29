"""The session editor's private notes: write them, finalise them, then add dated amendments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.sessions import Amendment
from coachdesk.ui.kit.form import ValidatingForm
from coachdesk.ui.kit.markdown_edit import MarkdownEdit, MarkdownPreview
from coachdesk.ui.kit.row_table import local_date_text, local_datetime_text


def amendments_markdown(amendments: Sequence[Amendment], locale: QLocale | None = None) -> str:
    """The amendments, oldest first, each under the local date and time it was written."""
    heading = QCoreApplication.translate("NotesPanel", "Amended {when}")
    return "\n\n".join(
        f"**{heading.format(when=local_datetime_text(a.written_at, locale))}**\n\n{a.text}"
        for a in amendments
    )


class NotesPanel(QWidget):
    """Private notes in Markdown. Finalised, they show rendered under "Finalised on <date>", with the
    amendments below and a box to add one. Emits ``finalise_requested`` and ``amend_requested``."""

    finalise_requested = Signal()
    amend_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = MarkdownEdit(
            self.tr("Private notes"),
            self.tr(
                "Only you can read these. What was explored, what you noticed, what to pick up next time."
            ),
        )
        self.notes.editor.setMinimumHeight(160)
        self.form = ValidatingForm()
        self.form.add("private_notes", "", self.notes, focus=self.notes.editor)
        self.form.layout_.setHorizontalSpacing(0)  # no label: the field lines up with the headings

        self.finalised_label = QLabel()
        font = self.finalised_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.finalised_label.setFont(font)
        self.finalised_label.setAccessibleName(self.tr("Finalised"))
        self.finalise_hint = QLabel(
            self.tr(
                "Finalise when the notes are complete: they are then kept as written, and anything added "
                "later is a dated amendment."
            )
        )
        self.finalise_hint.setWordWrap(True)
        self.finalise_hint.setEnabled(False)
        self.finalise_button = QPushButton(self.tr("Finalise notes…"))
        self.finalise_button.setToolTip(
            self.tr("Keep the notes as written; later additions become dated amendments")
        )
        self.finalise_button.clicked.connect(self.finalise_requested)
        finalise_row = QHBoxLayout()
        finalise_row.addWidget(self.finalise_hint, 1)
        finalise_row.addWidget(self.finalise_button, 0, Qt.AlignmentFlag.AlignTop)

        self.history = self._build_history(font)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.form)
        self.split.addWidget(self.history)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.finalised_label)
        layout.addWidget(self.split, 1)
        layout.addLayout(finalise_row)
        self.show_finalised(None, ())

    def _build_history(self, font: QFont) -> QWidget:
        """The amendments so far and the box to add one (shown once the notes are finalised)."""
        self.amendments = MarkdownPreview()
        self.amendments.setAccessibleName(self.tr("Amendments"))
        self.amendments.setMinimumHeight(60)
        self.amendments_heading = QLabel(self.tr("Amendments"))
        self.amendments_heading.setFont(font)
        self.amendment_box = QPlainTextEdit(
            placeholderText=self.tr(
                "Add to the notes: the amendment is kept with today's date and time; "
                "the notes above stay as written."
            )
        )
        self.amendment_box.setTabChangesFocus(True)
        self.amendment_box.setAccessibleName(self.tr("New amendment"))
        self.amendment_box.setFixedHeight(72)
        self.amend_button = QPushButton(self.tr("Add amendment"))
        self.amend_button.clicked.connect(lambda: self.amend_requested.emit(self.amendment_box.toPlainText()))
        self.amendment_form = ValidatingForm()
        self.amendment_form.add("text", "", self.amendment_box)
        self.amendment_form.layout_.setHorizontalSpacing(0)
        amend_row = QHBoxLayout()
        amend_row.addWidget(self.amendment_form, 1)
        amend_row.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignTop)

        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.amendments_heading)
        history_layout.addWidget(self.amendments, 1)
        history_layout.addLayout(amend_row)
        return history

    def text(self) -> str:
        return self.notes.text()

    def set_text(self, text: str) -> None:
        self.notes.set_text(text)

    def is_finalised(self) -> bool:
        return self.notes.is_read_only()

    def show_finalised(self, finalised_at: datetime | None, amendments: Sequence[Amendment]) -> None:
        """Editable notes (``finalised_at`` None), or the finalised record with its amendments."""
        finalised = finalised_at is not None
        self.notes.set_read_only(finalised)
        self.history.setVisible(finalised)
        self.finalised_label.setVisible(finalised)
        self.finalise_hint.setVisible(not finalised)
        self.finalise_button.setVisible(not finalised)
        if finalised_at is not None:
            day = local_date_text(finalised_at.astimezone().date(), QLocale())
            self.finalised_label.setText(self.tr("Finalised on {day}").format(day=day))
        self.amendments.setMarkdown(amendments_markdown(amendments))
        self.amendments.setPlaceholderText(self.tr("No amendments yet."))
        self.amendments_heading.setText(
            self.tr("Amendments ({count})").format(count=len(amendments))
            if amendments
            else self.tr("Amendments")
        )

    def clear_amendment_box(self) -> None:
        self.amendment_box.clear()

    def amendments_text(self) -> str:
        """The amendments as shown (for tests and screen readers)."""
        return self.amendments.toPlainText()
