"""The erasure's counted words: what each kind of record removed is called, with its plural forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from coachdesk.ui.kit.plurals import english_plural

# What each kind of record is called in the erasure question: one, or several (English; the
# catalogs carry each language's plural forms of the "%n …" texts).
RECORD_NAMES: dict[str, tuple[str, str]] = {
    "engagement": ("agreement", "agreements"),
    "coaching_session": ("session with its notes", "sessions with their notes"),
    "note_amendment": ("note amendment", "note amendments"),
    "goal": ("goal", "goals"),
    "action_item": ("action item", "action items"),
    "consent": ("consent", "consents"),
    "referral": ("referral", "referrals"),
    "disclosure": ("disclosure", "disclosures"),
    "conflict": ("conflict-of-interest record", "conflict-of-interest records"),
    "boundary_incident": ("boundary incident", "boundary incidents"),
    "retention_hold": ("decision to keep the records", "decisions to keep the records"),
    "generated_document": ("record of a document produced", "records of documents produced"),
    "audit_entry": ("audit entry", "audit entries"),
    "draft": ("unsaved draft", "unsaved drafts"),
    "invoice_line_session": (
        "link from an invoice to those sessions (issued invoices are kept: tax law)",
        "links from invoices to those sessions (issued invoices are kept: tax law)",
    ),
    "outbound_client": (
        "record of a document that left the vault",
        "records of documents that left the vault",
    ),
    "agreement_amendment": ("amendment to an agreement", "amendments to agreements"),
    "signed_agreement": ("signed copy of an agreement", "signed copies of agreements"),
}


class ErasureWords(QObject):
    """The counted words of the erasure texts (methods of a QObject, so the catalogs carry their plurals)."""

    def counted(self, table: str, n: int) -> str | None:
        """The translated "%n goals" for ``table``; None for a table without a text of its own."""
        texts: dict[str, Callable[[], str]] = {
            "engagement": lambda: self.tr("%n agreement(s)", "", n),
            "coaching_session": lambda: self.tr("%n session(s) with their notes", "", n),
            "note_amendment": lambda: self.tr("%n note amendment(s)", "", n),
            "goal": lambda: self.tr("%n goal(s)", "", n),
            "action_item": lambda: self.tr("%n action item(s)", "", n),
            "consent": lambda: self.tr("%n consent(s)", "", n),
            "referral": lambda: self.tr("%n referral(s)", "", n),
            "disclosure": lambda: self.tr("%n disclosure(s)", "", n),
            "conflict": lambda: self.tr("%n conflict-of-interest record(s)", "", n),
            "boundary_incident": lambda: self.tr("%n boundary incident(s)", "", n),
            "retention_hold": lambda: self.tr("%n decision(s) to keep the records", "", n),
            "generated_document": lambda: self.tr("%n record(s) of documents produced", "", n),
            "audit_entry": lambda: self.tr("%n audit entry(s)", "", n),
            "draft": lambda: self.tr("%n unsaved draft(s)", "", n),
            "invoice_line_session": lambda: self.tr(
                "%n link(s) from invoices to those sessions (issued invoices are kept: tax law)", "", n
            ),
            "outbound_client": lambda: self.tr("%n record(s) of documents that left the vault", "", n),
            "agreement_amendment": lambda: self.tr("%n amendment(s) to agreements", "", n),
            "signed_agreement": lambda: self.tr("%n signed copy(s) of agreements", "", n),
        }
        text = texts.get(table)
        return None if text is None else text()

    def mentions_redacted(self, n: int) -> str:
        text = self.tr('%n mention(s) of {name} in other records now read "{redacted}".', "", n)
        return english_plural(text, n)

    def mentions_left(self, n: int) -> str:
        if n == 1:
            return self.tr("%n mention you left unticked still names {name}.", "", n)
        return self.tr("%n mentions you left unticked still name {name}.", "", n)

    def backups_hold(self, n: int) -> str:
        if n == 1:
            return self.tr(
                "%n backup of the vault, in {folder}, still holds their records (and the mentions as they "
                "were). CoachDesk rotates them away as it saves: by {date} at the latest none will.",
                "",
                n,
            )
        return self.tr(
            "%n backups of the vault, in {folder}, still hold their records (and the mentions as they "
            "were). CoachDesk rotates them away as it saves: by {date} at the latest none will.",
            "",
            n,
        )

    def upgrade_backups(self, n: int) -> str:
        if n == 1:
            return self.tr("%n backup made before an upgrade are kept until you delete them yourself.", "", n)
        return self.tr("%n backups made before an upgrade are kept until you delete them yourself.", "", n)


def record_lines(records: tuple[tuple[str, int], ...]) -> list[str]:
    """``[("goal", 1), ("coaching_session", 6)]`` → ``["1 goal", "6 sessions with their notes"]``."""
    lines: list[str] = []
    words = ErasureWords()
    for table, count in records:
        one, several = RECORD_NAMES.get(table, (table.replace("_", " "), table.replace("_", " ")))
        english = f"{count} {one if count == 1 else several}"
        counted = words.counted(table, count)
        # Untranslated (the English source, plain ASCII with its "(s)"), the written-out names read better.
        if counted is None or ("(s)" in counted and counted.isascii()):
            counted = english
        lines.append(counted)
    return lines
