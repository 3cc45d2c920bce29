"""Hours coached before CoachDesk: log lines the coach enters in the log's own columns, edits, deletes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, EarlierLogLine
from coachdesk.domain.phrases import phrase
from coachdesk.services import validation as v
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.credentials import hours
from coachdesk.services.errors import ValidationError
from coachdesk.services.field_names import field_name
from coachdesk.services.work import apply, fetch, transaction

MAX_HOURS = Decimal(10_000)  # on one line
MAX_IN_GROUP = 1_000
TABLE = "earlier_log_line"


@dataclass(frozen=True)
class EarlierLineDetails:
    """One earlier log line as the coach types it: hours as text or Decimal ("12.5", "12,50")."""

    client_name: str
    start_date: date | None
    end_date: date | None
    paid_hours: Decimal | str | int = 0
    pro_bono_hours: Decimal | str | int = 0
    is_group: bool = False
    number_in_group: int | None = None
    contact: str = ""


def hours_value(field: str, value: Any, *, label: str) -> Decimal:
    """Hours, at least 0, at most two decimals ("12.50", "12,5", 12); ValidationError naming the field."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise ValidationError(
            field,
            phrase("services", "The {label} must be a number of hours.").format(label=field_name(label)),
        )
    typed = value.strip().replace(",", ".") if isinstance(value, str) else value
    if typed == "":
        return Decimal(0)
    try:
        amount = Decimal(typed)
    except InvalidOperation:
        raise ValidationError(
            field,
            phrase("services", "The {label} must be a number of hours like 12.50, not “{value}”.").format(
                label=field_name(label), value=value
            ),
        ) from None
    if not amount.is_finite() or amount < 0:
        raise ValidationError(
            field, phrase("services", "The {label} cannot be negative.").format(label=field_name(label))
        )
    if amount > MAX_HOURS:
        raise ValidationError(
            field,
            phrase("services", "The {label} ({amount}) are more than {most:,} on one line.").format(
                label=field_name(label), amount=amount, most=MAX_HOURS
            ),
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            field,
            phrase("services", "The {label} may have at most two decimals ({value}).").format(
                label=field_name(label), value=value
            ),
        )
    return amount


def minutes_of(amount: Decimal) -> int:
    """Hours as whole minutes (12.50 → 750; 0.83 → 50), halves rounded up."""
    return int((amount * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_values(d: EarlierLineDetails, today: date) -> dict[str, Any]:
    """The stored values of ``d``; ValidationError naming the first field that is wrong."""
    name = v.text("client_name", d.client_name, required=True, label="client name")
    group = v.boolean("is_group", d.is_group)
    size = None
    if group:
        if d.number_in_group is None:
            raise ValidationError(
                "number_in_group", phrase("services", "A group line needs the number in the group.")
            )
        size = v.integer(
            "number_in_group", d.number_in_group, minimum=2, maximum=MAX_IN_GROUP, label="number in the group"
        )
    elif d.number_in_group not in (None, 1):
        raise ValidationError(
            "number_in_group", phrase("services", "Only a group line has a number in the group.")
        )
    start = v.required_date("start_date", d.start_date, label="start date")
    end = v.required_date("end_date", d.end_date, label="end date")
    v.not_before("end_date", start, end, label="end date")
    if end > today:
        raise ValidationError("end_date", phrase("services", "An earlier log line cannot end after today."))
    paid = hours_value("paid_hours", d.paid_hours, label="paid hours")
    pro_bono = hours_value("pro_bono_hours", d.pro_bono_hours, label="pro bono hours")
    if paid == 0 and pro_bono == 0:
        raise ValidationError(
            "paid_hours", phrase("services", "The line has no hours: give its paid or pro bono hours.")
        )
    return {
        "client_name": name,
        "is_group": group,
        "number_in_group": size,
        "contact": v.text("contact", d.contact, label="contact info"),
        "start_date": start,
        "end_date": end,
        "paid_minutes": minutes_of(paid),
        "pro_bono_minutes": minutes_of(pro_bono),
    }


@dataclass(frozen=True)
class EarlierLine:
    """An entered line as stored (hours in minutes), for lists and editors."""

    id: uuid.UUID
    client_name: str
    is_group: bool
    number_in_group: int | None
    contact: str
    start_date: date
    end_date: date
    paid_minutes: int
    pro_bono_minutes: int

    def details(self) -> EarlierLineDetails:
        """The line as its editor shows it (hours to two decimals)."""
        return EarlierLineDetails(
            self.client_name,
            self.start_date,
            self.end_date,
            f"{hours(self.paid_minutes):.2f}",
            f"{hours(self.pro_bono_minutes):.2f}",
            self.is_group,
            self.number_in_group,
            self.contact,
        )


def earlier_lines(db: Session) -> list[EarlierLine]:
    """The entered lines, earliest first."""
    query = select(EarlierLogLine).order_by(col(EarlierLogLine.start_date), col(EarlierLogLine.client_name))
    return [
        EarlierLine(
            line.id,
            line.client_name,
            line.is_group,
            line.number_in_group,
            line.contact,
            line.start_date,
            line.end_date,
            line.paid_minutes,
            line.pro_bono_minutes,
        )
        for line in db.exec(query).all()
    ]


def add_earlier_line(db: Session, details: EarlierLineDetails, today: date) -> Changes:
    with transaction(db):
        line = EarlierLogLine(**line_values(details, today))
        db.add(line)
        audit(db, line, AuditAction.CREATED)
    return changed(TABLE, created=line.id)


def update_earlier_line(db: Session, line_id: uuid.UUID, details: EarlierLineDetails, today: date) -> Changes:
    with transaction(db):
        line = fetch(db, EarlierLogLine, line_id, field="line_id", label="earlier log line")
        fields = apply(line, line_values(details, today))
        if fields:
            audit(db, line, AuditAction.UPDATED, fields)
    return changed(TABLE, ids=(line.id,))


def delete_earlier_line(db: Session, line_id: uuid.UUID) -> Changes:
    with transaction(db):
        line = fetch(db, EarlierLogLine, line_id, field="line_id", label="earlier log line")
        audit(db, line, AuditAction.DELETED)
        db.delete(line)
    return changed(TABLE, ids=(line_id,))
