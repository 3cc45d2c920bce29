"""Session prep and the client recap in the app: what they show, what they export, what the ledger keeps;
a private note's phrase never reaches a recap."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import (
    OWN_USE,
    EngagementStatus,
    OutboundBasis,
    OutboundChannel,
    OutboundEntry,
    SessionStatus,
)
from coachdesk.services.changes import Changes
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.goals import ActionItemDetails, GoalDetails, create_action_item, create_goal
from coachdesk.services.sessions import SessionDetails, create_session
from coachdesk.ui.ethics.ledger_view import LedgerColumn
from coachdesk.ui.ethics.view import EthicsView
from coachdesk.ui.sessions.editor import SessionEditor
from coachdesk.ui.sessions.prep_view import SessionPrepDialog
from coachdesk.ui.sessions.recap_dialog import RecapDialog
from coachdesk.ui.sessions.view import SessionsView
from coachdesk.vault import Vault

NOW = datetime.now(UTC).replace(microsecond=0)
SECRET = "PRIVATE-PHRASE-Kestrel-42"


def _id(changes: Changes) -> uuid.UUID:
    assert changes.created is not None
    return changes.created


@pytest.fixture
def practice(vault: Vault) -> dict[str, uuid.UUID]:
    with vault.session() as db:
        zoe = _id(
            create_client(db, ClientDetails(name="Zoë Ørsted", preferred_name="Zoë", email="zoe@example.com"))
        )
        other = _id(create_client(db, ClientDetails(name="Дмитрий Иванов")))
        engagement = _id(
            create_engagement(db, EngagementDetails(client_id=zoe, title="Leading", session_count=6))
        )
        for status in (EngagementStatus.SENT, EngagementStatus.SIGNED, EngagementStatus.ACTIVE):
            set_engagement_status(db, engagement, status, date.today())
        held = _id(
            create_session(
                db,
                SessionDetails(
                    client_id=zoe,
                    engagement_id=engagement,
                    starts_at=NOW - timedelta(days=7),
                    status=SessionStatus.COMPLETED,
                    private_notes=f"{SECRET}: she doubts her manager.",
                    shared_summary="We mapped who needs what from you.",
                ),
            )
        )
        create_action_item(
            db, ActionItemDetails(client_id=zoe, session_id=held, description="Ask Ingrid for a 1:1")
        )
        create_goal(
            db, GoalDetails(client_id=zoe, engagement_id=engagement, statement="Lead with calm", progress=25)
        )
        create_action_item(db, ActionItemDetails(client_id=other, description="Дмитрий's own step"))
        upcoming = _id(
            create_session(
                db, SessionDetails(client_id=zoe, engagement_id=engagement, starts_at=NOW + timedelta(days=7))
            )
        )
    return {"zoe": zoe, "engagement": engagement, "held": held, "upcoming": upcoming}


def _entries(vault: Vault) -> list[OutboundEntry]:
    with vault.session() as db:
        return list(db.exec(select(OutboundEntry)).all())


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_prep_shows_last_summary_open_actions_goals_and_what_is_left(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    editor = SessionEditor(vault.session, practice["upcoming"])
    qtbot.addWidget(editor)
    shown: list[SessionPrepDialog] = []
    editor.note_tools.run_dialog = lambda dialog: shown.append(dialog) is None  # type: ignore[func-returns-value, arg-type]
    editor.note_tools.prep_button.click()
    [dialog] = shown
    qtbot.addWidget(dialog)
    text = dialog.text()
    for expected in (
        "Zoë Ørsted",
        "Session 2 of 6",
        "We mapped who needs what from you.",
        "Ask Ingrid for a 1:1",
        "Lead with calm: 25%",
        "Leading: 1 of 6 sessions held, 5 left",
    ):
        assert expected in text
    assert SECRET not in text and "Дмитрий" not in text
    dialog.exporter.choose_file = lambda _parent, _caption, _suggested: str(tmp_path / "prep.pdf")
    assert dialog.export_pdf()
    assert "Zoë Ørsted" in _pdf_text(tmp_path / "prep.pdf") and SECRET not in _pdf_text(tmp_path / "prep.pdf")
    [entry] = _entries(vault)
    assert (entry.basis, entry.recipient) == (OutboundBasis.OWN_USE, OWN_USE)
    assert dialog.notice.text().startswith("Saved “prep.pdf”")


def test_the_sessions_list_opens_prep_and_recap_for_the_selected_session(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID]
) -> None:
    view = SessionsView()
    qtbot.addWidget(view)
    view.show()
    view.attach(vault.session)
    actions = view.session_actions
    assert not actions.prep_button.isEnabled()
    view.when_filter.setCurrentIndex(view.when_filter.findText("All"))
    assert view.select(practice["held"])
    assert actions.prep_button.isEnabled() and actions.recap_button.isEnabled()
    opened: list[object] = []
    actions.run_dialog = lambda dialog: opened.append(dialog) is None  # type: ignore[func-returns-value]
    actions.recap_button.click()
    assert isinstance(opened[0], RecapDialog) and "We mapped who needs what" in opened[0].text()
    menu = actions.context_menu()
    assert [a.text() for a in menu.actions()] == ["Open", "Prepare…", "Recap…"]
    menu.actions()[1].trigger()
    assert isinstance(opened[1], SessionPrepDialog)
    for dialog in opened:
        qtbot.addWidget(dialog)  # type: ignore[arg-type]


def test_the_mail_draft_holds_the_summary_and_actions_never_notes_and_is_recorded(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID]
) -> None:
    dialog = RecapDialog(vault.session, practice["held"])
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) is None  # type: ignore[func-returns-value]
    assert dialog.to_label.text() == "To: Zoë Ørsted <zoe@example.com>"
    assert "Dear Zoë," in dialog.text() and SECRET not in dialog.text()
    dialog.mail_button.click()
    [url] = opened
    assert url.scheme() == "mailto"
    decoded = unquote(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert "We mapped who needs what from you." in decoded and "Ask Ingrid for a 1:1" in decoded
    for leaked in (SECRET, "doubts", "Дмитрий"):
        assert leaked not in decoded
    [entry] = _entries(vault)
    assert (entry.channel, entry.basis, entry.recipient, entry.description) == (
        OutboundChannel.MAIL_DRAFT,
        OutboundBasis.AGREEMENT,
        "Zoë Ørsted",
        "Mail draft",
    )
    assert "open in your mail program" in dialog.notice.text()
    ethics = EthicsView()
    qtbot.addWidget(ethics)
    ethics.attach(vault.session)
    proxy = ethics.ledger.proxy
    assert [(proxy.index(0, c).data()) for c in (LedgerColumn.WHAT, LedgerColumn.CHANNEL)] == [
        "Session recap",
        "Mail draft",
    ]


def test_no_mail_program_records_nothing(qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID]) -> None:
    dialog = RecapDialog(vault.session, practice["held"])
    qtbot.addWidget(dialog)
    errors: list[str] = []
    dialog.open_url = lambda _url: False
    dialog.report_error = lambda title, _text: errors.append(title)
    assert not dialog.open_mail_draft()
    assert errors == ["No mail program opened the draft"] and _entries(vault) == []


def test_the_recap_pdf_from_the_editor_reads_the_summary_as_typed_never_the_notes(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    editor = SessionEditor(vault.session, practice["held"])
    qtbot.addWidget(editor)
    editor.summary.set_text("Typed just now: the 1:1 is the next step.")
    shown: list[RecapDialog] = []
    editor.note_tools.run_dialog = lambda dialog: shown.append(dialog) is None  # type: ignore[func-returns-value, arg-type]
    editor.note_tools.recap_button.click()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert "Typed just now" in dialog.text()
    dialog.exporter.choose_file = lambda _parent, _caption, _suggested: str(tmp_path / "recap.pdf")
    assert dialog.export_pdf()
    text = _pdf_text(tmp_path / "recap.pdf")
    assert "Typed just now" in text and "Ask Ingrid for a 1:1" in text and SECRET not in text
    [entry] = _entries(vault)
    assert (entry.channel, entry.basis, entry.recipient) == (
        OutboundChannel.FILE,
        OutboundBasis.AGREEMENT,
        "Zoë Ørsted",
    )
    assert dialog.changes is not None and dialog.changes.touches("outbound_entry")


def test_a_recap_without_an_agreement_says_why_and_offers_nothing(
    qtbot: QtBot, vault: Vault, practice: dict[str, uuid.UUID]
) -> None:
    with vault.session() as db:
        loose = _id(
            create_session(
                db,
                SessionDetails(
                    client_id=practice["zoe"], starts_at=NOW, shared_summary="Something", status="completed"
                ),
            )
        )
    dialog = RecapDialog(vault.session, loose)
    qtbot.addWidget(dialog)
    assert not dialog.mail_button.isEnabled() and not dialog.export_button.isEnabled()
    assert "belongs to no agreement" in dialog.notice.text()
