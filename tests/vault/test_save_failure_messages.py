"""Save and read failures say what happened in a sentence, even without an error number."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.vault import VaultNotFound, restore_backup
from coachdesk.vault.storage import read_failed, save_failed


def test_a_save_failure_without_an_error_number_gives_the_systems_reason() -> None:
    message = str(save_failed(OSError("quota daemon unreachable"), Path("/x/practice.coachdesk")))
    assert message == (
        "Could not save practice.coachdesk: the system refused the write. Nothing was lost: your "
        "changes are kept in memory and the file on disk is unchanged. Try again, then save again."
    )


def test_a_save_failure_with_an_unknown_number_gives_its_text() -> None:
    error = OSError(12345, "Stale handle on the share")
    message = str(save_failed(error, Path("/x/practice.coachdesk")))
    assert message.startswith(
        "Could not save practice.coachdesk: Stale handle on the share. Nothing was lost"
    )
    assert message.endswith("Try again, then save again.")


def test_a_read_failure_without_an_error_number_gives_the_systems_reason() -> None:
    message = str(read_failed(OSError("odd"), Path("/x/practice.coachdesk")))
    assert message == "CoachDesk could not read practice.coachdesk: the system refused; try again."


def test_restoring_from_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "practice.coachdesk-backups"
    folder.mkdir()
    with pytest.raises(VaultNotFound) as caught:
        restore_backup(folder, tmp_path / "restored.coachdesk")
    assert str(caught.value) == f"{folder} is a folder, not a vault file."
    assert not (tmp_path / "restored.coachdesk").exists()
