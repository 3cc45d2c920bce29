"""The recovery sheet PDF, the atomic file writer and the resource locator behind them."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk import resources
from coachdesk.documents.files import sha256_hex, write_file_atomically
from coachdesk.documents.fonts import FAMILIES, MONO, SANS, SANS_BOLD, register_fonts
from coachdesk.documents.recovery_sheet import TITLE, RecoverySheetData, RecoverySheetRenderer, long_date
from coachdesk.resources import resource_path
from coachdesk.vault.recovery import format_recovery_key

KEY = format_recovery_key(bytes(range(20)))
VAULT_NAME = "Zoë's practice.coachdesk"
CREATED = date(2025, 11, 27)
REPO = Path(__file__).resolve().parents[2]
POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="file modes are POSIX")


def _read(sheet: RecoverySheetData) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(RecoverySheetRenderer(sheet).render()))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def sheet_pdf() -> tuple[PdfReader, str]:
    return _read(RecoverySheetData(VAULT_NAME, KEY, CREATED, practice_name="Łukasz Żółć Coaching"))


# --- the recovery sheet ---------------------------------------------------------------------------


def test_the_key_is_printed_exactly_as_grouped(sheet_pdf: tuple[PdfReader, str]) -> None:
    _, text = sheet_pdf
    assert KEY.count("-") == 9
    assert KEY in text.splitlines()


def test_names_the_vault_file_the_practice_and_the_date(sheet_pdf: tuple[PdfReader, str]) -> None:
    _, text = sheet_pdf
    assert TITLE in text
    assert VAULT_NAME in text
    assert "Łukasz Żółć Coaching" in text
    assert "27 November 2025" in text


def test_says_what_it_is_how_to_use_it_and_how_to_keep_it(sheet_pdf: tuple[PdfReader, str]) -> None:
    flat = " ".join(sheet_pdf[1].split())
    for phrase in (
        "What this is",
        "if its passphrase is ever lost",
        "Anyone who holds this key and a copy of the vault file can open the vault",
        "How to use it",
        "“Use recovery key instead of the passphrase”",
        "coachdesk vault check --recovery-key FILE",
        "How to keep it",
        "locked drawer",
        "away from the computer",
        "Do not photograph, scan or e-mail it",
        "Where I keep this sheet:",
        "Page 1 of 1",
    ):
        assert phrase in flat, phrase


def test_is_exactly_one_page(sheet_pdf: tuple[PdfReader, str]) -> None:
    assert len(sheet_pdf[0].pages) == 1


def test_metadata_describes_the_sheet_but_never_holds_the_key(sheet_pdf: tuple[PdfReader, str]) -> None:
    metadata = sheet_pdf[0].metadata
    assert metadata is not None
    assert metadata.title == TITLE
    assert metadata.author == "CoachDesk"
    assert metadata.subject is not None and VAULT_NAME in metadata.subject
    assert metadata.creation_date is not None
    bare_key = KEY.replace("-", "")
    for value in metadata.values():
        assert KEY not in str(value)
        assert bare_key not in str(value).replace("-", "")


@pytest.mark.parametrize(
    ("vault_name", "practice"),
    [
        ("Дмитрий Иванов.coachdesk", "Ørsted & Partners <coaching>"),
        ("Zoë Ångström — praktijk.coachdesk", ""),
    ],
)
def test_non_ascii_and_markup_characters_print(vault_name: str, practice: str) -> None:
    reader, text = _read(RecoverySheetData(vault_name, KEY, date(2026, 1, 5), practice))
    assert vault_name in text
    assert practice in text
    assert "5 January 2026" in text
    assert len(reader.pages) == 1


def test_a_key_too_long_for_one_line_wraps_after_dashes_and_stays_on_one_page() -> None:
    key = "-".join(f"{i:02d}AB" for i in range(30))
    reader, text = _read(RecoverySheetData("practice.coachdesk", key, CREATED))
    assert len(reader.pages) == 1
    key_lines = [line.strip() for line in text.splitlines() if "AB" in line]
    assert len(key_lines) > 1
    assert all(line.endswith("-") for line in key_lines[:-1])
    assert "".join(key_lines) == key


def test_a_key_grouped_with_spaces_keeps_its_spaces() -> None:
    key = "abcd efgh ijkl mnop"
    assert key in _read(RecoverySheetData("practice.coachdesk", key, CREATED))[1].splitlines()


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="recovery key"):
        RecoverySheetData("practice.coachdesk", "  ", CREATED)


def test_long_dates_are_in_english_whatever_the_locale() -> None:
    assert long_date(date(2026, 3, 1)) == "1 March 2026"


def test_imports_with_pyside6_blocked() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import coachdesk.documents.recovery_sheet, coachdesk.documents.files\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m] is not None)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --- fonts ----------------------------------------------------------------------------------------


def test_fonts_register_once_with_bold_faces_in_each_family() -> None:
    from reportlab.lib.fonts import tt2ps  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

    register_fonts()
    register_fonts()
    assert {SANS, SANS_BOLD, MONO} <= set(pdfmetrics.getRegisteredFontNames())
    for family, (regular, bold) in FAMILIES.items():
        assert tt2ps(family, 0, 0) == regular
        assert tt2ps(family, 1, 0) == bold


# --- writing files --------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def test_sha256_hex() -> None:
    assert sha256_hex(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@POSIX_ONLY
def test_write_creates_the_file_readable_only_by_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_file_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


@POSIX_ONLY
def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old contents, longer than the new ones")
    target.chmod(0o644)
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_a_failed_replace_leaves_the_target_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def refuse(*_: object) -> None:
        raise OSError(errno.EACCES, "refused")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="refused"):
        write_file_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_disk_full_midway_leaves_the_target_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    real_write = os.write
    calls: list[int] = []

    def fill_up(fd: int, data: bytes | memoryview) -> int:
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data[:3])  # a short write: the rest must follow

    monkeypatch.setattr(os, "write", fill_up)
    with pytest.raises(OSError, match="No space"):
        write_file_atomically(target, b"new contents")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_file_atomically(tmp_path / "gone" / "sheet.pdf", b"new")
    assert os.listdir(tmp_path) == []


# --- resources ------------------------------------------------------------------------------------


@pytest.mark.parametrize("face", [face for faces in FAMILIES.values() for face in faces])
def test_resource_path_finds_the_fonts(face: str) -> None:
    path = resource_path("fonts", f"{face}.ttf")
    assert path.is_file()
    assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font


def test_the_font_licence_ships_with_the_fonts() -> None:
    text = resource_path("fonts", "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in text
    assert "Arev Fonts Copyright" in text


def test_a_missing_resource_is_named() -> None:
    with pytest.raises(FileNotFoundError, match=r"fonts/NoSuchFont\.ttf"):
        resource_path("fonts", "NoSuchFont.ttf")


@pytest.mark.parametrize("parts", [(), ("..", "pyproject.toml"), ("/etc", "passwd")])
def test_only_names_inside_the_resources_are_accepted(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="Not a resource name"):
        resource_path(*parts)


def test_a_frozen_app_uses_its_bundled_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    bundled.parent.mkdir(parents=True)
    bundled.write_bytes(b"bundled")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "DejaVuSans.ttf") == bundled


def test_an_installed_package_uses_its_own_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = tmp_path / "_resources"
    (installed / "fonts").mkdir(parents=True)
    (installed / "fonts" / "DejaVuSans.ttf").write_bytes(b"installed")
    monkeypatch.setattr(resources, "_INSTALLED", installed)
    assert resource_path("fonts", "DejaVuSans.ttf").read_bytes() == b"installed"


def test_no_resources_anywhere_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_INSTALLED", tmp_path / "absent")
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path)
    with pytest.raises(FileNotFoundError, match=r"fonts/DejaVuSans\.ttf.*resources folder is missing"):
        resource_path("fonts", "DejaVuSans.ttf")


def test_the_wheel_lists_every_package_and_resource_folder() -> None:
    """pyproject.toml lists packages by hand (see resources.py); this names any it misses."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["coachdesk._resources"] == "resources"
    code = {
        ".".join(folder.relative_to(REPO).parts)
        for folder in [REPO / "coachdesk", *(REPO / "coachdesk").rglob("*")]
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))
    }
    data = {"coachdesk._resources"} | {
        ".".join(("coachdesk._resources", *folder.relative_to(REPO / "resources").parts))
        for folder in (REPO / "resources").rglob("*")
        if folder.is_dir()
        and all(part.isidentifier() for part in folder.relative_to(REPO / "resources").parts)
    }
    listed = set(config["packages"])
    assert not (code | data) - listed, "add these to [tool.setuptools] packages in pyproject.toml"
    assert not listed - (code | data), "these packages no longer exist; remove them from pyproject.toml"


def test_password_protected_pdf_needs_its_password() -> None:
    import io

    from pypdf import PdfReader

    from coachdesk.documents.files import protect_with_password

    pdf = RecoverySheetRenderer(RecoverySheetData("v.coachdesk", "ABCD-EFGH", date(2026, 11, 27))).render()
    locked = protect_with_password(pdf, "a long password")
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    assert reader.decrypt("a long password") != 0
    assert "ABCD-EFGH" in reader.pages[0].extract_text()
    with pytest.raises(ValueError, match="8 characters"):
        protect_with_password(pdf, "short")
