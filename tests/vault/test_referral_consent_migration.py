"""Migration 0008: "items to share" typed on a referral becomes the free line of its consent."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlmodel import select

from coachdesk.domain import Consent, Referral
from coachdesk.services.referral_letter_pdf import referral_letter_pdf
from coachdesk.vault import Vault, migrations
from tests.documents.test_referral_letter import _flat
from tests.vault.test_golden import GOLDEN_SCHEMA_0001, SCHEMA_0001_PASSPHRASE

OLD_ITEMS = "Name, contact details, and the reason above. No session notes."


def test_a_golden_vaults_items_to_share_become_the_consents_free_line(tmp_path: Path) -> None:
    copy = tmp_path / GOLDEN_SCHEMA_0001.name
    shutil.copyfile(GOLDEN_SCHEMA_0001, copy)
    with Vault.open(copy, SCHEMA_0001_PASSPHRASE) as vault, vault.session() as db:
        referral = db.exec(select(Referral)).one()
        consent = db.get(Consent, referral.consent_id)
        assert consent is not None
        assert (consent.shared_other, consent.shared_items, consent.recipient_may_reply) == (
            OLD_ITEMS,
            frozenset(),
            False,
        )
        assert (referral.client_will_contact, referral.client_gets_copy, referral.risk_raised) == (
            False,
            False,
            None,
        )
        text = _flat(referral_letter_pdf(db, referral.id, date(2026, 11, 27)))
        assert f"Also: {OLD_ITEMS}" in text
        assert "please do not send me any information" in text  # no reply was ever consented


def _at(engine: sa.Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.upgrade(migrations._config(connection), revision)


def test_items_without_a_consent_stay_on_the_referral_marked_as_such(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    _at(engine, "0004")
    stamp = "2026-01-01T00:00:00.000000+00:00"
    ids = {"t": stamp, "c": uuid.uuid4().hex, "p": uuid.uuid4().hex, "r": uuid.uuid4().hex}
    with engine.begin() as c:
        c.execute(
            sa.text(
                "INSERT INTO client (id, created_at, updated_at, name, preferred_name, email, phone, role, "
                "status, source, tags, named_in_hours_log, private_notes) "
                "VALUES (:c, :t, :t, 'Zoë', '', '', '', '', 'active', '', '', 0, '')"
            ),
            ids,
        )
        c.execute(
            sa.text(
                "INSERT INTO professional (id, created_at, updated_at, name, profession, specialties, "
                "organisation, email, phone, address, pays_referral_fee, notes) "
                "VALUES (:p, :t, :t, 'Dr Ana Ruiz', 'Psychologist', '', '', '', '', '', 0, '')"
            ),
            ids,
        )
        c.execute(
            sa.text(
                "INSERT INTO referral (id, created_at, updated_at, client_id, professional_id, reason, "
                "urgency, items_to_share, status, outcome) VALUES "
                "(:r, :t, :t, :c, :p, 'Sleep', 'routine', 'Her sleep diary', 'proposed', 'Seen once')"
            ),
            ids,
        )
    _at(engine, "head")
    with engine.connect() as c:
        outcome = c.execute(sa.text("SELECT outcome FROM referral")).scalar_one()
        columns = {row[1] for row in c.execute(sa.text("PRAGMA table_info(referral)"))}
    assert (
        outcome
        == "Seen once\n\nWritten under “may be shared” before any consent was attached: Her sleep diary"
    )
    assert "items_to_share" not in columns


def test_a_downgrade_puts_the_free_line_back_and_keeps_every_consent(tmp_path: Path) -> None:
    copy = tmp_path / GOLDEN_SCHEMA_0001.name
    shutil.copyfile(GOLDEN_SCHEMA_0001, copy)
    with Vault.open(copy, SCHEMA_0001_PASSPHRASE) as vault:
        with vault.engine.begin() as connection:
            command.downgrade(migrations._config(connection), "0004")
        with vault.engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT consent_id, items_to_share FROM referral")).all()
            columns = {row[1] for row in connection.execute(sa.text("PRAGMA table_info(consent)"))}
    assert [(consent is not None, items) for consent, items in rows] == [(True, OLD_ITEMS)]
    assert not columns & {"shared_items", "shared_other", "recipient_may_reply"}
