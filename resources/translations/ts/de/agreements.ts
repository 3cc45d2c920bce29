<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgreementStatus</name>
    <message>
        <source>Mark as sent</source>
        <translation>Als versendet markieren</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Als unterzeichnet markieren</translation>
    </message>
    <message>
        <source>Mark as active</source>
        <translation>Als aktiv markieren</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Withdraw to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Kündigen</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versendet am</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Gekündigt am</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>attendance shared with the sponsor</source>
        <translation>Teilnahme für den Auftraggeber</translation>
    </message>
    <message>
        <source>goals shared with the sponsor</source>
        <translation>Ziele für den Auftraggeber</translation>
    </message>
    <message>
        <source>progress summary for the sponsor</source>
        <translation>Fortschrittsbericht für den Auftraggeber</translation>
    </message>
    <message>
        <source>{move} “{title}”? The agreement becomes a closed record: its terms can no longer change and it cannot be reopened.</source>
        <translation>{move}: „{title}“? Die Vereinbarung wird damit abgeschlossen: Ihre Bedingungen lassen sich nicht mehr ändern, und sie kann nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Terminated {day}</source>
        <translation>Gekündigt {day}</translation>
    </message>
    <message>
        <source>Completed {day}</source>
        <translation>Abgeschlossen {day}</translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation>Versendet {day}</translation>
    </message>
    <message>
        <source>Signed {day}</source>
        <translation>Unterzeichnet {day}</translation>
    </message>
    <message>
        <source>Active from {day}</source>
        <translation>Aktiv ab {day}</translation>
    </message>
    <message>
        <source>Changed since signing: {terms}. The agreement as signed does not change; record each change the parties agreed in writing on the Amendments tab.</source>
        <translation>Seit der Unterzeichnung geändert: {terms}. Die unterzeichnete Vereinbarung bleibt, wie sie ist; erfassen Sie jede schriftlich vereinbarte Änderung auf dem Reiter „Nachträge“.</translation>
    </message>
    <message>
        <source>No further status changes</source>
        <translation>Keine weiteren Statuswechsel</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>No fee (pro bono)</source>
        <translation>Kein Honorar (pro bono)</translation>
    </message>
    <message>
        <source>{amount} per session</source>
        <translation>{amount} pro Sitzung</translation>
    </message>
    <message>
        <source>{amount} for the engagement</source>
        <translation>{amount} für den Coaching-Auftrag</translation>
    </message>
    <message>
        <source>{amount} per session, paid by the sponsor</source>
        <translation>{amount} pro Sitzung, zahlt der Auftraggeber</translation>
    </message>
    <message>
        <source>{amount} for the engagement, paid by the sponsor</source>
        <translation>{amount} für den Coaching-Auftrag, zahlt der Auftraggeber</translation>
    </message>
    <message>
        <source>{amount} per session, paid by the client</source>
        <translation>{amount} pro Sitzung, zahlt der Klient</translation>
    </message>
    <message>
        <source>{amount} for the engagement, paid by the client</source>
        <translation>{amount} für den Coaching-Auftrag, zahlt der Klient</translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation>Versendet {day}</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>{done} (as agreed)</source>
        <translation>{done} (nach Absprache)</translation>
    </message>
    <message>
        <source>— two-party</source>
        <translation>— zweiseitig</translation>
    </message>
    <message>
        <source>Delete the agreement “{title}” with {client}?</source>
        <translation>Die Vereinbarung „{title}“ mit {client} löschen?</translation>
    </message>
    <message>
        <source>Its {records} stay with {client}, no longer linked to an agreement.</source>
        <translation>Ihre {records} bleiben bei {client}, ohne Verbindung zu einer Vereinbarung.</translation>
    </message>
    <message>
        <source>This cannot be undone, except from a backup made before.</source>
        <translation>Das lässt sich nicht rückgängig machen, außer mit einer zuvor erstellten Sicherung.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>{count} goals</source>
        <translation>{count} Ziele</translation>
    </message>
    <message>
        <source>1 conflict record</source>
        <translation>1 Eintrag zu Interessenkonflikten</translation>
    </message>
    <message>
        <source>{count} conflict records</source>
        <translation>{count} Einträge zu Interessenkonflikten</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Filter by client, agreement or sponsor</source>
        <translation>Nach Klient, Vereinbarung oder Auftraggeber filtern</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Draft your first agreement…</source>
        <translation>Erste Vereinbarung entwerfen…</translation>
    </message>
    <message>
        <source>Delete the selected agreement (Del); its sessions and goals stay</source>
        <translation>Ausgewählte Vereinbarung löschen (Entf); ihre Sitzungen und Ziele bleiben erhalten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Vereinbarungen filtern</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Letzter Export</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show every client&apos;s agreements again</source>
        <translation>Wieder die Vereinbarungen aller Klienten zeigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark the selected agreement as sent, signed, active, completed…</source>
        <translation>Ausgewählte Vereinbarung als versendet, unterzeichnet, aktiv, abgeschlossen … markieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>See the agreement as it will print</source>
        <translation>Die Vereinbarung so sehen, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Save the agreement as a PDF file; the arrow offers a password</source>
        <translation>Vereinbarung als PDF-Datei speichern; der Pfeil bietet ein Passwort an</translation>
    </message>
    <message>
        <source>Export PDF with a password…</source>
        <translation>Als PDF mit Passwort exportieren…</translation>
    </message>
    <message>
        <source>Sponsor report…</source>
        <translation>Bericht an den Auftraggeber…</translation>
    </message>
    <message>
        <source>Write the report a three-way agreement lets the sponsor receive</source>
        <translation>Den Bericht verfassen, den der Auftraggeber laut Dreiecksvertrag erhält</translation>
    </message>
    <message>
        <source>Invoice unbilled sessions…</source>
        <translation>Offene Sitzungen abrechnen…</translation>
    </message>
    <message>
        <source>Make a draft invoice of the sessions (or the package) not yet billed, and open it</source>
        <translation>Einen Rechnungsentwurf für die noch nicht abgerechneten Sitzungen (oder das Paket) anlegen und öffnen</translation>
    </message>
    <message>
        <source>Only {name} ✕</source>
        <translation>Nur {name} ✕</translation>
    </message>
    <message>
        <source>Only one client ✕</source>
        <translation>Nur ein Klient ✕</translation>
    </message>
    <message>
        <source>Show every client&apos;s agreements</source>
        <translation>Vereinbarungen aller Klienten zeigen</translation>
    </message>
    <message>
        <source>{move}: not possible</source>
        <translation>{move}: nicht möglich</translation>
    </message>
    <message>
        <source>Delete the agreement?</source>
        <translation>Vereinbarung löschen?</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Coachingvereinbarung</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Neuer Nachtrag</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Nachtrag speichern</translation>
    </message>
    <message>
        <source>Record a change the parties agreed in writing after signing (a letter, an e-mail both confirmed). Reprints of the agreement list it under “Since signing”.</source>
        <translation>Erfassen Sie eine Änderung, die die Parteien nach der Unterzeichnung schriftlich vereinbart haben (ein Brief, eine von beiden bestätigte E-Mail). Neue Ausdrucke der Vereinbarung führen sie unter „Seit der Unterzeichnung“ auf.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>e.g. Two further sessions, ten in all</source>
        <translation>z. B. Zwei weitere Sitzungen, insgesamt zehn</translation>
    </message>
