"""The About box: what CoachDesk is, its version, and where the data stays."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachdesk import __version__
from coachdesk.ui.kit.icons import icon

SUMMARY = str(
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "CoachDesk is a practice desk for independent coaches and mentors: clients, sessions, "
        "agreements, referrals and the ethics record in one place.",
    )
)
PRIVACY = str(
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Everything is kept in one encrypted file on this computer. CoachDesk works offline and your "
        "data never leaves the computer unencrypted.",
    )
)


class AboutDialog(QDialog):
    """Name, version, one sentence on what CoachDesk is, and how it keeps the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CoachDesk"))

        logo = QLabel()
        logo.setPixmap(icon("coachdesk").pixmap(QSize(48, 48)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        name = QLabel("CoachDesk")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        name.setFont(font)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(QCoreApplication.translate("AboutDialog", SUMMARY))
        self.summary_label.setWordWrap(True)
        self.privacy_label = QLabel(QCoreApplication.translate("AboutDialog", PRIVACY))
        self.privacy_label.setWordWrap(True)
        built_with = QLabel(
            self.tr("Built with PySide6 {pyside} on Qt {qt}.").format(
                pyside=PySide6.__version__, qt=qVersion()
            )
        )
        built_with.setEnabled(False)  # drawn in the palette's quieter colour

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(name)
        text.addWidget(self.version_label)
        text.addSpacing(6)
        text.addWidget(self.summary_label)
        text.addWidget(self.privacy_label)
        text.addSpacing(6)
        text.addWidget(built_with)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
