<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Me (coach)</source>
        <translation>Ich (Coach)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an action item agreed in this session</source>
        <translation>Eine in dieser Sitzung vereinbarte Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected action item (Del)</source>
        <translation>Die ausgewählte Aufgabe entfernen (Entf)</translation>
    </message>
    <message>
        <source>Action item problem</source>
        <translation>Problem mit der Aufgabe</translation>
    </message>
    <message>
        <source>No action items yet. What did the client (or you) agree to do?</source>
        <translation>Noch keine Aufgaben. Was hat der Klient (oder haben Sie) sich vorgenommen?</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Remove action item?</source>
        <translation>Aufgabe entfernen?</translation>
    </message>
    <message>
        <source>Remove the action item “{action}”? This cannot be undone.</source>
        <translation>Die Aufgabe „{action}“ entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>FiledUnderLabel</name>
    <message>
        <source>Agreement the session is filed under</source>
        <translation>Vereinbarung, unter der die Sitzung abgelegt ist</translation>
    </message>
    <message>
        <source>Filed under: {title}, session {number} of {planned}</source>
        <translation>Abgelegt unter: {title}, Sitzung {number} von {planned}</translation>
    </message>
    <message>
        <source>Filed under: {title}, session {number}</source>
        <translation>Abgelegt unter: {title}, Sitzung {number}</translation>
    </message>
    <message>
        <source>Filed under: {title}</source>
        <translation>Abgelegt unter: {title}</translation>
    </message>
    <message>
        <source>Not filed under an agreement</source>
        <translation>Keiner Vereinbarung zugeordnet</translation>
    </message>
    <message>
        <source>No agreement covers today</source>
        <translation>Keine Vereinbarung gilt für heute</translation>
    </message>
