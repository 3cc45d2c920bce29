"""Pieces the Reports sections share: the section card, quiet and notice lines, the save dialog, messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.file_dialogs import save_file_name

CARD_STYLE = "#reportCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
NOTICE_STYLE = "color: #1e7b34;"


def muted(text: str = "", *, wrap: bool = False) -> QLabel:
    """A quiet line of text (explanations, empty states)."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(wrap)
    return label


def notice() -> QLabel:
    """A hidden line that says what an export wrote, once it has."""
    label = QLabel()
    label.setStyleSheet(NOTICE_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("ReportCard", "Export result"))
    label.hide()
    return label


class ReportCard(QFrame):
    """A section of Reports: a heading with a line saying what it holds, buttons on its right, a body."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportCard")
        self.setStyleSheet(CARD_STYLE)
        self.setAccessibleName(title)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(
            QCoreApplication.translate("ReportCard", "{title} heading").format(title=title)
        )
        self.subtitle_label = muted(subtitle, wrap=True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.subtitle_label)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(self.buttons)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 16)
        self.body.setSpacing(10)
        self.body.addLayout(top)


def fit_height(table: QTableView, rows: int, most: int, least: int = 3) -> None:
    """Make ``table`` tall enough for ``rows`` rows (``least`` to ``most``; it scrolls beyond)."""
    shown = min(max(rows, least), most)
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(header + shown * row + 2 * table.frameWidth() + 2)


def choose_save_file(
    parent: QWidget | None, caption: str, suggested: str, file_filter: str, vaults: tuple[Path, ...] = ()
) -> str:
    """The system's save dialog for an export that is never the vault; '' when cancelled."""
    return save_file_name(parent, caption, suggested, file_filter, export=True, vaults=vaults)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the coach typed another or none)."""
    return path if path.suffix.lower() == suffix else path.with_name(f"{path.name}{suffix}")


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` and wait; True when it was accepted."""
    return bool(dialog.exec())


def write_failure(path: Path, error: OSError) -> str:
    """Why a file could not be written, naming it, and what to do."""
    reason = error.strerror or str(error)
    return QCoreApplication.translate(
        "ReportCard",
        "Could not write “{file}” in {folder}: {reason}.\n\n"
        "Choose another folder, or check that this one exists and that you may write to it.",
    ).format(file=path.name, folder=path.parent, reason=reason)
