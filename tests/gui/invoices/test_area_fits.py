"""The Invoices area with invoices in it fits a 1024x700 window, names its controls and reaches them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.ui.shell.app_controller import AppController
from tests.gui.shell.practice_windows import open_demo_practice, settle, some_invoices
from tests.gui.shell.test_accessible_names import accessibility_problems
from tests.gui.shell.test_layout_fit import layout_problems


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppController:
    return open_demo_practice(qtbot, tmp_path, monkeypatch)


def test_the_invoices_list_fits_and_is_reachable(app: AppController) -> None:
    assert app.vault is not None and app.workspace is not None
    draft, _issued = some_invoices(app.vault.session)
    window = app.main_window
    window.show_area("invoices")
    settle(app)
    view = app.workspace.invoices
    view.refresh()
    assert view.pages.currentIndex() == 1 and view.select(draft)
    settle(app)
    assert layout_problems(window) == []
    assert accessibility_problems(window) == []
