"""What the app loads before the coach asks for it: the main window opens with every area, and the
PDF libraries (reportlab, pypdf: about 30 MB together) wait for the first document drawn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = """
import sys
from pathlib import Path
from coachdesk.app import load_model_before_qt
load_model_before_qt()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from coachdesk.ui.shell.app_controller import AppController
app = QApplication([])
folder = Path(sys.argv[1])
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
controller = AppController(folder / "v.coachdesk", settings)
window = controller.main_window  # every area's view is built
assert len(controller.workspace.views) == 10, controller.workspace.views
print(" ".join(sorted(m for m in ("reportlab", "pypdf", "pypdfium2") if m in sys.modules)) or "-")
"""


def test_the_main_window_opens_without_the_pdf_libraries(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert found.returncode == 0, found.stderr[-2000:]
    assert found.stdout.split()[-1] == "-", f"loaded before any document was drawn: {found.stdout}"