</context>
<context>
    <name>NoteTemplatesDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Notizvorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Diese Vorlage verwenden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a template of your own</source>
        <translation>Eine eigene Vorlage beginnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Eine eigene, bearbeitbare Kopie dieser Vorlage anlegen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this template of yours</source>
        <translation>Diese eigene Vorlage löschen</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>This template comes with CoachDesk: copy it to make your own version.</source>
        <translation>Diese Vorlage gehört zu CoachDesk: Kopieren Sie sie, um eine eigene Fassung anzulegen.</translation>
    </message>
    <message>
        <source>Placeholders filled when the template is used: %1 (the client&apos;s preferred name, the session&apos;s number such as 3 of 6, the open action items, the agreement&apos;s goals, the date).</source>
        <translation>Platzhalter, die beim Verwenden der Vorlage ausgefüllt werden: %1 (der bevorzugte Name des Klienten, die Nummer der Sitzung wie 3 von 6, die offenen Aufgaben, die Ziele der Vereinbarung, das Datum).</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Meine Vorlage</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (meine Fassung)</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Notes already written from it stay as they are; agreements that started new sessions from it will start from none.</source>
        <translation>Die Vorlage „%1“ löschen? Bereits damit geschriebene Notizen bleiben, wie sie sind; Vereinbarungen, die neue Sitzungen damit begonnen haben, beginnen dann ohne Vorlage.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <source>The notes are not empty</source>
        <translation>Die Notizen sind nicht leer</translation>
    </message>
    <message>
        <source>These notes already hold text. Insert the template at the cursor, or replace the notes with it?</source>
        <translation>Diese Notizen enthalten bereits Text. Die Vorlage an der Cursorposition einfügen oder die Notizen durch sie ersetzen?</translation>
    </message>
    <message>
        <source>Insert at cursor</source>
        <translation>An der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Replace the notes</source>
        <translation>Notizen ersetzen</translation>
    </message>
    <message>
        <source>Use template…</source>
        <translation>Vorlage verwenden…</translation>
    </message>
    <message>
        <source>Use a note template</source>
        <translation>Eine Notizvorlage verwenden</translation>
    </message>
    <message>
        <source>Start the notes from GROW, CLEAR, OSKAR or one of your own</source>
        <translation>Die Notizen mit GROW, CLEAR, OSKAR oder einer eigenen Vorlage beginnen</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Vorbereiten…</translation>
    </message>
    <message>
        <source>Before the session: the last summary, open actions, goals</source>
        <translation>Vor der Sitzung: die letzte Zusammenfassung, offene Aufgaben, Ziele</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Zusammenfassung…</translation>
    </message>
    <message>
        <source>After the session: a recap for the client, as a PDF or a mail draft</source>
        <translation>Nach der Sitzung: eine Zusammenfassung für den Klienten, als PDF oder E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>Choose the client first: the template names them.</source>
        <translation>Wählen Sie zuerst den Klienten: Die Vorlage nennt ihn.</translation>
    </message>
    <message>
        <source>Left as written, not known placeholders: %1</source>
        <translation>Unverändert gelassen, unbekannte Platzhalter: %1</translation>
    </message>
    <message>
        <source>Finalised notes take no template: add an amendment instead.</source>
        <translation>Abgeschlossene Notizen nehmen keine Vorlage an: Fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Wählen Sie zuerst den Klienten.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Amended {when}</source>
        <translation>Nachtrag vom {when}</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Only you can read these. What was explored, what you noticed, what to pick up next time.</source>
        <translation>Nur Sie können diese lesen. Was erkundet wurde, was Ihnen auffiel, woran Sie nächstes Mal anknüpfen.</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Finalise when the notes are complete: they are then kept as written, and anything added later is a dated amendment.</source>
        <translation>Schließen Sie die Notizen ab, wenn sie vollständig sind: Sie bleiben dann so, wie sie geschrieben sind, und alles Spätere wird ein datierter Nachtrag.</translation>
    </message>
    <message>
        <source>Finalise notes…</source>
        <translation>Notizen abschließen…</translation>
    </message>
    <message>
        <source>Keep the notes as written; later additions become dated amendments</source>
        <translation>Die Notizen so bewahren, wie sie sind; spätere Ergänzungen werden datierte Nachträge</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Add to the notes: the amendment is kept with today&apos;s date and time; the notes above stay as written.</source>
        <translation>Zu den Notizen ergänzen: Der Nachtrag wird mit heutigem Datum und Uhrzeit gespeichert; die Notizen oben bleiben unverändert.</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Neuer Nachtrag</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>Finalised on {day}</source>
        <translation>Abgeschlossen am {day}</translation>
    </message>
    <message>
        <source>No amendments yet.</source>
        <translation>Noch keine Nachträge.</translation>
    </message>
    <message>
        <source>Amendments ({count})</source>
        <translation>Nachträge ({count})</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Session recap</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <source>What the client receives: the shared summary and the action items agreed. Your private notes are never part of it.</source>
        <translation>Was der Klient erhält: die gemeinsame Zusammenfassung und die vereinbarten Aufgaben. Ihre privaten Notizen gehören nie dazu.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Open mail draft…</source>
        <translation>E-Mail-Entwurf öffnen…</translation>
    </message>
    <message>
        <source>Open the recap as a new mail in your mail program; you send it</source>
        <translation>Die Zusammenfassung als neue E-Mail in Ihrem Mailprogramm öffnen; Sie senden sie selbst</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>The recap cannot leave the vault</source>
        <translation>Die Zusammenfassung darf den Tresor nicht verlassen</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Kein Mailprogramm hat den Entwurf geöffnet</translation>
    </message>
    <message>
        <source>Set a default mail program in your system&apos;s settings, or export the recap as a PDF.</source>
        <translation>Legen Sie in den Systemeinstellungen ein Standard-Mailprogramm fest oder exportieren Sie die Zusammenfassung als PDF.</translation>
    </message>
    <message>
        <source>The draft was not recorded</source>
        <translation>Der Entwurf wurde nicht protokolliert</translation>
    </message>
    <message>
        <source> Add the client&apos;s address in your mail program.</source>
        <translation> Ergänzen Sie die Adresse des Klienten in Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>The draft is open in your mail program: check it and send it from there.%1 It is recorded in Ethics › Sent out.</source>
        <translation>Der Entwurf ist in Ihrem Mailprogramm geöffnet: Prüfen Sie ihn und senden Sie ihn von dort.%1 Er ist unter Ethik › Versandt protokolliert.</translation>
    </message>
