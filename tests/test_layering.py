"""The core packages never import Qt: they run headless and in scripts."""

from __future__ import annotations

import subprocess
import sys

CORE = ["coachdesk.domain", "coachdesk.vault", "coachdesk.services", "coachdesk.documents"]
SINGLE = ["coachdesk.cli", "coachdesk.cli_records", "coachdesk.self_test"]


def test_core_imports_with_pyside6_blocked() -> None:
    """Every module of the core packages, one by one, and the command line."""
    code = (
        "import importlib, pkgutil, sys; sys.modules['PySide6'] = None\n"
        f"for package in {CORE!r}:\n"
        "    root = importlib.import_module(package)\n"
        "    for found in pkgutil.walk_packages(root.__path__, package + '.'):\n"
        "        if not found.name.endswith('.migrations.env'):  # runs only inside Alembic\n"
        "            importlib.import_module(found.name)\n"
        + "".join(f"import {name}\n" for name in SINGLE)
        + "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_blocking_pyside6_really_blocks() -> None:
    code = "import sys; sys.modules['PySide6'] = None\nimport coachdesk.ui.unlock.unlock_window\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "PySide6" in result.stderr