</context>
<context>
    <name>AmendmentTableModel</name>
    <message>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <source>About amendments</source>
        <translation>Über Nachträge</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation>Nachtrag hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Signed on {day}. CoachDesk keeps the agreement as it was signed: its reprint does not change when you edit the terms. Any change needs the parties&apos; agreement in writing; record it here and reprints list it.</source>
        <translation>Unterzeichnet am {day}. CoachDesk bewahrt die Vereinbarung so auf, wie sie unterzeichnet wurde: Ein neuer Ausdruck ändert sich nicht, wenn Sie die Bedingungen bearbeiten. Jede Änderung braucht die schriftliche Zustimmung der Parteien; erfassen Sie sie hier, dann führen neue Ausdrucke sie auf.</translation>
    </message>
    <message>
        <source>Delete the amendment of {day}? Reprints will no longer list it.</source>
        <translation>Den Nachtrag vom {day} löschen? Neue Ausdrucke führen ihn dann nicht mehr auf.</translation>
    </message>
    <message>
        <source>Delete amendment?</source>
        <translation>Nachtrag löschen?</translation>
    </message>
</context>
<context>
    <name>ClauseChoices</name>
    <message>
        <source>Optional clauses</source>
        <translation>Wahlklauseln</translation>
    </message>
    <message>
        <source>Untick to leave “%1” out of this agreement.</source>
        <translation>Abwählen, um „%1“ in dieser Vereinbarung wegzulassen.</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Art der Vereinbarung</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Vereinbarung anlegen</translation>
    </message>
    <message>
        <source>Add a client first: an agreement is always with a client.</source>
        <translation>Legen Sie zuerst einen Klienten an: Eine Vereinbarung gilt immer mit einem Klienten.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This agreement is {status}; its terms can no longer change.</source>
        <translation>Diese Vereinbarung ist {status}; ihre Bedingungen lassen sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>This agreement already has sessions or goals, so it stays with its client.</source>
        <translation>Zu dieser Vereinbarung gibt es schon Sitzungen oder Ziele, daher bleibt sie bei ihrem Klienten.</translation>
    </message>
    <message>
        <source>Choose the client this agreement is with.</source>
        <translation>Wählen Sie den Klienten dieser Vereinbarung.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Check the dates and the number of sessions.</source>
        <translation>Prüfen Sie die Daten und die Zahl der Sitzungen.</translation>
    </message>
    <message>
        <source>this agreement</source>
        <translation>diese Vereinbarung</translation>
    </message>
    <message>
        <source>{move}?</source>
        <translation>{move}?</translation>
    </message>
