"""A translator that finds a text a base class wrote with ``self.tr`` under the base class's name."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTranslator

UI_PACKAGE = "coachdesk.ui"


def _subclasses(root: type) -> list[type]:
    found: list[type] = []
    stack = [root]
    while stack:
        subclasses: list[type] = stack.pop().__subclasses__()
        for sub in subclasses:
            found.append(sub)
            stack.append(sub)
    return found


# context → its chain; emptied when modules were imported since (a class asked for may be new).
_chains: dict[str, tuple[str, ...]] = {}
_modules_seen = [0]


def context_chain(context: str) -> tuple[str, ...]:
    """The names of the classes of ``coachdesk.ui`` that the class named ``context`` derives from,
    nearest first (not itself); empty when no class of the UI has that name."""
    if len(sys.modules) != _modules_seen[0]:
        _chains.clear()
        _modules_seen[0] = len(sys.modules)
    if context not in _chains:
        _chains[context] = _find_chain(context)
    return _chains[context]


def _find_chain(context: str) -> tuple[str, ...]:
    for cls in _subclasses(QObject):
        if cls.__name__ == context and cls.__module__.startswith(UI_PACKAGE + "."):
            return tuple(
                base.__name__
                for base in cls.__mro__[1:]
                if base.__module__.startswith(UI_PACKAGE + ".") and issubclass(base, QObject)
            )
    return ()


class InheritingTranslator(QTranslator):
    """PySide6's ``self.tr`` asks under the name of the object's own class, while lupdate filed the
    text under the class whose code calls ``self.tr``: a base class. When the asked context has no
    entry, this translator asks again under each base class of ``coachdesk.ui``.

    PySide6 6.11 retries under the base classes by itself (tests/gui/test_translation_fallback.py
    shows what it asks); this keeps inherited texts translated on the older 6.x the pin allows, and
    for ``QCoreApplication.translate`` called with a subclass's name."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # None: not translated here (an empty string would be a translation)
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        for base in context_chain(context):
            found = super().translate(base, source_text, disambiguation, n)
            if found:
                return found
        return None
