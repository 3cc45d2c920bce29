"""Windows open inside the screen: the arithmetic, one real dialog, and every window the app shows."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from coachdesk.ui.kit.pdf_preview import PdfPreviewDialog
from coachdesk.ui.kit.screen_fit import (
    first_window_size,
    fit_shown_window,
    fit_to_screen,
    fitted,
    resize_within_screen,
)
from coachdesk.ui.shell.app_controller import AppController
from coachdesk.ui.shell.main_window import MainWindow
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

SCREEN = QRect(0, 24, 1024, 676)  # a small laptop screen below a 24-pixel panel


def test_a_window_that_fits_stays_where_it_is() -> None:
    frame = QRect(100, 100, 600, 400)
    assert fitted(frame, SCREEN) == frame


def test_a_window_below_the_screen_moves_up_and_one_off_the_left_moves_right() -> None:
    assert fitted(QRect(300, 500, 600, 400), SCREEN) == QRect(300, 300, 600, 400)
    assert fitted(QRect(-80, 30, 600, 400), SCREEN) == QRect(0, 30, 600, 400)
    assert fitted(QRect(700, 30, 600, 400), SCREEN) == QRect(424, 30, 600, 400)
    assert fitted(QRect(100, 0, 600, 400), SCREEN) == QRect(100, 24, 600, 400)


def test_a_window_larger_than_the_screen_shrinks_but_not_below_its_minimum() -> None:
    assert fitted(QRect(200, 200, 1040, 720), SCREEN) == QRect(0, 24, 1024, 676)
    # Its minimum is wider than the screen: the top-left corner stays on the screen.
    assert fitted(QRect(200, 200, 1200, 720), SCREEN, QSize(1100, 500)) == QRect(0, 24, 1100, 676)


def test_fit_to_screen_moves_and_shrinks_a_real_dialog(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(300, 200)
    dialog.resize(1040, 720)
    dialog.move(400, 300)
    assert fit_to_screen(dialog, SCREEN)
    assert SCREEN.contains(dialog.frameGeometry())
    assert dialog.size() == QSize(1024, 676) - (dialog.frameGeometry().size() - dialog.size())
    assert not fit_to_screen(dialog, SCREEN)  # already inside: nothing to do


def test_a_child_widget_or_a_menu_is_left_alone(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    child = QWidget(dialog)
    child.resize(5000, 5000)
    menu = QMenu(dialog)
    menu.move(-500, -500)  # menus and tooltips are placed by Qt itself
    assert not fit_shown_window(child) and not fit_shown_window(menu)
    assert child.size() == QSize(5000, 5000) and menu.pos().x() == -500


def test_the_app_keeps_a_dialog_it_shows_inside_the_screen(
    qtbot: QtBot, vault_path: Path, tmp_path: Path
) -> None:
    Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF).close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(vault_path, settings)
    qtbot.addWidget(controller.unlock_window)
    qtbot.addWidget(controller.main_window)
    screen = controller.main_window.screen().availableGeometry()
    dialog = QDialog(controller.main_window)
    qtbot.addWidget(dialog)
    dialog.resize(screen.width() // 2, screen.height() // 2)
    dialog.move(screen.right() - 50, screen.bottom() - 50)  # as if centred on a window low on the screen
    dialog.show()
    qtbot.waitExposed(dialog)
    assert screen.contains(dialog.frameGeometry())
    assert dialog.size() == QSize(screen.width() // 2, screen.height() // 2)


def test_the_first_window_takes_most_of_a_small_screen_and_a_comfortable_part_of_a_large_one() -> None:
    assert first_window_size(QRect(0, 24, 1366, 744)) == QSize(1229, 670)
    assert first_window_size(QRect(0, 0, 3840, 2160)) == QSize(1600, 1000)
    assert first_window_size(QRect(0, 0, 800, 560)) == QSize(720, 504)
    assert first_window_size(None) == QSize(1100, 720)


def test_the_main_window_opens_within_the_screen_and_keeps_the_size_it_is_given(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.size() == first_window_size(available)
    assert window.width() <= available.width() and window.height() <= available.height()
    window.resize(700, 500)  # within the offscreen screen, which restoring keeps windows inside
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window.save_ui_state(settings)
    again = MainWindow()
    qtbot.addWidget(again)
    again.restore_ui_state(settings)
    assert again.size() == QSize(700, 500)  # remembered after the first time


def test_a_dialog_asks_for_its_size_within_the_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    size = resize_within_screen(dialog, 820, available.height() + 200)
    assert size.width() == min(820, available.width() - 8)
    assert size.height() < available.height() and dialog.size() == size


def test_the_pdf_preview_fits_a_short_screen(qtbot: QtBot) -> None:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    drawing.drawString(72, 720, "One page")
    drawing.showPage()
    drawing.save()
    preview = PdfPreviewDialog(out.getvalue(), "Agreement")
    qtbot.addWidget(preview)
    available = preview.screen().availableGeometry()
    assert available.height() < 900  # the offscreen screen is smaller than the preview's wish
    assert preview.height() < available.height() and preview.width() <= available.width()
    preview.reject()
