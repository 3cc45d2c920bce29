"""The demo practice unlocked in the real main window, on a 1024x700 screen, and its main dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.services.agreement_list import agreement_rows
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.invoice_list import InvoiceRow
from coachdesk.services.session_list import session_rows
from coachdesk.ui.kit import screen_fit
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.main_window import AREA_NAMES
from tests.conftest import FAST_KDF, PASSPHRASE

SMALL_SCREEN = QRect(0, 0, 1024, 700)  # the smallest screen every area must be fully usable on
WAIT_MS = 20_000

__all__ = ["AREA_NAMES", "SMALL_SCREEN", "main_dialogs", "open_demo_practice", "settle"]


def open_demo_practice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: QRect = SMALL_SCREEN
) -> AppController:
    """The demo practice, unlocked; windows and dialogs measure ``screen`` as the room there is."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: QRect(screen))
    path = tmp_path / "demo.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today()).close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    app = AppController(path, settings)
    qtbot.addWidget(app.unlock_window)
    qtbot.addWidget(app.main_window)
    app.workspace.screening_enabled = False
    app.start()
    app.unlock_window.passphrase.setText(PASSPHRASE)
    app.unlock_window.unlock_button.click()
    qtbot.waitUntil(lambda: app.vault is not None, timeout=WAIT_MS)
    window = app.main_window
    qtbot.waitExposed(window)
    window.resize(screen.size())
    settle(app)
    return app


def settle(app: AppController) -> None:
    """Let pending layouts, refreshes and background work finish."""
    for _ in range(3):
        QApplication.processEvents()
        app.wait_for_work()
    QApplication.processEvents()


def main_dialogs(app: AppController, tmp_path: Path) -> Iterator[tuple[str, QDialog]]:
    """Each main dialog, made on the demo practice (not yet shown); the caller closes it."""
    from coachdesk.ui.agreements.editor import EngagementEditor
    from coachdesk.ui.agreements.sponsor_report_dialog import SponsorReportDialog
    from coachdesk.ui.clients.client_dialog import ClientDialog
    from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog
    from coachdesk.ui.clients.import_dialog import ImportClientsDialog
    from coachdesk.ui.directory.view import ProfessionalDialog
    from coachdesk.ui.ethics.consent_dialogs import ConsentDialog
    from coachdesk.ui.goals.goal_dialog import GoalDialog
    from coachdesk.ui.invoices.draft_editor import DraftInvoiceDialog
    from coachdesk.ui.invoices.money_dialogs import CreditDialog, PaymentDialog
    from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog
    from coachdesk.ui.organisations.view import OrganisationDialog
    from coachdesk.ui.referrals.referral_dialog import ReferralDialog
    from coachdesk.ui.sessions.editor import SessionEditor
    from coachdesk.ui.shell.about_dialog import AboutDialog
    from coachdesk.ui.shell.preferences_dialog import PreferencesDialog
    from coachdesk.ui.shell.profile_dialog import ProfileDialog
    from coachdesk.ui.shell.search_dialog import SearchDialog
    from coachdesk.ui.shell.shortcuts_dialog import ShortcutsDialog
    from coachdesk.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog

    vault = app.vault
    assert vault is not None
    open_db, window = vault.session, app.main_window
    with open_db() as db:
        agreement = next(r for r in agreement_rows(db) if r.three_way and r.client_name == "Zoë Ørsted")
        held = [r for r in session_rows(db) if r.finalised]
        pdf = agreement_pdf(db, agreement.id, date.today())
    zoe, session = agreement.client_id, held[-1].id
    draft, issued = some_invoices(open_db)
    csv = tmp_path / "clients.csv"
    csv.write_text("name,email\nAnna Smith,anna@example.org\n", encoding="utf-8")
    makers: list[tuple[str, Callable[[], QDialog]]] = [
        ("session editor", lambda: SessionEditor(open_db, session, parent=window)),
        ("new session", lambda: SessionEditor(open_db, None, zoe, True, window)),
        ("agreement editor", lambda: EngagementEditor(open_db, agreement.id, parent=window)),
        ("sponsor report", lambda: SponsorReportDialog(open_db, agreement.id, agreement.title, window)),
        ("client", lambda: ClientDialog(open_db, zoe, window)),
        ("erase client", lambda: EraseClientDialog(open_db, zoe, vault.path, window)),
        ("import", lambda: ImportClientsDialog(open_db, csv, window)),
        ("professional", lambda: ProfessionalDialog(open_db, None, window)),
        ("organisation", lambda: OrganisationDialog(open_db, None, window)),
        ("referral", lambda: ReferralDialog(open_db, client_id=zoe, parent=window)),
        ("goal", lambda: GoalDialog(open_db, zoe, parent=window)),
        ("consent", lambda: ConsentDialog(open_db, client_id=zoe, parent=window)),
        ("invoice editor", lambda: DraftInvoiceDialog(open_db, draft, window)),
        ("new invoice", lambda: DraftInvoiceDialog(open_db, None, window, engagement_id=agreement.id)),
        ("credit note", lambda: CreditDialog(open_db, issued, window)),
        ("payment", lambda: PaymentDialog(open_db, issued, window)),
        ("pdf preview", lambda: PdfPreviewDialog(pdf, agreement.title, window)),
        ("search", lambda: SearchDialog(open_db, window)),
        ("profile", lambda: ProfileDialog(open_db, window)),
        ("preferences", lambda: PreferencesDialog(app.settings, app.set_idle_minutes, window)),
        ("shortcuts", lambda: ShortcutsDialog(window.registry, window)),
        ("about", lambda: AboutDialog(window)),
        ("change passphrase", lambda: ChangePassphraseDialog(window)),
    ]
    for name, make in makers:
        yield name, make()


def some_invoices(open_db: Callable[[], Any]) -> tuple[uuid.UUID, InvoiceRow]:
    """A draft invoice with lines and an issued invoice still owed, from the demo (made when it has none)."""
    from coachdesk.services.invoice_billing import unbilled_counts
    from coachdesk.services.invoice_issue import issue_invoice
    from coachdesk.services.invoice_list import list_invoices
    from coachdesk.services.invoice_status import InvoiceStatus
    from coachdesk.services.invoices import draft_from_engagement

    owed = (InvoiceStatus.ISSUED, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE)
    with open_db() as db:
        rows = list_invoices(db)
        drafts = [r.id for r in rows if r.status is InvoiceStatus.DRAFT and r.gross_minor > 0]
        issued = [r for r in rows if r.kind.value == "invoice" and r.status in owed]
        for engagement_id in list(unbilled_counts(db))[: 2 - min(len(drafts), 1) - min(len(issued), 1)]:
            made = draft_from_engagement(db, engagement_id).created
            assert made is not None
            if not issued:
                issue_invoice(db, made)
                issued = [r for r in list_invoices(db) if r.id == made]
            else:
                drafts.append(made)
    return drafts[0], issued[0]


def visible_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and every widget in it that is shown."""
    return [root, *(w for w in root.findChildren(QWidget) if w.isVisible())]


def each_tab(root: QWidget, app: AppController) -> Iterator[str]:
    """Show each page of every tab widget shown in ``root`` in turn (yielding the tab's name, '' for
    the state as it was), then go back to the first pages."""
    yield ""
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisible()]:
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settle(app)
            yield tabs.tabText(index).replace("&", "")
        tabs.setCurrentIndex(0)
    settle(app)
