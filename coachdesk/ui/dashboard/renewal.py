"""The dashboard's lines on the next renewal of a credential held and the next ICF level: what each lacks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QLabel

from coachdesk.services.credential_readiness import NextLevel, NextRenewal


def renewal_label(indent: int, name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setContentsMargins(indent, 0, indent, 0)
    label.setAccessibleName(name or QCoreApplication.translate("DashboardRenewal", "Next renewal"))
    label.setToolTip(
        QCoreApplication.translate("DashboardRenewal", "Reports ▸ Credentials shows each requirement")
    )
    return label


def renewal_text(renewal: NextRenewal, locale: QLocale | None = None) -> str:
    due = renewal.due
    day = (locale or QLocale()).toString(QDate(due.year, due.month, due.day), QLocale.FormatType.ShortFormat)
    if not renewal.missing:
        return QCoreApplication.translate(
            "DashboardRenewal", "{credential} renewal due {day}: everything it asks is in place"
        ).format(credential=renewal.title, day=day)
    return QCoreApplication.translate(
        "DashboardRenewal", "{credential} renewal due {day} · missing: {items}"
    ).format(credential=renewal.title, day=day, items="; ".join(renewal.missing))


def show_renewal(label: QLabel, renewal: NextRenewal | None) -> None:
    """Say when the next renewal is due and what is missing; hidden when no credential has a date."""
    label.setVisible(renewal is not None)
    label.setText("" if renewal is None else renewal_text(renewal))


def next_level_text(level: NextLevel) -> str:
    """ "Applying for ICF PCC · 1 of 7 met · missing: Paid hours, Clients…"."""
    if not level.missing:
        return QCoreApplication.translate(
            "DashboardRenewal", "{title}: everything it asks is in place"
        ).format(title=level.title)
    return QCoreApplication.translate(
        "DashboardRenewal", "{title} · {met} of {required} met · missing: {items}"
    ).format(title=level.title, met=level.met, required=level.required, items=", ".join(level.missing))


def show_next_level(label: QLabel, level: NextLevel | None) -> None:
    """Say what the next ICF level still lacks; hidden when MCC is held (or nothing is shown)."""
    label.setVisible(level is not None)
    label.setText("" if level is None else next_level_text(level))
