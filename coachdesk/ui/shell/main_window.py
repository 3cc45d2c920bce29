"""The thin main window: area navigation, a page per area, menus, and the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMetaMethod,
    QSettings,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.kit.actions import GO_TO, ActionRegistry, ActionSpec
from coachdesk.ui.kit.empty_state import EmptyState
from coachdesk.ui.kit.icons import icon
from coachdesk.ui.kit.screen_fit import available_geometry, first_window_size
from coachdesk.ui.shell.about_dialog import AboutDialog
from coachdesk.ui.shell.lock_keys import LockKeys
from coachdesk.ui.shell.shortcuts_dialog import ShortcutsDialog

WINDOW_TITLE = "CoachDesk"  # never anything about a client
SETTINGS_GROUP = "main_window"
NAVIGATION_WIDTH = 200


@dataclass(frozen=True)
class Area:
    """One place in the navigation list, with the icon and title it is shown with."""

    name: str
    title: str  # English, marked for translation: ``label`` is what is shown

    @property
    def label(self) -> str:
        """The title in the app's language."""
        return QCoreApplication.translate("MainWindow", self.title)


AREAS: tuple[Area, ...] = (
    Area("dashboard", str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard"))),
    Area("clients", str(QT_TRANSLATE_NOOP("MainWindow", "Clients"))),
    Area("sessions", str(QT_TRANSLATE_NOOP("MainWindow", "Sessions"))),
    Area("agreements", str(QT_TRANSLATE_NOOP("MainWindow", "Agreements"))),
    Area("referrals", str(QT_TRANSLATE_NOOP("MainWindow", "Referrals"))),
    Area("directory", str(QT_TRANSLATE_NOOP("MainWindow", "Directory"))),
    Area("organisations", str(QT_TRANSLATE_NOOP("MainWindow", "Organisations"))),
    Area("ethics", str(QT_TRANSLATE_NOOP("MainWindow", "Ethics"))),
    Area("reports", str(QT_TRANSLATE_NOOP("MainWindow", "Reports"))),
    Area("invoices", str(QT_TRANSLATE_NOOP("MainWindow", "Invoices"))),
)
AREA_NAMES = tuple(area.name for area in AREAS)

# File menu entries: the action's name and the signal the window emits for it (None: a separator).
FILE_MENU: tuple[tuple[str, str] | None, ...] = (
    ("new_vault", "new_vault_requested"),
    ("open_vault", "open_vault_requested"),
    None,
    ("change_passphrase", "change_passphrase_requested"),
    ("back_up", "back_up_requested"),
    ("merge_vault", "merge_vault_requested"),
    ("merge_conflicts", "merge_conflicts_requested"),
    None,
    ("practice_profile", "practice_profile_requested"),
    ("preferences", "preferences_requested"),
    None,
    ("lock", "lock_requested"),
    None,
    ("quit", "quit_requested"),
)

REFRESH_ACTIONS_EVENT = QEvent.Type(QEvent.registerEventType())
SHORTCUT_NOTES = str(QT_TRANSLATE_NOOP("MainWindow", "In the area list, the arrow keys move between areas."))


class MainWindow(QMainWindow):
    """Navigation on the left, the current area's page in the centre; the vault work is elsewhere.

    The File menu's commands are signals for the app controller. A command whose signal
    nothing is connected to is hidden, shortcut included, so the menu offers only what works.
    """

    new_vault_requested = Signal()
    open_vault_requested = Signal()
    change_passphrase_requested = Signal()
    back_up_requested = Signal()
    merge_vault_requested = Signal()
    merge_conflicts_requested = Signal()
    practice_profile_requested = Signal()
    preferences_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()
    area_changed = Signal(str)

    def __init__(self, registry: ActionRegistry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.registry = registry if registry is not None else ActionRegistry(self)
        self._signals: dict[str, SignalInstance] = {}
        self._pages: dict[str, QWidget] = {}
        self._save_status: QWidget | None = None

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(1)
        self.navigation.setUniformItemSizes(True)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setMinimumWidth(150)
        self.navigation.setStyleSheet(
            "QListWidget { background: palette(base); padding: 10px 8px; outline: 0;"
            " border-right: 1px solid palette(mid); }"
            "QListWidget::item { padding: 7px 8px; border-radius: 4px; color: palette(text); }"
            "QListWidget::item:hover { background: palette(alternate-base); }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current area"))
        self._add_areas()
        self.navigation.currentRowChanged.connect(self._area_selected)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self._navigation_width(), 1000])
        self.setCentralWidget(self._with_banner_space(self.splitter))

        self._build_menus()
        self.lock_keys = LockKeys(self.registry["lock"], self)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setContentsMargins(8, 0, 8, 0)
        self.statusBar().setStyleSheet("QStatusBar { border-top: 1px solid palette(mid); }")
        self.navigation.setCurrentRow(0)
        self.navigation.setFocus()
        self.resize(first_window_size(available_geometry(self)))  # until a saved geometry is restored
        self._refresh_pending = False
        self._ready = True
        self.refresh_actions()

    def _add_areas(self) -> None:
        """An item in the navigation, a page (its empty state at first) and a Go-to action per area."""
        for number, area in enumerate(AREAS, start=1):
            key = f"Ctrl+{number % 10}"  # the tenth area is Ctrl+0
            title = area.label
            item = QListWidgetItem(icon(area.name), title)
            item.setData(Qt.ItemDataRole.UserRole, area.name)
            item.setToolTip(self.tr("{area} ({keys})").format(area=title, keys=key))
            self.navigation.addItem(item)
            page = EmptyState.for_area(area.name)
            self._pages[area.name] = page
            self.stack.addWidget(page)
            self.registry.add(
                ActionSpec(
                    f"area_{area.name}",
                    title,
                    self.tr("Go to {area}").format(area=title),
                    GO_TO,
                    area.name,
                    (key,),
                )
            )
            self.registry.handle(f"area_{area.name}", partial(self.show_area, area.name))

    def _navigation_width(self) -> int:
        """As wide as the longest area title with its icon and padding: no wider, so that the areas
        keep the room on a small screen."""
        longest = max(self.navigation.fontMetrics().horizontalAdvance(area.label) for area in AREAS)
        padding = 2 * 8 + 2 * 8 + 8 + 12  # the list's and the item's padding, the icon's gap, a margin
        return min(NAVIGATION_WIDTH, max(self.navigation.minimumWidth(), longest + 20 + padding))

    # ----- menus and actions ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.aboutToShow.connect(self.refresh_actions)
        for entry in FILE_MENU:
            if entry is None:
                file_menu.addSeparator()
                continue
            name, signal_name = entry
            signal: SignalInstance = getattr(self, signal_name)
            self._signals[name] = signal
            self.registry.handle(name, signal.emit)
            file_menu.addAction(self.registry[name])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.registry.handle("shortcuts", self.show_shortcuts))
        help_menu.addSeparator()
        help_menu.addAction(self.registry.handle("about", self.show_about))

    def refresh_actions(self) -> None:
        """Offer each File command exactly when something is connected to its signal.

        Runs by itself soon after a connection to the window changes, and before the File menu
        or the shortcuts list is shown.
        """
        self._refresh_pending = False
        for name, signal in self._signals.items():
            self.registry.set_available(name, self.isSignalConnected(QMetaMethod.fromSignal(signal)))

    def _schedule_refresh(self) -> None:
        # (dis)connectNotify may run with Qt's connection lock held, even in the middle of an
        # emission: nothing there may touch a QObject, so the refresh is posted as an event.
        if getattr(self, "_ready", False) and not self._refresh_pending:
            self._refresh_pending = True
            QCoreApplication.postEvent(self, QEvent(REFRESH_ACTIONS_EVENT))

    def connectNotify(self, signal: QMetaMethod) -> None:
        super().connectNotify(signal)
        self._schedule_refresh()

    def disconnectNotify(self, signal: QMetaMethod) -> None:
        super().disconnectNotify(signal)
        self._schedule_refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            for row, area in enumerate(AREAS):
                self.navigation.item(row).setIcon(icon(area.name))
            self.registry.refresh_icons()

    def event(self, event: QEvent) -> bool:
        if event.type() == REFRESH_ACTIONS_EVENT:
            self.refresh_actions()
            return True
        return super().event(event)

    def show_shortcuts(self) -> ShortcutsDialog:
        self.refresh_actions()
        dialog = ShortcutsDialog(
            self.registry, self, notes=QCoreApplication.translate("MainWindow", SHORTCUT_NOTES)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- areas -------------------------------------------------------------------------------

    def _area_selected(self, row: int) -> None:
        if row < 0:
            return
        name = AREAS[row].name
        self.stack.setCurrentWidget(self._pages[name])
        self.area_changed.emit(name)

    def show_area(self, name: str) -> None:
        """Make ``name`` (one of ``AREA_NAMES``) the current area."""
        if name not in AREA_NAMES:
            raise ValueError(f"there is no area named {name!r}")
        self.navigation.setCurrentRow(AREA_NAMES.index(name))

    def current_area(self) -> str:
        return AREAS[self.navigation.currentRow()].name

    def page(self, name: str) -> QWidget:
        """The widget currently shown for area ``name``."""
        return self._pages[name]

    def set_area_view(self, name: str, view: QWidget) -> None:
        """Put ``view`` in place of area ``name``'s current page (its empty state at first)."""
        old = self._pages[name]
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[name] = view
        if self.current_area() == name:
            self.stack.setCurrentWidget(view)

    def clear(self) -> None:
        """Reset every page that holds data (each view's ``clear()``), for locking."""
        for page in self._pages.values():
            reset = getattr(page, "clear", None)
            if callable(reset):
                reset()
        self.statusBar().clearMessage()

    def _with_banner_space(self, content: QWidget) -> QWidget:
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(content, 1)
        return central

    def set_banner(self, banner: QWidget) -> None:
        """Show ``banner`` across the top of the window, above the areas (hide it to remove it)."""
        if self._central_layout.indexOf(banner) < 0:
            self._central_layout.insertWidget(0, banner)

    # ----- status bar --------------------------------------------------------------------------------

    def set_save_status_widget(self, widget: QWidget) -> None:
        """Show ``widget`` (the save state) permanently at the right of the status bar."""
        if self._save_status is widget:
            return
        if self._save_status is not None:
            self.statusBar().removeWidget(self._save_status)
            self._save_status.setParent(None)
        self._save_status = widget
        self.statusBar().addPermanentWidget(widget)
        widget.show()

    def save_status_widget(self) -> QWidget | None:
        return self._save_status

    # ----- UI state ------------------------------------------------------------------------------------

    def save_ui_state(self, settings: QSettings) -> None:
        """Geometry, splitter and the current area: UI state only, never anything about clients."""
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("area", self.current_area())
        settings.endGroup()

    def restore_ui_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_ui_state` kept; missing or unreadable values are ignored."""
        settings.beginGroup(SETTINGS_GROUP)
        try:
            geometry = _bytes(settings.value("geometry"))
            if geometry is not None:
                self.restoreGeometry(geometry)
            state = _bytes(settings.value("state"))
            if state is not None:
                self.restoreState(state)
            splitter = _bytes(settings.value("splitter"))
            if splitter is not None:
                self.splitter.restoreState(splitter)
            area = settings.value("area")
            if area in AREA_NAMES:
                self.show_area(str(area))
        finally:
            settings.endGroup()


def _bytes(value: Any) -> QByteArray | None:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    return None
