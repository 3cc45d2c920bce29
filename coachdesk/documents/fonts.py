"""The DejaVu fonts every document uses, registered with reportlab once per process."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from coachdesk.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

# Family name -> (regular, bold). No italics are shipped: <i> falls back to the upright face.
FAMILIES = {SANS: (SANS, SANS_BOLD), SERIF: (SERIF, SERIF_BOLD), MONO: (MONO, MONO_BOLD)}

_lock = threading.Lock()


def register_fonts() -> None:
    """Register the DejaVu faces and their families (so ``<b>`` works); later calls do nothing."""
    with _lock:
        if MONO_BOLD in pdfmetrics.getRegisteredFontNames():
            return
        for family, (regular, bold) in FAMILIES.items():
            for face in (regular, bold):
                pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", f"{face}.ttf"))))
            pdfmetrics.registerFontFamily(family, normal=regular, bold=bold, italic=regular, boldItalic=bold)
