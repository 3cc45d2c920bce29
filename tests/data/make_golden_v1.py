"""Writes tests/data/golden-v1.coachdesk: format 1, before any schema. Run once; the file is then frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

from coachdesk.vault import KdfAlgorithm, KdfParams, Vault

PASSPHRASE = "golden vault passphrase"
ROWS = [("Zoë Ørsted", "ICF PCC"), ("Łukasz Nowak", ""), ("Дмитрий Иванов", "EMCC")]


def main(target: Path) -> None:
    vault = Vault.create(target, PASSPHRASE, kdf=KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1))
    with vault.session() as s:
        s.exec(text("CREATE TABLE golden (name TEXT NOT NULL, note TEXT NOT NULL)"))
        for name, note in ROWS:
            s.exec(text("INSERT INTO golden VALUES (:n, :c)"), params={"n": name, "c": note})
        s.commit()
    vault.save()
    print(vault.recovery_key)
    vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
