"""The names of the note templates CoachDesk ships, as the coach reads them."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP

# GROW, CLEAR and OSKAR are the proper names of coaching models: they read the same in every
# language. Only the plain words are translated.
_SHIPPED_WORDS = {"blank": QT_TRANSLATE_NOOP("NoteTemplateNames", "Blank")}


class _Template(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def shipped(self) -> bool: ...


def template_name(template: _Template) -> str:
    """A shipped template's name in the user's language; a coach's own template's name as typed."""
    if template.shipped and template.key in _SHIPPED_WORDS:
        return QCoreApplication.translate("NoteTemplateNames", _SHIPPED_WORDS[template.key])
    return template.name