</context>
<context>
    <name>EngagementFields</name>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Pro Sitzung</translation>
    </message>
    <message>
        <source>For the whole engagement</source>
        <translation>Für den ganzen Coaching-Auftrag</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Der Klient</translation>
    </message>
    <message>
        <source>The sponsor</source>
        <translation>Der Auftraggeber</translation>
    </message>
    <message>
        <source>None — a two-party agreement</source>
        <translation>Keiner — zweiseitige Vereinbarung</translation>
    </message>
    <message>
        <source>Every agreement also states the limits of confidentiality: illegal activity, disclosure required by law or by a court order or subpoena, and an imminent or likely risk of danger to the client or to others; and that supervision is the one routine exception.</source>
        <translation>Jede Vereinbarung nennt auch die Grenzen der Vertraulichkeit: illegale Handlungen, eine gesetzlich oder gerichtlich verlangte Offenlegung sowie eine unmittelbare oder wahrscheinliche Gefahr für den Klienten oder andere; und dass Supervision die einzige regelmäßige Ausnahme ist.</translation>
    </message>
    <message>
        <source>The sponsor never receives your private notes or what the client says in sessions.</source>
        <translation>Der Auftraggeber erhält nie Ihre privaten Notizen oder das, was der Klient in den Sitzungen sagt.</translation>
    </message>
    <message>
        <source>Parties and dates</source>
        <translation>Parteien und Daten</translation>
    </message>
    <message>
        <source>Sessions and fees</source>
        <translation>Sitzungen und Honorar</translation>
    </message>
    <message>
        <source>Confidentiality and the sponsor</source>
        <translation>Vertraulichkeit und Auftraggeber</translation>
    </message>
    <message>
        <source>Boundaries and ending</source>
        <translation>Grenzen und Beendigung</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Three-way agreement (coach, client and {sponsor})</source>
        <translation>Dreiecksvertrag (Coach, Klient und {sponsor})</translation>
    </message>
    <message>
        <source>Two-party agreement (coach and client)</source>
        <translation>Zweiseitige Vereinbarung (Coach und Klient)</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation>Klienten wählen</translation>
    </message>
    <message>
        <source>e.g. First 100 days as Head of Operations</source>
        <translation>z. B. Die ersten 100 Tage als Leiterin Betrieb</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Sponsor&apos;s contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <source>Log as an alias, verified by the organisation</source>
        <translation>Unter einem Alias erfassen, von der Organisation bestätigt</translation>
    </message>
    <message>
        <source>For an organisation whose confidentiality policy keeps client names in: the hours log lists these sessions as “Confidential Client N” with the contact&apos;s e-mail (needed for the hours to count), and Reports prints the letter the contact signs.</source>
        <translation>Für eine Organisation, deren Vertraulichkeitsregeln Klientennamen nicht nach außen lassen: Der Coaching-Stundennachweis führt diese Sitzungen als „Vertraulicher Klient N“ mit der E-Mail des Ansprechpartners (nötig, damit die Stunden zählen), und unter Berichte wird das Schreiben gedruckt, das der Ansprechpartner unterzeichnet.</translation>
    </message>
    <message>
        <source>Hours log</source>
        <translation>Stundennachweis</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>As agreed (no fixed number)</source>
        <translation>Nach Absprache (keine feste Zahl)</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Sitzungen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>0 for pro bono</source>
        <translation>0 für pro bono</translation>
    </message>
    <message>
        <source>Fee as printed</source>
        <translation>Honorar wie gedruckt</translation>
    </message>
    <message>
        <source>e.g. Invoiced monthly; payable within 30 days</source>
        <translation>z. B. Monatliche Rechnung; zahlbar innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>e.g. Sessions moved with less than 24 hours&apos; notice are charged</source>
        <translation>z. B. Sitzungen, die weniger als 24 Stunden vorher verschoben werden, werden berechnet</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Je Sitzung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <source>Included in the fee</source>
        <translation>Im Honorar enthalten</translation>
    </message>
    <message>
        <source>Added to the fee</source>
        <translation>Zusätzlich zum Honorar</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Nicht berechnet</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Late cancellations and no-shows use a session and are billed</source>
        <translation>Kurzfristige Absagen und Nichterscheinen zählen als Sitzung und werden berechnet</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Versäumte Sitzungen</translation>
    </message>
    <message>
        <source>Anything you agree beyond the standard confidentiality clause</source>
        <translation>Was Sie über die übliche Vertraulichkeitsklausel hinaus vereinbaren</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Attendance: which sessions took place</source>
        <translation>Teilnahme: welche Sitzungen stattfanden</translation>
    </message>
    <message>
        <source>The goals agreed for the coaching</source>
        <translation>Die für das Coaching vereinbarten Ziele</translation>
    </message>
    <message>
        <source>A progress summary, agreed with the client first</source>
        <translation>Einen Fortschrittsbericht, vorher mit dem Klienten abgestimmt</translation>
    </message>
    <message>
        <source>The sponsor receives</source>
        <translation>Der Auftraggeber erhält</translation>
    </message>
    <message>
        <source>e.g. In the first week, at the midpoint review and at the close</source>
        <translation>z. B. In der ersten Woche, zur Halbzeit und zum Abschluss</translation>
    </message>
    <message>
        <source>Three-way meetings</source>
        <translation>Dreiergespräche</translation>
    </message>
    <message>
        <source>e.g. E-mail; phone for rescheduling only</source>
        <translation>z. B. E-Mail; Telefon nur für Terminänderungen</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 9:00–18:00</source>
        <translation>z. B. Montag bis Freitag, 9:00–18:00</translation>
    </message>
    <message>
        <source>e.g. Within two working days</source>
        <translation>z. B. Innerhalb von zwei Werktagen</translation>
    </message>
    <message>
        <source>e.g. No gifts beyond a token of under €25</source>
        <translation>z. B. Keine Geschenke über eine kleine Aufmerksamkeit unter 25 € hinaus</translation>
    </message>
    <message>
        <source> days&apos; notice</source>
        <translation> Tage Frist</translation>
    </message>
    <message>
        <source>No notice needed</source>
        <translation>Ohne Frist</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Ending early</source>
        <translation>Vorzeitiges Ende</translation>
    </message>
    <message>
        <source>Either party may end the coaching with this much notice, in writing.</source>
        <translation>Jede Partei kann das Coaching mit dieser Frist schriftlich beenden.</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Wahlklauseln</translation>
    </message>
    <message>
        <source>Untick a clause to leave it out of this agreement. Every other clause always prints; the wording of all of them is in the clause template.</source>
        <translation>Wählen Sie eine Klausel ab, um sie in dieser Vereinbarung wegzulassen. Alle anderen Klauseln werden immer gedruckt; ihr Wortlaut steht in der Klauselvorlage.</translation>
    </message>
    <message>
        <source>A “Place” line beside each signature date</source>
        <translation>Eine Zeile „Ort“ neben jedem Unterschriftsdatum</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Choose a sponsor first</source>
        <translation>Zuerst einen Auftraggeber wählen</translation>
    </message>
    <message>
        <source>Only a sponsor receives anything; this is a two-party agreement.</source>
        <translation>Nur ein Auftraggeber erhält etwas; dies ist eine zweiseitige Vereinbarung.</translation>
    </message>
    <message>
        <source>{name} (the organisation&apos;s contact)</source>
        <translation>{name} (Ansprechpartner der Organisation)</translation>
    </message>
    <message>
        <source>Who signs for the sponsor</source>
        <translation>Wer für den Auftraggeber unterschreibt</translation>
    </message>
