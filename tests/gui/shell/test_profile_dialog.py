"""The practice profile, edited from the File menu: loaded, saved, refused beside its field, autosaved."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coachdesk.services.profile import ProfileDetails, get_profile, save_profile
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.profile_dialog import ProfileDialog
from coachdesk.vault import Vault
from tests.gui.shell.conftest import WAIT_MS, unlock


def _line(dialog: ProfileDialog, name: str) -> QLineEdit:
    edit = dialog.form.fields[name]
    assert isinstance(edit, QLineEdit)
    return edit


def test_the_profile_loads_saves_and_a_refusal_stays_by_its_field(qtbot: QtBot, vault: Vault) -> None:
    with vault.session() as db:
        save_profile(db, ProfileDetails(name="Alex Moreau", email="alex@example.org"))
    dialog = ProfileDialog(vault.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _line(dialog, "name").text() == "Alex Moreau"
    _line(dialog, "country").setText("France")
    platforms = dialog.form.fields["platforms"]
    assert isinstance(platforms, QPlainTextEdit)
    platforms.setPlainText("Zoom")
    _line(dialog, "email").setText("not an address")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.buttons.accepted.emit()
    assert dialog.isVisible() and not dialog.form._errors["email"].isHidden()
    with vault.session() as db:
        profile = get_profile(db)
        assert profile is not None and profile.country == ""  # nothing written
    _line(dialog, "email").setText("alex@example.org")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    with vault.session() as db:
        profile = get_profile(db)
        assert profile is not None
        assert (profile.name, profile.country, profile.platforms) == ("Alex Moreau", "France", "Zoom")


def test_file_practice_profile_opens_the_dialog_and_a_save_is_autosaved(
    qtbot: QtBot, controller: AppController
) -> None:
    vault = unlock(qtbot, controller)
    file_menu = next(a.menu() for a in controller.main_window.menuBar().actions() if a.text() == "&File")
    file_menu.aboutToShow.emit()
    (action,) = [a for a in file_menu.actions() if a.text() == "Practice pro&file…"]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProfileDialog))
    _line(dialog, "name").setText("Alex Moreau")
    _line(dialog, "country").setText("France")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not vault.has_unsaved_changes, timeout=WAIT_MS)  # the autosave wrote it
    with vault.session() as db:
        profile = get_profile(db)
        assert profile is not None and profile.country == "France"


def test_the_invoicing_settings_save_with_the_profile_and_refuse_by_field(qtbot: QtBot, vault: Vault) -> None:
    from coachdesk.domain import TaxTreatment
    from coachdesk.services.invoice_settings import invoicing_settings

    with vault.session() as db:
        save_profile(db, ProfileDetails(name="Alex Moreau", country="France"))
    dialog = ProfileDialog(vault.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.invoicing
    assert form.wording.placeholderText() == "TVA non applicable, art. 293 B du CGI"
    assert form.pattern.text() == "{year}-{seq:4}" and form.pattern.isEnabled()
    form.treatment.setCurrentIndex(form.treatment.findData("charged"))
    form.rate.setText("20")
    form.iban.setText("FR76 3000 6000 0112 3456 7890 188")  # one digit wrong
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and not form._errors["iban"].isHidden()
    assert "typing mistake" in form._errors["iban"].text()
    with vault.session() as db:
        assert invoicing_settings(db).tax_treatment == TaxTreatment.SMALL_BUSINESS  # nothing written
    form.iban.setText("FR76 3000 6000 0112 3456 7890 189")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    with vault.session() as db:
        settings = invoicing_settings(db)
    assert (settings.tax_treatment, str(settings.default_vat_rate), settings.iban) == (
        TaxTreatment.CHARGED,
        "20",
        "FR7630006000011234567890189",
    )


def test_the_number_pattern_is_fixed_once_an_invoice_is_issued_but_for_a_series_per_computer(
    qtbot: QtBot, vault: Vault
) -> None:
    from datetime import date

    from coachdesk.services.invoice_issue import issue_invoice
    from coachdesk.services.invoices import draft_from_engagement
    from tests.services.invoice_practice import created, practice

    with vault.session() as db:
        p = practice(db, sessions=1)
        issue_invoice(db, created(draft_from_engagement(db, p.engagement)), on=date(2026, 3, 31))
    dialog = ProfileDialog(vault.session)
    qtbot.addWidget(dialog)
    # Still open for one change: a series per computer ({computer}); the service refuses any other.
    assert dialog.invoicing.pattern.isEnabled() and "{computer}" in dialog.invoicing.pattern.toolTip()
    from coachdesk.services.errors import ValidationError
    from coachdesk.services.invoice_settings import InvoicingSettings, save_invoicing_settings

    with vault.session() as db:
        try:
            save_invoicing_settings(db, InvoicingSettings(invoice_number_pattern="INV-{seq}"))
        except ValidationError as refused:
            assert "cannot change" in refused.message
        else:
            raise AssertionError("another pattern was taken after the first invoice")
        save_invoicing_settings(db, InvoicingSettings(invoice_number_pattern="{year}-{computer}{seq:4}"))
    again = ProfileDialog(vault.session)
    qtbot.addWidget(again)
    assert not again.invoicing.pattern.isEnabled()
