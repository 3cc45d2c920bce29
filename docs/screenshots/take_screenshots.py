"""Renders the README's screenshots offscreen (1280x800, and every area at 1024x700 and 1366x768):
python docs/screenshots/take_screenshots.py.

In another language: COACHDESK_LANGUAGE=de (or fr, or pseudo) python docs/screenshots/take_screenshots.py
writes the same pictures with the language's suffix ("clients-de.png")."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from coachdesk.ui.shell.app_controller import AppController
from coachdesk.vault import KdfAlgorithm, KdfParams
from coachdesk.vault import vault as vault_module

HERE = Path(__file__).parent
SIZE = (1280, 800)
LANGUAGE = os.environ.get("COACHDESK_LANGUAGE", "en").strip().lower() or "en"


def _out(name: str) -> Path:
    """Where the picture ``name`` goes: "clients.png", or "clients-de.png" in German."""
    if LANGUAGE == "en":
        return HERE / name
    stem, dot, extension = name.rpartition(".")
    return HERE / f"{stem}-{LANGUAGE}{dot}{extension}"


PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)


def _settle(app: QApplication, controller: AppController) -> None:
    for _ in range(30):
        app.processEvents()
    controller.wait_for_work()
    for _ in range(30):
        app.processEvents()


def _shoot(widget: QWidget, name: str) -> None:
    widget.resize(*SIZE)
    QApplication.processEvents()
    widget.grab().save(str(_out(name)))
    print(f"wrote {_out(name)}")


def main() -> int:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication(sys.argv[:1])
    if LANGUAGE != "en":
        from coachdesk.ui.kit.translation import start_language

        start_language(app, LANGUAGE, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QApplication.setStyle("Fusion")
    # A fast key derivation: these pictures need no real protection.
    vault_module.calibrate = lambda *_args: KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(Path(folder) / "practice.coachdesk", settings)
        window = controller.unlock_window
        controller.start()
        window.new_passphrase.setText(PASSPHRASE)
        window.repeat_passphrase.setText(PASSPHRASE)
        _settle(app, controller)
        _shoot(window, "create-vault.png")
        window.create_button.click()
        _settle(app, controller)
        _shoot(window, "recovery-key.png")
        window.stored_check.setChecked(True)
        window.recovery_continue.click()
        form = window.profile_form
        for name, value in [
            ("name", "Alex Moreau"),
            ("practice_name", "Moreau Coaching & Mentoring"),
            ("credentials", "ICF PCC"),
            ("professional_body", "International Coaching Federation"),
            ("code_of_ethics", "ICF Code of Ethics (2025)"),
        ]:
            form.fields[name].setText(value)  # type: ignore[union-attr]
        _shoot(window, "coach-profile.png")
        window.profile_save.click()
        _settle(app, controller)
        _shoot(controller.main_window, "main-window.png")
        controller.lock()
        window.passphrase.setText("not the passphrase")
        window.unlock_button.click()
        _settle(app, controller)
        _shoot(window, "unlock-wrong-passphrase.png")
        window.close()
    practice_shots(app)
    return 0


def _wait(app: QApplication, controller: AppController, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        controller.wait_for_work()
        time.sleep(0.02)


def _select(table: QTableView, text: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == text:
            table.selectRow(row)
            return


def practice_shots(app: QApplication) -> None:
    """Every area on the demo practice, and the dialogs a coach meets most."""
    from coachdesk.services.demo import create_demo_vault
    from coachdesk.ui.agreements.editor import EngagementEditor
    from coachdesk.ui.sessions.editor import SessionEditor
    from coachdesk.ui.sessions.table import When

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.coachdesk"
        create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today()).close()
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(path, settings)
        controller.main_window.resize(*SIZE)  # builds the window and its areas
        controller.workspace.screening_enabled = False
        controller.start()
        controller.unlock_window.passphrase.setText(PASSPHRASE)
        controller.unlock_window.unlock_button.click()
        while controller.vault is None:
            _wait(app, controller, 0.05)
        window = controller.main_window
        window.resize(*SIZE)
        workspace = controller.workspace
        for area in (
            "dashboard",
            "clients",
            "sessions",
            "agreements",
            "referrals",
            "directory",
            "ethics",
            "reports",
            "invoices",
        ):
            window.show_area(area)
            if area == "clients":
                _select(workspace.clients.table, "Zoë Ørsted")
            if area == "sessions":
                sessions = workspace.sessions
                sessions.when_filter.setCurrentIndex(sessions.when_filter.findData(When.ALL))
            _wait(app, controller)
            _shoot(window, f"{area}.png")
        window.show_area("clients")
        workspace.clients.detail.tabs.setCurrentIndex(3)  # goals, client and organisation side by side
        _wait(app, controller)
        _shoot(window, "client-goals.png")
        workspace.show_search()
        search = workspace._search
        assert search is not None
        search.query_box.setText("escalation")
        _wait(app, controller)
        search.grab().save(str(_out("search.png")))
        search.hide()
        row = workspace.agreements.model.rows()[0]
        for row in workspace.agreements.model.rows():
            if row.three_way and row.client_name == "Zoë Ørsted":
                break
        editor = EngagementEditor(controller.vault.session, row.id, parent=window)  # type: ignore[union-attr]
        editor.show()
        _wait(app, controller)
        editor.grab().save(str(_out("agreement-editor.png")))
        clauses_title = QCoreApplication.translate("EngagementFields", "Clauses")
        clauses = next(i for i in range(editor.tabs.count()) if editor.tabs.tabText(i) == clauses_title)
        editor.tabs.setCurrentIndex(clauses)  # the optional clauses, switched on or off per agreement
        _wait(app, controller)
        editor.grab().save(str(_out("agreement-clauses.png")))
        editor.reject()
        from coachdesk.ui.agreements.sponsor_report_dialog import SponsorReportDialog

        report = SponsorReportDialog(controller.vault.session, row.id, row.title, parent=window)  # type: ignore[union-attr]
        report.show()
        _wait(app, controller)
        report.grab().save(str(_out("sponsor-report-dialog.png")))
        report.reject()
        window.show_area("ethics")
        workspace.ethics.tabs.setCurrentWidget(workspace.ethics.ledger)  # what left the vault
        _wait(app, controller)
        _shoot(window, "outbound-ledger.png")
        window.show_area("reports")
        workspace.reports.tabs.setCurrentWidget(workspace.reports.credentials)  # readiness, mentoring, CCE
        _wait(app, controller)
        _shoot(window, "credentials.png")
        workspace.reports.tabs.setCurrentIndex(0)
        from coachdesk.ui.referrals.referral_dialog import ReferralDialog

        referral = workspace.referrals.model.rows()
        if referral:
            dialog = ReferralDialog(controller.vault.session, referral[0].id, parent=window)  # type: ignore[union-attr]
            dialog.show()
            _wait(app, controller)
            dialog.grab().save(str(_out("referral.png")))
            dialog.reject()
        past = [r for r in workspace.sessions.model.rows() if r.finalised]
        if past:
            session_editor = SessionEditor(controller.vault.session, past[-1].id, parent=window)  # type: ignore[union-attr]
            session_editor.show()
            _wait(app, controller)
            session_editor.grab().save(str(_out("session-editor.png")))
            session_editor.reject()
        _template_and_recap_shots(app, controller, window)
        _invoice_editor_shot(app, controller, window)
        trust_shots(app, controller)
        screen_size_shots(app, controller)
        controller.quit()


def _invoice_editor_shot(app: QApplication, controller: AppController, window: QWidget) -> None:
    """A draft invoice in its editor: the demo's first draft, or one made of unbilled sessions."""
    from coachdesk.services.invoice_billing import unbilled_counts
    from coachdesk.services.invoice_list import list_invoices
    from coachdesk.services.invoice_status import InvoiceStatus
    from coachdesk.services.invoices import draft_from_engagement
    from coachdesk.ui.invoices.draft_editor import DraftInvoiceDialog

    assert controller.vault is not None
    open_db = controller.vault.session
    with open_db() as db:
        drafts = [r.id for r in list_invoices(db) if r.status is InvoiceStatus.DRAFT]
        unbilled = list(unbilled_counts(db))
        if not drafts and unbilled:
            drafts.append(draft_from_engagement(db, unbilled[0]).created)  # type: ignore[arg-type]
    if not drafts:
        return
    editor = DraftInvoiceDialog(open_db, drafts[0], window)
    editor.show()
    _wait(app, controller)
    editor.grab().save(str(_out("invoice-editor.png")))
    print(f"wrote {_out('invoice-editor.png')}")
    editor.reject()


