"""Column types: timezone-aware UTC timestamps, enums stored as their text values, flag sets."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Stores aware datetimes as UTC ISO text; refuses naive ones; reads back aware UTC."""

    impl = sa.String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times as timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value).astimezone(UTC)


class TextEnum(sa.types.TypeDecorator[enum.Enum]):
    """An enum stored as its text value (readable in the database, stable across renames of members)."""

    impl = sa.String(32)
    cache_ok = True

    def __init__(self, enum_type: type[enum.Enum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(self.enum_type(value).value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> enum.Enum | None:
        return None if value is None else self.enum_type(value)


class FlagSet(sa.types.TypeDecorator[frozenset[enum.Enum]]):
    """A set of enum members stored as sorted, comma-separated text values ('' for none)."""

    impl = sa.String(200)
    cache_ok = True

    def __init__(self, enum_type: type[enum.Enum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        members = {self.enum_type(v) for v in (value or ())}
        return ",".join(sorted(str(m.value) for m in members))

    def process_result_value(self, value: str | None, dialect: Dialect) -> frozenset[enum.Enum]:
        return frozenset(self.enum_type(v) for v in (value or "").split(",") if v)


def id_field() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def created_field() -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


def timestamp_field(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable)


def enum_field(enum_type: type[enum.Enum], default: Any = None, *, nullable: bool = False) -> Any:
    return Field(default=default, sa_type=TextEnum(enum_type), nullable=nullable)
