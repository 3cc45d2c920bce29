"""The words for an engagement's package of sessions: "3 of 8 left", with its expiry, for the client's
record and the session editor."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.services.db import DbFactory
from coachdesk.services.packages import PackageLeft, package_left
from coachdesk.ui.kit.row_table import local_date_text


class PackageWords(QObject):
    """The counted words of a package (a QObject's ``tr``, so the catalogs carry their plurals)."""

    def beyond(self, n: int) -> str:
        return self.tr(", %n beyond the package", "", n)

    def booked(self, n: int) -> str:
        return self.tr("%n booked", "", n)


def package_text(package: PackageLeft) -> str:
    """ "3 of 8 left · 2 booked · until 31/12/2026"; "None of 8 left, 1 beyond the package"; "… expired"."""
    if package.left:
        parts = [
            QCoreApplication.translate("PackageLeft", "%1 of %2 left")
            .replace("%1", str(package.left))
            .replace("%2", str(package.planned))
        ]
    else:
        parts = [
            QCoreApplication.translate("PackageLeft", "None of %1 left").replace("%1", str(package.planned))
        ]
    if package.over:
        parts[0] += PackageWords().beyond(package.over)
    if package.booked:
        parts.append(PackageWords().booked(package.booked))
    if package.expires_on is not None:
        day = local_date_text(package.expires_on)
        parts.append(
            QCoreApplication.translate("PackageLeft", "expired %1").replace("%1", day)
            if package.expired
            else QCoreApplication.translate("PackageLeft", "until %1").replace("%1", day)
        )
    return " · ".join(parts)


def packages_text(packages: Sequence[PackageLeft], titles: dict[uuid.UUID, str]) -> str:
    """One line per package still running: "Leadership coaching: 3 of 8 left · until 31/12/2026"."""
    running = [p for p in packages if not p.expired and (p.left or p.booked)]
    lines = []
    for package in running:
        title = titles.get(package.engagement_id, "")
        text = package_text(package)
        if title:
            text = QCoreApplication.translate("PackageLeft", "{engagement}: {package}").format(
                engagement=title, package=text
            )
        lines.append(text)
    return "\n".join(lines)


class PackageLabel(QLabel):
    """The package of the engagement shown (hidden when it plans no number of sessions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(QCoreApplication.translate("PackageLeft", "Sessions left in the package"))
        self.setToolTip(
            QCoreApplication.translate(
                "PackageLeft", "Sessions held, and no-shows when the agreement charges them, use the package"
            )
        )
        self.hide()

    def show_engagement(self, open_db: DbFactory | None, engagement_id: object) -> None:
        package = None
        if open_db is not None and isinstance(engagement_id, uuid.UUID):
            with open_db() as db:
                package = package_left(db, engagement_id)
        self.setText(
            QCoreApplication.translate("PackageLeft", "Package: %1").replace("%1", package_text(package))
            if package
            else ""
        )
        self.setVisible(package is not None)
