"""Drafts keep an editor's unsaved words in the vault, and go with the client on erasure."""

from __future__ import annotations

import uuid

from sqlmodel import Session

from coachdesk.services.client_records import erase_client
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.drafts import discard_draft, drafts, save_draft
from coachdesk.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_draft_is_kept_replaced_and_discarded(db: Session) -> None:
    draft_id = uuid.uuid4()
    save_draft(db, draft_id, "session", {"private_notes": "She said"})
    save_draft(db, draft_id, "session", {"private_notes": "She said she would"})
    (row,) = drafts(db)
    assert (row.id, row.kind, row.payload) == (draft_id, "session", {"private_notes": "She said she would"})
    assert drafts(db, "client") == []
    discard_draft(db, draft_id)
    assert drafts(db) == []
    discard_draft(db, draft_id)  # twice is harmless


def test_drafts_survive_a_save_and_reopen_of_the_vault(vault: Vault, db: Session) -> None:
    save_draft(db, uuid.uuid4(), "session", {"private_notes": "Zoë — ünsaved"})
    vault.save()
    with Vault.open(vault.path, PASSPHRASE, read_only=True) as reopened, reopened.session() as other:
        assert [d.payload for d in drafts(other)] == [{"private_notes": "Zoë — ünsaved"}]


def test_erasing_the_client_takes_their_drafts_along(db: Session) -> None:
    client = create_client(db, ClientDetails(name="Zoë Ørsted")).created
    assert client is not None
    save_draft(db, uuid.uuid4(), "session", {"private_notes": "about Zoë"}, client_id=client)
    save_draft(db, uuid.uuid4(), "session", {"private_notes": "someone else"})
    erase_client(db, client)
    assert [d.payload for d in drafts(db)] == [{"private_notes": "someone else"}]


def test_a_draft_for_a_client_deleted_meanwhile_is_still_kept(db: Session) -> None:
    save_draft(db, uuid.uuid4(), "client", {"name": "New"}, client_id=uuid.uuid4())
    assert [d.client_id for d in drafts(db)] == [None]
