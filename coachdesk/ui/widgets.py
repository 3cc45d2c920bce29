"""Small building blocks shared by the windows: headings, paragraphs, error lines, page layouts."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

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
    """A page: widgets stacked from the top, buttons at the bottom right."""
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(32, 28, 32, 24)
    layout.setSpacing(14)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return container


def passphrase_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    return field
