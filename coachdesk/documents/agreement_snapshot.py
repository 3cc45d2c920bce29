"""An agreement's printed data frozen as JSON at signing, and read back tolerant of later fields.

The data is written generically (every dataclass field by name, dates as ISO text), so a field
added to :class:`AgreementData` later reads back as its default from an older snapshot, and a
field since removed is ignored.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from typing import Any, TypeVar

from coachdesk.documents.agreement_data import AgreementData

T = TypeVar("T")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def dump_agreement(data: AgreementData) -> str:
    """The agreement's data as JSON text."""
    return json.dumps(_plain(dataclasses.asdict(data)), ensure_ascii=False, sort_keys=True)


def _value(hint: Any, raw: Any) -> Any:
    """``raw`` (from JSON) as the type ``hint`` names: dataclasses, tuples, dates, optionals."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _value(options[0], raw)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_value(item, element) for element in raw)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _build(hint, raw)
    if hint is date:
        return date.fromisoformat(raw)
    return raw


def _build(cls: type[T], raw: dict[str, Any]) -> T:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {name: _value(hints[name], raw[name]) for name in known if name in raw}
    return cls(**values)


def load_agreement(text: str) -> AgreementData:
    """The agreement's data from :func:`dump_agreement`'s JSON; ValueError if it is not one."""
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        return _build(AgreementData, raw)
    except (TypeError, KeyError, IndexError, ValueError) as error:
        raise ValueError(f"The signed agreement's stored copy cannot be read ({error}).") from None