</context>
<context>
    <name>SessionCountWords</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDocumentDialog</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Log a completed session</source>
        <translation>Abgeschlossene Sitzung erfassen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Gemeinsame Zusammenfassung</translation>
    </message>
    <message>
        <source>What the client receives: the themes, what was agreed, next steps.</source>
        <translation>Was der Klient erhält: die Themen, die Vereinbarungen, die nächsten Schritte.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Notes, summary and action items</source>
        <translation>Notizen, Zusammenfassung und Aufgaben</translation>
    </message>
    <message>
        <source>Log session</source>
        <translation>Sitzung erfassen</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <source>Action items ({count})</source>
        <translation>Aufgaben ({count})</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Referral to {professional} saved. It is listed under Referrals, where its letter is written.</source>
        <translation>Weiterverweisung an {professional} gespeichert. Sie steht unter Weiterverweisungen, wo auch das Schreiben entsteht.</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Wählen Sie zuerst den Klienten.</translation>
    </message>
    <message>
        <source>Boundary incident logged. It is listed in the Ethics area.</source>
        <translation>Grenzvorfall protokolliert. Er steht im Bereich Ethik.</translation>
    </message>
    <message>
        <source>Finalise notes?</source>
        <translation>Notizen abschließen?</translation>
    </message>
    <message>
        <source>Finalise the private notes of this session? They will be kept exactly as written and can no longer be edited; anything you add later is a separate, dated amendment.</source>
        <translation>Die privaten Notizen dieser Sitzung abschließen? Sie bleiben genau so, wie sie geschrieben sind, und lassen sich nicht mehr bearbeiten; alles, was Sie später ergänzen, wird ein eigener, datierter Nachtrag.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>SessionEthicsPanel</name>
    <message>
        <source>No agreement chosen: no boundaries on record for this session.</source>
        <translation>Keine Vereinbarung gewählt: Für diese Sitzung sind keine Grenzen erfasst.</translation>
    </message>
    <message>
        <source>The agreement sets no contact or gift boundaries.</source>
        <translation>Die Vereinbarung legt keine Grenzen für Kontakt oder Geschenke fest.</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>psychische Gesundheit</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medizinische Fragen</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>rechtliche Fragen</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>finanzielle Fragen</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>Schutz und Sicherheit</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>In our coaching, needs came up that fall outside coaching ({concerns}).</source>
        <translation>In unserem Coaching sind Anliegen aufgekommen, die über das Coaching hinausgehen ({concerns}).</translation>
    </message>
    <message>
        <source>Boundaries and referral</source>
        <translation>Grenzen und Weiterverweisung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boundaries agreed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vereinbarte Grenzen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Boundaries agreed</source>
        <translation>Vereinbarte Grenzen</translation>
    </message>
    <message>
        <source>Log a boundary incident…</source>
        <translation>Grenzvorfall protokollieren…</translation>
    </message>
    <message>
        <source>A gift, contact outside the agreed channels or hours, a dual-relationship request…</source>
        <translation>Ein Geschenk, Kontakt außerhalb der vereinbarten Wege oder Zeiten, der Wunsch nach einer Doppelbeziehung…</translation>
    </message>
    <message>
        <source>This session noted a need that may fall outside coaching.</source>
        <translation>In dieser Sitzung kam ein Anliegen auf, das über das Coaching hinausgehen könnte.</translation>
    </message>
    <message>
        <source>Consider a referral…</source>
        <translation>Weiterverweisung erwägen…</translation>
    </message>
    <message>
        <source>Refer the client to a professional from your directory, with their consent</source>
        <translation>Den Klienten mit seiner Einwilligung an eine Fachperson aus Ihrem Verzeichnis verweisen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Type a few letters of the name</source>
        <translation>Ein paar Buchstaben des Namens tippen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Time for the client</source>
        <translation>Uhrzeit beim Klienten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A group session</source>
        <translation>Eine Gruppensitzung</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Coaching-Auftrag</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>A need this session revealed that may fall outside coaching</source>
        <translation>Ein Anliegen aus dieser Sitzung, das über das Coaching hinausgehen könnte</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Klienten</translation>
    </message>
    <message>
        <source>No engagement</source>
        <translation>Kein Coaching-Auftrag</translation>
    </message>
    <message>
        <source>{engagement} ({status})</source>
        <translation>{engagement} ({status})</translation>
    </message>
    <message>
        <source>This session has finalised notes, amendments or action items, so it stays with its client.</source>
        <translation>Diese Sitzung hat abgeschlossene Notizen, Nachträge oder Aufgaben und bleibt daher bei ihrem Klienten.</translation>
    </message>
    <message>
        <source>There are no clients yet: add the client first, then their sessions.</source>
        <translation>Es gibt noch keine Klienten: Legen Sie zuerst den Klienten an, dann seine Sitzungen.</translation>
    </message>
    <message>
        <source>Choose the client this session is with.</source>
        <translation>Wählen Sie den Klienten dieser Sitzung.</translation>
    </message>
    <message>
        <source>Several clients match “{typed}”; type more of the name or pick one from the list.</source>
        <translation>Mehrere Klienten passen zu „{typed}“; tippen Sie mehr vom Namen oder wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>No client matches “{typed}”.</source>
        <translation>Kein Klient passt zu „{typed}“.</translation>
    </message>