</context>
<context>
    <name>NoteTemplateChoice</name>
    <message>
        <source>Note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>New sessions of this agreement start their private notes from this template</source>
        <translation>Neue Sitzungen dieser Vereinbarung beginnen ihre privaten Notizen mit dieser Vorlage</translation>
    </message>
    <message>
        <source>None (empty notes)</source>
        <translation>Keine (leere Notizen)</translation>
    </message>
</context>
<context>
    <name>SponsorReportDialog</name>
    <message>
        <source>Sponsor report</source>
        <translation>Bericht an den Auftraggeber</translation>
    </message>
    <message>
        <source>The report holds only what the agreement lets the sponsor receive (attendance, goals the client agreed to, a progress summary) and only while the client&apos;s consent to share with the sponsor is in force. Session notes are never included.</source>
        <translation>Der Bericht enthält nur, was der Auftraggeber laut Vereinbarung erhalten darf (Teilnahme, vom Klienten freigegebene Ziele, ein Fortschrittsbericht), und nur, solange die Einwilligung des Klienten zur Weitergabe an den Auftraggeber gilt. Sitzungsnotizen sind nie enthalten.</translation>
    </message>
    <message>
        <source>Leave empty for no summary</source>
        <translation>Leer lassen für keinen Bericht</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>The client has read and agreed to this summary</source>
        <translation>Der Klient hat diesen Bericht gelesen und ihm zugestimmt</translation>
    </message>
    <message>
        <source>Client&apos;s own goals</source>
        <translation>Eigene Ziele des Klienten</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Geplant am</translation>
    </message>
    <message>
        <source>Next three-way review</source>
        <translation>Nächstes Dreiergespräch</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Consent warning</source>
        <translation>Hinweis zur Einwilligung</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent to share</source>
        <translation>Einwilligung des Klienten zur Weitergabe erfassen</translation>
    </message>
    <message>
        <source>The client&apos;s consent to share with {sponsor} ends on {ends}, but the engagement has no end date. Reports after that day need the client&apos;s renewed consent.</source>
        <translation>Die Einwilligung des Klienten zur Weitergabe an {sponsor} endet am {ends}, der Coaching-Auftrag hat aber kein Enddatum. Berichte nach diesem Tag brauchen eine erneute Einwilligung.</translation>
    </message>
    <message>
        <source>The client&apos;s consent to share with {sponsor} ends on {ends}, before the engagement ends on {end}. Reports after that day need the client&apos;s renewed consent.</source>
        <translation>Die Einwilligung des Klienten zur Weitergabe an {sponsor} endet am {ends}, vor dem Ende des Coaching-Auftrags am {end}. Berichte nach diesem Tag brauchen eine erneute Einwilligung.</translation>
    </message>
    <message>
        <source>Tick each goal the client agreed to share in this report:</source>
        <translation>Wählen Sie jedes Ziel, das der Klient für diesen Bericht freigegeben hat:</translation>
    </message>
    <message>
        <source>The client has no goals of their own in this engagement.</source>
        <translation>Der Klient hat in diesem Coaching-Auftrag keine eigenen Ziele.</translation>
    </message>
    <message>
        <source>Share: {goal}</source>
        <translation>Weitergeben: {goal}</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation goal(s) left out: the client&apos;s agreement is not on record (record it in the goal).</source>
        <translation>
            <numerusform>%n Ziel der Organisation ausgelassen: Die Zustimmung des Klienten ist nicht erfasst (erfassen Sie sie im Ziel).</numerusform>
            <numerusform>%n Ziele der Organisation ausgelassen: Die Zustimmung des Klienten ist nicht erfasst (erfassen Sie sie im Ziel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status dates</source>
        <translation>Statusdaten</translation>
    </message>
    <message>
        <source>Next step, dated</source>
        <translation>Nächster Schritt am</translation>
    </message>
    <message>
        <source>Date of the status change</source>
        <translation>Datum des Statuswechsels</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>Problem beim Status</translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation>Änderungen nach der Unterzeichnung</translation>
    </message>
    <message>
        <source>Kept as signed</source>
        <translation>Wie unterzeichnet aufbewahrt</translation>
    </message>
    <message>
        <source>Decide on the conflict…</source>
        <translation>Über den Konflikt entscheiden…</translation>
    </message>
    <message>
        <source>— not saved yet; marking it as sent saves it first</source>
        <translation>— noch nicht gespeichert; „Als versendet markieren“ speichert sie zuerst</translation>
    </message>
    <message>
        <source>Signed: the agreement is kept as it was signed. A change to its terms needs the parties&apos; agreement in writing; record it on the Amendments tab.</source>
        <translation>Unterzeichnet: Die Vereinbarung wird so aufbewahrt, wie sie unterzeichnet wurde. Eine Änderung ihrer Bedingungen braucht die schriftliche Zustimmung der Parteien; erfassen Sie sie auf dem Reiter „Nachträge“.</translation>
    </message>
</context>
</TS>
