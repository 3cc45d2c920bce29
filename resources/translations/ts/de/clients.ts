<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientDetailPane</name>
    <message>
        <source>Select a client to see their record</source>
        <translation>Wählen Sie einen Klienten, um seine Akte zu sehen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The client&apos;s profile</source>
        <translation>Das Profil des Klienten</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Coaching agreements with this client</source>
        <translation>Coachingvereinbarungen mit diesem Klienten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions with this client</source>
        <translation>Sitzungen mit diesem Klienten</translation>
    </message>
    <message>
        <source>Goals &amp;&amp; actions</source>
        <translation>Ziele &amp;&amp; Aufgaben</translation>
    </message>
    <message>
        <source>Goals and action items</source>
        <translation>Ziele und Aufgaben</translation>
    </message>
    <message>
        <source>Referrals &amp;&amp; consents</source>
        <translation>Verweisungen &amp;&amp; Einwilligungen</translation>
    </message>
    <message>
        <source>Referrals and consents</source>
        <translation>Weiterverweisungen und Einwilligungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Interessenkonflikte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Everything dated about this client, newest first</source>
        <translation>Alles Datierte zu diesem Klienten, das Neueste zuerst</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Klientenakte</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Überblick über den Klienten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this client&apos;s profile</source>
        <translation>Das Profil dieses Klienten bearbeiten</translation>
    </message>
    <message>
        <source>Client record tabs</source>
        <translation>Reiter der Klientenakte</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterverweisungen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>No sessions with this client yet.</source>
        <translation>Noch keine Sitzungen mit diesem Klienten.</translation>
    </message>
    <message>
        <source>Nothing dated about this client yet.</source>
        <translation>Noch nichts Datiertes zu diesem Klienten.</translation>
    </message>
    <message>
        <source>Their profile, engagements, sessions, goals, referrals, consents, conflicts and a timeline of everything dated will appear here.</source>
        <translation>Hier erscheinen Profil, Aufträge, Sitzungen, Ziele, Weiterverweisungen, Einwilligungen, Konflikte und ein Verlauf alles Datierten.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Write a coaching agreement with this client</source>
        <translation>Eine Coachingvereinbarung mit diesem Klienten aufsetzen</translation>
    </message>
    <message>
        <source>No engagements for this client yet: start one with “New agreement…”.</source>
        <translation>Noch kein Coaching-Auftrag mit diesem Klienten: Beginnen Sie einen mit „Neue Vereinbarung…“.</translation>
    </message>
    <message>
        <source>No referrals for this client.</source>
        <translation>Keine Weiterverweisungen für diesen Klienten.</translation>
    </message>
    <message>
        <source>Referrals to other professionals</source>
        <translation>Weiterverweisungen an andere Fachleute</translation>
    </message>
    <message>
        <source>No consents recorded for this client.</source>
        <translation>Keine Einwilligungen für diesen Klienten erfasst.</translation>
    </message>
    <message>
        <source>What left the vault about this client…</source>
        <translation>Was zu diesem Klienten den Tresor verlassen hat…</translation>
    </message>
    <message>
        <source>The selected conflict in full</source>
        <translation>Der ausgewählte Konflikt im Ganzen</translation>
    </message>
    <message>
        <source>No conflicts of interest recorded for this client.</source>
        <translation>Keine Interessenkonflikte für diesen Klienten erfasst.</translation>
    </message>
    <message>
        <source>Select a conflict to read it in full, with its safeguards.</source>
        <translation>Wählen Sie einen Konflikt, um ihn mit seinen Schutzmaßnahmen ganz zu lesen.</translation>
    </message>
    <message>
        <source>Sessions left in the packages</source>
        <translation>Verbleibende Sitzungen in den Paketen</translation>
    </message>
    <message>
        <source>In a three-way engagement</source>
        <translation>Im Dreiecksvertrag</translation>
    </message>
    <message>
        <source>In a two-party engagement</source>
        <translation>Im Zweiervertrag</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>May be named in my coaching-hours log</source>
        <translation>Darf in meinem Coaching-Stundennachweis genannt werden</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klient bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name, as on agreements</source>
        <translation>Vollständiger Name, wie in Vereinbarungen</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Wie er oder sie angesprochen werden möchte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>The language this client&apos;s agreements, letters, reports and invoices print in.</source>
        <translation>Die Sprache, in der Vereinbarungen, Schreiben, Berichte und Rechnungen dieses Klienten gedruckt werden.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <source>Add a new organisation</source>
        <translation>Eine neue Organisation anlegen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>e.g. Head of Engineering</source>
        <translation>z. B. Leiterin Entwicklung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. leadership, career</source>
        <translation>Durch Kommas getrennt, z. B. Führung, Karriere</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Only you can read these</source>
        <translation>Nur Sie können diese lesen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Intake date known</source>
        <translation>Erstgespräch-Datum bekannt</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Klient anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>Diesen Klienten gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ClientRecordActions</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More for this client</source>
        <translation>Mehr zu diesem Klienten</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Neue Weiterverweisung…</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Offenlegung erfassen…</translation>
    </message>
    <message>
        <source>Log a boundary incident…</source>
        <translation>Grenzverletzung protokollieren…</translation>
    </message>
    <message>
        <source>Export everything held about this client…</source>
        <translation>Alles zu diesem Klienten Gespeicherte exportieren…</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Diesen Klienten löschen…</translation>
    </message>
