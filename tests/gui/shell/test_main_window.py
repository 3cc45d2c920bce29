"""The main window frame: areas, keyboard, menus and their signals, clearing, dialogs, UI state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coachdesk import __version__
from coachdesk.ui.kit import icons
from coachdesk.ui.kit.actions import ActionRegistry, ActionSpec, plain_text
from coachdesk.ui.kit.empty_state import AREA_EMPTY_STATES, EmptyState
from coachdesk.ui.shell.about_dialog import AboutDialog
from coachdesk.ui.shell.main_window import AREA_NAMES, AREAS, FILE_MENU, MainWindow
from coachdesk.ui.shell.shortcuts_dialog import ShortcutsDialog
from tests.gui.shell.conftest import WAIT_MS

FILE_ACTIONS = [entry for entry in FILE_MENU if entry is not None]


def _window(qtbot: QtBot, *, connected: bool = True) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    if connected:
        for _, signal_name in FILE_ACTIONS:
            getattr(window, signal_name).connect(lambda: None)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)  # shortcuts reach only the active window
    QCoreApplication.sendPostedEvents(window)  # the posted refresh of the File commands' availability
    return window


def _menu(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if plain_text(action.text()) == title:
            menu = action.menu()
            return [plain_text(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    raise AssertionError(f"no {title} menu")


class FakeView(QLabel):
    """A view holding 'client data' that a lock must clear."""

    def __init__(self) -> None:
        super().__init__("Ada Lovelace")
        self.cleared = 0

    def clear(self) -> None:
        super().clear()
        self.cleared += 1


# ----- frame and areas -------------------------------------------------------------------------


def test_title_is_coachdesk_whatever_the_area(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert window.windowTitle() == "CoachDesk"
    for name in AREA_NAMES:
        window.show_area(name)
        assert window.windowTitle() == "CoachDesk"


def test_navigation_lists_every_area_with_an_icon(qtbot: QtBot) -> None:
    window = _window(qtbot)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Dashboard",
        "Clients",
        "Sessions",
        "Agreements",
        "Referrals",
        "Directory",
        "Organisations",
        "Ethics",
        "Reports",
        "Invoices",
    ]
    if icons.available():
        assert all(not window.navigation.item(row).icon().isNull() for row in range(len(AREAS)))
    assert window.current_area() == "dashboard"


@pytest.mark.parametrize("row", range(len(AREAS)))
def test_every_area_is_reachable_by_click(qtbot: QtBot, row: int) -> None:
    window = _window(qtbot)
    window.show_area("reports" if row == 0 else "dashboard")
    viewport = window.navigation.viewport()
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    with qtbot.waitSignal(window.area_changed) as changed:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    name = AREAS[row].name
    assert changed.args == [name]
    assert window.current_area() == name
    assert window.stack.currentWidget() is window.page(name)


@pytest.mark.parametrize("row", range(len(AREAS)))
def test_every_area_is_reachable_by_ctrl_number(qtbot: QtBot, row: int) -> None:
    window = _window(qtbot)
    window.show_area("reports" if row == 0 else "dashboard")
    key = Qt.Key.Key_0 if row == 9 else Qt.Key(Qt.Key.Key_1.value + row)  # the tenth area is Ctrl+0
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == AREAS[row].name
    assert window.stack.currentWidget() is window.page(AREAS[row].name)


def test_arrow_keys_move_through_the_area_list(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_area() == "sessions"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_area() == "clients"
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_area() == "invoices"


def test_unknown_area_is_refused(qtbot: QtBot) -> None:
    window = _window(qtbot)
    with pytest.raises(ValueError, match="payroll"):
        window.show_area("payroll")


def test_empty_areas_say_what_will_appear_and_offer_no_buttons(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert set(AREA_EMPTY_STATES) == set(AREA_NAMES)
    for name in AREA_NAMES:
        page = window.page(name)
        assert isinstance(page, EmptyState)
        assert page.title_label.text() and "here" in page.text_label.text()
        assert page.findChildren(QPushButton) == []  # nothing to click that does nothing
    clients = window.page("clients")
    assert isinstance(clients, EmptyState)
    assert "Your clients will be listed here, with their last and next session" in clients.text_label.text()


def test_empty_state_button_follows_its_action(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    action = QAction("&Add client…", holder)
    state = EmptyState("clients", "Clients", "Your clients will be listed here.", action)
    qtbot.addWidget(state)
    assert state.button is not None and state.button.text() == "Add client…"
    action.setVisible(False)
    assert state.button.isHidden()
    action.setVisible(True)
    assert not state.button.isHidden()
    with qtbot.waitSignal(action.triggered):
        qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)


def test_set_area_view_replaces_the_empty_state(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.show_area("clients")
    view = FakeView()
    window.set_area_view("clients", view)
    assert window.page("clients") is view
    assert window.stack.currentWidget() is view
    assert window.stack.count() == len(AREAS)
    window.show_area("sessions")
    window.show_area("clients")
    assert window.stack.currentWidget() is view


def test_clear_resets_every_page(qtbot: QtBot) -> None:
    window = _window(qtbot)
    views = {name: FakeView() for name in ("clients", "sessions")}
    for name, view in views.items():
        window.set_area_view(name, view)
    window.statusBar().showMessage("Opened Ada Lovelace")
    window.clear()
    assert all(view.cleared == 1 and view.text() == "" for view in views.values())
    assert window.statusBar().currentMessage() == ""
    assert isinstance(window.page("dashboard"), EmptyState)  # pages without data are left alone


# ----- menus, actions and signals ---------------------------------------------------------------


def test_menus_hold_the_file_and_help_commands(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert _menu(window, "File") == [
        "New vault…",
        "Open vault…",
        "Change passphrase…",
        "Back up now…",
        "Merge another vault…",
        "Merge conflicts to review…",
        "Practice profile…",
        "Preferences…",
        "Lock",
        "Quit",
    ]
    assert _menu(window, "Help") == ["Keyboard shortcuts", "About CoachDesk"]
    assert [plain_text(a.text()) for a in window.menuBar().actions()] == ["File", "Help"]


@pytest.mark.parametrize(("name", "signal_name"), FILE_ACTIONS)
def test_file_actions_emit_their_signals(qtbot: QtBot, name: str, signal_name: str) -> None:
    window = _window(qtbot)
    with qtbot.waitSignal(getattr(window, signal_name), timeout=WAIT_MS):
        window.registry[name].trigger()


def test_lock_shortcut_emits_lock_requested(qtbot: QtBot) -> None:
    window = _window(qtbot)
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_commands_nothing_handles_are_nowhere(qtbot: QtBot) -> None:
    window = _window(qtbot, connected=False)
    assert _menu(window, "File") == []
    names = {row.name for row in window.registry.shortcuts()}
    assert not names & {"lock", "new_vault", "open_vault", "quit", "search"}
    fired: list[str] = []
    window.lock_requested.connect(lambda: fired.append("lock"))
    qtbot.waitUntil(lambda: window.registry.is_available("lock"))
    assert _menu(window, "File") == ["Lock"]
    assert "lock" in {row.name for row in window.registry.shortcuts()}
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["lock"]
    window.lock_requested.disconnect()
    qtbot.waitUntil(lambda: not window.registry.is_available("lock"))
    assert _menu(window, "File") == []
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["lock"]


def test_shortcuts_listing(qtbot: QtBot) -> None:
    window = _window(qtbot)
    rows = {(row.text, row.keys) for row in window.registry.shortcuts()}
    assert ("Lock", "Ctrl+L") in rows
    assert ("Clients", "Ctrl+2") in rows
    new = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
    assert ("New vault…", new) in rows
    assert ("Keyboard shortcuts", "F1") in rows


def test_actions_have_tooltips_with_their_keys_and_icons(qtbot: QtBot) -> None:
    window = _window(qtbot)
    lock = window.registry["lock"]
    assert lock.toolTip() == "Save, close the vault and clear the screen (Ctrl+L)"
    assert lock.shortcut() == QKeySequence("Ctrl+L")
    assert window.registry["quit"].shortcuts()  # a key even where Qt has no standard Quit key
    assert window.registry["quit"].menuRole() == QAction.MenuRole.QuitRole
    search = window.registry["search"]
    assert QKeySequence("Ctrl+K") in search.shortcuts()
    assert QKeySequence("Ctrl+F") in search.shortcuts()
    if icons.available():
        assert all(not window.registry[name].icon().isNull() for name in window.registry)


def test_registry_refuses_a_second_action_of_the_same_name(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    registry = ActionRegistry(holder)
    assert "lock" in registry and not registry.is_available("lock")
    with pytest.raises(ValueError, match="already registered"):
        registry.add(ActionSpec("lock", "Lock", "Lock again", "Vault"))
    calls: list[int] = []
    registry.handle("search", lambda: calls.append(1))
    registry["search"].trigger()
    assert calls == [1]
    assert [row.text for row in registry.shortcuts()] == ["Search…"]


def test_every_icon_name_resolves(qtbot: QtBot) -> None:
    pytest.importorskip("qtawesome")
    for name in icons.GLYPHS:
        assert not icons.icon(name).isNull(), name
        assert not icons.icon(name).pixmap(24, 24).isNull(), name
    with pytest.raises(KeyError):
        icons.icon("payroll")


def test_icons_follow_a_palette_change(qtbot: QtBot) -> None:
    pytest.importorskip("qtawesome")
    window = _window(qtbot)
    before = window.registry["lock"].icon().cacheKey()
    nav_before = window.navigation.item(0).icon().cacheKey()
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: window.registry["lock"].icon().cacheKey() != before)
        assert window.navigation.item(0).icon().cacheKey() != nav_before
    finally:
        QApplication.setPalette(original)


def test_window_works_without_the_icon_font(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(icons, "_font", False)  # as if qtawesome were not installed
    assert icons.icon("lock").isNull()
    window = _window(qtbot)
    window.registry["area_clients"].trigger()
    assert window.current_area() == "clients"


def test_every_icon_comes_from_the_one_set_loaded_alone(qtbot: QtBot) -> None:
    """Only Material Design Icons 6 is loaded (qtawesome bundles twelve sets, about 20 MB
    together), and every icon the app names is drawn from it."""
    window = _window(qtbot)
    font = icons._icon_font()
    assert set(font.charmap) == {"mdi6"}
    for name in icons.GLYPHS:
        assert not icons.icon(name).isNull(), name
    assert not window.registry["lock"].icon().isNull()


# ----- status bar --------------------------------------------------------------------------------


def test_save_status_widget_sits_in_the_status_bar(qtbot: QtBot) -> None:
    window = _window(qtbot)
    first = QLabel("Saved 14:02")
    window.set_save_status_widget(first)
    assert first.parent() is window.statusBar() and first.isVisible()
    second = QLabel("Saving…")
    window.set_save_status_widget(second)
    assert window.save_status_widget() is second
    assert second.isVisible() and first.parent() is None
    first.deleteLater()


# ----- dialogs -----------------------------------------------------------------------------------


def test_about_dialog_says_what_and_where_the_data_stays(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.registry["about"].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    assert "coaches" in dialog.summary_label.text()
    assert "never leaves the computer unencrypted" in dialog.privacy_label.text()
    dialog.close()


def test_shortcuts_dialog_lists_the_registry(qtbot: QtBot) -> None:
    window = _window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert ("Lock", "Ctrl+L") in rows
    assert ("Reports", "Ctrl+9") in rows
    assert ("Invoices", "Ctrl+0") in rows
    assert len(rows) == len(window.registry.shortcuts())
    assert dialog.groups() == ["Vault", "Go to", "Help"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ----- UI state ----------------------------------------------------------------------------------


def test_ui_state_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot)
    window.resize(720, 540)  # inside the offscreen screen (800x600): restoring clamps to the screen
    window.splitter.setSizes([260, 460])
    window.show_area("ethics")
    QApplication.processEvents()  # the layout requests those posted
    nav_width = window.splitter.sizes()[0]
    window.save_ui_state(settings)
    settings.sync()

    reread = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert set(reread.allKeys()) == {
        "main_window/geometry",
        "main_window/state",
        "main_window/splitter",
        "main_window/area",
    }
    again = _window(qtbot)
    again.restore_ui_state(reread)
    qtbot.waitUntil(lambda: again.size() == window.size(), timeout=WAIT_MS)
    assert again.current_area() == "ethics"
    assert again.splitter.sizes()[0] == nav_width


def test_restoring_missing_or_bad_ui_state_is_harmless(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot)
    window.restore_ui_state(settings)
    settings.setValue("main_window/area", "payroll")
    settings.setValue("main_window/geometry", "not geometry")
    window.restore_ui_state(settings)
    assert window.current_area() == "dashboard"
    assert window.windowTitle() == "CoachDesk"
