"""The strength meter's advice line gets its own room in a dialog instead of being squeezed into the bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coachdesk.ui.unlock.change_passphrase_dialog import ChangePassphraseDialog


def test_advice_appearing_grows_the_dialog_so_nothing_is_clipped(qtbot: QtBot) -> None:
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.new_passphrase.setText("aaaaaaaaaaaaaaaaaaaa")  # weak: the meter gives advice
    meter = dialog.strength
    assert meter.advice.isVisible() and meter.advice.text()
    qtbot.waitUntil(lambda: meter.height() >= meter.sizeHint().height())
    assert dialog.height() > before
    dialog.reject()
