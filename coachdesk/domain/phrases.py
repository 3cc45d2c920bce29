"""Words below the UI that the coach reads, marked for translation and translated once the app says how.

Services and rules write their messages in English through ``phrase`` (and ``phrase_n`` for a
count). ``pyside6-lupdate`` collects them into the catalogs (``packaging/translations.sh`` names
``phrase`` an alias of Qt's ``QT_TRANSLATE_NOOP`` and ``phrase_n`` one of ``tr``: lupdate makes an
entry plural only for ``tr``-shaped calls whose count is a variable), and the app installs Qt's
translator here at start, so a message is raised already in the coach's language. The command
line installs none: it speaks English. Documents never use this: they print in the client's
language, not the coach's.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source text, count or -1) → the text in the app's language.
Translator = Callable[[str, str, int], str]


def _english(context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


# The one translator in use, replaced by use_translator (a list so that no global is rebound).
_installed: list[Translator] = [_english]


def use_translator(translator: Translator | None) -> None:
    """Translate every later ``phrase`` with ``translator``; ``None`` goes back to English."""
    _installed[0] = translator or _english


def phrase(context: str, text: str) -> str:
    """``text`` in the app's language (English until the UI installs its translator)."""
    return _installed[0](context, text, -1)


# The context lupdate files tr-shaped calls outside a Qt class under.
COUNTED = ""


def phrase_n(text: str, disambiguation: str, n: int) -> str:
    """``text`` with ``%n`` replaced by ``n``, in the plural form the app's language takes for it.

    Shaped like Qt's ``tr(text, disambiguation, n)`` (pass ``""`` for no disambiguation), so that
    lupdate records the entry's plural forms.
    """
    del disambiguation  # read by lupdate only
    return _installed[0](COUNTED, text, n)
