"""What an area shows while it holds nothing: what will appear there, and how to add the first item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.ui.kit.actions import plain_text
from coachdesk.ui.kit.icons import muted_icon
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP

ICON_SIZE = 64
TEXT_WIDTH = 460

# Each area's empty state: a title and one honest sentence about what the area will hold.
# Nothing here promises a button or a feature that is not there yet.
AREA_EMPTY_STATES: dict[str, tuple[str, str]] = {
    "dashboard": (
        QT_TRANSLATE_NOOP("EmptyState", "Your practice at a glance"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Today's and the coming week's sessions, action items falling due, agreements awaiting "
            "signature, consents about to expire and your coaching hours will be gathered here.",
        ),
    ),
    "clients": (
        QT_TRANSLATE_NOOP("EmptyState", "Clients"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Your clients will be listed here, with their last and next session, their organisation "
            "and their current engagement.",
        ),
    ),
    "sessions": (
        QT_TRANSLATE_NOOP("EmptyState", "Sessions"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Your coaching sessions will be listed here, upcoming and past, each with its private "
            "notes, the summary shared with the client and the action items agreed.",
        ),
    ),
    "agreements": (
        QT_TRANSLATE_NOOP("EmptyState", "Agreements"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Your coaching agreements will be listed here with their status, from draft to signed to "
            "completed, including three-way agreements with a sponsoring organisation.",
        ),
    ),
    "referrals": (
        QT_TRANSLATE_NOOP("EmptyState", "Referrals"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Referrals to other professionals will be kept here, each with its reason, the client's "
            "consent and its follow-up.",
        ),
    ),
    "directory": (
        QT_TRANSLATE_NOOP("EmptyState", "Directory"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "The professionals you refer clients to, such as therapists, doctors and lawyers, will be "
            "kept here with their contact details and specialties.",
        ),
    ),
    "organisations": (
        QT_TRANSLATE_NOOP("EmptyState", "Organisations"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "The organisations that sponsor coaching will be listed here, with their contacts and the "
            "engagements they pay for.",
        ),
    ),
    "ethics": (
        QT_TRANSLATE_NOOP("EmptyState", "Ethics"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Your ethics record will be kept here: conflicts of interest and your decisions, consents "
            "expiring or withdrawn, disclosures and boundary incidents.",
        ),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("EmptyState", "Reports"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Your coaching-hours log for credential applications, with your progress towards ACC, PCC "
            "and MCC, will be produced here.",
        ),
    ),
    "invoices": (
        QT_TRANSLATE_NOOP("EmptyState", "Invoices"),
        QT_TRANSLATE_NOOP(
            "EmptyState",
            "Your invoices and credit notes will be listed here, numbered without gaps when issued, "
            "with what each client or sponsor has paid and what is still owed.",
        ),
    ),
}


def area_title(area: str) -> str:
    """The area's name as its empty state titles it ("Clients"), translated; ``area`` capitalised if none."""
    if area in AREA_EMPTY_STATES and area != "dashboard":
        return QCoreApplication.translate("EmptyState", AREA_EMPTY_STATES[area][0])
    return area.capitalize()


class EmptyState(QWidget):
    """A quiet, centred icon, title and sentence, with a button only when there is an action to offer."""

    def __init__(
        self,
        icon_name: str,
        title: str,
        text: str,
        action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self._icon_name = icon_name

        self.icon_label = QLabel()
        self._draw_icon()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setFixedWidth(TEXT_WIDTH)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text_label, 0, Qt.AlignmentFlag.AlignHCenter)

        self.button: QPushButton | None = None
        self._action = action
        if action is not None:
            self.button = QPushButton(action.icon(), plain_text(action.text()))
            self.button.setToolTip(action.toolTip())
            self.button.clicked.connect(action.trigger)
            layout.addSpacing(8)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
            action.changed.connect(self._follow_action)
            self._follow_action()
        layout.addStretch(3)

    def _draw_icon(self) -> None:
        self.icon_label.setPixmap(muted_icon(self._icon_name).pixmap(QSize(ICON_SIZE, ICON_SIZE)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "icon_label"):
            self._draw_icon()

    def _follow_action(self) -> None:
        """The button is there exactly when its action is available."""
        if self.button is not None and self._action is not None:
            self.button.setVisible(self._action.isVisible())
            self.button.setEnabled(self._action.isEnabled())

    @classmethod
    def for_area(cls, area: str, action: QAction | None = None) -> EmptyState:
        title, text = AREA_EMPTY_STATES[area]
        translate = QCoreApplication.translate
        return cls(area, translate("EmptyState", title), translate("EmptyState", text), action)