</context>
<context>
    <name>SessionListActions</name>
    <message>
        <source>Prepare…</source>
        <translation>Vorbereiten…</translation>
    </message>
    <message>
        <source>Before the selected session: last summary, open actions, goals</source>
        <translation>Vor der ausgewählten Sitzung: letzte Zusammenfassung, offene Aufgaben, Ziele</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Zusammenfassung…</translation>
    </message>
    <message>
        <source>After the selected session: a recap for the client</source>
        <translation>Nach der ausgewählten Sitzung: eine Zusammenfassung für den Klienten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>SessionPrep</name>
    <message>
        <source>Session {number} · {when}</source>
        <translation>Sitzung {number} · {when}</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Die Vereinbarung</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>No shared summary was written.</source>
        <translation>Es wurde keine gemeinsame Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>This is the first session.</source>
        <translation>Dies ist die erste Sitzung.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Keine offen.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Noch keine Ziele erfasst.</translation>
    </message>
</context>
<context>
    <name>SessionPrepDialog</name>
    <message>
        <source>Session prep</source>
        <translation>Sitzungsvorbereitung</translation>
    </message>
    <message>
        <source>A one-page PDF for your own use</source>
        <translation>Ein einseitiges PDF für Ihren eigenen Gebrauch</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>For your own use: nothing here is shared with the client or a sponsor.</source>
        <translation>Für Ihren eigenen Gebrauch: Nichts davon wird mit dem Klienten oder einem Auftraggeber geteilt.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Cancelled late</source>
        <translation>Kurzfristig abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische Gesundheit</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtlich</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>No upcoming sessions match these filters.</source>
        <translation>Keine anstehenden Sitzungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No past sessions match these filters.</source>
        <translation>Keine vergangenen Sitzungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Keine Sitzungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>{format}, group of {size}</source>
        <translation>{format}, Gruppe von {size}</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Coaching-Auftrag</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Filter by client or engagement</source>
        <translation>Nach Klient oder Coaching-Auftrag filtern</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Schedule your first session…</source>
        <translation>Erste Sitzung planen…</translation>
    </message>
    <message>
        <source>Delete the selected session with its notes and action items (Del)</source>
        <translation>Die ausgewählte Sitzung mit Notizen und Aufgaben löschen (Entf)</translation>
    </message>
    <message>
        <source>Log a completed session…</source>
        <translation>Abgeschlossene Sitzung erfassen…</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Angezeigte Sitzungen</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Klienten</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Type a few letters of a client&apos;s name to see only their sessions</source>
        <translation>Tippen Sie ein paar Buchstaben eines Klientennamens, um nur dessen Sitzungen zu sehen</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>Only sessions between two dates</source>
        <translation>Nur Sitzungen zwischen zwei Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Delete the session with {client} on {when} with its private notes, and any amendments and action items recorded with it?

This cannot be undone, except from a backup made before.</source>
        <translation>Die Sitzung mit {client} am {when} samt privaten Notizen und allen dazu erfassten Nachträgen und Aufgaben löschen?

Das lässt sich nur mit einer vorher erstellten Sicherung rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the session with {client} on {when}, and any amendments and action items recorded with it?

This cannot be undone, except from a backup made before.</source>
        <translation>Die Sitzung mit {client} am {when} und alle dazu erfassten Nachträge und Aufgaben löschen?

Das lässt sich nur mit einer vorher erstellten Sicherung rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Sitzung löschen?</translation>
    </message>
</context>
</TS>
