"""Coaching-log lines the coach enters for hours coached before CoachDesk (the log's own columns)."""

from __future__ import annotations

from datetime import date

from coachdesk.domain.base import Record


class EarlierLogLine(Record, table=True):
    """One line of an earlier coaching log: a client or a group, its dates and its hours (in minutes)."""

    __tablename__ = "earlier_log_line"

    client_name: str
    is_group: bool = False
    number_in_group: int | None = None  # participants, for a group
    contact: str = ""
    start_date: date
    end_date: date
    paid_minutes: int = 0
    pro_bono_minutes: int = 0
