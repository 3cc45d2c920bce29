"""The demo practice's own note template: a career-change session, the default of Łukasz's agreement."""

from __future__ import annotations

from sqlmodel import Session

from coachdesk.services.demo_casework import DemoPractice, created_id
from coachdesk.services.note_templates import add_note_template, set_agreement_template

CAREER_CHANGE = """# Session {session_number} with {client} · {date}

## Where the search stands
Applications, conversations and portfolio pieces since last time; what {client} learned from them.

Open action items:
{open_actions}

## Energy and doubts
What gave {client} energy this fortnight, and what drained it? Which story about "starting over" is loudest?

## Experiments
The small, low-risk experiments {client} will run before the next session \
(an informational interview, a short course, a piece of volunteer research).

-
-

## Goals
{goals}

## My reflections
What I noticed, what to follow up, anything for supervision.
"""


def add_note_templates(db: Session, practice: DemoPractice) -> None:
    """Alex's own template for career-change sessions, which Łukasz's agreement starts its notes from."""
    made = created_id(add_note_template(db, "Career change check-in", CAREER_CHANGE))
    set_agreement_template(db, practice.engagements["lukasz"], str(made))
