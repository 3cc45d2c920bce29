"""A vault reached through a symlink (into a sync folder, say) is saved, locked and backed up as the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from coachdesk.vault import Vault, VaultInUse
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """(link, target): the vault lives in a "sync" folder; the coach chose a link to it."""
    target = tmp_path / "Sync" / "practice.coachdesk"
    Vault.create(target, PASSPHRASE, kdf=FAST_KDF).close()
    link = tmp_path / "practice.coachdesk"
    link.symlink_to(target)
    return link, target


def test_saving_through_a_link_updates_the_target_and_keeps_the_link(linked: tuple[Path, Path]) -> None:
    link, target = linked
    before = target.read_bytes()
    with Vault.open(link, PASSPHRASE) as vault:
        assert vault.path == link and vault.real_path == target
        with vault.session() as db:
            db.execute(text("CREATE TABLE t (x)"))
            db.commit()
        vault.save()
        assert [b.path.parent for b in vault.backups()] == [target.parent / "practice.coachdesk-backups"]
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes() != before
    assert not (link.parent / "practice.coachdesk-backups").exists()
    with Vault.open(target, PASSPHRASE, read_only=True) as reopened:
        assert reopened.connection.execute("SELECT name FROM sqlite_schema WHERE name = 't'").fetchone()


@pytest.mark.parametrize("first_via_link", [True, False], ids=["link-first", "target-first"])
def test_link_and_target_share_one_lock(linked: tuple[Path, Path], first_via_link: bool) -> None:
    link, target = linked
    first, second = (link, target) if first_via_link else (target, link)
    with Vault.open(first, PASSPHRASE), pytest.raises(VaultInUse):
        Vault.open(second, PASSPHRASE)


def test_create_through_a_dangling_link_creates_the_target(tmp_path: Path) -> None:
    target = tmp_path / "Sync" / "practice.coachdesk"
    target.parent.mkdir()
    link = tmp_path / "practice.coachdesk"
    link.symlink_to(target)
    with Vault.create(link, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.real_path == target
        vault.save()
    assert link.is_symlink() and target.is_file()
    Vault.open(link, PASSPHRASE, read_only=True).close()
