"""An export never lands on a vault, its lock or its backups, and carries the right ending."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.services.errors import ValidationError
from coachdesk.services.export_target import check_export_folder, check_export_target
from coachdesk.vault.format import MAGIC


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "practice.coachdesk"
    path.write_bytes(MAGIC + b"rest of a vault")
    (tmp_path / "practice.coachdesk-backups").mkdir()
    return path


def _refused(path: Path, suffixes: tuple[str, ...], vaults: tuple[Path, ...] = ()) -> str:
    with pytest.raises(ValidationError) as refused:
        check_export_target(path, suffixes, vaults)
    return refused.value.message


def test_a_fresh_file_with_the_right_ending_is_accepted(vault: Path) -> None:
    assert (
        check_export_target(vault.parent / "agreement.pdf", [".pdf"], [vault])
        == vault.parent / "agreement.pdf"
    )
    assert check_export_target(vault.parent / "Agreement.PDF", [".pdf"], [vault]).name == "Agreement.PDF"


def test_the_vault_itself_is_refused_whatever_the_ending_list(vault: Path) -> None:
    assert "is your vault" in _refused(vault, (".coachdesk", ".ics"), (vault,))
    assert "is your vault" in _refused(vault, (".ics",), (vault,))


def test_the_vault_reached_through_a_link_or_a_dotted_path_is_refused(vault: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere.ics"
    link.symlink_to(vault)
    assert "is your vault" in _refused(link, (".ics",), (vault,))
    assert "is a CoachDesk vault" in _refused(link, (".ics",))  # even when the vault is not named
    dotted = tmp_path / "sub" / ".." / "practice.coachdesk"
    (tmp_path / "sub").mkdir()
    assert "is your vault" in _refused(dotted, (".coachdesk",), (vault,))


def test_lock_file_and_backups_folder_are_refused(vault: Path) -> None:
    assert "lock file" in _refused(vault.parent / "practice.coachdesk.lock", (".lock",), (vault,))
    inside = vault.parent / "practice.coachdesk-backups" / "report.pdf"
    assert "backups" in _refused(inside, (".pdf",), (vault,))


def test_any_existing_vault_file_is_refused_even_when_not_named(vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "old practice.pdf"
    other.write_bytes(MAGIC + b"another vault")
    assert "is a CoachDesk vault" in _refused(other, (".pdf",))


def test_an_existing_ordinary_file_may_be_replaced(tmp_path: Path) -> None:
    old = tmp_path / "hours.csv"
    old.write_text("old log")
    assert check_export_target(old, [".csv"]) == old


def test_a_folder_is_refused_as_a_file_target(tmp_path: Path) -> None:
    folder = tmp_path / "letters.pdf"
    folder.mkdir()
    assert "is a folder" in _refused(folder, (".pdf",))


def test_the_wrong_ending_names_the_right_one(tmp_path: Path) -> None:
    assert _refused(tmp_path / "calendar.txt", (".ics",)) == (
        "A calendar file ends in .ics: choose a name like calendar.ics."
    )


def test_a_client_export_folder_is_never_the_vault_or_its_backups(vault: Path, tmp_path: Path) -> None:
    assert check_export_folder(tmp_path / "Zoë's records", [vault]) == tmp_path / "Zoë's records"
    for bad in (
        vault,
        vault.parent / "practice.coachdesk-backups",
        vault.parent / "practice.coachdesk-backups" / "x",
    ):
        with pytest.raises(ValidationError):
            check_export_folder(bad, [vault])
