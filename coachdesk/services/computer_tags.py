"""Computer tags: which short tag this computer's invoice numbers carry (``{computer}`` in the pattern)."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, col, select

from coachdesk.domain import AuditAction, ComputerTag
from coachdesk.domain.phrases import phrase
from coachdesk.services.audit import audit
from coachdesk.services.changes import Changes, changed
from coachdesk.services.computer_key import computer_key
from coachdesk.services.errors import ValidationError
from coachdesk.services.work import transaction

_TAG = re.compile(r"^[A-Z0-9]{1,3}$")
NO_TAG = (
    "The invoice number pattern gives each computer its own series ({computer}), and this computer "
    "has no tag yet. Choose one of 1 to 3 letters or digits (for example L for the laptop)."
)


def check_tag(value: Any) -> str:
    """The tag as stored (capitals), or ValidationError naming what is wrong with it."""
    tag = str(value or "").strip().upper()
    if not _TAG.match(tag):
        raise ValidationError(
            "computer_tag",
            phrase("services", "A computer's tag is 1 to 3 letters or digits, for example L or D2."),
        )
    return tag


def this_computer_tag(db: Session) -> str | None:
    """The tag this computer was given in this vault, if any."""
    query = select(ComputerTag.tag).where(col(ComputerTag.computer_key) == computer_key())
    return db.exec(query).first()


def set_computer_tag(db: Session, value: Any) -> Changes:
    """Give this computer its tag in the vault; a tag already another computer's is refused, and a
    computer keeps the tag it was given (its series must run on)."""
    tag = check_tag(value)
    with transaction(db):
        key = computer_key()
        taken = db.exec(select(ComputerTag).where(col(ComputerTag.tag) == tag)).first()
        if taken is not None and taken.computer_key != key:
            raise ValidationError(
                "computer_tag",
                phrase("services", "The tag {tag} is already another computer's; choose another one.").format(
                    tag=tag
                ),
            )
        mine = db.exec(select(ComputerTag).where(col(ComputerTag.computer_key) == key)).first()
        if mine is None:
            mine = ComputerTag(computer_key=key, tag=tag)
            db.add(mine)
            db.flush()
            audit(db, mine, AuditAction.CREATED)
        elif mine.tag != tag:
            raise ValidationError(
                "computer_tag",
                phrase(
                    "services",
                    "This computer's tag is {tag}; it keeps it, so that its number series runs on.",
                ).format(tag=mine.tag),
            )
    return changed("computer_tag", ids=(mine.id,))