</context>
<context>
    <name>ClientRecordsExport</name>
    <message>
        <source>The records were not exported</source>
        <translation>Die Unterlagen wurden nicht exportiert</translation>
    </message>
    <message>
        <source>Choose where to save {name}&apos;s records</source>
        <translation>Wählen Sie, wo die Unterlagen von {name} gespeichert werden</translation>
    </message>
    <message>
        <source>Client&apos;s records</source>
        <translation>Unterlagen des Klienten</translation>
    </message>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}: {reason}</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {reason}.

Choose another folder, or check that you may write to it.</source>
        <translation>In {folder} konnte nicht geschrieben werden: {reason}.

Wählen Sie einen anderen Ordner oder prüfen Sie, ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>{name}&apos;s records were saved in {folder}:</source>
        <translation>Die Unterlagen von {name} wurden in {folder} gespeichert:</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Nicht gedruckt:</translation>
    </message>
    <message>
        <source>Client records exported</source>
        <translation>Klientenunterlagen exportiert</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Weiterverwiesen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>Active engagement</source>
        <translation>Laufender Auftrag</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Filter by name, organisation or engagement</source>
        <translation>Nach Name, Organisation oder Auftrag filtern</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neuer Klient…</translation>
    </message>
    <message>
        <source>Add your first client…</source>
        <translation>Ersten Klienten anlegen…</translation>
    </message>
    <message>
        <source>Delete the selected client and everything recorded about them (Del)</source>
        <translation>Den ausgewählten Klienten und alles über ihn Erfasste löschen (Entf)</translation>
    </message>
    <message>
        <source>Client status</source>
        <translation>Status des Klienten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded about them?</source>
        <translation>{name} und alles über diese Person Erfasste löschen?</translation>
    </message>
    <message>
        <source>With them go: {records}.</source>
        <translation>Mit gelöscht werden: {records}.</translation>
    </message>
    <message>
        <source>This cannot be undone, except from a backup made before.</source>
        <translation>Das lässt sich nicht rückgängig machen, außer aus einer vorher erstellten Sicherung.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note amendment(s)</source>
        <translation>
            <numerusform>%n Nachtrag</numerusform>
            <numerusform>%n Nachträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n Weiterverweisung</numerusform>
            <numerusform>%n Weiterverweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure record(s)</source>
        <translation>
            <numerusform>%n Offenlegung</numerusform>
            <numerusform>%n Offenlegungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict record(s)</source>
        <translation>
            <numerusform>%n Interessenkonflikt</numerusform>
            <numerusform>%n Interessenkonflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary incident(s)</source>
        <translation>
            <numerusform>%n Grenzverletzung</numerusform>
            <numerusform>%n Grenzverletzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedWords</name>
    <message numerus="yes">
        <source>Finalised, %n amendment(s)</source>
        <translation>
            <numerusform>Abgeschlossen, %n Nachtrag</numerusform>
            <numerusform>Abgeschlossen, %n Nachträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailTableModel</name>
    <message>
        <source>{professional} ({profession})</source>
        <translation>{professional} ({profession})</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Verwiesen am</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Einwilligung zu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Awaiting your decision</source>
        <translation>Wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <source>Engagement: {engagement}</source>
        <translation>Auftrag: {engagement}</translation>
    </message>
    <message>
        <source>Awaiting your decision.</source>
        <translation>Wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Decision: {decision}, on {date}.</source>
        <translation>Entscheidung: {decision}, am {date}.</translation>
    </message>
    <message>
        <source>Decision: {decision}.</source>
        <translation>Entscheidung: {decision}.</translation>
    </message>
    <message>
        <source>Safeguards: {safeguards}</source>
        <translation>Schutzmaßnahmen: {safeguards}</translation>
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
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Offenlegung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Three-way, with {sponsor}</source>
        <translation>Dreiecksvertrag, mit {sponsor}</translation>
    </message>
    <message>
        <source>Two-party</source>
        <translation>Zweiervertrag</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>{done} von {count} erledigt</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Wessen Ziel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>You (coach)</source>
        <translation>Sie (Coach)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>DetailWords</name>
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
        <translation>Schutz vor Gefährdung</translation>
    </message>
    <message>
        <source>Proceed with safeguards</source>
        <translation>Mit Schutzmaßnahmen fortfahren</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Refer elsewhere</source>
        <translation>Weiterverweisen</translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation>Gleiche Organisation</translation>
    </message>
    <message>
        <source>Client is the sponsor&apos;s contact</source>
        <translation>Klient ist Ansprechperson des Auftraggebers</translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation>Vermittlungsprovision</translation>
    </message>
    <message>
        <source>Personal relationship</source>
        <translation>Persönliche Beziehung</translation>
    </message>
    <message>
        <source>Professional relationship</source>
        <translation>Berufliche Beziehung</translation>
    </message>
    <message>
        <source>Financial benefit</source>
        <translation>Finanzieller Vorteil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Share with the sponsor</source>
        <translation>Weitergabe an den Auftraggeber</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>Named in the hours log</source>
        <translation>Nennung im Stundennachweis</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>Aufzeichnung der Sitzung</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
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
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
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
        <source>Cancelled late</source>
        <translation>Kurzfristig abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>The vault file as it is now also becomes a backup when CoachDesk saves after the erasure. CoachDesk thins out older backups as it saves (every save of the last hour, then one per hour for a day, one per day for a month and one per month for a year), so {name}&apos;s records leave the rotated backups at the latest a year after the erasure.</source>
        <translation>Die Tresordatei in ihrem jetzigen Stand wird ebenfalls zur Sicherung, wenn CoachDesk nach dem Löschen speichert. CoachDesk dünnt ältere Sicherungen beim Speichern aus (jede Speicherung der letzten Stunde, dann eine pro Stunde für einen Tag, eine pro Tag für einen Monat und eine pro Monat für ein Jahr); die Unterlagen von {name} verschwinden so spätestens ein Jahr nach dem Löschen aus den rotierten Sicherungen.</translation>
    </message>
    <message>
        <source>There are no backups of this vault yet. {rotation}</source>
        <translation>Von diesem Tresor gibt es noch keine Sicherungen. {rotation}</translation>
    </message>
    <message>
        <source>{file} ({label}: kept until you delete it)</source>
        <translation>{file} ({label}: bleibt, bis Sie sie löschen)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>These backups of the vault, in {folder}, still hold {name}&apos;s records:</source>
        <translation>Diese Sicherungen des Tresors in {folder} enthalten noch die Unterlagen von {name}:</translation>
    </message>
    <message>
        <source>Backups made before an upgrade are never rotated away: delete them yourself if the records must go now.</source>
        <translation>Vor einem Update erstellte Sicherungen werden nie ausgedünnt: Löschen Sie sie selbst, wenn die Unterlagen jetzt verschwinden müssen.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Klient löschen</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Was entfernt wird</translation>
    </message>
    <message>
        <source>Backups that still hold the records</source>
        <translation>Sicherungen, die die Unterlagen noch enthalten</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen des Klienten eingeben</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase the client</source>
        <translation>Den Klienten löschen</translation>
    </message>
    <message>
        <source>Erase a client</source>
        <translation>Einen Klienten löschen</translation>
    </message>
    <message>
        <source>Erase {name} and everything recorded about them?</source>
        <translation>{name} und alles über diese Person Erfasste löschen?</translation>
    </message>
    <message>
        <source>{name}&apos;s client record</source>
        <translation>die Klientenakte von {name}</translation>
    </message>
    <message>
        <source>This removes from the vault:</source>
        <translation>Damit wird aus dem Tresor entfernt:</translation>
    </message>
    <message>
        <source>Only an audit line without personal data remains. This cannot be undone. Files you exported or sent earlier (agreements, letters, exports of their records) are not affected.</source>
        <translation>Es bleibt nur ein Protokolleintrag ohne personenbezogene Daten. Das lässt sich nicht rückgängig machen. Früher exportierte oder versandte Dateien (Vereinbarungen, Schreiben, Exporte der Unterlagen) sind nicht betroffen.</translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name: {name}</source>
        <translation>Geben Sie zur Bestätigung den Namen des Klienten ein: {name}</translation>
    </message>
    <message>
        <source>Erasing {name} did not finish: the vault was busy. Close any other open editor and try again.</source>
        <translation>Das Löschen von {name} wurde nicht abgeschlossen: Der Tresor war beschäftigt. Schließen Sie andere offene Bearbeitungsfenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} and everything recorded about them were erased from the vault.</source>
        <translation>{name} und alles über diese Person Erfasste wurden aus dem Tresor gelöscht.</translation>
    </message>
    <message>
        <source>The vault file as it was becomes a backup when CoachDesk saves; it leaves the rotated backups by {date} at the latest.</source>
        <translation>Die Tresordatei im alten Stand wird beim Speichern zur Sicherung; sie verschwindet spätestens am {date} aus den rotierten Sicherungen.</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Klient gelöscht</translation>
    </message>
