"""Backups are numbered by a save counter and thinned out by age, whatever the clock did."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from coachdesk.vault import BackupInfo, Vault, VaultCorrupted, VaultExists, list_backups, restore_backup
from coachdesk.vault.backups import (
    KEEP_RECENT,
    Backup,
    backup_folder,
    backups_to_keep,
    make_backup,
    prune_backups,
)
from tests.conftest import PASSPHRASE

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _save_at(path: Path, when: datetime, body: str) -> None:
    """What a save at ``when`` does to the folder: keep the file as a backup, replace it, rotate."""
    if path.exists():
        make_backup(path)
    temp = path.with_name(path.name + ".new")
    temp.write_text(body)
    os.replace(temp, path)
    stamp = int(when.timestamp() * 1_000_000_000)
    os.utime(path, ns=(stamp, stamp))
    prune_backups(path, now=when)


def _bodies(path: Path) -> list[str]:
    return [b.path.read_text() for b in list_backups(path)]


def test_the_newest_saves_survive_a_clock_that_was_once_ahead(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    ahead = START + timedelta(days=365)
    for day in range(40):  # a year ahead for forty days, a few saves a day
        for hour in (9, 13, 17):
            _save_at(path, ahead + timedelta(days=day, hours=hour - 9), f"ahead {day}/{hour}")
    for minute in range(25):  # the clock put right: a busy half hour
        _save_at(path, START + timedelta(minutes=minute), f"right {minute}")
    backups = list_backups(path)
    # Newest first by sequence: the last saves are all there, the very newest first.
    assert _bodies(path)[:KEEP_RECENT] == [f"right {m}" for m in range(23, 3, -1)]
    assert [b.sequence for b in backups] == sorted((b.sequence for b in backups), reverse=True)
    # The days from the ahead period are still kept, one per day for a month.
    kept_days = {body.split()[1].split("/")[0] for body in _bodies(path) if body.startswith("ahead")}
    assert len(kept_days) >= 30


def test_a_clock_that_jumps_back_a_year_loses_neither_old_nor_new_saves(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    for day in range(60):
        _save_at(path, START + timedelta(days=day), f"before {day}")
    before_jump = set(_bodies(path))
    assert {f"before {day}" for day in range(30, 59)} <= before_jump  # one per day for a month
    back = START + timedelta(days=60) - timedelta(days=365)
    for minute in range(30):
        _save_at(path, back + timedelta(minutes=minute), f"after {minute}")
    bodies = _bodies(path)
    assert bodies[:KEEP_RECENT] == [f"after {m}" for m in range(28, 8, -1)]
    assert before_jump <= set(bodies)  # nothing from before the jump was lost


def test_tiers_keep_every_recent_save_then_one_per_hour_day_and_month() -> None:
    now = START + timedelta(days=400)
    backups = [
        Backup(Path(f"b{i}"), START + timedelta(minutes=10 * i), sequence=i + 1)
        for i in range(400 * 24 * 6)  # one save every ten minutes for 400 days
    ]
    keep = backups_to_keep(backups, now)
    kept = [b for b in backups if b.path in keep]
    ages = [now - b.saved_at for b in kept]
    assert all(age <= timedelta(days=365) for age in ages)
    assert sum(age < timedelta(hours=1) for age in ages) == 5  # the last hour: 10, 20 … 50 minutes old
    hours = {b.saved_at.strftime("%Y-%m-%dT%H") for b in kept if now - b.saved_at < timedelta(days=1)}
    assert len(hours) >= 24
    days = {b.saved_at.date() for b in kept if now - b.saved_at < timedelta(days=30)}
    assert len(days) >= 30
    months = {b.saved_at.strftime("%Y-%m") for b in kept}
    assert len(months) >= 12
    assert len(kept) <= KEEP_RECENT + 25 + 31 + 13 + 1


def test_a_busy_hour_keeps_at_most_the_cap_and_always_the_newest() -> None:
    backups = [Backup(Path(f"b{i}"), START + timedelta(seconds=i), sequence=i + 1) for i in range(50)]
    keep = backups_to_keep(backups, START + timedelta(minutes=5))
    assert keep == {Path(f"b{i}") for i in range(30, 50)}
    # However old, the version just before the current one stays.
    assert Path("b49") in backups_to_keep(backups, START + timedelta(days=3 * 365))


def test_labelled_backups_are_never_rotated() -> None:
    labelled = Backup(Path("upgrade"), START, label="before-upgrade", sequence=1)
    rotated = [Backup(Path(f"b{i}"), START + timedelta(seconds=i), sequence=i + 2) for i in range(30)]
    assert Path("upgrade") in backups_to_keep([labelled, *rotated], START + timedelta(days=3 * 365))


def test_backups_named_by_earlier_builds_are_listed_after_numbered_ones_and_rotated(tmp_path: Path) -> None:
    path = tmp_path / "practice.coachdesk"
    folder = backup_folder(path)
    folder.mkdir()
    old_names = {  # the name format before save counters: the time only (clock once ahead)
        "practice-2028-01-01T10-00-00.000000Z.coachdesk": "ahead",
        "practice-2027-02-27T10-00-00.000000Z.coachdesk": "two days ago",
        "practice-2025-01-01T10-00-00.000000Z.coachdesk": "two years ago",
        "practice-2027-02-20T10-00-00.000000Z-before-upgrade.coachdesk": "labelled",
    }
    for name, body in old_names.items():
        (folder / name).write_text(body)
    _save_at(path, START - timedelta(minutes=1), "current")
    _save_at(path, START, "new")
    backups = list_backups(path)
    assert [b.path.read_text() for b in backups] == ["current", "ahead", "two days ago", "labelled"]
    assert [b.sequence for b in backups] == [1, 0, 0, 0]
    assert backups[0].path.name.endswith("-s000001.coachdesk")


def test_list_backups_gives_what_a_restore_list_shows(vault: Vault, vault_path: Path) -> None:
    for i in range(3):
        with vault.session() as db:
            db.execute(text("CREATE TABLE IF NOT EXISTS t (x)"))
            db.execute(text("INSERT INTO t VALUES (:x)"), {"x": i})
            db.commit()
        vault.save()
    backups: list[BackupInfo] = list_backups(vault_path)
    assert [b.sequence for b in backups] == [3, 2, 1]
    for backup in backups:
        assert backup.size == backup.path.stat().st_size > 0
        assert backup.saved_at.tzinfo is UTC
        assert backup.path.parent == backup_folder(vault_path)
    assert backups == vault.backups()


def test_the_vaults_clock_ages_its_backups(vault: Vault, vault_path: Path) -> None:
    for _ in range(4):
        vault.save()
    assert len(vault.backups()) == 4
    vault.clock = lambda: datetime.now(UTC) + timedelta(days=2 * 365)
    vault.save()
    assert [b.sequence for b in vault.backups()] == [5]  # only the version just before this save


def test_restore_backup_writes_a_new_file_and_never_overwrites(vault: Vault, vault_path: Path) -> None:
    vault.save()
    (backup,) = vault.backups()
    target = restore_backup(backup.path, vault_path.with_name("restored.coachdesk"))
    assert target.read_bytes() == backup.path.read_bytes()
    Vault.open(target, PASSPHRASE, read_only=True).close()
    with pytest.raises(VaultExists):
        restore_backup(backup.path, target)
    damaged = backup.path.with_name("damaged.coachdesk")
    damaged.write_bytes(backup.path.read_bytes()[:-1])
    with pytest.raises(VaultCorrupted):
        restore_backup(damaged, vault_path.with_name("other.coachdesk"))
    assert not vault_path.with_name("other.coachdesk").exists()
