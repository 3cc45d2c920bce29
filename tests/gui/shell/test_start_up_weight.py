"""What the app loads before the coach asks for it: the unlock window shows before the database
libraries, which load behind it; the main window opens with every area, and the PDF libraries
(reportlab, pypdf: about 30 MB together) wait for the first document drawn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_CONTROLLER = """
import linecache
import sys
import time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from coachdesk.ui.shell.app_controller import AppController
app = QApplication([])
folder = Path(sys.argv[1])
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
controller = AppController(folder / "v.coachdesk", settings)
"""

_MAIN_WINDOW = """
window = controller.main_window  # every area's view is built
assert len(controller.workspace.views) == 10, controller.workspace.views
print(" ".join(sorted(m for m in ("reportlab", "pypdf", "pypdfium2") if m in sys.modules)) or "-")
"""

_UNLOCK_WINDOW = """
controller.start()
heavy = ("sqlalchemy", "sqlmodel", "coachdesk.domain.tables", "coachdesk.vault.vault")
shown_with = [m for m in heavy if m in sys.modules]
deadline = time.monotonic() + 60
while (controller.loading is None or controller.loading.is_alive()) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print(",".join(shown_with) or "-", ",".join(m for m in heavy if m in sys.modules), len(linecache.cache))
"""


def _probe(steps: str, folder: Path) -> list[str]:
    """What a new app process, its controller made, prints after ``steps``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found = subprocess.run(
        [sys.executable, "-c", _CONTROLLER + steps, str(folder)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert found.returncode == 0, found.stderr[-2000:]
    return found.stdout.split()


def test_the_main_window_opens_without_the_pdf_libraries(tmp_path: Path) -> None:
    printed = _probe(_MAIN_WINDOW, tmp_path)
    assert printed[-1] == "-", f"loaded before any document was drawn: {printed}"


def test_the_unlock_window_shows_before_the_database_libraries_which_load_behind_it(tmp_path: Path) -> None:
    shown_with, loaded, cached_sources = _probe(_UNLOCK_WINDOW, tmp_path)[-3:]
    assert shown_with == "-"  # the window did not wait for them
    assert loaded == "sqlalchemy,sqlmodel,coachdesk.domain.tables,coachdesk.vault.vault"  # loaded meanwhile
    assert cached_sources == "0"  # and the source text Qt's import hook read of them is let go
