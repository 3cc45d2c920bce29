"""The one icon set, looked up by names in the coach's language ("clients", "lock")."""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# Material Design Icons 6 glyphs, bundled as a font with qtawesome: one consistent outline style.
GLYPHS: dict[str, str] = {
    "coachdesk": "mdi6.book-lock-outline",
    # areas
    "dashboard": "mdi6.view-dashboard-outline",
    "clients": "mdi6.account-multiple-outline",
    "sessions": "mdi6.calendar-clock-outline",
    "agreements": "mdi6.file-sign",
    "referrals": "mdi6.account-arrow-right-outline",
    "directory": "mdi6.card-account-phone-outline",
    "organisations": "mdi6.domain",
    "ethics": "mdi6.scale-balance",
    "reports": "mdi6.chart-box-outline",
    "invoices": "mdi6.receipt-text-outline",
    # vault and window actions
    "new_vault": "mdi6.file-plus-outline",
    "open_vault": "mdi6.folder-open-outline",
    "passphrase": "mdi6.form-textbox-password",
    "back_up": "mdi6.content-save-move-outline",
    "merge_vault": "mdi6.source-merge",
    "merge_conflicts": "mdi6.file-compare",
    "practice_profile": "mdi6.card-account-details-outline",
    "preferences": "mdi6.cog-outline",
    "lock": "mdi6.lock-outline",
    "quit": "mdi6.exit-to-app",
    "search": "mdi6.magnify",
    "log_session": "mdi6.clipboard-check-outline",
    "import": "mdi6.account-arrow-left-outline",
    "shortcuts": "mdi6.keyboard-outline",
    "about": "mdi6.information-outline",
}

_font: Any = None
_PREFIX = "mdi6"
_FONT_FILE = "materialdesignicons6-webfont-"  # then the version, as qtawesome bundles it


def _icon_font() -> Any:
    """The Material Design Icons 6 font, loaded on first use and alone.

    qtawesome's own ``icon()`` loads every font it bundles (twelve, with their glyph tables) on
    first use, about 20 MB the app never draws from; only the one set is loaded here. Imported on
    first use, so it stays off the unlock window's start-up path. False without qtawesome.
    """
    global _font  # noqa: PLW0603 - a lazily loaded font, not application state
    if _font is None:
        os.environ.setdefault("QT_API", "pyside6")
        try:
            import qtawesome  # type: ignore[import-untyped, import-not-found, unused-ignore]
            from qtawesome.iconic_font import IconicFont  # type: ignore[import-untyped, import-not-found, unused-ignore]
        except ImportError:
            log.warning("qtawesome is not installed; CoachDesk runs without icons")
            _font = False
        else:
            _font = _material_design(qtawesome, IconicFont)
    return _font


def _material_design(qtawesome: Any, iconic_font: Any) -> Any:
    """An icon font holding only the Material Design Icons 6 set (qtawesome's, whole, if its
    files are not where qtawesome says its fonts are)."""
    directory, files = qtawesome.get_fonts_info()
    font_file = next((name for name in sorted(files) if name.startswith(_FONT_FILE)), None)
    if font_file is not None:
        charmap = font_file.replace("-webfont-", "-webfont-charmap-").removesuffix(".ttf") + ".json"
        if os.path.exists(os.path.join(directory, charmap)):
            return iconic_font((_PREFIX, font_file, charmap, directory))
    log.warning("the icon font's files were not found alone; loading every qtawesome font")
    return qtawesome


def icon(name: str) -> QIcon:
    """The icon for ``name`` in the application palette's colours; an empty icon without the icon font."""
    glyph = GLYPHS[name]  # an unknown name is a programming error, not a missing icon
    font = _icon_font()
    if not font:
        return QIcon()
    palette = QApplication.palette()
    drawn: QIcon = font.icon(
        glyph,
        color=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
        color_selected=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
    )
    return drawn


def muted_icon(name: str) -> QIcon:
    """The icon for ``name`` in a quiet colour, for illustrations such as empty states."""
    glyph = GLYPHS[name]
    font = _icon_font()
    if not font:
        return QIcon()
    drawn: QIcon = font.icon(glyph, color=QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
    return drawn


def available() -> bool:
    """Whether icons can be drawn (the icon font is installed)."""
    return bool(_icon_font())
