"""The vault's default folder is one "CoachDesk" deep (as the README says), and a vault kept in the
two-level folder of earlier versions is still found where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from coachdesk.ui.kit import app_data


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Qt's application-data folder as it is for CoachDesk: <share>/CoachDesk/CoachDesk."""
    folder = tmp_path / "share" / "CoachDesk" / "CoachDesk"
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _location: str(folder)))
    return tmp_path / "share"


def test_the_default_vault_is_one_level_deep(share: Path) -> None:
    assert app_data.app_data_folder() == share / "CoachDesk"
    assert app_data.default_vault_path() == share / "CoachDesk" / "practice.coachdesk"


def test_a_vault_in_the_earlier_two_level_folder_is_found_there(share: Path) -> None:
    earlier = share / "CoachDesk" / "CoachDesk" / "practice.coachdesk"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"an existing vault")
    assert app_data.default_vault_path() == earlier
    (share / "CoachDesk" / "practice.coachdesk").write_bytes(b"a vault at the new place")
    assert app_data.default_vault_path() == share / "CoachDesk" / "practice.coachdesk"


def test_the_readme_names_the_folder_the_app_uses(share: Path) -> None:
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    assert "`~/.local/share/CoachDesk`" in readme
    assert app_data.app_data_folder().name == "CoachDesk" and app_data.app_data_folder().parent == share
