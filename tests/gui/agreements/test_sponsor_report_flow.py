"""The sponsor report from the Agreements area: only three-way agreements, the agreed summary checked."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import DocumentKind, GeneratedDocument
from coachdesk.services.demo import populate_demo
from coachdesk.ui.agreements import sponsor_report_dialog
from coachdesk.ui.agreements.sponsor_report_dialog import SponsorReportDialog
from coachdesk.ui.agreements.view import AgreementsView
from coachdesk.vault import Vault


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> AgreementsView:
    with vault.session() as session:
        populate_demo(session, date.today())
    widget = AgreementsView()
    qtbot.addWidget(widget)
    widget.attach(vault.session)
    return widget


def _select(view: AgreementsView, client: str) -> None:
    for r in range(view.proxy.rowCount()):
        row = view.proxy.row_at(view.proxy.index(r, 0))
        if row is not None and row.client_name == client:
            view.table.selectRow(r)
            return
    raise AssertionError(client)


def test_only_three_way_agreements_offer_a_sponsor_report(view: AgreementsView) -> None:
    _select(view, "Chloé Girard")  # two-party
    assert not view.report_button.isEnabled()
    _select(view, "Zoë Ørsted")  # three-way, consent to share with Nordlicht in force
    assert view.report_button.isEnabled()


def test_a_summary_needs_the_clients_agreement_then_exports(
    qtbot: QtBot, view: AgreementsView, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(view, "Zoë Ørsted")
    row = view.selected()
    assert row is not None
    dialog = SponsorReportDialog(vault.session, row.id, row.title)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Runs the weekly review on her own now.")
    dialog.export_button.click()
    assert "agreed to the progress summary" in dialog.form.error_text("summary_agreed")
    assert dialog.result() == 0 and dialog.choice == ""

    def agree_and_export(self: SponsorReportDialog) -> int:
        self.summary.setPlainText("Runs the weekly review on her own now.")
        self.summary_agreed.setChecked(True)
        self.export_button.click()
        return int(self.result())

    monkeypatch.setattr(sponsor_report_dialog.SponsorReportDialog, "exec", agree_and_export)
    view.exporter.choose_file = lambda _p, _c, _s: str(tmp_path / "report.pdf")
    with qtbot.waitSignal(view.changed):
        view.sponsor_report_selected()
    text = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "report.pdf").read_bytes())).pages
    )
    assert "Runs the weekly review on her own now." in " ".join(text.split())
    with vault.session() as s:
        kinds = s.exec(select(GeneratedDocument.kind)).all()  # with the demo practice's own documents
        assert kinds.count(DocumentKind.SPONSOR_REPORT) == 1
