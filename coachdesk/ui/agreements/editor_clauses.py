"""The agreement editor's clause choices: which optional clauses of the template this agreement prints."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from coachdesk.services.engagements import clauses_to_choose


class ClauseChoices(QWidget):
    """A tick box per optional clause of the agreement template; ticked ones print, the others do not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Optional clauses"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self._sponsor_only: set[str] = set()
        for clause in clauses_to_choose():
            box = QCheckBox(clause.heading)
            box.setChecked(True)
            box.setToolTip(
                self.tr("Untick to leave “%1” out of this agreement.").replace("%1", clause.heading)
            )
            layout.addWidget(box)
            self.boxes[clause.key] = box
            if clause.sponsor_only:
                self._sponsor_only.add(clause.key)

    def set_off(self, keys: frozenset[str]) -> None:
        """Tick every clause except those in ``keys``."""
        for key, box in self.boxes.items():
            box.setChecked(key not in keys)

    def off(self) -> frozenset[str]:
        """The clauses left out (a three-way clause counts only when the agreement has a sponsor)."""
        return frozenset(key for key, box in self.boxes.items() if not box.isChecked() and box.isEnabled())

    def follow_sponsor(self, three_way: bool) -> None:
        """Three-way clauses can be chosen only in a three-way agreement."""
        for key in self._sponsor_only:
            self.boxes[key].setEnabled(three_way)
