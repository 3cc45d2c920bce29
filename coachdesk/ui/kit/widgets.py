"""Small building blocks shared by the windows: headings, paragraphs, error lines, page layouts."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

PAGE_WIDTH = 760  # a readable column, however wide the window
ERROR_STYLE = "QLabel#error { color: white; background: #b3261e; padding: 6px; border-radius: 3px; }"


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A hidden line that shows a problem plainly when given text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.show()


def page(*widgets: QWidget, buttons: list[QWidget]) -> QWidget:
    """A page: a centred column of widgets from the top, its buttons at the bottom right.

    A scroll area in the column takes the free height; otherwise the column keeps to the top.
    """
    column = QWidget()
    column.setMaximumWidth(PAGE_WIDTH)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(32, 28, 32, 24)
    layout.setSpacing(14)
    grows = False
    for widget in widgets:
        stretch = 1 if isinstance(widget, QScrollArea) else 0
        grows = grows or bool(stretch)
        layout.addWidget(widget, stretch)
    if not grows:
        layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    container = QWidget()
    outer = QHBoxLayout(container)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addStretch(1)
    outer.addWidget(column, 100)  # as wide as PAGE_WIDTH allows; the margins share the rest
    outer.addStretch(1)
    return container


def passphrase_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    return field
