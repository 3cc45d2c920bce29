"""The agreement editor: every term, the two-party / three-way indicator, errors by field, status moves."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from coachdesk.domain import (
    Client,
    Engagement,
    EngagementStatus,
    FeeBasis,
    Organisation,
    Payer,
    SessionFormat,
)
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.engagements import EngagementDetails, create_engagement, set_engagement_status
from coachdesk.services.organisations import OrganisationDetails, create_organisation
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.agreements.editor_fields import NO_SPONSOR, parse_amount
from coachdesk.ui.kit.form import to_qdate
from coachdesk.ui.kit.locale_format import money_text
from coachdesk.vault import Vault

S = EngagementStatus
TODAY = date(2026, 3, 2)


def _id(value: uuid.UUID | None) -> uuid.UUID:
    assert value is not None
    return value


@pytest.fixture
def people(vault: Vault) -> dict[str, uuid.UUID]:
    with vault.session() as session:
        org = _id(
            create_organisation(
                session,
                OrganisationDetails(
                    name="Nordlicht Energie GmbH", contact_name="Ingrid Haugen", contact_email="ih@n.example"
                ),
            ).created
        )
        zoe = _id(create_client(session, ClientDetails(name="Zoë Ørsted", organisation_id=org)).created)
        lukasz = _id(create_client(session, ClientDetails(name="Łukasz Nowak")).created)
    return {"org": org, "zoe": zoe, "lukasz": lukasz}


def _editor(
    qtbot: QtBot, vault: Vault, engagement_id: uuid.UUID | None = None, client_id: uuid.UUID | None = None
) -> EngagementEditor:
    editor = EngagementEditor(vault.session, engagement_id, client_id, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _ok(editor: EngagementEditor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _engagements(vault: Vault) -> list[Engagement]:
    with vault.session() as session:
        return list(session.exec(select(Engagement)).all())


def _pick(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def _three_way(vault: Vault, people: dict[str, uuid.UUID], **fields: object) -> uuid.UUID:
    details = {
        "client_id": people["zoe"],
        "title": "First 100 days",
        "sponsor_id": people["org"],
        "payer": Payer.SPONSOR,
        "fee": Decimal("220.00"),
        "sponsor_receives_goals": True,
        **fields,
    }
    with vault.session() as session:
        return _id(create_engagement(session, EngagementDetails(**details)).created)  # type: ignore[arg-type]


# ----- creating and editing -----------------------------------------------------------------------


def test_a_new_two_party_agreement_with_every_term(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["lukasz"])
    f = editor.fields
    assert editor.parties.text() == "Two-party agreement (coach and client)"
    assert f.client.currentText() == "Łukasz Nowak"
    qtbot.keyClicks(f.title, "Career change into UX research")
    f.start_date.check.setChecked(True)
    f.start_date.edit.setDate(to_qdate(date(2026, 3, 9)))
    f.end_date.check.setChecked(True)
    f.end_date.edit.setDate(to_qdate(date(2026, 7, 31)))
    f.session_count.setValue(6)
    f.session_minutes.setValue(75)
    _pick(f.format, "In person")
    f.fee.setText("120" + QLocale().decimalPoint() + "50")
    f.currency.setCurrentText("gbp")
    _pick(f.fee_basis, "Per session")
    _pick(f.payer, "The client")
    qtbot.keyClicks(f.payment_terms, "Paid in advance for each block of three sessions.")
    qtbot.keyClicks(f.cancellation_policy, "48 hours' notice.")
    qtbot.keyClicks(f.confidentiality_terms, "Notes are kept in an encrypted vault.")
    qtbot.keyClicks(f.contact_channels, "E-mail")
    f.contact_hours.setPlainText("Weekdays 9–17")
    qtbot.keyClicks(f.response_time, "Within two working days")
    qtbot.keyClicks(f.gifts_policy, "No gifts.")
    f.termination_notice_days.setValue(30)
    assert not f.sponsor_receives_goals.isEnabled()
    _ok(editor)

    assert not editor.isVisible()
    assert editor.changes is not None and editor.changes.created == editor.engagement_id
    [e] = _engagements(vault)
    assert (e.client_id, e.title, e.sponsor_id) == (people["lukasz"], "Career change into UX research", None)
    assert (e.start_date, e.end_date) == (date(2026, 3, 9), date(2026, 7, 31))
    assert (e.session_count, e.session_minutes, e.format) == (6, 75, SessionFormat.IN_PERSON)
    assert (e.fee_minor, e.currency, e.fee_basis, e.payer) == (
        12050,
        "GBP",
        FeeBasis.PER_SESSION,
        Payer.CLIENT,
    )
    assert e.payment_terms == "Paid in advance for each block of three sessions."
    assert e.cancellation_policy == "48 hours' notice."
    assert e.confidentiality_terms == "Notes are kept in an encrypted vault."
    assert (e.contact_channels, e.contact_hours, e.response_time) == (
        "E-mail",
        "Weekdays 9–17",
        "Within two working days",
    )
    assert (e.gifts_policy, e.termination_notice_days) == ("No gifts.", 30)
    assert e.status is S.DRAFT


def test_the_indicator_says_three_way_when_a_sponsor_is_chosen(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["zoe"])
    f = editor.fields
    assert f.sponsor.currentText() == NO_SPONSOR
    assert not f.sponsor_contact_name.isEnabled()
    _pick(f.sponsor, "Nordlicht Energie GmbH")
    assert editor.parties.text() == "Three-way agreement (coach, client and Nordlicht Energie GmbH)"
    assert f.sponsor_contact_name.isEnabled() and f.sponsor_receives_attendance.isEnabled()
    assert "Ingrid Haugen" in f.sponsor_contact_name.placeholderText()
    f.sponsor_receives_attendance.setChecked(True)
    f.sponsor_contact_name.setText("Ingrid Haugen")
    _pick(f.sponsor, NO_SPONSOR)
    assert editor.parties.text() == "Two-party agreement (coach and client)"
    # What only a sponsor could have is not sent without one.
    details = f.details()
    assert (details.sponsor_contact_name, details.sponsor_receives_attendance) == ("", False)


def test_an_existing_three_way_agreement_loads_and_saves_changes(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement = _three_way(vault, people, sponsor_contact_name="Ingrid Haugen", session_count=8)
    editor = _editor(qtbot, vault, engagement)
    f = editor.fields
    assert editor.parties.text() == "Three-way agreement (coach, client and Nordlicht Energie GmbH)"
    assert editor.windowTitle() == "Agreement"  # no client name in a window title
    assert (f.client.currentText(), f.title.text(), f.sponsor_contact_name.text()) == (
        "Zoë Ørsted",
        "First 100 days",
        "Ingrid Haugen",
    )
    assert f.payer.currentText() == "The sponsor"
    assert f.session_count.value() == 8
    assert f.sponsor_receives_goals.isChecked() and not f.sponsor_receives_attendance.isChecked()
    assert parse_amount(f.fee.text()) == "220.00"
    assert money_text(22000, "EUR") in f.fee_shown.text()
    assert "paid by the sponsor" in f.fee_shown.text()
    f.sponsor_receives_attendance.setChecked(True)
    f.fee.setText("250")
    _ok(editor)
    [e] = _engagements(vault)
    assert e.sponsor_receives_attendance and e.fee_minor == 25000


def test_each_tab_holds_its_terms(qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]) -> None:
    editor = _editor(qtbot, vault, _three_way(vault, people))
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count()) if editor.tabs.isTabVisible(i)]
    assert titles == [
        "Parties and dates",
        "Sessions and fees",
        "Confidentiality and the sponsor",
        "Boundaries and ending",
        "Clauses",
    ]
    expected = [
        "client_id title sponsor_id sponsor_contact_name sponsor_contact_email log_as_alias start_date"
        " end_date",
        "session_count session_minutes format fee currency fee_basis payer vat payment_terms"
        " cancellation_policy late_cancel_uses_credit note_template",
        "confidentiality_terms sponsor_receives_attendance sponsor_receives_goals"
        " sponsor_receives_progress_summary three_way_meetings",
        "contact_channels contact_hours response_time gifts_policy termination_notice_days",
        "clauses_off signature_place",
    ]
    assert [set(form.fields) for form in editor.fields.forms] == [set(names.split()) for names in expected]
    # Every term of the service's form is on a tab (the note template is saved by services.note_templates).
    assert set(" ".join(expected).split()) - {"note_template"} == set(EngagementDetails.__dataclass_fields__)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("220", "220"),
        ("220.5", "220.5"),
        ("220,50", "220.50"),
        ("1,234.50", "1234.50"),
        ("1 234", "1234"),
        ("abc", "abc"),
    ],
)
def test_amounts_are_read_as_typed(text: str, expected: str) -> None:
    assert parse_amount(text, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == expected


def test_amounts_in_a_comma_locale() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert parse_amount("1.234,50", german) == "1234.50"
    assert parse_amount("220,5", german) == "220.5"


# ----- refusals next to their field ---------------------------------------------------------------


def _delete(vault: Vault, model: type, record_id: uuid.UUID) -> None:
    with vault.session() as session:
        session.delete(session.get(model, record_id))
        session.commit()


Setup = Callable[[EngagementEditor, Vault, dict[str, uuid.UUID]], None]
long_text = "x" * 301


def _sponsor_gone(editor: EngagementEditor, vault: Vault, people: dict[str, uuid.UUID]) -> None:
    _pick(editor.fields.sponsor, "Nordlicht Energie GmbH")
    _delete(vault, Organisation, people["org"])


def _bad_contact_email(editor: EngagementEditor, _vault: Vault, _people: dict[str, uuid.UUID]) -> None:
    _pick(editor.fields.sponsor, "Nordlicht Energie GmbH")
    editor.fields.sponsor_contact_email.setText("ingrid-at-nordlicht")


def _end_before_start(editor: EngagementEditor, _vault: Vault, _people: dict[str, uuid.UUID]) -> None:
    editor.fields.start_date.set_value(date(2026, 5, 1))
    editor.fields.end_date.set_value(date(2026, 4, 1))


BAD_INPUT: list[tuple[str, int, str, Setup]] = [
    ("title", 0, "is required", lambda e, _v, _p: e.fields.title.clear()),
    ("client_id", 0, "Choose the client", lambda e, _v, _p: e.fields.client.setCurrentIndex(-1)),
    ("client_id", 0, "client no longer exists", lambda _e, v, p: _delete(v, Client, p["zoe"])),
    ("sponsor_id", 0, "no longer exists", _sponsor_gone),
    ("sponsor_contact_email", 0, "is not an e-mail address", _bad_contact_email),
    ("end_date", 0, "before the start", _end_before_start),
    ("fee", 1, "must be an amount of money", lambda e, _v, _p: e.fields.fee.setText("a lot")),
    ("fee", 1, "cannot be negative", lambda e, _v, _p: e.fields.fee.setText("-5")),
    ("fee", 1, "more than two decimal places", lambda e, _v, _p: e.fields.fee.setText("12.345")),
    ("fee", 1, "implausibly large", lambda e, _v, _p: e.fields.fee.setText("99999999")),
    ("currency", 1, "is not a currency code", lambda e, _v, _p: e.fields.currency.setCurrentText("E1")),
    ("payer", 1, "The sponsor cannot pay", lambda e, _v, _p: _pick(e.fields.payer, "The sponsor")),
    ("response_time", 3, "too long", lambda e, _v, _p: e.fields.response_time.setText(long_text)),
    ("gifts_policy", 3, "too long", lambda e, _v, _p: e.fields.gifts_policy.setPlainText("y" * 200_001)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("field", "tab", "phrase", "setup"), BAD_INPUT, ids=[f"{b[0]}-{b[2]}" for b in BAD_INPUT]
)
def test_bad_input_is_shown_next_to_its_field_and_nothing_is_saved(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID], field: str, tab: int, phrase: str, setup: Setup
) -> None:
    editor = _editor(qtbot, vault, client_id=people["zoe"])
    editor.fields.title.setText("Leadership")
    qtbot.keyClicks(editor.fields.payment_terms, "Typed text the coach must not lose.")
    editor.tabs.setCurrentIndex(2)
    setup(editor, vault, people)
    _ok(editor)
    assert editor.isVisible()
    assert editor.changes is None
    assert phrase in editor.error_text(field)
    assert editor.tabs.currentIndex() == tab
    others = [name for form in editor.fields.forms for name in form.fields if name != field]
    assert all(editor.error_text(name) == "" for name in others)
    assert editor.fields.payment_terms.toPlainText() == "Typed text the coach must not lose."
    assert _engagements(vault) == []


def test_an_edit_refused_leaves_the_stored_terms(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement = _three_way(vault, people)
    editor = _editor(qtbot, vault, engagement)
    editor.fields.title.setText("")
    editor.fields.fee.setText("999")
    _ok(editor)
    assert "is required" in editor.error_text("title")
    [e] = _engagements(vault)
    assert (e.title, e.fee_minor) == ("First 100 days", 22000)


# ----- status moves -------------------------------------------------------------------------------


def test_moves_from_draft_to_active_with_their_dates(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["lukasz"])
    editor.fields.title.setText("Career change")
    assert editor.status_panel.offered() == [S.SENT]
    editor.status_panel.set_date(date(2026, 2, 20))
    editor.status_panel.buttons[S.SENT].click()  # saves the new agreement first
    [e] = _engagements(vault)
    assert (e.status, e.sent_on) == (S.SENT, date(2026, 2, 20))
    assert editor.engagement_id == e.id
    assert editor.status_panel.offered() == [S.SIGNED, S.DRAFT, S.TERMINATED]
    assert "Sent" in editor.status_panel.dates_label.text()
    editor.status_panel.set_date(date(2026, 2, 25))
    editor.status_panel.buttons[S.SIGNED].click()
    editor.status_panel.buttons[S.ACTIVE].click()
    [e] = _engagements(vault)
    assert (e.status, e.signed_on, e.activated_on) == (S.ACTIVE, date(2026, 2, 25), date(2026, 2, 25))
    assert editor.status_panel.status_label.text() == "Active"
    assert editor.status_panel.offered() == [S.COMPLETED, S.TERMINATED]
    # The moves were written even if the coach now cancels.
    editor.reject()
    assert editor.changes is not None and e.id in editor.changes.ids


def test_a_refused_move_shows_the_services_message(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement = _three_way(vault, people)
    with vault.session() as session:
        set_engagement_status(session, engagement, S.SENT, date(2026, 2, 20))
    editor = _editor(qtbot, vault, engagement)
    editor.status_panel.set_date(date(2026, 2, 10))  # before it was sent
    editor.status_panel.buttons[S.SIGNED].click()
    assert "is before the engagement was sent (2026-02-20)" in editor.status_panel.error_text()
    assert _engagements(vault)[0].status is S.SENT
    # A move the agreement cannot make from where it is: the service's words.
    editor.confirm = lambda _title, _question: True
    assert not editor.move_to(S.COMPLETED, TODAY)
    assert "cannot go from sent to completed" in editor.status_panel.error_text()
    assert _engagements(vault)[0].status is S.SENT


def test_ending_an_agreement_asks_first_and_then_closes_it(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement = _three_way(vault, people)
    editor = _editor(qtbot, vault, engagement)
    questions: list[str] = []
    editor.confirm = lambda _title, question: questions.append(question) or False  # type: ignore[func-returns-value]
    editor.status_panel.buttons[S.TERMINATED].click()
    assert "can no longer change" in questions[0] and "First 100 days" in questions[0]
    assert _engagements(vault)[0].status is S.DRAFT
    editor.confirm = lambda _title, _question: True
    editor.status_panel.buttons[S.TERMINATED].click()
    [e] = _engagements(vault)
    assert (e.status, e.ended_on) == (S.TERMINATED, TODAY)
    assert all(not form.isEnabled() for form in editor.fields.forms)
    assert not editor.ok_button.isVisible()
    assert editor.cancel_button.text() == "Close"
    assert "terminated" in editor.message()
    assert editor.status_panel.offered() == []


def test_terms_changed_after_signing_are_pointed_out(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement = _three_way(vault, people)
    with vault.session() as session:
        set_engagement_status(session, engagement, S.SENT, date(2026, 2, 1))
        set_engagement_status(session, engagement, S.SIGNED, date(2026, 2, 3))
    editor = _editor(qtbot, vault, engagement)
    assert not editor.status_panel.warning.isVisibleTo(editor)
    editor.fields.fee.setText("260")
    editor.fields.termination_notice_days.setValue(30)
    _ok(editor)
    again = _editor(qtbot, vault, engagement)
    warning = again.status_panel.warning
    assert warning.isVisibleTo(again)
    assert "Changed since signing: fee, notice period" in warning.text()


# ----- the optional clauses -------------------------------------------------------------------------


def test_the_clauses_tab_lists_the_optional_clauses_and_saves_the_choice(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement_id = _three_way(vault, people, clauses_off=frozenset({"liability"}))
    editor = _editor(qtbot, vault, engagement_id)
    boxes = editor.fields.clauses.boxes
    assert {key: box.text() for key, box in boxes.items()} == {
        "technology": "Technology and recordings",
        "coaching_log": "The coaching log",
        "liability": "Limitation of liability",
    }
    assert boxes["technology"].isChecked() and not boxes["liability"].isChecked()  # the stored choice shows
    assert editor.fields.signature_place.isChecked()
    boxes["technology"].setChecked(False)
    boxes["liability"].setChecked(True)
    editor.fields.signature_place.setChecked(False)
    _pick(editor.fields.vat, "Added to the fee")
    editor.fields.three_way_meetings.setPlainText("In week one and at the close")
    _ok(editor)
    [e] = _engagements(vault)
    assert (e.clauses_off, e.signature_place, e.vat) == ("technology", False, "added")
    assert e.three_way_meetings == "In week one and at the close"
    again = _editor(qtbot, vault, engagement_id)
    assert not again.fields.clauses.boxes["technology"].isChecked()
    assert again.fields.clauses.boxes["liability"].isChecked()


def test_planned_three_way_meetings_need_a_sponsor(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["lukasz"])
    assert not editor.fields.three_way_meetings.isEnabled()
    _pick(editor.fields.sponsor, "Nordlicht Energie GmbH")
    assert editor.fields.three_way_meetings.isEnabled()


# ----- the period checked on saving ---------------------------------------------------------------


def _dated(editor: EngagementEditor, start: date, end: date, sessions: int) -> None:
    f = editor.fields
    f.title.setText("Leadership")
    f.start_date.check.setChecked(True)
    f.start_date.edit.setDate(to_qdate(start))
    f.end_date.check.setChecked(True)
    f.end_date.edit.setDate(to_qdate(end))
    f.session_count.setValue(sessions)


def test_a_same_day_agreement_is_warned_about_and_saved_only_when_the_coach_goes_on(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["lukasz"])
    _dated(editor, date(2026, 3, 9), date(2026, 3, 9), 6)
    asked: list[tuple[str, str]] = []
    editor.confirm = lambda title, question: asked.append((title, question)) is not None  # declines
    _ok(editor)
    assert editor.isVisible() and _engagements(vault) == []
    [(title, question)] = asked
    assert title == "Save anyway?" and "same day (2026-03-09) for 6 sessions" in question
    editor.confirm = lambda _title, _question: True
    _ok(editor)
    assert not editor.isVisible() and len(_engagements(vault)) == 1


def test_a_period_too_short_is_warned_once_and_not_again_when_unchanged(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["lukasz"])
    _dated(editor, date(2026, 3, 9), date(2026, 3, 20), 6)
    asked: list[str] = []
    editor.confirm = lambda _title, question: asked.append(question) is None  # goes on
    _ok(editor)
    assert len(asked) == 1 and "less than 7 days apart" in asked[0]
    [saved] = _engagements(vault)
    again = _editor(qtbot, vault, engagement_id=saved.id)
    again.confirm = lambda _title, question: asked.append(question) is None
    again.fields.title.setText("Leadership, renamed")
    _ok(again)
    assert len(asked) == 1  # the period did not change: not asked again


def test_a_new_agreement_starts_in_the_profiles_currency(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    from coachdesk.services.profile import ProfileDetails, save_profile

    with vault.session() as session:
        save_profile(session, ProfileDetails(name="Dr Łucja Kowalska", default_currency="CHF"))
    editor = _editor(qtbot, vault, client_id=people["zoe"])
    assert editor.fields.currency.currentText() == "CHF"
    editor.fields.title.setText("Leadership coaching")
    _ok(editor)
    [engagement] = _engagements(vault)
    assert engagement.currency == "CHF"


def test_missed_sessions_can_be_charged_and_the_choice_reloads(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    editor = _editor(qtbot, vault, client_id=people["lukasz"])
    editor.fields.title.setText("Career change")
    editor.fields.late_cancel_uses_credit.setChecked(True)
    _ok(editor)
    [engagement] = _engagements(vault)
    assert engagement.late_cancel_uses_credit
    again = _editor(qtbot, vault, engagement.id)
    assert again.fields.late_cancel_uses_credit.isChecked()
    again.fields.late_cancel_uses_credit.setChecked(False)
    _ok(again)
    assert not _engagements(vault)[0].late_cancel_uses_credit
