"""The one registry of named actions: text, tooltip, icon and standard shortcut for each command."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from coachdesk.ui.kit.icons import icon
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey | str
StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """What an action is called, what it does, and the keys that trigger it.

    ``keys`` are alternatives, each a standard key (expanded to the platform's bindings) or
    a portable key string; ``fallback`` is used when the platform binds none of them (Qt has
    no standard Quit key on Windows, for instance).
    """

    name: str
    text: str
    description: str
    group: str
    icon: str | None = None
    keys: tuple[Key, ...] = ()
    fallback: str | None = None
    role: QAction.MenuRole = QAction.MenuRole.NoRole


class Shortcut(NamedTuple):
    """One row of the keyboard shortcuts list."""

    name: str
    group: str
    text: str
    keys: str


# Groups, in the order the shortcuts list shows them.
VAULT = QT_TRANSLATE_NOOP("ActionRegistry", "Vault")
PRACTICE = QT_TRANSLATE_NOOP("ActionRegistry", "Practice")
FIND = QT_TRANSLATE_NOOP("ActionRegistry", "Find")
GO_TO = QT_TRANSLATE_NOOP("ActionRegistry", "Go to")
HELP = QT_TRANSLATE_NOOP("ActionRegistry", "Help")
GROUPS = (VAULT, PRACTICE, FIND, GO_TO, HELP)

STANDARD_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_client",
        QT_TRANSLATE_NOOP("ActionRegistry", "New &client…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Add a client to the practice"),
        PRACTICE,
        icon="clients",
        keys=("Ctrl+Shift+N",),
    ),
    ActionSpec(
        "new_session",
        QT_TRANSLATE_NOOP("ActionRegistry", "New &session…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Schedule a coaching session"),
        PRACTICE,
        icon="sessions",
        keys=("Ctrl+Shift+S",),
    ),
    ActionSpec(
        "log_session",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Log a completed session…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Record a session that has just taken place"),
        PRACTICE,
        icon="log_session",
        keys=("Ctrl+Shift+L",),
    ),
    ActionSpec(
        "new_agreement",
        QT_TRANSLATE_NOOP("ActionRegistry", "New &agreement…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Draft a coaching agreement for a client"),
        PRACTICE,
        icon="agreements",
        keys=("Ctrl+Shift+A",),
    ),
    ActionSpec(
        "import_clients",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Import clients…"),
        QT_TRANSLATE_NOOP(
            "ActionRegistry", "Add clients from a spreadsheet (CSV) or an address book (vCard)"
        ),
        PRACTICE,
        icon="import",
    ),
    ActionSpec(
        "new_vault",
        QT_TRANSLATE_NOOP("ActionRegistry", "&New vault…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Create a new, empty practice vault"),
        VAULT,
        "new_vault",
        (StandardKey.New,),
    ),
    ActionSpec(
        "open_vault",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Open vault…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Open another practice vault"),
        VAULT,
        "open_vault",
        (StandardKey.Open,),
    ),
    ActionSpec(
        "change_passphrase",
        QT_TRANSLATE_NOOP("ActionRegistry", "Change &passphrase…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Choose a new passphrase for this vault"),
        VAULT,
        "passphrase",
    ),
    ActionSpec(
        "back_up",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Back up now…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Write an encrypted copy of the vault to a folder you choose"),
        VAULT,
        "back_up",
    ),
    ActionSpec(
        "merge_vault",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Merge another vault…"),
        QT_TRANSLATE_NOOP(
            "ActionRegistry",
            "Take in the changes of another copy of this vault (from another computer or a sync tool)",
        ),
        VAULT,
        "merge_vault",
    ),
    ActionSpec(
        "merge_conflicts",
        QT_TRANSLATE_NOOP("ActionRegistry", "Merge &conflicts to review…"),
        QT_TRANSLATE_NOOP(
            "ActionRegistry", "Fields changed in both copies of the vault: the value kept and the other one"
        ),
        VAULT,
        "merge_conflicts",
    ),
    ActionSpec(
        "practice_profile",
        QT_TRANSLATE_NOOP("ActionRegistry", "Practice pro&file…"),
        QT_TRANSLATE_NOOP(
            "ActionRegistry", "Your name, credentials and the practice terms your agreements print"
        ),
        VAULT,
        "practice_profile",
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("ActionRegistry", "P&references…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "When CoachDesk locks itself, and where backups go"),
        VAULT,
        "preferences",
        (StandardKey.Preferences,),
        role=QAction.MenuRole.PreferencesRole,
    ),
    ActionSpec(
        "lock",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Lock"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Save, close the vault and clear the screen"),
        VAULT,
        "lock",
        ("Ctrl+L",),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Quit"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Save and close CoachDesk"),
        VAULT,
        "quit",
        (StandardKey.Quit,),
        fallback="Ctrl+Q",
        role=QAction.MenuRole.QuitRole,
    ),
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Search…"),
        QT_TRANSLATE_NOOP("ActionRegistry", "Search clients, notes, goals and action items"),
        FIND,
        "search",
        ("Ctrl+K", StandardKey.Find),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("ActionRegistry", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("ActionRegistry", "List every keyboard shortcut"),
        HELP,
        "shortcuts",
        (StandardKey.HelpContents,),
        fallback="F1",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("ActionRegistry", "&About CoachDesk"),
        QT_TRANSLATE_NOOP("ActionRegistry", "The version of CoachDesk and how it keeps your data"),
        HELP,
        "about",
        role=QAction.MenuRole.AboutRole,
    ),
)


def plain_text(text: str) -> str:
    """Menu text without its mnemonic marker: "&Back up now…" -> "Back up now…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _translated(text: str) -> str:
    """``text`` in the user's language; specs carry English marked for the ``ActionRegistry`` context."""
    return QCoreApplication.translate("ActionRegistry", text)


def _bindings(key: Key) -> list[QKeySequence]:
    if isinstance(key, str):
        return [QKeySequence(key)]
    return [sequence for sequence in QKeySequence.keyBindings(key) if not sequence.isEmpty()]


class ActionRegistry:
    """Creates every named action once; features ``handle`` the ones they implement.

    An action nobody handles stays hidden and disabled: it appears in no menu, its shortcut
    does nothing, and it is left out of :meth:`shortcuts`. So no button is ever dead.
    """

    def __init__(self, parent: QWidget, specs: tuple[ActionSpec, ...] = STANDARD_ACTIONS) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        for spec in specs:
            self.add(spec)

    def add(self, spec: ActionSpec) -> QAction:
        """Create the action for ``spec`` (hidden until handled) and return it."""
        if spec.name in self._actions:
            raise ValueError(f"an action named {spec.name!r} is already registered")
        text = _translated(spec.text)
        description = _translated(spec.description)
        action = QAction(text, self._parent)
        action.setObjectName(spec.name)
        action.setMenuRole(spec.role)
        if spec.icon is not None:
            action.setIcon(icon(spec.icon))
        sequences = self._sequences(spec)
        action.setShortcuts(sequences)
        keys = self.key_text(spec)
        action.setToolTip(f"{description} ({keys})" if keys else description)
        action.setStatusTip(description)
        action.setVisible(False)
        action.setEnabled(False)
        self._parent.addAction(action)  # shortcuts work without a menu holding the action
        self._actions[spec.name] = action
        self._specs[spec.name] = spec
        return action

    @staticmethod
    def _sequences(spec: ActionSpec) -> list[QKeySequence]:
        sequences: list[QKeySequence] = []
        for key in spec.keys:
            sequences.extend(s for s in _bindings(key) if s not in sequences)
        if not sequences and spec.fallback:
            sequences.append(QKeySequence(spec.fallback))
        return sequences

    @staticmethod
    def key_text(spec: ActionSpec) -> str:
        """The keys a person would type, in the platform's notation: "Ctrl+K, Ctrl+F"."""
        primary: list[str] = []
        for key in spec.keys:
            bindings = _bindings(key)
            if bindings:
                text = bindings[0].toString(QKeySequence.SequenceFormat.NativeText)
                if text not in primary:
                    primary.append(text)
        if not primary and spec.fallback:
            primary.append(QKeySequence(spec.fallback).toString(QKeySequence.SequenceFormat.NativeText))
        return ", ".join(primary)

    def refresh_icons(self) -> None:
        """Redraw every icon in the current palette's colours (after a switch to dark mode, say)."""
        for name, spec in self._specs.items():
            if spec.icon is not None:
                self._actions[name].setIcon(icon(spec.icon))

    def handle(self, name: str, slot: Callable[[], Any]) -> QAction:
        """Connect ``slot`` to the action's ``triggered`` signal and make the action available."""
        action = self[name]
        action.triggered.connect(lambda _checked=False: slot())
        self.set_available(name, True)
        return action

    def set_available(self, name: str, available: bool) -> None:
        """Show and enable the action, or hide and disable it (its shortcut with it)."""
        action = self[name]
        action.setVisible(available)
        action.setEnabled(available)

    def is_available(self, name: str) -> bool:
        return self[name].isVisible()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def spec(self, name: str) -> ActionSpec:
        return self._specs[name]

    def shortcuts(self) -> list[Shortcut]:
        """Every available action that has a key, by group (``GROUPS`` order), then in registration order."""
        rows = []
        for name, spec in self._specs.items():
            keys = self.key_text(spec)
            if keys and self.is_available(name):
                rows.append(
                    (
                        spec.group,
                        Shortcut(name, _translated(spec.group), plain_text(_translated(spec.text)), keys),
                    )
                )
        order = {group: index for index, group in enumerate(GROUPS)}
        return [row for _group, row in sorted(rows, key=lambda pair: order.get(pair[0], len(GROUPS)))]