</context>
<context>
    <name>ErasureWords</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with their notes</source>
        <translation>
            <numerusform>%n Sitzung mit ihren Notizen</numerusform>
            <numerusform>%n Sitzungen mit ihren Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note amendment(s)</source>
        <translation>
            <numerusform>%n Nachtrag</numerusform>
            <numerusform>%n Nachträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n Weiterverweisung</numerusform>
            <numerusform>%n Weiterverweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n Offenlegung</numerusform>
            <numerusform>%n Offenlegungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict-of-interest record(s)</source>
        <translation>
            <numerusform>%n Eintrag zu Interessenkonflikten</numerusform>
            <numerusform>%n Einträge zu Interessenkonflikten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary incident(s)</source>
        <translation>
            <numerusform>%n Grenzverletzung</numerusform>
            <numerusform>%n Grenzverletzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to keep the records</source>
        <translation>
            <numerusform>%n Entscheidung zur Aufbewahrung</numerusform>
            <numerusform>%n Entscheidungen zur Aufbewahrung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of documents produced</source>
        <translation>
            <numerusform>%n Eintrag zu erstellten Dokumenten</numerusform>
            <numerusform>%n Einträge zu erstellten Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n Protokolleintrag</numerusform>
            <numerusform>%n Protokolleinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s)</source>
        <translation>
            <numerusform>%n ungespeicherter Entwurf</numerusform>
            <numerusform>%n ungespeicherte Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from invoices to those sessions (issued invoices are kept: tax law)</source>
        <translation>
            <numerusform>%n Verknüpfung von Rechnungen mit diesen Sitzungen (ausgestellte Rechnungen bleiben: Steuerrecht)</numerusform>
            <numerusform>%n Verknüpfungen von Rechnungen mit diesen Sitzungen (ausgestellte Rechnungen bleiben: Steuerrecht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of documents that left the vault</source>
        <translation>
            <numerusform>%n Eintrag zu Dokumenten, die den Tresor verlassen haben</numerusform>
            <numerusform>%n Einträge zu Dokumenten, die den Tresor verlassen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) to agreements</source>
        <translation>
            <numerusform>%n Nachtrag zu Vereinbarungen</numerusform>
            <numerusform>%n Nachträge zu Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed copy(s) of agreements</source>
        <translation>
            <numerusform>%n unterschriebenes Exemplar einer Vereinbarung</numerusform>
            <numerusform>%n unterschriebene Exemplare von Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of {name} in other records now read &quot;{redacted}&quot;.</source>
        <translation>
            <numerusform>%n Erwähnung von {name} in anderen Einträgen lautet jetzt „{redacted}“.</numerusform>
            <numerusform>%n Erwähnungen von {name} in anderen Einträgen lauten jetzt „{redacted}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention you left unticked still names {name}.</source>
        <translation>
            <numerusform>%n nicht angehakte Erwähnung nennt weiterhin {name}.</numerusform>
            <numerusform>%n nicht angehakte Erwähnung nennt weiterhin {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions you left unticked still name {name}.</source>
        <translation>
            <numerusform>%n nicht angehakte Erwähnungen nennen weiterhin {name}.</numerusform>
            <numerusform>%n nicht angehakte Erwähnungen nennen weiterhin {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup of the vault, in {folder}, still holds their records (and the mentions as they were). CoachDesk rotates them away as it saves: by {date} at the latest none will.</source>
        <translation>
            <numerusform>%n Sicherung des Tresors in {folder} enthält noch die Unterlagen (und die Erwähnungen im alten Stand). CoachDesk dünnt Sicherungen beim Speichern aus: Spätestens am {date} enthält keine sie mehr.</numerusform>
            <numerusform>%n Sicherung des Tresors in {folder} enthält noch die Unterlagen (und die Erwähnungen im alten Stand). CoachDesk dünnt Sicherungen beim Speichern aus: Spätestens am {date} enthält keine sie mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups of the vault, in {folder}, still hold their records (and the mentions as they were). CoachDesk rotates them away as it saves: by {date} at the latest none will.</source>
        <translation>
            <numerusform>%n Sicherungen des Tresors in {folder} enthalten noch die Unterlagen (und die Erwähnungen im alten Stand). CoachDesk dünnt Sicherungen beim Speichern aus: Spätestens am {date} enthält keine sie mehr.</numerusform>
            <numerusform>%n Sicherungen des Tresors in {folder} enthalten noch die Unterlagen (und die Erwähnungen im alten Stand). CoachDesk dünnt Sicherungen beim Speichern aus: Spätestens am {date} enthält keine sie mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup made before an upgrade are kept until you delete them yourself.</source>
        <translation>
            <numerusform>%n vor einem Update erstellte Sicherung bleibt, bis Sie sie selbst löschen.</numerusform>
            <numerusform>%n vor einem Update erstellte Sicherung bleibt, bis Sie sie selbst löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before an upgrade are kept until you delete them yourself.</source>
        <translation>
            <numerusform>%n vor einem Update erstellte Sicherungen bleiben, bis Sie sie selbst löschen.</numerusform>
            <numerusform>%n vor einem Update erstellte Sicherungen bleiben, bis Sie sie selbst löschen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected goal or action item (Enter)</source>
        <translation>Ausgewähltes Ziel oder ausgewählte Aufgabe bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected goal or action item (Del)</source>
        <translation>Ausgewähltes Ziel oder ausgewählte Aufgabe löschen (Entf)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected action item done, or not done again</source>
        <translation>Die ausgewählte Aufgabe als erledigt oder wieder als offen markieren</translation>
    </message>
    <message>
        <source>No goals yet. Add the first with “New goal…”.</source>
        <translation>Noch keine Ziele. Legen Sie das erste mit „Neues Ziel…“ an.</translation>
    </message>
    <message>
        <source>No action items yet. Add one with “New action item…”.</source>
        <translation>Noch keine Aufgaben. Legen Sie eine mit „Neue Aufgabe…“ an.</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Delete the goal “{goal}”?</source>
        <translation>Das Ziel „{goal}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n action item(s) stay, without a goal.</source>
        <translation>
            <numerusform>Die zugehörige Aufgabe bleibt, ohne Ziel.</numerusform>
            <numerusform>Die %n zugehörigen Aufgaben bleiben, ohne Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Dieses Ziel löschen?</translation>
    </message>
    <message>
        <source>Delete the action item “{item}”?</source>
        <translation>Die Aufgabe „{item}“ löschen?</translation>
    </message>
    <message>
        <source>Delete this action item?</source>
        <translation>Diese Aufgabe löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard);;CSV-Dateien (*.csv);;vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import clients from a file</source>
        <translation>Klienten aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Klienten importieren</translation>
    </message>
    <message>
        <source>Clients from “%1”</source>
        <translation>Klienten aus „%1“</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Columns not imported</source>
        <translation>Nicht importierte Spalten</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Tick a likely duplicate to import it anyway (Space ticks the selected row). Rows that cannot be imported are skipped: correct them in the file and import it again.</source>
        <translation>Haken Sie ein mögliches Duplikat an, um es trotzdem zu importieren (Leertaste hakt die ausgewählte Zeile an). Nicht importierbare Zeilen werden übersprungen: Korrigieren Sie sie in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking %1 records…</source>
        <translation>%1 Einträge werden geprüft…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Die Datei konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be added</source>
        <translation>
            <numerusform>%n wird hinzugefügt</numerusform>
            <numerusform>%n werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) (not ticked)</source>
        <translation>
            <numerusform>%n mögliches Duplikat (nicht angehakt)</numerusform>
            <numerusform>%n mögliche Duplikate (nicht angehakt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be imported</source>
        <translation>
            <numerusform>%n nicht importierbar</numerusform>
            <numerusform>%n nicht importierbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} in this {kind} file: {outcomes}.</source>
        <translation>{records} in dieser {kind}-Datei: {outcomes}.</translation>
    </message>
    <message>
        <source>This {kind} file holds no contacts to import.</source>
        <translation>Diese {kind}-Datei enthält keine Kontakte zum Importieren.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Nicht importierte Spalten: {columns}.</translation>
    </message>
    <message>
        <source>Line {line} — {name}: {status}</source>
        <translation>Zeile {line} – {name}: {status}</translation>
    </message>
    <message>
        <source>Line {line}: {status}</source>
        <translation>Zeile {line}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>%n Klienten importieren</numerusform>
            <numerusform>%n Klienten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Es wurde nichts importiert. {reason}</translation>
    </message>
    <message>
        <source>1 client added.</source>
        <translation>1 Klient hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 clients added.</source>
        <translation>%1 Klienten hinzugefügt.</translation>
    </message>
    <message>
        <source>1 new organisation added.</source>
        <translation>1 neue Organisation hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 new organisations added.</source>
        <translation>%1 neue Organisationen hinzugefügt.</translation>
    </message>
    <message>
        <source>They are in the client list as prospects; nothing else in the practice changed.</source>
        <translation>Sie stehen als Interessenten in der Klientenliste; sonst hat sich in der Praxis nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Nicht importierbar: {reason}</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>Likely duplicate of {clients}</source>
        <translation>Mögliches Duplikat von {clients}</translation>
    </message>
    <message>
        <source>Likely duplicate of line {line} of the file</source>
        <translation>Mögliches Duplikat von Zeile {line} der Datei</translation>
    </message>
    <message>
        <source>Will be added, with the new organisation</source>
        <translation>Wird hinzugefügt, mit der neuen Organisation</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Nicht angehakt</translation>
    </message>
