"""Comparing a printed recovery sheet with the sheet's PDF, picture to picture (the print holds no text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2  # type: ignore[import-untyped, unused-ignore]
from PIL import Image, ImageChops, ImageFilter

from coachdesk.documents.recovery_sheet import RecoverySheetData, RecoverySheetRenderer

# Brightest difference (0-255) between two softened pictures of the same sheet: edges drawn a fraction
# of a point apart stay under it; one character of the key changed goes well over (about 130).
SAME_SHEET = 80


def _picture(source: Path | bytes) -> Any:
    document = pypdfium2.PdfDocument(str(source) if isinstance(source, Path) else source)
    try:
        page = document[0]
        image = page.render(scale=2, grayscale=True).to_pil()
        page.close()
    finally:
        document.close()
    return image.resize((595, 842), Image.Resampling.BOX).filter(ImageFilter.GaussianBlur(1))


def matches_sheet(printed: Path, vault_name: str, key: str, day: date | None = None) -> bool:
    """True when the first page of ``printed`` looks like the sheet of ``key`` for ``vault_name``."""
    sheet = RecoverySheetRenderer(RecoverySheetData(vault_name, key, day or date.today())).render()
    difference = ImageChops.difference(_picture(printed), _picture(sheet))
    return bool(difference.getextrema()[1] < SAME_SHEET)
