"""Writes tests/data/golden-v1-schema-0017.coachdesk: format 1, schema 0017, the demo practice with its
invoices, merged once with another copy (stamps, replicas, one field changed in both). Frozen."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

from sqlmodel import select

from coachdesk.domain import Client
from coachdesk.services.clients import ClientDetails, update_client
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.merge_copies import merge_sibling
from coachdesk.vault import KdfAlgorithm, KdfParams, Vault

PASSPHRASE = "golden schema 0017 passphrase"


def _phone(vault: Vault, phone: str) -> None:
    with vault.session() as db:
        zoe = db.exec(select(Client).where(Client.name == "Zoë Ørsted")).one()
        update_client(db, zoe.id, ClientDetails(name=zoe.name, email=zoe.email, phone=phone))


def main(target: Path) -> None:
    kdf = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)
    with create_demo_vault(target, PASSPHRASE, kdf=kdf, today=date(2026, 12, 5)) as vault:
        print(vault.recovery_key)
    other = target.with_name("other computer.coachdesk")
    shutil.copyfile(target, other)
    with Vault.open(other, PASSPHRASE) as laptop:
        _phone(laptop, "+47 400 00 001")
        laptop.save()
    with Vault.open(target, PASSPHRASE) as desktop:
        _phone(desktop, "+47 400 00 002")
        print(merge_sibling(desktop, other))
        desktop.save()
    other.unlink()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