def _template_and_recap_shots(app: QApplication, controller: AppController, window: QWidget) -> None:
    """The note templates (the demo's own one shown), the prep of Zoë's next session and her last recap."""
    from coachdesk.ui.sessions.prep_view import SessionPrepDialog
    from coachdesk.ui.sessions.recap_dialog import RecapDialog
    from coachdesk.ui.sessions.template_picker import NoteTemplatesDialog

    assert controller.vault is not None
    open_db = controller.vault.session
    picker = NoteTemplatesDialog(open_db, window, applying=True)
    picker.select_key("grow")
    shots: list[tuple[QWidget, str]] = [(picker, "note-templates.png")]
    rows = [r for r in controller.workspace.sessions.model.rows() if r.client_name == "Zoë Ørsted"]
    upcoming = [r for r in rows if r.status.value == "scheduled"]
    held = [r for r in rows if r.status.value == "completed"]
    if upcoming:
        row = upcoming[0]
        prep = SessionPrepDialog(open_db, row.client_id, row.engagement_id, row.starts_at, row.id, window)
        shots.append((prep, "session-prep.png"))
    if held:
        shots.append((RecapDialog(open_db, held[-1].id, window), "session-recap.png"))
    for dialog, name in shots:
        dialog.resize(1024, 700)
        dialog.show()
        _wait(app, controller)
        dialog.grab().save(str(_out(name)))
        print(f"wrote {_out(name)}")
        dialog.reject()


