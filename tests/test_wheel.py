"""The sdist and wheel carry resources/ and the migrations, and the installed wheel runs its self-test."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from coachdesk import __version__

pytestmark = pytest.mark.slow  # builds twice and installs the dependencies into a new venv (about a minute)

REPO = Path(__file__).resolve().parents[1]
# What the app reads as files at run time; each must be in both distributions.
RUNTIME_FILES = [
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSerif-Bold.ttf",
    "resources/fonts/LICENSE",
    "resources/clauses/agreement.txt",
    "resources/credentials/development.json",
    "resources/credentials/icf-experience.json",
    "resources/icons/coachdesk.svg",
    "resources/note_templates/grow.md",
    "resources/translations/coachdesk_de.qm",  # committed, compiled by packaging/translations.sh
    "resources/translations/coachdesk_fr.qm",
    "coachdesk/vault/migrations/env.py",
    "coachdesk/vault/migrations/script.py.mako",
    "coachdesk/vault/migrations/versions/0001_practice_tables.py",
]
LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "__pycache__", "*.egg-info", ".*_cache", ".hypothesis"
)


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel, built from a copy of the checkout (the wheel is built from the sdist)."""
    work = tmp_path_factory.mktemp("build")
    source = work / "source"
    shutil.copytree(REPO, source, ignore=LEFT_OUT)
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(work / "dist"), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,) = (work / "dist").glob("coachdesk-*.tar.gz")
    (wheel,) = (work / "dist").glob("coachdesk-*.whl")
    return sdist, wheel


def test_the_sdist_carries_the_runtime_files(distributions: tuple[Path, Path]) -> None:
    sdist, _wheel = distributions
    assert sdist.name == f"coachdesk-{__version__}.tar.gz"
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = [name for name in RUNTIME_FILES if name not in names]
    assert not missing, f"the sdist lacks {missing}"


def test_the_wheel_carries_the_runtime_files(distributions: tuple[Path, Path]) -> None:
    _sdist, wheel = distributions
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(f"coachdesk-{__version__}.dist-info/entry_points.txt").decode()
    in_wheel = [name.replace("resources/", "coachdesk/_resources/", 1) for name in RUNTIME_FILES]
    missing = [name for name in in_wheel if name not in names]
    assert not missing, f"the wheel lacks {missing}"
    assert "coachdesk = coachdesk.cli:command" in entry_points


def test_the_installed_wheel_runs(distributions: tuple[Path, Path], tmp_path: Path) -> None:
    """Installed into a new venv (dependencies from the package index, through pip's cache)."""
    _sdist, wheel = distributions
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-compile", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    command = venv / "bin" / "coachdesk"
    # Run from elsewhere, so nothing can come from the checkout.
    version = subprocess.run([command, "--version"], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"CoachDesk {__version__}"
    checked = subprocess.run(
        [command, "--self-test"], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    assert f"resources: found in {site_packages / 'coachdesk' / '_resources'}" in checked.stdout
