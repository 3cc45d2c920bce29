"""A time zone field: type a few letters of a city (“lisb”) or pick from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from coachdesk.services.local_time import zone_names


class ZonePicker(QComboBox):
    """An editable list of IANA time zones; empty means the coach's own time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem("")
        self.addItems(list(zone_names()))
        line = self.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Same as yours (or type a city, e.g. Lisbon)"))
        line.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(0)
        # As wide as the form allows, so the hint is read whole (longer in German and French).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def zone(self) -> str:
        """What the coach chose or typed, as typed (the service checks and spells it)."""
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(name, Qt.MatchFlag.MatchFixedString) if name else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
