"""Warnings (never refusals) about an agreement's period: one that starts and ends on the same day, or
one too short for the sessions it promises."""

from __future__ import annotations

from datetime import date

from coachdesk.domain.phrases import phrase

# Coaching sessions are usually a week or more apart (time to act between them); an agreement that
# needs them closer on average is probably mistyped, so the coach is asked to check it.
MIN_DAYS_BETWEEN_SESSIONS = 7


def schedule_warnings(start: date | None, end: date | None, session_count: int | None) -> list[str]:
    """What looks wrong with the period for ``session_count`` sessions ([] when nothing does)."""
    if start is None or end is None or end < start:  # a missing or reversed period is refused elsewhere
        return []
    if start == end:
        if session_count and session_count > 1:
            return [
                phrase(
                    "services", "The agreement starts and ends on the same day ({day}) for {count} sessions."
                ).format(day=start.isoformat(), count=session_count)
            ]
        return [
            phrase("services", "The agreement starts and ends on the same day ({day}).").format(
                day=start.isoformat()
            )
        ]
    if not session_count or session_count < 2:
        return []
    days = (end - start).days
    if days < MIN_DAYS_BETWEEN_SESSIONS * (session_count - 1):
        return [
            phrase(
                "services",
                "{count} sessions between {start} and {end} ({days} days) would be less than {gap} days "
                "apart.",
            ).format(
                count=session_count,
                start=start.isoformat(),
                end=end.isoformat(),
                days=days,
                gap=MIN_DAYS_BETWEEN_SESSIONS,
            )
        ]
    return []
