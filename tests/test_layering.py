"""The core packages never import Qt: they run headless and in scripts."""

from __future__ import annotations

import subprocess
import sys

CORE = ["coachdesk.domain", "coachdesk.vault", "coachdesk.services", "coachdesk.documents", "coachdesk.cli"]


def test_core_imports_with_pyside6_blocked() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in CORE)
        + "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_blocking_pyside6_really_blocks() -> None:
    code = "import sys; sys.modules['PySide6'] = None\nimport coachdesk.ui.unlock_window\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "PySide6" in result.stderr