</context>
<context>
    <name>MentionList</name>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Buyer address</source>
        <translation>Adresse des Käufers</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Klienten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Reason in clients words</source>
        <translation>Anlass in den Worten des Klienten</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>Shared other</source>
        <translation>Sonstiges Geteiltes</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Geteilte Zusammenfassung</translation>
    </message>
    <message>
        <source>Sponsor contact name</source>
        <translation>Ansprechperson des Auftraggebers</translation>
    </message>
    <message>
        <source>Sponsor progress</source>
        <translation>Fortschritt für den Auftraggeber</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>Summary client read</source>
        <translation>Vom Klienten gelesene Zusammenfassung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Was offengelegt wurde</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Redact the mention in {where}, {field}</source>
        <translation>Erwähnung in {where}, {field} schwärzen</translation>
    </message>
    <message>
        <source>What happens to the mentions</source>
        <translation>Was mit den Erwähnungen geschieht</translation>
    </message>
    <message>
        <source>Mentions in other records</source>
        <translation>Erwähnungen in anderen Einträgen</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 Stelle</translation>
    </message>
    <message>
        <source>{count} places</source>
        <translation>{count} Stellen</translation>
    </message>
    <message>
        <source>{name} is named in {places} in other records, which the erasure would leave:</source>
        <translation>{name} wird an {places} in anderen Einträgen genannt, die das Löschen bestehen ließe:</translation>
    </message>
    <message>
        <source>Each ticked mention will read &quot;{redacted}&quot; instead of the name, in the same step as the erasure.</source>
        <translation>Jede angehakte Erwähnung lautet dann „{redacted}“ statt des Namens, im selben Schritt wie das Löschen.</translation>
    </message>
    <message>
        <source>Nothing is ticked: every mention stays as it is, and those records will still name {name} after the erasure.</source>
        <translation>Nichts ist angehakt: Jede Erwähnung bleibt, wie sie ist, und diese Einträge nennen {name} auch nach dem Löschen.</translation>
    </message>
    <message>
        <source>The ticked mention</source>
        <translation>Die angehakte Erwähnung lautet dann</translation>
    </message>
    <message>
        <source>The {ticked} ticked mentions</source>
        <translation>Die {ticked} angehakten Erwähnungen lauten dann</translation>
    </message>
    <message>
        <source>the unticked one stays as it is, and will still name {name}</source>
        <translation>die nicht angehakte bleibt, wie sie ist, und nennt weiterhin {name}</translation>
    </message>
    <message>
        <source>the {unticked} unticked ones stay as they are, and will still name {name}</source>
        <translation>die {unticked} nicht angehakten bleiben, wie sie sind, und nennen weiterhin {name}</translation>
    </message>
    <message>
        <source>{ticked_text} will read &quot;{redacted}&quot; instead of the name, in the same step as the erasure; {unticked_text}.</source>
        <translation>{ticked_text} „{redacted}“ statt des Namens, im selben Schritt wie das Löschen; {unticked_text}.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Current engagement</source>
        <translation>Laufender Auftrag</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <source>Coaching-hours log</source>
        <translation>Stundennachweis</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>May be named in your coaching-hours log</source>
        <translation>Darf in Ihrem Coaching-Stundennachweis genannt werden</translation>
    </message>
    <message>
        <source>Not to be named in your coaching-hours log</source>
        <translation>Nicht in Ihrem Coaching-Stundennachweis nennen</translation>
    </message>
    <message>
        <source>{zone} — {difference}</source>
        <translation>{zone} – {difference}</translation>
    </message>
    <message>
        <source>None under way</source>
        <translation>Keiner läuft</translation>
    </message>
    <message>
        <source>three-way, with {sponsor}</source>
        <translation>Dreiecksvertrag mit {sponsor}</translation>
    </message>
    <message>
        <source>two-party</source>
        <translation>Zweiervertrag</translation>
    </message>
    <message>
        <source>{engagement} ({parties})</source>
        <translation>{engagement} ({parties})</translation>
    </message>
    <message>
        <source>{count}, the next due {date}</source>
        <translation>{count}, die nächste fällig am {date}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Keine gebucht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>{list}: none</source>
        <translation>{list}: keine</translation>
    </message>
</context>
</TS>
