"""Writes tests/data/golden-v1-schema-0001.coachdesk: format 1, schema 0001, the demo practice. Frozen."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import KdfAlgorithm, KdfParams

PASSPHRASE = "golden schema passphrase"


def main(target: Path) -> None:
    kdf = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)
    with create_demo_vault(target, PASSPHRASE, kdf=kdf, today=date(2026, 11, 27)) as vault:
        print(vault.recovery_key)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