AREAS = ("dashboard", "clients", "sessions", "agreements", "referrals", "directory", "organisations")
AREAS += ("ethics", "reports", "invoices")
SCREEN_SIZES = ((1024, 700), (1366, 768))  # the smallest screen to be fully usable on, and a common one


def screen_size_shots(app: QApplication, controller: AppController) -> None:
    """Every area in a window the size of a small laptop's screen and of a common one:
    area-NAME-1024.png and area-NAME-1366.png."""
    from coachdesk.ui.sessions.table import When

    window = controller.main_window
    workspace = controller.workspace
    window.show_area("ethics")
    workspace.ethics.tabs.setCurrentIndex(0)
    window.show_area("clients")
    workspace.clients.detail.tabs.setCurrentIndex(0)
    _select(workspace.clients.table, "Zoë Ørsted")
    sessions = workspace.sessions
    sessions.when_filter.setCurrentIndex(sessions.when_filter.findData(When.PAST))
    for width, height in SCREEN_SIZES:
        window.resize(width, height)
        for area in AREAS:
            window.show_area(area)
            _wait(app, controller)
            window.grab().save(str(_out(f"area-{area}-{width}.png")))
            print(f"wrote area-{area}-{width}.png")


def trust_shots(app: QApplication, controller: AppController) -> None:
    """The erasure with the client's mentions in other records, Preferences, and the passphrase change."""
    from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog
    from coachdesk.ui.shell.preferences_dialog import PreferencesDialog
    from coachdesk.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog

    vault = controller.vault
    assert vault is not None
    zoe = next(r for r in controller.workspace.clients.model.rows() if r.name == "Zoë Ørsted")
    erase = EraseClientDialog(vault.session, zoe.id, vault.path, controller.main_window)
    erase.show()
    _wait(app, controller)
    erase.grab().save(str(_out("erase-client-mentions.png")))
    erase.reject()
    preferences = PreferencesDialog(controller.settings, controller.set_idle_minutes, controller.main_window)
    preferences.show()
    _wait(app, controller)
    preferences.grab().save(str(_out("preferences.png")))
    preferences.reject()
    change = ChangePassphraseDialog(controller.main_window)
    change.show()
    change.current.setText("the passphrase in use")
    change.new_passphrase.setText("tide pool lantern oak")
    change.repeat_passphrase.setText("tide pool lantern oak")
    _wait(app, controller)
    change.grab().save(str(_out("change-passphrase.png")))
    change.reject()


if __name__ == "__main__":
    sys.exit(main())
