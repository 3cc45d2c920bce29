"""The consent form's checklist of what may be shared with a referral's recipient, and what may come back."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachdesk.domain.ethics import SharedItem


class SharedItemsBox(QWidget):
    """One box per kind of information, a line for anything else, and whether the recipient may reply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("May be shared"))
        words = {
            SharedItem.CONTACT_DETAILS: self.tr("Contact details (e-mail, telephone)"),
            SharedItem.REASON_IN_CLIENTS_WORDS: self.tr("The reason in the client's own words"),
            SharedItem.COACHING_DATES: self.tr("Dates of coaching (sessions held)"),
            SharedItem.GOALS: self.tr("Coaching goals the client has agreed"),
            SharedItem.READ_SUMMARY: self.tr("A summary the client has read"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        intro = QLabel(
            self.tr("The reason for referral is always shared. Tick what else the client agreed to:")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[SharedItem, QCheckBox] = {}
        for item, text in words.items():
            box = QCheckBox(text)
            box.setAccessibleName(text)
            self.boxes[item] = box
            layout.addWidget(box)
        self.other = QLineEdit(placeholderText=self.tr("Anything else, in one line (optional)"))
        self.other.setAccessibleName(self.tr("Anything else to share"))
        layout.addWidget(self.other)
        self.may_reply = QCheckBox(self.tr("The recipient may tell me whether they can offer an appointment"))
        self.may_reply.setAccessibleName(self.may_reply.text())
        layout.addWidget(self.may_reply)

    def items(self) -> frozenset[SharedItem]:
        return frozenset(item for item, box in self.boxes.items() if box.isChecked())

    def set_items(self, items: Iterable[SharedItem]) -> None:
        chosen = set(items)
        for item, box in self.boxes.items():
            box.setChecked(item in chosen)
