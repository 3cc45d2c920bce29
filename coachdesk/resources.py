"""Finds the files shipped under ``resources/`` (fonts, icons, clause templates, translations).

One locator for the three ways CoachDesk runs; the first folder that exists wins:

1. Frozen by PyInstaller: ``sys._MEIPASS / "resources"``. The spec bundles the repository's
   ``resources/`` folder under that name (``datas=[("../resources", "resources")]`` in
   ``packaging/coachdesk.spec``).
2. Installed from a wheel: ``coachdesk/_resources`` inside the installed package. pyproject.toml
   maps the package ``coachdesk._resources`` to the repository's ``resources/`` folder
   (``[tool.setuptools.package-dir]``) and ships every file in it as package data, so the wheel
   and the sdist carry the same files as the checkout.
3. A source checkout (or an editable install): ``resources/`` in the repository root, beside the
   ``coachdesk`` package and ``pyproject.toml``.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

RESOURCES = "resources"
_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_resources"
_CHECKOUT = _PACKAGE.parent


def resource_roots() -> list[Path]:
    """The folders that may hold the resources, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        roots.append(Path(bundle) / RESOURCES)
    roots.append(_INSTALLED)
    if (_CHECKOUT / "pyproject.toml").is_file():  # never pick up a stray site-packages/resources
        roots.append(_CHECKOUT / RESOURCES)
    return roots


def resource_root() -> Path:
    """The folder holding the resources; FileNotFoundError when there is none."""
    for root in resource_roots():
        if root.is_dir():
            return root
    searched = ", ".join(str(root) for root in resource_roots())
    raise FileNotFoundError(f"CoachDesk's resources folder is missing (looked in: {searched}).")


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    relative = PurePath(*parts)
    if not parts or relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"Not a resource name: {relative}")
    try:
        root = resource_root()
    except FileNotFoundError as missing:
        raise FileNotFoundError(f"Resource {relative.as_posix()} not found: {missing}") from None
    path = root / relative
    if not path.exists():
        raise FileNotFoundError(f"Resource {relative.as_posix()} not found in {root}.")
    return path
