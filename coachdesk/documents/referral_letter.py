"""The referral letter: a coach's letter to another professional, with only what the client consented to."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from coachdesk.documents.base import MARGIN, MUTED, DocumentRenderer, text
from coachdesk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from coachdesk.documents.letterhead import HONORIFICS
from coachdesk.documents.referral_letter_data import ReferralLetterData
from coachdesk.documents.wording import ENGLISH, Words, words_for
from coachdesk.domain import ReferralUrgency
from coachdesk.domain.ethics import RiskRaised

TITLE = "Referral letter"
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt of padding each side
INK = colors.HexColor("#1f2933")
TINT = colors.HexColor("#f4f6f8")
BOX = colors.HexColor("#8a939c")

_BODY = ParagraphStyle("letter-body", fontName=SERIF, fontSize=10, leading=13.5, textColor=INK, spaceAfter=6)
_BLOCK = ParagraphStyle("letter-block", fontName=SERIF, fontSize=10, leading=13.5, textColor=INK)
_DATE = ParagraphStyle("letter-date", parent=_BLOCK, alignment=TA_RIGHT)
_MARK = ParagraphStyle(
    "letter-mark", fontName=SANS_BOLD, fontSize=8, leading=11, textColor=MUTED, spaceAfter=6
)
_SUBJECT = ParagraphStyle(
    "letter-subject", fontName=SERIF_BOLD, fontSize=11, leading=15, textColor=INK, spaceAfter=10
)
_HEADING = ParagraphStyle(
    "letter-heading",
    fontName=SERIF_BOLD,
    fontSize=10,
    leading=13.5,
    textColor=INK,
    spaceBefore=3,
    spaceAfter=2,
)
_BOX_LABEL = ParagraphStyle("consent-label", fontName=SANS_BOLD, fontSize=8.5, leading=12, textColor=INK)
_BOX_TEXT = ParagraphStyle(
    "consent-text", fontName=SANS, fontSize=9, leading=13, textColor=INK, spaceBefore=3
)
_SIGNATURE = ParagraphStyle("signature", fontName=SERIF, fontSize=10, leading=14, textColor=INK)
_SIGNATURE_NOTE = ParagraphStyle("signature-note", fontName=SANS, fontSize=8.5, leading=12, textColor=MUTED)

# What each urgency asks of the recipient, in plain words.
URGENCY_WORDS = {
    ReferralUrgency.ROUTINE: ("Routine", "An appointment in the usual course would be appropriate."),
    ReferralUrgency.SOON: (
        "Soon",
        "I would be grateful if {client} could be offered an appointment within the next few weeks.",
    ),
    ReferralUrgency.URGENT: (
        "Urgent",
        "I would be grateful if {client} could be seen as soon as possible, "
        "and if you would let me know promptly should you be unable to help.",
    ),
}
# Whether a risk to self or others came up, stated as a fact of the coaching, never as a diagnosis.
RISK_WORDS = {
    RiskRaised.YES: (
        "A risk to {client}'s own safety or to others was raised during our coaching. I am not qualified "
        "to assess it and make no assessment here."
    ),
    RiskRaised.NO: "No risk to {client}'s own safety or to others was raised during our coaching.",
    RiskRaised.NOT_KNOWN: "I do not know whether there is a risk to {client}'s own safety or to others.",
}


def salutation(name: str, w: Words | None = None) -> str:
    """``Dear Dr Laurent,`` for a titled name; ``Dear Marcus Feldmann,`` otherwise (in ``w``'s language:
    "Sehr geehrte/r Dr Laurent,", "Madame, Monsieur," where the language does not greet by name)."""
    w = w or words_for(ENGLISH)
    words = name.split()
    if len(words) >= 2 and words[0].rstrip(".").casefold() in HONORIFICS:
        return w("Dear {name},").format(name=f"{words[0]} {words[-1]}")
    if not words:
        return w("Dear colleague,")
    return w("Dear {name},").format(name=" ".join(words))


class ReferralLetterRenderer(DocumentRenderer):
    """A referral letter to a professional from the directory, on the practice's letterhead."""

    def __init__(self, data: ReferralLetterData) -> None:
        w = words_for(data.language)
        super().__init__(
            letterhead=data.letterhead,
            document_id=data.document_id,
            created_on=data.letter_date,
            title=w(TITLE),
            # no client name in the file's metadata
            subject=w("Referral to {name}").format(name=data.professional_name),
            keywords=[w("referral"), w("confidential")],
            language=data.language,
        )
        self.letter = data

    def story(self) -> list[Any]:
        d, w = self.letter, self.w
        client = text(d.client_name)
        level, wish = URGENCY_WORDS[d.urgency]
        story: list[Any] = [
            Paragraph(self._mark(), _MARK),
            self._address_and_date(),
            Spacer(0, 4 * mm),
            Paragraph(w("Re: referral of {client}").format(client=client), _SUBJECT),
            Paragraph(text(salutation(d.professional_name, w)), _BODY),
            Paragraph(
                w(
                    "I am writing to refer {client}, a client of my coaching practice, to you for support "
                    "that falls outside the scope of coaching. My client knows that I am writing to you "
                    "and has consented to this referral."
                ).format(client=client),
                _BODY,
            ),
            Paragraph(w("Reason for referral"), _HEADING),
            Paragraph(text(d.reason), _BODY),
        ]
        if d.shared or d.shared_other:
            story.append(Paragraph(w("Information shared with consent"), _HEADING))
            for line in d.shared:
                label = w("{label}:").format(label=text(w(line.label)))
                story.append(Paragraph(f"<b>{label}</b> {self._lines(line.content)}", _BODY))
            if d.shared_other:
                story.append(Paragraph(f"<b>{w('Also:')}</b> {text(d.shared_other)}", _BODY))
        story += [
            Paragraph(w("Next steps"), _HEADING),
            Paragraph(f"{self._contact_way()} {self._reply()}", _BODY),
        ]
        urgency = w("Urgency: {level}.").format(level=w(level))
        story.append(Paragraph(f"<b>{urgency}</b> {text(w(wish).format(client=d.client_name))}", _BODY))
        if d.risk_raised is not None:
            risk = text(w(RISK_WORDS[d.risk_raised]).format(client=d.client_name))
            story.append(Paragraph(f"<b>{w('Risk to self or others:')}</b> {risk}", _BODY))
        story += [
            Spacer(0, 2),
            self._consent_box(),
            Spacer(0, 6),
            # The last paragraph goes with the signature: a signature never stands alone on a page.
            KeepTogether([Paragraph(self._contact_sentence(), _BODY), *self._closing()]),
        ]
        return story

    def _mark(self) -> str:
        d, w = self.letter, self.w
        if d.printed_on is None:
            return w("PRIVATE AND CONFIDENTIAL")
        copy = w("Letter of {date}; copy printed on {printed}").format(
            date=self.date(d.letter_date), printed=self.date(d.printed_on)
        )
        return f"{w('PRIVATE AND CONFIDENTIAL')} · {copy}"

    @staticmethod
    def _lines(content: str) -> str:
        lines = [text(line.strip()) for line in content.splitlines() if line.strip()]
        return lines[0] if len(lines) == 1 else "<br/>" + "<br/>".join(lines)

    def _contact_way(self) -> str:
        d, w = self.letter, self.w
        client = text(d.client_name)
        if d.client_will_contact:
            return w("{client} will get in touch with you directly to arrange an appointment.").format(
                client=client
            )
        if any(line.label == "Contact details" for line in d.shared):
            return w("{client} would like you to make contact, using the contact details above.").format(
                client=client
            )
        return w("{client} knows of this letter; I have not been asked to pass on contact details.").format(
            client=client
        )

    def _reply(self) -> str:
        # Ask back only what the client agreed the recipient may tell the coach (ICF Code of Ethics 2025,
        # "Confidentiality and Legal Compliance"; EMCC Global Code of Ethics, "Working with clients"):
        # nothing clinical comes back.
        client = text(self.letter.client_name)
        if self.letter.recipient_may_reply:
            return self.w(
                "{client} has agreed that you may tell me whether you can offer an appointment. I do not "
                "ask for anything else: what {client} shares with you stays between you."
            ).format(client=client)
        return self.w(
            "{client} has not asked me to follow this up with you, so please do not send me any "
            "information about {client}: what {client} shares with you stays between you."
        ).format(client=client)

    def _address_and_date(self) -> Table:
        d = self.letter
        recipient = [d.professional_name, d.professional_profession, d.professional_organisation]
        recipient += [line.strip() for line in d.professional_address.splitlines() if line.strip()]
        if not d.professional_address.strip() and d.professional_email:
            recipient.append(self.w("By e-mail: {email}").format(email=d.professional_email))
        block = "<br/>".join(text(line) for line in recipient if line)
        table = Table(
            [[Paragraph(block, _BLOCK), Paragraph(self.date(d.letter_date), _DATE)]],
            colWidths=[WIDTH * 0.62, WIDTH * 0.38],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),  # else empty cells set Helvetica, never embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _consent_box(self) -> Table:
        d, w = self.letter, self.w
        kinds = [w(kind) for kind in ("the reason for referral above", *d.shared_statement)]
        shared = (
            kinds[0]
            if len(kinds) == 1
            else w("{these} and {last}").format(these=", ".join(kinds[:-1]), last=kinds[-1])
        )
        statement = w(
            "On {date}, {client} consented to my sharing {shared} with {recipient} for the purpose of this "
            "referral"
        ).format(
            date=self.date(d.consent_granted_on),
            client=text(d.client_name),
            shared=text(shared),
            recipient=text(d.consent_recipient),
        )
        statement += w(", and also: {other}").format(other=text(d.shared_other)) if d.shared_other else ""
        if not statement.endswith((".", "!", "?")):
            statement += "."
        if d.consent_expires_on is None:
            until = w("It has no expiry date, and {client} may withdraw it at any time.")
        else:
            until = w("It is valid until {date}, and {client} may withdraw it at any time.")
        until = until.format(
            date=self.date(d.consent_expires_on) if d.consent_expires_on else "", client=text(d.client_name)
        )
        terms = f"{until} " + w(
            "Nothing else from the coaching (session notes or other records) has been shared."
        )
        box = Table(
            [
                [Paragraph(w("CLIENT CONSENT"), _BOX_LABEL)],
                [Paragraph(statement, _BOX_TEXT)],
                [Paragraph(terms, _BOX_TEXT)],
            ],
            colWidths=[WIDTH],
            hAlign="LEFT",
        )
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("BOX", (0, 0), (-1, -1), 0.8, BOX),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("TOPPADDING", (0, 1), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -2), 2),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                ]
            )
        )
        return KeepTogether([box])

    def _contact_sentence(self) -> str:
        d, w = self.letter, self.w
        ways = []
        if d.coach_email:
            ways.append(w("by e-mail at {email}").format(email=text(d.coach_email)))
        if d.coach_phone:
            ways.append(w("by telephone on {phone}").format(phone=text(d.coach_phone)))
        if d.coach_address.strip():
            address = ", ".join(line.strip() for line in d.coach_address.splitlines() if line.strip())
            ways.append(w("by post at {address}").format(address=text(address)))
        thanks = w("Thank you for considering this referral.")
        if not ways:
            return thanks
        joined = (
            ways[0]
            if len(ways) == 1
            else w("{these} or {last}").format(these=", ".join(ways[:-1]), last=ways[-1])
        )
        return f"{thanks} " + w("Should you have any questions, you can reach me {ways}.").format(ways=joined)

    def _closing(self) -> list[Any]:
        d, w = self.letter, self.w
        head = d.letterhead
        name = head.coach_name + (f", {head.credentials}" if head.credentials else "")
        role = w("Professional coach") + (f", {head.practice_name}" if head.practice_name else "")
        notes = [line for line in (d.coach_qualifications, self._ethics_line()) if line]
        signature = Table([[""]], colWidths=[70 * mm], rowHeights=[10 * mm], hAlign="LEFT")
        signature.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SANS),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, INK),
                ]
            )
        )
        return [
            Paragraph(w("Yours sincerely,"), _BODY),
            signature,
            Spacer(0, 4),
            Paragraph(f"<b>{text(name)}</b>", _SIGNATURE),
            Paragraph(text(role), _SIGNATURE),
            *(Paragraph(text(note), _SIGNATURE_NOTE) for note in notes),
            *([Spacer(0, 4), Paragraph(w("cc: the client"), _SIGNATURE)] if d.client_gets_copy else []),
        ]

    def _ethics_line(self) -> str:
        code = self.letter.coach_code_of_ethics
        return self.w("Works to the {code}").format(code=code) if code else ""
