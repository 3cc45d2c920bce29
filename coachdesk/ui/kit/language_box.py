"""The choice of the app's language, kept in the settings and applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk.ui.kit.translation import LANGUAGES, SYSTEM, store_choice, stored_choice

# Each language by its own name, as a coach looking for theirs would read it.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}


class LanguageBox(QComboBox):
    """ "Same as the system", then each language CoachDesk speaks; a choice is stored at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.addItem(self.tr("Same as the system"), SYSTEM)
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.setAccessibleName(self.tr("Language of CoachDesk"))
        self.setToolTip(self.tr("Applies the next time CoachDesk starts."))
        found = self.findData(stored_choice(settings))
        self.setCurrentIndex(max(found, 0))
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        store_choice(self._settings, str(self.itemData(index)))
