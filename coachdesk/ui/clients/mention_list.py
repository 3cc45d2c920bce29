"""Before an erasure: where other records name the client, each with a "Redact" tick box."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.mentions import REDACTED, Mention
from coachdesk.ui.kit.marking import QT_TRANSLATE_NOOP

# The free-text fields where a client's name is most often written, marked for the translators.
FIELD_WORDS = (
    QT_TRANSLATE_NOOP("MentionList", "Action taken"),
    QT_TRANSLATE_NOOP("MentionList", "Address"),
    QT_TRANSLATE_NOOP("MentionList", "Billing address"),
    QT_TRANSLATE_NOOP("MentionList", "Body"),
    QT_TRANSLATE_NOOP("MentionList", "Buyer address"),
    QT_TRANSLATE_NOOP("MentionList", "Buyer name"),
    QT_TRANSLATE_NOOP("MentionList", "Client name"),
    QT_TRANSLATE_NOOP("MentionList", "Contact"),
    QT_TRANSLATE_NOOP("MentionList", "Contact name"),
    QT_TRANSLATE_NOOP("MentionList", "Description"),
    QT_TRANSLATE_NOOP("MentionList", "Evidence"),
    QT_TRANSLATE_NOOP("MentionList", "Measure of success"),
    QT_TRANSLATE_NOOP("MentionList", "Name"),
    QT_TRANSLATE_NOOP("MentionList", "Note"),
    QT_TRANSLATE_NOOP("MentionList", "Notes"),
    QT_TRANSLATE_NOOP("MentionList", "Outcome"),
    QT_TRANSLATE_NOOP("MentionList", "Private notes"),
    QT_TRANSLATE_NOOP("MentionList", "Reason"),
    QT_TRANSLATE_NOOP("MentionList", "Reason in clients words"),
    QT_TRANSLATE_NOOP("MentionList", "Recipient"),
    QT_TRANSLATE_NOOP("MentionList", "Safeguards"),
    QT_TRANSLATE_NOOP("MentionList", "Shared other"),
    QT_TRANSLATE_NOOP("MentionList", "Shared summary"),
    QT_TRANSLATE_NOOP("MentionList", "Sponsor contact name"),
    QT_TRANSLATE_NOOP("MentionList", "Sponsor progress"),
    QT_TRANSLATE_NOOP("MentionList", "Statement"),
    QT_TRANSLATE_NOOP("MentionList", "Summary client read"),
    QT_TRANSLATE_NOOP("MentionList", "Text"),
    QT_TRANSLATE_NOOP("MentionList", "Title"),
    QT_TRANSLATE_NOOP("MentionList", "What changed"),
    QT_TRANSLATE_NOOP("MentionList", "What was disclosed"),
)


def field_name(field: str) -> str:
    """``"private_notes"`` → ``"Private notes"``: the field as the coach knows it, translated."""
    words = field.replace("_", " ").strip()
    return QCoreApplication.translate("MentionList", words[:1].upper() + words[1:])


def excerpt_html(mention: Mention, highlight: str) -> str:
    """The words around the mention, with the name itself marked; '…' where the text goes on."""
    before = ("…" if mention.start > len(mention.before) else "") + mention.before
    after = mention.after + ("…" if len(mention.after) >= 40 else "")
    marked = f'<b style="background-color:{highlight}">{escape(mention.matched)}</b>'
    return f"{escape(before)}{marked}{escape(after)}".replace("\n", " ")


def _tint(palette: QPalette) -> str:
    """The highlight colour, lightened towards the background: marks the name yet keeps it legible."""
    mark, base = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base)
    mixed = QColor(
        round(0.35 * mark.red() + 0.65 * base.red()),
        round(0.35 * mark.green() + 0.65 * base.green()),
        round(0.35 * mark.blue() + 0.65 * base.blue()),
    )
    return mixed.name()


class MentionRow(QFrame):
    """One mention: where it is, which field, the excerpt, and whether to redact it."""

    def __init__(self, mention: Mention, highlight: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mention = mention
        self.redact = QCheckBox(QCoreApplication.translate("MentionList", "Redact"))
        self.redact.setChecked(True)
        self.redact.setAccessibleName(
            QCoreApplication.translate("MentionList", "Redact the mention in {where}, {field}").format(
                where=mention.where, field=field_name(mention.field)
            )
        )
        self.place = QLabel(f"{mention.where} \u2014 {field_name(mention.field)}")
        font = self.place.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.place.setFont(font)
        self.excerpt = QLabel(excerpt_html(mention, highlight))
        self.excerpt.setTextFormat(Qt.TextFormat.RichText)
        self.excerpt.setWordWrap(True)
        self.excerpt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excerpt.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.place)
        text.addWidget(self.excerpt)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.redact, 0, Qt.AlignmentFlag.AlignTop)


class MentionList(QWidget):
    """The mentions found, in a scrolling list, and a sentence saying what happens to each kind.

    ``chosen()`` are the ticked mentions, to pass to ``erase_client(..., redact=...)``.
    """

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MentionRow] = []
        self.client_name = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(
            QCoreApplication.translate("MentionList", "What happens to the mentions")
        )
        self._inner = QWidget()
        self._rows_layout = QVBoxLayout(self._inner)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._inner)
        self.scroll_area.setAccessibleName(
            QCoreApplication.translate("MentionList", "Mentions in other records")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.outcome)
        self.hide()

    def set_mentions(self, mentions: list[Mention], client_name: str) -> None:
        self.client_name = client_name
        colour = _tint(self.palette())
        for index, mention in enumerate(mentions):
            row = MentionRow(mention, colour)
            if index:
                row.setFrameShape(QFrame.Shape.NoFrame)
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self._rows_layout.addWidget(line)
            row.redact.toggled.connect(lambda _on: self._choice_changed())
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self._rows_layout.addStretch(1)
        count = len(mentions)
        places = (
            QCoreApplication.translate("MentionList", "1 place")
            if count == 1
            else QCoreApplication.translate("MentionList", "{count} places").format(count=count)
        )
        self.heading.setText(
            QCoreApplication.translate(
                "MentionList", "{name} is named in {places} in other records, which the erasure would leave:"
            ).format(name=client_name, places=places)
        )
        # At least about three rows show at once; the list grows with the dialog, and more scroll.
        shown = sum(row.sizeHint().height() + 2 for row in self.rows[:3]) + 4
        self.scroll_area.setMinimumHeight(min(shown, 170))
        self.setVisible(bool(mentions))
        self._choice_changed()

    def chosen(self) -> list[Mention]:
        return [row.mention for row in self.rows if row.redact.isChecked()]

    def _choice_changed(self) -> None:
        self.outcome.setText(self.outcome_text())
        self.choice_changed.emit()

    def outcome_text(self) -> str:
        """A plain sentence on what becomes of the ticked and the unticked mentions."""
        ticked = len(self.chosen())
        unticked = len(self.rows) - ticked
        if not self.rows:
            return ""
        if not unticked:
            return QCoreApplication.translate(
                "MentionList",
                'Each ticked mention will read "{redacted}" instead of the name, in the same step as '
                "the erasure.",
            ).format(redacted=REDACTED)
        if not ticked:
            return QCoreApplication.translate(
                "MentionList",
                "Nothing is ticked: every mention stays as it is, and those records will still name "
                "{name} after the erasure.",
            ).format(name=self.client_name)
        ticked_text = (
            QCoreApplication.translate("MentionList", "The ticked mention")
            if ticked == 1
            else QCoreApplication.translate("MentionList", "The {ticked} ticked mentions").format(
                ticked=ticked
            )
        )
        unticked_text = (
            QCoreApplication.translate(
                "MentionList", "the unticked one stays as it is, and will still name {name}"
            )
            if unticked == 1
            else QCoreApplication.translate(
                "MentionList", "the {unticked} unticked ones stay as they are, and will still name {name}"
            )
        ).format(unticked=unticked, name=self.client_name)
        return QCoreApplication.translate(
            "MentionList",
            '{ticked_text} will read "{redacted}" instead of the name, in the same step as the '
            "erasure; {unticked_text}.",
        ).format(ticked_text=ticked_text, redacted=REDACTED, unticked_text=unticked_text)
