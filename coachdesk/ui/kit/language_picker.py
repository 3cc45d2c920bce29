"""A document language field: English, Deutsch, Français, or (for a client) the coach's own."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

# Each language is named in itself, as language menus do, so a coach finds their own in any UI language.
LANGUAGE_NAMES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"))


class LanguagePicker(QComboBox):
    """The languages documents print in; with ``coachs_own``, a first choice for the coach's language."""

    def __init__(self, coachs_own: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if coachs_own:
            self.addItem(self.tr("Same as mine"), None)
        for code, name in LANGUAGE_NAMES:
            self.addItem(name, code)

    def language(self) -> str | None:
        """The chosen code ("de"), or None for the coach's own."""
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_language(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
