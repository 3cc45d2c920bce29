"""Reports: earlier hours entered and imported through the dialog, and the verification letter exported."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import DocumentKind, EarlierLogLine, OutboundEntry
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.kit.recipient_dialog import Recipient
from coachdesk.ui.reports.earlier_hours_dialog import EarlierHoursDialog, EarlierLineDialog
from coachdesk.ui.reports.hours import HoursColumn
from coachdesk.ui.reports.verification_letter_dialog import VerificationLetterDialog
from coachdesk.ui.reports.view import ReportsView
from coachdesk.vault import Vault
from tests.gui.reports.test_view import _texts, _view

HEADER = (
    "No.,Client Name,Individual/Group,No. in Group,Contact Info,Start Date,End Date,Paid Hours,Pro-bono Hours"
)


def _dialog(qtbot: QtBot, view: ReportsView) -> EarlierHoursDialog:
    dialog = view.edit_earlier_hours()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.reports = []  # type: ignore[attr-defined]
    dialog.report = lambda _p, title, text: dialog.reports.append(text)  # type: ignore[attr-defined]
    return dialog


def test_a_line_added_in_the_dialog_shows_in_the_log_marked_and_in_the_totals(
    qtbot: QtBot, vault: Vault
) -> None:
    view = _view(qtbot, vault)
    dialog = _dialog(qtbot, view)
    assert dialog.empty.isVisible()
    forms: list[EarlierLineDialog] = []

    def fill(form: EarlierLineDialog) -> bool:
        forms.append(form)
        form.client_name.setText("Marta Kowalska")
        form.start_date.setDate(QDate(2023, 1, 9))
        form.end_date.setDate(QDate(2023, 6, 30))
        form.paid_hours.setText("12,5x")
        form.accept()  # refused: shown next to its field, the form stays open
        assert "12.50" in form.form.error_text("paid_hours")
        form.paid_hours.setText("12.5")
        form.accept()
        return form.result() == EarlierLineDialog.DialogCode.Accepted

    dialog.run = fill  # type: ignore[assignment,method-assign]
    with qtbot.waitSignal(view.changed):
        assert dialog.add_line()
    assert dialog.model.rowCount() == 1 and not dialog.empty.isVisible()
    assert _texts(view, HoursColumn.NAME) == ["Marta Kowalska (entered)"]
    assert view.hours.totals.text().startswith(
        "Total: 12.50 coaching hours (12.50 paid, 0.00 pro bono) · 1 client"
    )


def test_an_import_with_bad_rows_names_them_and_adds_nothing_then_a_good_one_adds_all(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    view = _view(qtbot, vault)
    dialog = _dialog(qtbot, view)
    bad = tmp_path / "old.csv"
    bad.write_text(
        f"{HEADER}\n1,Marta,Individual,,,2023-01-09,2023-06-30,12.5,0\n2,Henrik,Individual,,,2023-13-01,2023-06-30,1,0\n",
        encoding="utf-8",
    )
    dialog.choose_file = lambda _p, _c: str(bad)  # type: ignore[assignment,method-assign]
    with qtbot.assertNotEmitted(view.changed):
        assert dialog.import_file() == 0
    (message,) = dialog.reports  # type: ignore[attr-defined]
    assert "Nothing was imported: 1 of 2 lines need correcting." in message
    assert "Row 3, Start Date: “2023-13-01” is not a date written as YYYY-MM-DD." in message
    with vault.session() as s:
        assert s.exec(select(EarlierLogLine)).all() == []
    good = tmp_path / "good.csv"
    good.write_text(
        f"{HEADER}\n1,Marta,Individual,,,2023-01-09,2023-06-30,12.5,0\n,Léa,Group,6,,2023-03-01,2023-04-01,6,0\n"
    )
    dialog.choose_file = lambda _p, _c: str(good)  # type: ignore[assignment,method-assign]
    with qtbot.waitSignal(view.changed):
        assert dialog.import_file() == 2
    assert _texts(view, HoursColumn.NAME) == ["Marta (entered)", "Léa (entered)"]
    dialog.table.selectRow(0)
    dialog.confirm = lambda _p, _t: True  # type: ignore[assignment,method-assign]
    with qtbot.waitSignal(view.changed):
        assert dialog.delete_selected()
    assert dialog.model.rowCount() == 1


@pytest.fixture
def aliased(vault: Vault) -> uuid.UUID:
    """Acme Ltd's confidential client, coached under an alias; Acme's contact is Pat Lee."""
    with vault.session() as s:
        org = create_organisation(
            s, OrganisationDetails(name="Acme Ltd", contact_name="Pat Lee", contact_role="HR Director")
        ).created
        client = create_client(s, ClientDetails(name="Noor Haddad")).created
        assert org is not None and client is not None
        engagement = create_engagement(
            s,
            EngagementDetails(
                client_id=client, title="Coaching", sponsor_id=org, sponsor_contact_email="pat@acme.example",
                log_as_alias=True,
            ),
        ).created  # fmt: skip
        create_session(
            s,
            SessionDetails(
                client_id=client,
                engagement_id=engagement,
                starts_at=datetime(2026, 6, 1, 9, tzinfo=UTC),
                status="completed",
            ),
        )
    return org


def test_the_verification_letter_is_chosen_exported_and_recorded(
    qtbot: QtBot, vault: Vault, aliased: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, vault)
    assert _texts(view, HoursColumn.NAME) == ["Confidential Client 1"]
    assert _texts(view, HoursColumn.CONTACT) == ["pat@acme.example"]
    seen: list[VerificationLetterDialog] = []

    def choose(dialog: VerificationLetterDialog) -> bool:
        seen.append(dialog)
        assert dialog.organisation.currentText() == "Acme Ltd"
        dialog.role.setCurrentIndex(1)
        return True

    import coachdesk.ui.reports.view as view_module

    monkeypatch.setattr(view_module, "run_dialog", choose)
    suggested: list[str] = []
    view.exporter.choose_file = lambda _p, _c, name: str(tmp_path / "letter.pdf")
    view.exporter.choose_recipient = lambda _p, _t, s: suggested.append(s) or Recipient(s)  # type: ignore[func-returns-value]
    with qtbot.waitSignal(view.changed):
        exported = view.export_verification_letter()
    assert exported is not None and seen
    assert suggested == ["Pat Lee, Acme Ltd"]
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "letter.pdf").pages)
    assert "as an internal coach" in " ".join(text.split()) and "Noor" not in text
    with vault.session() as s:
        (entry,) = s.exec(select(OutboundEntry)).all()
    assert (entry.kind, entry.recipient) == (DocumentKind.VERIFICATION_LETTER, "Pat Lee, Acme Ltd")
    assert "letter.pdf" in view.hours.notice.text()


def test_without_an_aliased_engagement_the_letter_says_what_to_do(qtbot: QtBot, vault: Vault) -> None:
    view = _view(qtbot, vault)
    assert view.export_verification_letter() is None
    (message,) = view.errors  # type: ignore[attr-defined]
    assert "Log as an alias, verified by the organisation" in message


def test_an_alias_without_a_contact_email_is_shown_as_not_claimable(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as s:
        org = create_organisation(s, OrganisationDetails(name="Acme Ltd")).created
        client = create_client(s, ClientDetails(name="Noor Haddad")).created
        assert org is not None and client is not None
        engagement = create_engagement(
            s, EngagementDetails(client_id=client, title="Coaching", sponsor_id=org, log_as_alias=True)
        ).created
        create_session(
            s,
            SessionDetails(
                client_id=client,
                engagement_id=engagement,
                starts_at=datetime(2026, 6, 1, 9, tzinfo=UTC),
                status="completed",
            ),
        )
    view = _view(qtbot, vault)
    view.show()
    assert (
        view.hours.not_claimable.text()
        == "Not claimable: 1 client, 1.00 hours \u2014 no organisation contact e-mail"
    )
