"""Client names stay inside the app: never in a window title, a suggested file name or Qt's settings."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import Client, Engagement, Referral
from coachdesk.services.demo import populate_demo
from coachdesk.services.document_export import agreement_document
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.agreements.view import AgreementsView
from coachdesk.ui.clients.client_dialog import ClientDialog
from coachdesk.ui.clients.data_rights_dialogs import EraseClientDialog
from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog
from coachdesk.ui.referrals.referral_dialog import ReferralDialog
from coachdesk.ui.referrals.view import letter_document
from coachdesk.ui.reports.retention import KeepClientDialog
from coachdesk.vault import Vault

TODAY = date.today()


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.session() as db:
        populate_demo(db, TODAY)
    return vault


def _zoe(vault: Vault) -> tuple[Client, Engagement, Referral]:
    with vault.session() as db:
        client = db.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
        engagement = db.exec(select(Engagement).where(Engagement.client_id == client.id)).first()
        referral = db.exec(select(Referral)).first()
        assert engagement is not None and referral is not None
        return client, engagement, referral


def test_no_window_title_names_a_client_or_an_engagement(qtbot: QtBot, demo: Vault) -> None:
    client, engagement, referral = _zoe(demo)
    with demo.session() as db:
        pdf = agreement_document(engagement.id, TODAY).render(db)
    dialogs = [
        ClientDialog(demo.session, client.id),
        EngagementEditor(demo.session, engagement.id, today=TODAY),
        ReferralDialog(demo.session, referral.id),
        EraseClientDialog(demo.session, client.id, demo.path),
        KeepClientDialog(demo.session, client.id, client.name, TODAY),
        PdfPreviewDialog(pdf, "Coaching agreement"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        title = dialog.windowTitle() + " " + dialog.accessibleName()
        for secret in ("Zoë", "Ørsted", engagement.title, "Nordlicht"):
            assert secret not in title, (type(dialog).__name__, title)
        dialog.reject()


def test_suggested_file_names_are_neutral(qtbot: QtBot, demo: Vault) -> None:
    _client, engagement, _referral = _zoe(demo)
    view = AgreementsView()
    qtbot.addWidget(view)
    view.attach(demo.session)
    row = next(r for r in view.model.rows() if r.id == engagement.id)
    agreement = view.document_for(row).file_name
    assert agreement == f"coaching-agreement-{TODAY.isoformat()}-{engagement.id.hex[:6]}.pdf"
    with demo.session() as db:
        from coachdesk.services.referral_list import referral_rows

        letter = letter_document(referral_rows(db)[0]).file_name
    assert letter.startswith(f"referral-letter-{TODAY.isoformat()}-") and letter.endswith(".pdf")


def test_qt_file_dialog_keeps_no_folder_in_its_settings(tmp_path: Path) -> None:
    """In a fresh process with its own config folder: export into a folder named after a client."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QFileDialog
        from coachdesk.ui.kit.file_dialogs import existing_folder, save_file_name
        app = QApplication([])
        CONTROL = sys.argv[2] == "control"
        folder = Path(sys.argv[1]) / "Zoë Ørsted"
        folder.mkdir()
        def pick():
            dialog = QApplication.activeModalWidget()
            dialog.setDirectory(str(folder))
            dialog.selectFile(str(folder / "agreement.pdf"))
            dialog.accept()
        for ask in (
            lambda: save_file_name(None, "Export", "agreement.pdf", "PDF (*.pdf)"),
            lambda: existing_folder(None, "Folder", str(folder)),
            lambda: QFileDialog.getSaveFileName(None, "Qt's", str(folder / "x.pdf"))[0] if CONTROL else "",
        ):
            QTimer.singleShot(200, pick)
            print(ask())
        """
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for mode in ("ours", "control"):
        config = tmp_path / "config" / "QtProject.conf"
        config.unlink(missing_ok=True)
        folder = tmp_path / "Zoë Ørsted"
        if folder.exists():
            folder.rmdir()
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path), mode],
            env=env,
            check=False,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "Zoë Ørsted" in result.stdout  # the coach's choice did reach the app
        written = config.read_text(encoding="utf-8") if config.exists() else ""
        leaked = "Zo%C3%AB" in written or "Zoë" in written
        assert leaked == (mode == "control"), written  # Qt's own dialog would keep it; ours does not
