"""What a document leaving the vault is: its kind, what it is about, and how it renders."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from coachdesk.domain import DocumentKind
from coachdesk.services.db import Db


@dataclass(frozen=True)
class DocumentSource:
    """A document to export: what it is about (``entity``, ``entity_id``) and how to render it.

    ``day`` is the date the consent filter checks consents on (today when None); ``client_ids`` are
    the clients a document about several clients names (the hours log, the calendar).
    """

    kind: DocumentKind
    entity: str
    entity_id: uuid.UUID | str | None
    render: Callable[[Db], bytes]  # the PDF (or CSV) bytes; records nothing
    day: date | None = None
    client_ids: tuple[uuid.UUID, ...] = ()
