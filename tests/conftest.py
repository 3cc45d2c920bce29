"""Shared test setup: headless Qt before PySide6 loads, and fast vault fixtures."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.vault import KdfAlgorithm, KdfParams, Vault

# Real vaults calibrate Argon2id to ~0.5 s; tests use the cheapest valid settings.
FAST_KDF = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "practice.coachdesk"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, open vault with fast key derivation; closed after the test."""
    v = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()
