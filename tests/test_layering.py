"""The layers hold: the core packages never import Qt, and no module imports one that imports it back."""

from __future__ import annotations

import subprocess
import sys

import grimp

CORE = ["coachdesk.domain", "coachdesk.vault", "coachdesk.services", "coachdesk.documents"]
SINGLE = ["coachdesk.cli", "coachdesk.cli_records", "coachdesk.cli_secrets", "coachdesk.self_test"]


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


def mutual_imports(graph: grimp.ImportGraph) -> list[tuple[str, str]]:
    """Pairs of modules that import each other (at any level, inside functions and type checks too)."""
    pairs = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if module in graph.find_modules_directly_imported_by(imported):
                pairs.add((min(module, imported), max(module, imported)))
    return sorted(pairs)


def test_no_module_imports_one_that_imports_it_back() -> None:
    offenders = mutual_imports(grimp.build_graph("coachdesk", cache_dir=None))
    assert offenders == [], "modules importing each other:\n" + "\n".join(
        f"{a} <-> {b}" for a, b in offenders
    )


def test_mutual_imports_are_found() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    assert mutual_imports(graph) == [("pkg.a", "pkg.b")]
