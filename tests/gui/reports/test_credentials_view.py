"""Reports ▸ Credentials: records added through the dialogs, readiness following them, certificates."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import MentorCoachingSession, OutboundEntry
from coachdesk.services.certificates import MAX_CERTIFICATE_BYTES, certificate
from coachdesk.services.education import EducationDetails, create_education
from coachdesk.services.held_credentials import HeldCredentialDetails, create_held_credential
from coachdesk.services.mentoring import MentoringDetails, create_mentoring
from coachdesk.ui.reports.credentials_dialogs import EducationDialog, MentoringDialog
from coachdesk.ui.reports.credentials_view import CredentialsView
from coachdesk.ui.reports.view import ReportsView
from coachdesk.vault import Vault

TODAY = date(2026, 12, 5)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _view(qtbot: QtBot, vault: Vault) -> CredentialsView:
    view = CredentialsView()
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.zone = lambda: UTC
    view.attach(vault.session)
    return view


def _fill_mentoring(day: QDate, minutes: int, size: int) -> object:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, MentoringDialog)
        dialog.mentor_name.setText("Mara Quist")
        dialog.mentor_credential.setText("MCC")
        dialog.held_on.setDate(day)
        dialog.minutes.setValue(minutes)
        dialog.group_size.setValue(size)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_a_mentoring_session_added_through_the_dialog_updates_readiness(qtbot: QtBot, vault: Vault) -> None:
    view = _view(qtbot, vault)
    assert view.next_panel.text().splitlines()[0] == "Applying for ICF ACC"
    assert (
        "✗ Mentor coaching: 10 hours — missing 10 more hours of mentor coaching (0 of 10 so far)"
        in view.next_panel.text()
    )
    assert view.mentoring.empty.isVisibleTo(view) and not view.mentoring.table.isVisibleTo(view)

    emitted: list[object] = []
    view.changed.connect(emitted.append)
    view.run_dialog = _fill_mentoring(QDate(2026, 9, 1), 180, 1)  # type: ignore[assignment]
    view.mentoring.add_button.click()

    qtbot.waitUntil(
        lambda: "missing 7 more hours of mentor coaching (3 of 10 so far)" in view.next_panel.text()
    )
    assert "✓ Mentor coaching one-to-one: at least 3 hours — met" in view.next_panel.text()
    assert view.mentoring.model.rowCount() == 1 and view.mentoring.table.isVisibleTo(view)
    assert view.mentoring.selected() is not None  # the new record is selected
    assert len(emitted) == 1 and emitted[0].touches("mentor_coaching_session")  # type: ignore[attr-defined]

    view.run_dialog = _fill_mentoring(QDate(2026, 10, 1), 420, 11)  # type: ignore[assignment]
    view.mentoring.add_button.click()
    qtbot.waitUntil(lambda: "Not counted: 1 session (7 hours)" in view.next_panel.text())
    assert "missing 7 more hours of mentor coaching (3 of 10 so far)" in view.next_panel.text()


def test_bad_input_keeps_the_dialog_open_with_the_message_by_the_field(qtbot: QtBot, vault: Vault) -> None:
    dialog = EducationDialog(vault.session, None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Ethics refresher")
    dialog.units.setText("1.555")
    dialog.accept()
    assert dialog.changes is None
    assert dialog.error_text("units") == "The units have more than two decimal places."
    dialog.units.setText("3")
    dialog.category.setCurrentIndex(1)  # Coaching Ethics
    dialog.accept()
    assert dialog.changes is not None


def test_renewal_readiness_follows_a_course_added(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        create_held_credential(db, HeldCredentialDetails("ICF", "ACC", "2024-04-05", "2027-04-05"))
    view = _view(qtbot, vault)
    assert view.renewal_panel.text().splitlines()[0] == "Renewal of your ICF ACC, due 2027-04-05"
    assert "✗ CCE in Coaching Ethics: at least 3 units — missing 3 more Coaching Ethics units" in (
        view.renewal_panel.text()
    )

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, EducationDialog)
        dialog.title_edit.setText("Ethics in everyday coaching")
        dialog.completed_on.setDate(QDate(2026, 3, 1))
        dialog.units.setText("3")
        dialog.category.setCurrentIndex(1)
        dialog.accept()
        return dialog.changes is not None

    view.run_dialog = run
    view.education.add_button.click()
    qtbot.waitUntil(lambda: "✓ CCE in Coaching Ethics: at least 3 units — met" in view.renewal_panel.text())
    assert "missing 37 more CCE units (3 so far)" in view.renewal_panel.text()


def test_certificates_attach_refuse_and_save_a_copy_recorded_as_own_use(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    with vault.session() as db:
        create_education(db, EducationDetails("Ethics", "2026-03-01", "3", "coaching_ethics"))
    view = _view(qtbot, vault)
    problems: list[str] = []
    view.certificates.report_error = lambda _p, _t, message: problems.append(message)
    view.education.table.selectRow(0)
    assert view.attach_button.isEnabled() and not view.save_certificate_button.isEnabled()

    too_big = tmp_path / "scan.png"
    too_big.write_bytes(PNG + b"\x00" * MAX_CERTIFICATE_BYTES)
    view.certificates.choose_open_file = lambda *_a: str(too_big)
    view.attach_button.click()
    assert problems and problems[-1].startswith("scan.png is 10.0 MB; a certificate can be at most 10.0 MB.")

    not_an_image = tmp_path / "notes.pdf"
    not_an_image.write_text("plain words, not a PDF", encoding="utf-8")
    view.certificates.choose_open_file = lambda *_a: str(not_an_image)
    view.attach_button.click()
    assert problems[-1] == "notes.pdf is not a PDF, PNG or JPEG file; a certificate must be one of those."

    good = tmp_path / "ethics.png"
    good.write_bytes(PNG)
    view.certificates.choose_open_file = lambda *_a: str(good)
    view.attach_button.click()
    qtbot.waitUntil(view.save_certificate_button.isEnabled)
    row = view.education.selected()
    assert row is not None and row.certificate_name == "ethics.png"
    with vault.session() as db:
        assert certificate(db, row.id).data == PNG

    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    view.certificates.choose_save_file = lambda *_a: str(target)
    view.save_certificate_button.click()
    assert target.read_bytes() == PNG
    with vault.session() as db:
        (entry,) = db.exec(select(OutboundEntry)).all()
        assert (entry.kind.value, entry.recipient, entry.description) == (
            "certificate",
            "Coach's own use",
            "copy.png",
        )
    assert len(problems) == 2


def test_deleting_asks_first(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        create_mentoring(db, MentoringDetails("Mara Quist", "2026-09-01", 60))
    view = _view(qtbot, vault)
    asked: list[str] = []
    view.confirm = lambda _t, question: asked.append(question) or False
    view.mentoring.table.selectRow(0)
    view.mentoring.delete_button.click()
    assert asked == ["Delete the mentor coaching session of 2026-09-01 with Mara Quist?"]
    view.confirm = lambda _t, _q: True
    view.mentoring.delete_button.click()
    with vault.session() as db:
        assert db.exec(select(MentorCoachingSession)).all() == []
    assert view.mentoring.model.rowCount() == 0


def test_the_lists_pass_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester, vault: Vault) -> None:
    with vault.session() as db:
        create_mentoring(db, MentoringDetails("Mara Quist", "2026-09-01", 60, 4))
        create_education(db, EducationDetails("Ethics", "2026-03-01", "3", "coaching_ethics"))
    view = _view(qtbot, vault)
    for section in (view.held, view.mentoring, view.education, view.supervision):
        qtmodeltester.check(section.model)


def test_reports_has_credentials_as_its_second_tab_and_clears_it_on_lock(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        create_mentoring(db, MentoringDetails("Mara Quist", "2026-09-01", 60))
    reports = ReportsView()
    qtbot.addWidget(reports)
    reports.attach(vault.session)
    assert [reports.tabs.tabText(i) for i in range(reports.tabs.count())] == [
        "Hours and records",
        "Credentials",
    ]
    assert reports.tabs.widget(1) is reports.credentials
    assert reports.credentials.mentoring.model.rowCount() == 0  # filled when first shown, not before
    reports.tabs.setCurrentWidget(reports.credentials)
    assert reports.credentials.mentoring.model.rowCount() == 1
    reports.clear()
    assert reports.credentials.mentoring.model.rowCount() == 0 and reports.credentials.next_panel.text() == ""
