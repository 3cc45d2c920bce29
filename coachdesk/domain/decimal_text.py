"""A Decimal column stored as exact text (SQLite has no decimal type; floats would round)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class DecimalText(sa.types.TypeDecorator[Decimal]):
    """Stores a Decimal as its plain text ("1.5", "19"); reads it back exactly."""

    impl = sa.String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        number = Decimal(value)
        if not number.is_finite():
            raise ValueError("only finite decimals can be stored")
        return format(number.normalize(), "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
