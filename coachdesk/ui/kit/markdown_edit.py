"""A Markdown text field with a Write/Preview toggle; read-only it shows the rendered text alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PREVIEW_KEYS = "Ctrl+Shift+P"


class MarkdownPreview(QTextBrowser):
    """Rendered Markdown that never follows a link or loads anything (an image, a file) from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class MarkdownEdit(QWidget):
    """Write Markdown, or preview it rendered (``PREVIEW_KEYS`` switches); ``textChanged`` on edits."""

    textChanged = Signal()

    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setAccessibleName(name)
        self.editor = QPlainTextEdit(placeholderText=placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(name)
        self.editor.textChanged.connect(self.textChanged)
        self.preview = MarkdownPreview()
        self.preview.setAccessibleName(self.tr("{name}, rendered").format(name=name))
        self.write_button = self._toggle(
            self.tr("Write"), self.tr("Edit the {lower} as Markdown").format(name=name, lower=name.lower())
        )
        self.preview_button = self._toggle(
            self.tr("Preview"),
            self.tr("Show the {lower} as they will read ({keys})").format(
                name=name, lower=name.lower(), keys=PREVIEW_KEYS
            ),
        )
        self.write_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.write_button)
        group.addButton(self.preview_button)
        self.write_button.clicked.connect(lambda: self.show_preview(False))
        self.preview_button.clicked.connect(lambda: self.show_preview(True))
        self.hint = QLabel(self.tr("Markdown: **bold**, *italic*, # heading, - list"))
        self.hint.setEnabled(False)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.preview)
        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addWidget(self.write_button)
        self.toolbar.addWidget(self.preview_button)
        self.toolbar.addSpacing(8)
        self.toolbar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.pages, 1)
        switch = QShortcut(QKeySequence(PREVIEW_KEYS), self)
        switch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        switch.activated.connect(lambda: self.show_preview(not self.is_previewing()))
        self._read_only = False
        self.setFocusProxy(self.editor)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(
            self.tr("{action} {lower}").format(action=text, name=self._name, lower=self._name.lower())
        )
        return button

    # ----- text ----------------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        if self.is_previewing():
            self._render()

    # ----- modes ---------------------------------------------------------------------------------

    def is_previewing(self) -> bool:
        return self.pages.currentWidget() is self.preview

    def show_preview(self, on: bool) -> None:
        """Show the rendered text (True) or the editor (False; not while read-only)."""
        on = on or self._read_only
        if on:
            self._render()
        self.pages.setCurrentWidget(self.preview if on else self.editor)
        self.setFocusProxy(self.preview if on else self.editor)
        for button, checked in ((self.preview_button, on), (self.write_button, not on)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: the rendered text alone, with no way to edit it."""
        self._read_only = read_only
        self.editor.setReadOnly(read_only)
        for widget in (self.write_button, self.preview_button, self.hint):
            widget.setVisible(not read_only)
        self.show_preview(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def _render(self) -> None:
        text = self.editor.toPlainText()
        if text.strip():
            self.preview.setMarkdown(text)
        else:
            self.preview.setPlainText("")
            self.preview.setPlaceholderText(self.tr("Nothing written yet."))

    def rendered_text(self) -> str:
        """The preview's text as shown (for tests and screen readers)."""
        return self.preview.toPlainText()
