"""What every table shares: a UUID key and creation/update times in UTC (so vaults can one day merge)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import SQLModel

from coachdesk.domain.types import created_field, id_field


class Record(SQLModel):
    """Base of every practice table."""

    id: uuid.UUID = id_field()
    created_at: datetime = created_field()
    updated_at: datetime = created_field()
