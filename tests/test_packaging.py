"""Linux desktop integration (desktop file, AppStream metainfo, icons, install.sh) and the app icon files."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk import __version__
from coachdesk.app import APP_ID

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SVG = REPO / "resources" / "icons" / "coachdesk.svg"
HICOLOR = LINUX / "icons" / "hicolor"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"install {name}: sh packaging/debian-packages.sh --test"
    return path


def _desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_desktop_file_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "coachdesk"
    assert entry["StartupWMClass"] == "CoachDesk"  # the application name Qt gives the window class


def test_the_metainfo_is_valid_and_describes_this_version() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for this version to the metainfo"


def test_the_icons_are_renderings_of_the_one_svg() -> None:
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == ICON_SVG.read_bytes()
    for size in PNG_SIZES:
        png = (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    ico = (PACKAGING / "windows" / "coachdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert sides == [16, 24, 32, 48, 64, 128, 256]
    icns = (PACKAGING / "macos" / "coachdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(re.findall(rb"ic(?:0[7-9]|1[0-4])", icns))


def test_the_window_icon_is_the_app_icon(qapp: object) -> None:
    from coachdesk.app import app_icon

    image = app_icon().pixmap(48, 48).toImage()
    assert not image.isNull()
    assert image.pixelColor(24, 24).alpha() == 255  # the padlock, drawn opaque
    assert image.pixelColor(0, 0).alpha() == 0  # outside the rounded tile


@pytest.fixture
def built_app(tmp_path: Path) -> Path:
    """A stand-in for dist/coachdesk/ laid out as the spec lays it out, with a tiny launcher."""
    bundle = tmp_path / "dist" / "coachdesk"
    (bundle / "share" / "applications").mkdir(parents=True)
    (bundle / "share" / "metainfo").mkdir(parents=True)
    shutil.copy2(DESKTOP, bundle / "share" / "applications")
    shutil.copy2(METAINFO, bundle / "share" / "metainfo")
    shutil.copytree(LINUX / "icons", bundle / "share" / "icons")
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    launcher = bundle / "coachdesk"
    launcher.write_text("#!/bin/sh\necho CoachDesk stand-in\n", encoding="utf-8")
    launcher.chmod(0o755)
    return bundle


def test_install_sh_installs_for_the_user_and_uninstalls(built_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    subprocess.run(["sh", str(built_app / "install.sh")], env=env, check=True, capture_output=True)
    app_dir = home / ".local" / "lib" / "coachdesk"
    data = home / ".local" / "share"
    command = home / ".local" / "bin" / "coachdesk"
    assert (
        subprocess.run([command], capture_output=True, text=True, check=True).stdout == "CoachDesk stand-in\n"
    )
    installed = data / "applications" / DESKTOP.name
    entry = _desktop_entry(installed)
    assert entry["Exec"] == f'"{app_dir}/coachdesk" %f'  # the full path, quoted: a home may hold spaces
    assert entry["TryExec"] == f"{app_dir}/coachdesk"
    validated = subprocess.run(
        [_tool("desktop-file-validate"), str(installed)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()
    vault = data / "CoachDesk" / "practice.coachdesk"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"the coach's vault")

    subprocess.run(
        ["sh", str(app_dir / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not app_dir.exists() and not command.exists() and not installed.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
    assert vault.read_bytes() == b"the coach's vault"
