"""What every GUI test shares: app controllers that leave nothing behind for the next test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk.ui.shell.app_controller import AppController


@pytest.fixture(autouse=True)
def controllers_forget_their_app_filter(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An app controller watches the whole application (idle input, windows being shown); in the
    app there is one, but a test's controller would go on watching the next test's windows."""
    made: list[AppController] = []
    original = AppController.__init__

    def init(self: AppController, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(AppController, "__init__", init)
    yield
    app = QApplication.instance()
    if app is not None:
        for controller in made:
            app.removeEventFilter(controller)


@pytest.fixture(autouse=True)
def exports_go_to_the_suggested_recipient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that export a document keep the recipient the consent filter suggests, without the prompt
    (tests/gui/ethics/test_ledger.py drives the prompt itself)."""
    from coachdesk.ui.kit import recipient_dialog

    monkeypatch.setattr(
        recipient_dialog,
        "ask_recipient",
        lambda _parent, _title, suggested, **_options: recipient_dialog.Recipient(suggested),
    )
